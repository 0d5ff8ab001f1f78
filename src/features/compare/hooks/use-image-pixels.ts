import { useEffect, useEffectEvent, useState } from 'react';
import type { RgbaImage } from '../image.ts';
import { loadPixels, type PixelSize } from '../pixels.ts';

/** Decoded images kept for switching modes without decoding again; each is width×height×4 bytes. */
const CACHE_LIMIT = 10;
const cache = new Map<string, Promise<RgbaImage>>();

function cachedPixels(url: string, size: PixelSize): Promise<RgbaImage> {
  const key = `${size.width}x${size.height} ${url}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const loading = loadPixels(url, size);
  loading.catch(() => cache.delete(key));
  cache.set(key, loading);
  for (const oldest of cache.keys()) {
    if (cache.size <= CACHE_LIMIT) break;
    cache.delete(oldest);
  }
  return loading;
}

/**
 * Drops every decoded image. The board's URLs are object URLs that die with it, so once it
 * closes the decodes (up to 33 MB each at 4K) can never be used again.
 */
export function forgetDecodedPixels(): void {
  cache.clear();
}

export type PixelsState = { images: RgbaImage[] | null; error: string | null };

/**
 * The pixels of each URL, all scaled to `size` so they can be compared pixel for pixel.
 * Nothing is loaded while `enabled` is false; `images` is null until all have decoded.
 */
export function useImagePixels(urls: readonly string[], size: PixelSize, enabled: boolean): PixelsState {
  const key = enabled ? `${size.width}x${size.height}|${urls.join('|')}` : '';
  const [loaded, setLoaded] = useState<PixelsState & { key: string }>({ key: '', images: null, error: null });
  const load = useEffectEvent(() => Promise.all(urls.map((url) => cachedPixels(url, size))));
  useEffect(() => {
    if (!key) return;
    let current = true;
    load().then(
      (images) => current && setLoaded({ key, images, error: null }),
      (error: unknown) =>
        current &&
        setLoaded({
          key,
          images: null,
          error: error instanceof Error ? error.message : 'The images could not be read.',
        }),
    );
    return () => {
      current = false;
    };
  }, [key]);
  return loaded.key === key ? loaded : { images: null, error: null };
}
