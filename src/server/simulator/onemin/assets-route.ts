import { randomUUID } from 'node:crypto';
import type { Context } from 'hono';
import sharp from 'sharp';
import type { Simulator } from '../context.ts';
import { admitPaidRequest, errorResponse } from '../failures.ts';
import { newAssetPath } from '../naming.ts';
import { CONTENT_TYPES, EXTENSIONS } from '../render/encode.ts';
import { assetKey } from '../served-images.ts';

/** Larger uploads are refused; the proxy caps sooner. */
export const MAX_ASSET_BYTES = 50 * 1024 * 1024;

const ACCEPTED = ['png', 'jpeg', 'webp'] as const;
type AcceptedFormat = (typeof ACCEPTED)[number];

/** `POST /api/assets`: multipart field `asset`, a PNG, JPEG or WebP image, kept in memory. */
export async function handleAssetUpload(sim: Simulator, c: Context): Promise<Response> {
  const failed = await admitPaidRequest(sim, c, 'assets');
  if (failed) return failed;
  if (Number(c.req.header('content-length') ?? 0) > MAX_ASSET_BYTES) return tooLarge();
  const read = await sim.uploads(() => readAsset(c));
  if (read instanceof Response) return read;
  const { file, bytes } = read;
  const meta = await sharp(bytes)
    .metadata()
    .catch(() => null);
  const format = meta?.format;
  if (!meta?.width || !meta.height || !isAccepted(format)) {
    return errorResponse('onemin', 400, 'The asset must be a PNG, JPEG or WebP image.');
  }
  const path = newAssetPath(file.name.replace(/\.[^.]*$/, ''), EXTENSIONS[format]);
  sim.store.put(assetKey(path), {
    bytes,
    contentType: CONTENT_TYPES[format],
    width: meta.width,
    height: meta.height,
  });
  return c.json({
    fileContent: {
      uuid: randomUUID(),
      path,
      name: file.name,
      type: CONTENT_TYPES[format],
      size: bytes.length,
      width: meta.width,
      height: meta.height,
      createdAt: new Date().toISOString(),
    },
  });
}

/** The multipart field `asset`, as its file and its bytes; an error answer when there is none. */
async function readAsset(c: Context): Promise<{ file: File; bytes: Buffer } | Response> {
  let file: unknown;
  try {
    file = (await c.req.parseBody())['asset'];
  } catch {
    return errorResponse(
      'onemin',
      400,
      'The upload must be multipart/form-data with the image in the field "asset".',
    );
  }
  if (!(file instanceof File))
    return errorResponse('onemin', 400, 'The multipart field "asset" must hold the image file.');
  if (file.size > MAX_ASSET_BYTES) return tooLarge();
  return { file, bytes: Buffer.from(await file.arrayBuffer()) };
}

function isAccepted(format: string | undefined): format is AcceptedFormat {
  return (ACCEPTED as readonly string[]).includes(format ?? '');
}

function tooLarge(): Response {
  return errorResponse('onemin', 413, `The asset is larger than ${MAX_ASSET_BYTES / 1024 / 1024} MB.`);
}
