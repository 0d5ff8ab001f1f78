import { createHash } from 'node:crypto';
import type { CatalogEntry } from '../../catalog/index.ts';
import { parseGptImageApiEditRequest, type GptImageApiEditRequest } from '../../wire/gptimageapi/index.ts';
import { badRequest, ProxyError } from './errors.ts';
import { LIFTED, liftLongStrings } from './long-strings.ts';

/** Strings this long stay bytes; only a data URL image is ever this long. */
const LONG_STRING_BYTES = 64 * 1024;
/** Everything else in an edit body (prompt and settings) fits in this. */
const SKELETON_MAX_CHARS = 256 * 1024;
const DATA_URL_HEAD = /^data:image\/(png|jpeg|webp);base64,/;
const BASE64 = new Uint8Array(256);
for (const char of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=') {
  BASE64[char.charCodeAt(0)] = 1;
}

type EditRequest = {
  entry: CatalogEntry;
  settings: Omit<GptImageApiEditRequest, 'image'>;
  /** The `image` value as JSON string content (escapes kept, no quotes): for a data URL, the bytes received. */
  image: Buffer;
};

const notJson = () => badRequest('The request body must be JSON.');

/**
 * An edit body checked against the wire schema without copying its image: the data URL is
 * checked byte by byte against the schema's own rule (a base64 data URL of a PNG, JPEG or
 * WebP), and the schema checks everything else with a short stand-in of the same form.
 */
export function parseEditBody(body: Buffer): EditRequest {
  const { skeleton, strings } = liftLongStrings(body, LONG_STRING_BYTES);
  if (skeleton.length > SKELETON_MAX_CHARS) {
    throw new ProxyError(
      'payload_too_large',
      413,
      'The request is larger than the studio accepts. Use a smaller image.',
    );
  }
  let value: unknown;
  try {
    value = JSON.parse(skeleton);
  } catch {
    throw notJson();
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw notJson();
  const fields = value as Record<string, unknown>;
  const long = strings[0];
  if (strings.length > 1 || (long && fields.image !== LIFTED)) {
    throw badRequest('Only the image may be that long: shorten the prompt.');
  }
  const standIn = long ? dataUrlStandIn(long) : fields.image;
  const check = parseGptImageApiEditRequest({ ...fields, image: standIn });
  if (!check.ok) throw badRequest(check.message);
  const { image, ...settings } = check.body;
  return { entry: check.entry, settings, image: long ?? Buffer.from(JSON.stringify(image).slice(1, -1)) };
}

/** The image's hash, standing for it in the request's fingerprint. */
export function imageDigest(edit: EditRequest): string {
  return createHash('sha256').update(edit.image).digest('hex');
}

/** The data URL's head and `AAAA` if all of it keeps the schema's rule; otherwise something the schema refuses. */
function dataUrlStandIn(bytes: Buffer): string {
  const head = DATA_URL_HEAD.exec(bytes.toString('latin1', 0, 40))?.[0];
  if (!head || bytes.length === head.length) return 'not a data URL';
  for (let at = head.length; at < bytes.length; at += 1) {
    if (!BASE64[bytes[at]!]) return 'not a data URL';
  }
  return `${head}AAAA`;
}
