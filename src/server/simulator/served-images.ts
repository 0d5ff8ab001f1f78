import type { Simulator } from './context.ts';
import type { StoredImage } from './store.ts';

/** Where the simulator serves images, relative to its URL. */
export const IMAGE_ROUTES = {
  asset: '/onemin/asset/',
  signed: '/onemin/signed/',
  edits: '/gptimageapi/cdn/edits/',
} as const;

/** Store keys: 1min.ai asset paths and gptimageapi.dev edit files live side by side. */
export const assetKey = (path: string) => `asset:${path.replace(/^\/+/, '')}`;
export const editKey = (file: string) => `edit:${file}`;

export type ServedImage =
  { ok: true; image: StoredImage; cacheControl: string } | { ok: false; status: 403 | 404; message: string };

const EXPIRED: ServedImage = {
  ok: false,
  status: 403,
  message: 'Request has expired or its signature does not match.',
};
const MISSING: ServedImage = { ok: false, status: 404, message: 'No such image.' };

/** The signed URL of an asset path, valid for the simulator's URL lifetime. */
export function signedAssetUrl(sim: Simulator, origin: string, path: string, nowMs = Date.now()): string {
  const expires = Math.floor(nowMs / 1000) + sim.urlTtlSeconds;
  return `${origin}${IMAGE_ROUTES.signed}${path}?${sim.signer.query(path, expires)}`;
}

/**
 * The image an image URL (path and query) names, with its expiry enforced; `null` when the
 * path is not one of the image routes. Shared by the GET routes and by gptimageapi.dev's
 * `image` lookup, so a URL works for the edit exactly when it would work in a browser.
 */
export function findServedImage(
  sim: Simulator,
  pathname: string,
  query: URLSearchParams,
  nowMs = Date.now(),
): ServedImage | null {
  const route = Object.values(IMAGE_ROUTES).find((prefix) => pathname.startsWith(prefix));
  if (!route) return null;
  const rest = safeDecode(pathname.slice(route.length));
  if (!rest) return MISSING;
  if (sim.state.expireUrls) return EXPIRED;
  const nowSeconds = Math.floor(nowMs / 1000);
  if (route === IMAGE_ROUTES.signed) {
    if (
      !sim.signer.verify(rest, query.get('expires') ?? undefined, query.get('sig') ?? undefined, nowSeconds)
    )
      return EXPIRED;
    const image = sim.store.get(assetKey(rest));
    const remaining = Math.max(0, Number(query.get('expires')) - nowSeconds);
    return image ? { ok: true, image, cacheControl: `private, max-age=${remaining}` } : MISSING;
  }
  if (route === IMAGE_ROUTES.asset) {
    const image = sim.store.get(assetKey(rest));
    return image ? { ok: true, image, cacheControl: 'public, max-age=86400' } : MISSING;
  }
  const image = sim.store.get(editKey(rest));
  if (!image) return MISSING;
  if (image.expiresAt !== undefined && nowMs > image.expiresAt) return EXPIRED;
  const remaining = image.expiresAt === undefined ? 86400 : Math.floor((image.expiresAt - nowMs) / 1000);
  return { ok: true, image, cacheControl: `public, max-age=${remaining}` };
}

export function servedImageResponse(found: ServedImage): Response {
  if (!found.ok) return Response.json({ message: found.message }, { status: found.status });
  return new Response(new Uint8Array(found.image.bytes), {
    headers: {
      'Content-Type': found.image.contentType,
      'Content-Length': String(found.image.bytes.length),
      'Cache-Control': found.cacheControl,
    },
  });
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
