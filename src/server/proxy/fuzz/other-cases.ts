import type { FuzzCase } from './case.ts';
import type { Dice } from './random.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const BOUNDARY = 'fuzz-boundary';
const ASSET = 'name="asset"; filename="a.png"';

/** First bytes of files that are not PNG, JPEG or WebP, whatever their name says. */
const NOT_IMAGES: number[][] = [
  [...Buffer.from('just some notes\n')],
  [...Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>')],
  [...Buffer.from('GIF89a\x01\x00\x01\x00')],
  [...Buffer.from('%PDF-1.4\n%')],
  [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00],
  [...Buffer.from('<!doctype html><script>alert(1)</script>')],
  PNG_SIGNATURE.slice(0, 4),
  [0x52, 0x49, 0x46, 0x46, 0, 0, 0, 0, 0x41, 0x56, 0x49, 0x20],
  [],
];

const PRIVATE_URLS = [
  'http://169.254.169.254/latest/meta-data/',
  'http://[fd00:ec2::254]/latest/meta-data/',
  'http://metadata.google.internal/',
  'http://localhost/x.png',
  'http://127.0.0.1/x.png',
  'http://[::1]/x.png',
  'http://10.1.2.3/x.png',
  'http://192.168.0.10/x.png',
  'http://[fe80::1]/x.png',
  'file:///etc/passwd',
  'https://user:pass@asset.1min.ai/x.png',
  'https://s3.us-east-1.amazonaws.com/asset.1min.ai/%2e%2e/other/x.png',
  'https://asset.1min.ai.evil.example/x.png',
  'http://asset.1min.ai/x.png',
];

function multipart(parts: { disposition: string; bytes: number[] | Uint8Array }[], boundary = BOUNDARY) {
  return Buffer.concat([
    ...parts.flatMap((part) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; ${part.disposition}\r\nContent-Type: image/png\r\n\r\n`,
      ),
      Buffer.from(part.bytes),
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
}

/**
 * An upload the proxy must refuse before forwarding a byte: content that is not an image, a
 * first part that is not the `asset` file, a wrong content type or boundary, a declared size
 * over the cap, or an upload sent by another page.
 */
function uploadCase(dice: Dice, maxUploadBytes: number): FuzzCase {
  const path = '/api/onemin/assets';
  const form = { 'Content-Type': `multipart/form-data; boundary=${BOUNDARY}` };
  const png = [...PNG_SIGNATURE, ...Array.from({ length: 24 }, () => dice.int(256))];
  const upload = (how: string, headers: Record<string, string>, body: Uint8Array<ArrayBuffer>): FuzzCase => ({
    label: `${path}: ${how}`,
    method: 'POST',
    path,
    headers,
    body,
  });
  const variant = dice.int(8);
  if (variant <= 2) {
    const bytes = [...dice.pick(NOT_IMAGES), ...Array.from({ length: dice.int(64) }, () => dice.int(256))];
    return upload('content that is not an image', form, multipart([{ disposition: ASSET, bytes }]));
  }
  if (variant === 3) {
    const disposition = dice.pick([
      `name="${dice.label()}x"; filename="a.png"`,
      'name="asset"',
      `name="file"; filename="${dice.label()}.png"`,
    ]);
    return upload(`a first part "${disposition}"`, form, multipart([{ disposition, bytes: png }]));
  }
  if (variant === 4) {
    const type = dice.pick([
      'application/json',
      'text/plain',
      'multipart/form-data',
      `multipart/mixed; boundary=${BOUNDARY}`,
      'image/png',
      '',
    ]);
    const headers: Record<string, string> = type ? { 'Content-Type': type } : {};
    return upload(`content type "${type}"`, headers, multipart([{ disposition: ASSET, bytes: png }]));
  }
  if (variant === 5) {
    const body = multipart([{ disposition: ASSET, bytes: png }], 'other-boundary');
    return upload('a boundary the body does not use', form, body);
  }
  if (variant === 6) {
    const big = new Uint8Array(maxUploadBytes + 1 + dice.int(4096));
    big.set(png);
    return upload('an image over the cap', form, multipart([{ disposition: ASSET, bytes: big }]));
  }
  const foreign = { ...form, Origin: `http://${dice.label()}.example` };
  return upload('sent by another page', foreign, multipart([{ disposition: ASSET, bytes: png }]));
}

/** `GET /api/image` for an address off the allowlist: private, random, garbage, very long, or none. */
function imageCase(dice: Dice, allowedPrefixes: string[]): FuzzCase {
  const variant = dice.int(6);
  let url: string | undefined;
  if (variant === 0) url = dice.pick(PRIVATE_URLS);
  else if (variant === 1) {
    const scheme = dice.pick(['http', 'https', 'ftp', 'gopher', 'ws']);
    url = `${scheme}://${dice.label()}.${dice.pick(['com', 'example', 'internal', 'ai'])}/${dice.label()}.png`;
  } else if (variant === 2) {
    url = `http://${[0, 1, 2, 3].map(() => dice.int(256)).join('.')}/${dice.label()}`;
  } else if (variant === 3) url = dice.text(1 + dice.int(200));
  else if (variant === 4) url = `https://${dice.label()}.example/${'a'.repeat(2000 + dice.int(6000))}`;
  if (url !== undefined && allowedPrefixes.some((prefix) => normalised(url!).startsWith(prefix))) {
    url = dice.pick(PRIVATE_URLS);
  }
  return {
    label: `/api/image: ${url === undefined ? 'no url' : `url ${url.slice(0, 60)}`}`,
    method: 'GET',
    path:
      url === undefined
        ? dice.pick(['/api/image', '/api/image?url=', '/api/image?src=x'])
        : `/api/image?url=${encodeURIComponent(url)}`,
    headers: {},
  };
}

/** Any method on `/api/jobs/:id` for an id no job ever had. */
function jobsCase(dice: Dice): FuzzCase {
  const method = dice.pick(['GET', 'DELETE', 'POST', 'PUT']);
  const id = dice.pick([dice.label(), dice.text(1 + dice.int(40)), 'x'.repeat(1 + dice.int(2000))]);
  return {
    label: `${method} /api/jobs/:id (unknown)`,
    method,
    path: `/api/jobs/${encodeURIComponent(id)}`,
    headers: {},
  };
}

/** A route the proxy does not have, or a method a route does not take. */
function elsewhereCase(dice: Dice): FuzzCase {
  const method = dice.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
  const path = dice.pick([
    `/api/${dice.label()}`,
    `/api/onemin/${dice.label()}`,
    '/api/onemin/features/',
    '/api/gptimageapi/v1/images/edit',
    '/api/jobs',
    method === 'GET' ? '/api/onemin/features' : '/api/health',
  ]);
  return { label: `${method} ${path}`, method, path, headers: {} };
}

/** Invalid uploads, image fetches, job look-ups and unknown routes. */
export function otherCases(
  dice: Dice,
  maxUploadBytes: number,
  allowedImagePrefixes: string[],
): Record<'upload' | 'image' | 'jobs' | 'elsewhere', () => FuzzCase> {
  return {
    upload: () => uploadCase(dice, maxUploadBytes),
    image: () => imageCase(dice, allowedImagePrefixes),
    jobs: () => jobsCase(dice),
    elsewhere: () => elsewhereCase(dice),
  };
}

function normalised(url: string): string {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
}
