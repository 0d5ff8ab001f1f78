import { getEntry } from '../../catalog/index.ts';
import type { ResultImage } from '../../wire/result.ts';
import { openHistoryDb, type HistoryDb } from './db.ts';
import type { FetchBlob, MakeThumb } from './images.ts';
import type { JobStart } from './repository.ts';

/** Test helpers: a fresh database per test and jobs built from real catalog entries. */

export function freshHistoryDb(): Promise<HistoryDb> {
  return openHistoryDb(`history-test-${crypto.randomUUID()}`);
}

export function jobStart(
  id: string,
  options: { entryId?: string; prompt?: string; createdAt?: number } & Partial<JobStart> = {},
): JobStart {
  const {
    entryId = 'onemin:gpt-image-2:generate',
    prompt = 'A lighthouse at dusk',
    createdAt = 1_000,
    ...rest
  } = options;
  const entry = getEntry(entryId);
  if (!entry) throw new Error(`No catalog entry ${entryId}`);
  return {
    id,
    createdAt,
    entryId,
    provider: entry.provider,
    model: entry.model,
    mode: entry.mode,
    settings: {
      prompt,
      size: '1024x1024',
      quality: 'medium',
      n: 1,
      background: 'auto',
      outputFormat: 'png',
      outputCompression: 85,
    },
    ...rest,
  };
}

export function resultImages(count: number, tag = 'r'): ResultImage[] {
  return Array.from({ length: count }, (_, i) => ({
    url: `https://asset.1min.ai/images/${tag}-${i}.png`,
    assetPath: `images/${tag}-${i}.png`,
    format: 'png' as const,
  }));
}

/** Answers the URL itself as the image's bytes, so tests can tell which image was stored. */
export const urlAsBlob: FetchBlob = async (url) => new Blob([url], { type: 'image/png' });

/** A thumbnail that names its image's bytes; the image is reported as 1536x1024. */
export const textThumb: MakeThumb = async (image) => ({
  thumbnail: new Blob([`thumb:${await image.text()}`], { type: 'image/webp' }),
  width: 1536,
  height: 1024,
});

/** The two ways the history reads an index backwards: in bulk where the browser can, else by key cursor. */
export const READ_PATHS = ['getAllRecords', 'key cursor and getAll'] as const;

/**
 * Takes `getAllRecords` away from indexes, as in browsers without it (fake-indexeddb has it),
 * when `path` says so; answers the function that puts it back.
 */
export function setReadPath(path: (typeof READ_PATHS)[number]): () => void {
  const proto = IDBIndex.prototype;
  const own = Object.getOwnPropertyDescriptor(proto, 'getAllRecords');
  if (path === 'getAllRecords' || !own) return () => {};
  Reflect.deleteProperty(proto, 'getAllRecords');
  return () => Object.defineProperty(proto, 'getAllRecords', own);
}
