import { CATALOG, PROMPT_MAX_CHARS, initialSettings } from '../../../catalog/index.ts';
import { buildGptImageApiEditRequest, parseGptImageApiEditRequest } from '../../../wire/gptimageapi/index.ts';
import { buildOneminFeatureRequest, parseOneminFeatureRequest } from '../../../wire/onemin/index.ts';
import { IDEMPOTENCY_HEADER } from '../../../wire/proxy.ts';
import type { FuzzCase } from './case.ts';
import type { Dice } from './random.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const TINY_PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

/** Values of the wrong kind for any field. */
const WRONG_TYPES: Json[] = [null, true, false, 0, -1, 1.5, 1e308, '', 'x', [], [1, 2], {}, { a: 1 }];

/** Values out of range or outside the allowed set, per field name. */
const OUT_OF_RANGE: Record<string, Json[]> = {
  type: ['IMAGE_UPSCALER', '', 'image_generator', 'IMAGE_GENERATOR '],
  model: ['dall-e-3', '', 'GPT-IMAGE-2', 'gpt-image-2 ', 'gpt-image-9'],
  n: [0, -1, 11, 1000, 2.5, -0.5, 1e9],
  size: ['0x0', '1x1', '99999x99999', '1000x1000', '4096x256', 'abc', '', '1024x', '3:7', '0:1', '-1:1'],
  quality: ['ultra', '', 'LOW', 'hd', 'standard'],
  background: ['rainbow', '', 'TRANSPARENT'],
  output_format: ['gif', 'bmp', '', 'PNG'],
  output_compression: [-1, 101, 50.5, 1000],
  imageUrl: [''],
  maskUrl: [''],
  image: [
    'nope',
    '',
    'data:text/plain;base64,aGk=',
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'data:image/png;base64,@@@@',
    'ftp://example.com/a.png',
    'javascript:alert(1)',
    'data:image/svg+xml;base64,PHN2Zy8+',
  ],
  prompt: ['', '   ', '\n\t'],
};

const CONTENT_TYPES = [
  'text/plain',
  'text/plain;charset=UTF-8',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/jsonx',
  'text/json',
  'application/xml',
  '',
];

const BAD_KEYS = [
  'not a key!',
  'x'.repeat(129),
  'clé-ünïcode',
  'a/b',
  'job id',
  '../../etc/passwd',
  '<script>',
];

const ONEMIN_BASES = CATALOG.filter((entry) => entry.upstream.kind === 'onemin').map(
  (entry) =>
    buildOneminFeatureRequest(entry, initialSettings(entry, 'A lighthouse at dusk'), {
      imageUrl: 'development/images/source.png',
      maskUrl: 'development/images/mask.png',
    }) as unknown as JsonObject,
);

const EDIT_ENTRY = CATALOG.find((entry) => entry.upstream.kind === 'gptimageapi')!;
const EDIT_BASE = buildGptImageApiEditRequest(
  initialSettings(EDIT_ENTRY, 'Make it blue'),
  TINY_PNG_DATA_URL,
) as unknown as JsonObject;

/** Every object path of a JSON value, the root included. */
function objectPaths(value: JsonObject, prefix: string[] = []): string[][] {
  return [
    prefix,
    ...Object.entries(value).flatMap(([key, child]) =>
      child && typeof child === 'object' && !Array.isArray(child) ? objectPaths(child, [...prefix, key]) : [],
    ),
  ];
}

/** One schema-level mutation of a valid body, drawn again until the body no longer parses. */
function mutate(dice: Dice, base: JsonObject, valid: (body: unknown) => boolean) {
  for (;;) {
    const body = structuredClone(base);
    const parent = dice.pick(objectPaths(body)).reduce((node, key) => node[key] as JsonObject, body);
    const key = dice.pick(Object.keys(parent));
    const kind = dice.int(5);
    let how: string;
    if (kind === 0) {
      delete parent[key];
      how = `missing ${key}`;
    } else if (kind === 1) {
      parent[key] = dice.pick(WRONG_TYPES);
      how = `${key} of the wrong type`;
    } else if (kind === 2 && OUT_OF_RANGE[key]) {
      parent[key] = dice.pick(OUT_OF_RANGE[key]);
      how = `${key} out of range`;
    } else if (kind === 3) {
      parent[`${dice.label()}_extra`] = dice.pick(WRONG_TYPES);
      how = 'an unknown field';
    } else {
      parent[key] = dice.text(PROMPT_MAX_CHARS + 1 + dice.int(20_000));
      how = `${key} a huge string`;
    }
    if (!valid(body)) return { body, how };
  }
}

const json = (body: unknown, extra: Record<string, string> = {}) => ({
  headers: { 'Content-Type': 'application/json', ...extra },
  body: JSON.stringify(body),
});

function paidCase(
  dice: Dice,
  path: string,
  base: JsonObject,
  valid: (body: unknown) => boolean,
  maxUploadBytes: number,
): FuzzCase {
  const post = (how: string, rest: Pick<FuzzCase, 'headers' | 'body'>): FuzzCase => ({
    label: `${path}: ${how}`,
    method: 'POST',
    path,
    ...rest,
  });
  const variant = dice.int(10);
  if (variant <= 4) {
    const { body, how } = mutate(dice, base, valid);
    return post(how, json(body));
  }
  if (variant === 5) {
    const type = dice.pick(CONTENT_TYPES);
    const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
    return post(`content type "${type}"`, { headers, body: JSON.stringify(base) });
  }
  if (variant === 6) {
    const whole = JSON.stringify(base);
    const broken = [
      whole.slice(0, dice.int(whole.length)),
      '',
      'null',
      '[]',
      '42',
      '"text"',
      "{'a':1}",
      `${whole}}`,
    ];
    return post('malformed JSON or not an object', {
      headers: { 'Content-Type': 'application/json' },
      body: dice.pick(broken),
    });
  }
  if (variant === 7) {
    // Past both JSON caps: a feature's 256 KB and an edit's data URL allowance.
    const padding = 'x'.repeat(Math.ceil((maxUploadBytes * 4) / 3) + 512 * 1024);
    return post('a body over the cap', json({ ...base, padding }));
  }
  if (variant === 8) {
    return post('a malformed Idempotency-Key', json(base, { [IDEMPOTENCY_HEADER]: dice.pick(BAD_KEYS) }));
  }
  const foreign: Record<string, string>[] = [
    { Origin: `https://${dice.label()}.example` },
    { 'Sec-Fetch-Site': 'cross-site' },
  ];
  return post('sent by another page', json(base, dice.pick(foreign)));
}

/**
 * Invalid `POST /api/onemin/features` (any 1min.ai catalog entry) and
 * `/api/gptimageapi/images/edit` requests: a body that breaks the catalog schema (missing field,
 * wrong type, out of range, unknown field, huge string), a wrong content type, malformed JSON,
 * a body over the cap, a malformed Idempotency-Key, or a valid body sent by another page.
 */
export function paidCases(dice: Dice, maxUploadBytes: number): Record<'features' | 'edit', () => FuzzCase> {
  const validOnemin = (body: unknown) => parseOneminFeatureRequest(body).ok;
  const validEdit = (body: unknown) => parseGptImageApiEditRequest(body).ok;
  return {
    features: () =>
      paidCase(dice, '/api/onemin/features', dice.pick(ONEMIN_BASES), validOnemin, maxUploadBytes),
    edit: () => paidCase(dice, '/api/gptimageapi/images/edit', EDIT_BASE, validEdit, maxUploadBytes),
  };
}

/** The valid bodies the mutations start from, so a test can show they are valid to begin with. */
export const PAID_BASES = { onemin: ONEMIN_BASES, edit: EDIT_BASE };
