import sharp from 'sharp';
import type { Simulator } from '../context.ts';
import { findServedImage } from '../served-images.ts';

export type EditSource = { ok: true; bytes: Buffer } | { ok: false; message: string };

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The bytes of an edit's `image`: a base64 data URL is decoded; an http(s) URL resolves only
 * when it is one of the simulator's own image URLs (still valid), looked up in the store.
 * No outbound request is ever made.
 */
export async function resolveEditSource(
  sim: Simulator,
  image: string,
  requestUrl: string,
): Promise<EditSource> {
  const data = /^data:image\/(?:png|jpeg|webp);base64,(.+)$/.exec(image);
  if (data) {
    const bytes = Buffer.from(data[1] ?? '', 'base64');
    const meta = await sharp(bytes)
      .metadata()
      .catch(() => null);
    return meta && ['png', 'jpeg', 'webp'].includes(meta.format ?? '')
      ? { ok: true, bytes }
      : { ok: false, message: 'image could not be decoded: the data URL holds no PNG, JPEG or WebP image.' };
  }
  const unreachable = { ok: false, message: 'image could not be fetched.' } as const;
  let url: URL;
  try {
    url = new URL(image);
  } catch {
    return unreachable;
  }
  if (!isOwnHost(url, new URL(requestUrl))) return unreachable;
  const found = findServedImage(sim, url.pathname, url.searchParams);
  if (!found) return unreachable;
  if (!found.ok) return { ok: false, message: `image could not be fetched (HTTP ${found.status}).` };
  return { ok: true, bytes: found.image.bytes };
}

/** The simulator's own origin, or a loopback name for it on the same port. */
function isOwnHost(url: URL, own: URL): boolean {
  if (url.protocol !== own.protocol) return false;
  if (url.host === own.host) return true;
  return LOOPBACK.has(url.hostname) && LOOPBACK.has(own.hostname) && url.port === own.port;
}
