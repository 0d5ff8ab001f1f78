import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import {
  generateBody,
  pngBytes,
  postJson,
  startTestProxy,
  uploadForm,
  type TestProxy,
} from './test-support.ts';

/** Mixed case, digits, `-` and `_`: every kind of character a key has. */
const KEY = 'Canary_Key-7fQ2xZ9LmP3vR8tWb4';

/** Every way a provider might write the key back, by name. */
function encodings(key: string): Record<string, string> {
  const bytes = Buffer.from(key);
  const each = (write: (char: string, code: number, i: number) => string) =>
    [...key].map((char, i) => write(char, char.charCodeAt(0), i)).join('');
  const hex = (code: number) => code.toString(16).padStart(2, '0');
  const base64 = (prefix: string, encoding: 'base64' | 'base64url') =>
    Buffer.concat([Buffer.from(prefix), bytes]).toString(encoding);
  return {
    plain: key,
    upperCase: key.toUpperCase(),
    lowerCase: key.toLowerCase(),
    jsonEscapes: each((_, code) => `\\u${code.toString(16).padStart(4, '0')}`),
    jsonEscapesUpper: each((_, code) => `\\u${code.toString(16).padStart(4, '0').toUpperCase()}`),
    backslashX: each((_, code) => `\\x${hex(code)}`),
    percent: each((_, code) => `%${hex(code).toUpperCase()}`),
    percentLower: each((_, code) => `%${hex(code)}`),
    doublePercent: each((_, code) => `%25${hex(code).toUpperCase()}`),
    mixedEscapes: each((char, code, i) => [`%${hex(code)}`, `\\u00${hex(code)}`, char, `&#${code};`][i % 4]!),
    base64: base64('', 'base64'),
    base64After1Byte: base64('x', 'base64'),
    base64After2Bytes: base64('xy', 'base64'),
    base64Url: base64('', 'base64url'),
    base64UrlAfter1Byte: base64('x', 'base64url'),
    base64UrlAfter2Bytes: base64('xy', 'base64url'),
    hexLower: bytes.toString('hex'),
    hexUpper: bytes.toString('hex').toUpperCase(),
    htmlDecimal: each((_, code) => `&#${code};`),
    htmlDecimalPadded: each((_, code) => `&#00${code}`),
    htmlHex: each((_, code) => `&#x${hex(code)};`),
    htmlHexUpper: each((_, code) => `&#X${hex(code).toUpperCase()};`),
    htmlNamed: each((char) => (char === '_' ? '&lowbar;' : char === '-' ? '&#45;' : char)),
  };
}

const FORMS = encodings(KEY);
const NAMES = Object.keys(FORMS);

/** Where the fake provider puts the echo, chosen by the request (its prompt or file name). */
const PLACES = ['error400', 'error500', 'failedStatus', 'answerFields', 'editError', 'editAnswer'] as const;
type Place = (typeof PLACES)[number];

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('latin1');
}

/** A provider that writes the key back, as asked by `echo:<place>:<form>` in the request. */
function echoingProvider(): Server {
  return createServer(async (req, res) => {
    const body = await readBody(req);
    const [, place, name] = /echo:(\w+):(\w+)/.exec(body) ?? [];
    const form = FORMS[name ?? ''] ?? '';
    const answer = (status: number, json: unknown) => {
      res.writeHead(status, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify(json));
    };
    const record = (fields: object) => ({
      aiRecord: {
        uuid: `uuid-${form}`,
        model: form,
        note: form,
        [form]: form,
        aiRecordDetail: {
          promptObject: { size: '1024x1024', prompt: form },
          resultObject: [`images/${form}/a.png`],
          errorMessage: `Provider said ${form}`,
        },
        temporaryUrl: `https://asset.1min.ai/images/${form}/a.png?sig=${form}`,
        ...fields,
      },
    });
    if (req.url === '/api/assets')
      return answer(200, { fileContent: { path: `images/${form}/a.png`, note: form } });
    switch (place as Place) {
      case 'error400':
        return answer(400, { message: `The key ${form} may not use this model.` });
      case 'error500':
        return answer(500, { error: { message: form } });
      case 'failedStatus':
        return answer(200, record({ status: 'FAILED' }));
      case 'answerFields':
        return answer(200, record({ status: 'SUCCESS' }));
      case 'editError':
        return answer(200, { code: 7, message: `Key ${form} is not valid.`, data: null });
      case 'editAnswer':
        return answer(200, {
          code: 0,
          message: form,
          data: { images: [{ url: `https://cdn.gptimageapi.dev/${form}.png`, note: form }] },
        });
      default:
        return answer(404, { message: form });
    }
  });
}

/** What a browser could read: status, headers, the raw body and every string in it once parsed. */
async function visible(response: Response): Promise<string> {
  const body = await response.text();
  const strings: string[] = [];
  const collect = (value: unknown): void => {
    if (typeof value === 'string') strings.push(value);
    if (!value || typeof value !== 'object') return;
    for (const [name, item] of Object.entries(value)) {
      strings.push(name);
      collect(item);
    }
  };
  try {
    collect(JSON.parse(body));
  } catch {
    // Not JSON: the raw body is all there is.
  }
  return [response.status, JSON.stringify([...response.headers]), body, ...strings].join('\n');
}

/** The pieces of `form` that would give the key away: every 12 characters in a row. */
function pieces(form: string): string[] {
  const size = Math.min(12, form.length);
  return Array.from({ length: form.length - size + 1 }, (_, i) => form.slice(i, i + size).toLowerCase());
}

describe('a provider that echoes the key in any of its encodings', () => {
  let provider: Server;
  let proxy: TestProxy;
  beforeAll(async () => {
    provider = echoingProvider();
    await new Promise<void>((resolve) => provider.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(provider.address() as AddressInfo).port}`;
    proxy = await startTestProxy(() => ({
      ONEMIN_API_KEY: KEY,
      ONEMIN_BASE_URL: base,
      GPTIMAGEAPI_API_KEY: KEY,
      GPTIMAGEAPI_BASE_URL: base,
      RATE_LIMIT_PAID_PER_MIN: '100000',
      RATE_LIMIT_API_PER_MIN: '100000',
    }));
  });
  afterAll(async () => {
    await proxy.close();
    await new Promise((resolve) => provider.close(resolve));
  });

  it(`reaches the browser in none of its ${NAMES.length} forms, in errors or in answers`, async () => {
    const image = `data:image/png;base64,${(await pngBytes(8, 8)).toString('base64')}`;
    const seen = new Map<string, string[]>();
    const record = async (name: string, response: Response) =>
      seen.set(name, [...(seen.get(name) ?? []), await visible(response)]);

    for (const name of NAMES) {
      for (const place of PLACES) {
        const echo = `echo:${place}:${name}`;
        if (place.startsWith('edit')) {
          await record(
            name,
            await postJson(`${proxy.url}/api/gptimageapi/images/edit`, { prompt: echo, image }),
          );
          continue;
        }
        const key = `echo-${place}-${name}`;
        await record(
          name,
          await postJson(`${proxy.url}/api/onemin/features`, generateBody({ prompt: echo }), {
            [IDEMPOTENCY_HEADER]: key,
          }),
        );
        await record(name, await fetch(`${proxy.url}/api/jobs/${key}`));
      }
      const upload = uploadForm(await pngBytes(8, 8), `echo:assets:${name}.png`);
      await record(name, await fetch(`${proxy.url}/api/onemin/assets`, { method: 'POST', body: upload }));
    }

    const statuses = [...seen.values()].flat().map((text) => text.split('\n')[0]);
    // The echoes did reach the studio: answers, refusals and provider failures alike.
    expect(new Set(statuses)).toEqual(new Set(['200', '400', '502']));
    const leaked = NAMES.filter((name) => {
      const text = seen.get(name)!.join('\n').toLowerCase();
      return pieces(FORMS[name]!).some((piece) => text.includes(piece));
    });
    expect(leaked).toEqual([]);
  });
});
