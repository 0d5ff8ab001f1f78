import type { Page } from '@playwright/test';
import { getEntry } from '../../src/catalog/index.ts';
import { SEARCH_KEYS_ADDED, type StoredJob } from '../../src/features/history/db.ts';
import { imageIdFor } from '../../src/features/history/image-id.ts';
import type { JobRecord } from '../../src/features/history/record.ts';
import { searchKeyOf } from '../../src/features/history/search-key.ts';
import { toStored } from '../../src/features/history/stored-row.ts';

/** Words the bench's prompts are made of, so searches match some jobs and not others. */
const SUBJECTS = [
  'harbour',
  'fox',
  'lantern',
  'orchard',
  'violin',
  'teapot',
  'owl',
  'bridge',
  'glacier',
  'market',
  'robot',
  'castle',
  'bottle',
  'river',
  'mountain',
  'garden',
  'portrait',
  'desert',
  'tram',
  'kite',
];
const SETTINGS = [
  'at dusk',
  'in fog',
  'at noon',
  'under snow',
  'in rain',
  'at night',
  'in spring',
  'by candlelight',
];
const STYLES = [
  'oil painting',
  'pencil sketch',
  'studio photo',
  'watercolour',
  'isometric render',
  'linocut',
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length] as T;

/** Job `i`'s prompt: a subject, a setting and a style spread by a hash of `i`, and its number. */
export function benchPrompt(i: number): string {
  const h = Math.imul(i + 1, 2654435761) >>> 0;
  return `${pick(SUBJECTS, h)} ${pick(SETTINGS, h >>> 8)}, ${pick(STYLES, h >>> 16)}, study ${i}`;
}

/**
 * Done generate job `i` (job 0 the oldest, a minute apart) with every image marked as stored,
 * as the history keeps it. Typed as the history's own record, so a change to its shape fails
 * the type check here.
 */
export function benchJob(i: number, imagesPerJob: number, imageEdge: number): StoredJob {
  const entry = getEntry('onemin:gpt-image-2:generate');
  if (!entry) throw new Error('The catalog lost its gpt-image-2 generate entry.');
  const id = `bench-job-${String(i).padStart(5, '0')}`;
  const createdAt = Date.UTC(2026, 0, 1) + i * 60_000;
  const record: JobRecord = {
    id,
    createdAt,
    finishedAt: createdAt + 20_000,
    status: 'done',
    entryId: entry.id,
    provider: entry.provider,
    model: entry.model,
    mode: entry.mode,
    settings: {
      prompt: benchPrompt(i),
      size: '1024x1024',
      quality: 'medium',
      n: imagesPerJob,
      background: 'auto',
      outputFormat: 'webp',
      outputCompression: 85,
    },
    images: Array.from({ length: imagesPerJob }, (_, index) => ({
      id: imageIdFor(id, index),
      index,
      url: `https://asset.1min.ai/images/${id}-${index}.webp`,
      assetPath: `images/${id}-${index}.webp`,
      width: imageEdge,
      height: imageEdge,
      format: 'webp',
      cached: true,
      starred: false,
      winner: false,
    })),
    durationMs: 20_000,
  };
  return toStored(record);
}

/** One value to put, into a store with in-line keys (no `key`) or out-of-line ones. */
export type SeedPut = { store: string; value: unknown; key?: string | number | (string | number)[] };

/**
 * Runs in the page: puts the values in one transaction of the database the studio has already
 * opened (at whatever version it is), with the raw IndexedDB API.
 */
export async function putInPage(input: { dbName: string; puts: SeedPut[] }): Promise<void> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(input.dbName);
    request.onupgradeneeded = () => {
      request.transaction?.abort();
      reject(new Error(`${input.dbName} does not exist yet: open the studio before seeding it.`));
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [...new Set(input.puts.map((put) => put.store))];
  const tx = db.transaction(stores, 'readwrite');
  for (const put of input.puts) tx.objectStore(put.store).put(put.value, put.key);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
  });
  db.close();
}

export type BlobSeedInput = {
  dbName: string;
  imageIds: string[];
  thumbEdge: number;
  imageEdge: number;
  /** Distinct pictures drawn; images cycle through them. */
  variants: number;
};

/**
 * Runs in the page: stores a WebP thumbnail and a WebP image under each image id, in the
 * stores src/features/history/db.ts defines.
 */
export async function seedBlobsInPage(
  input: BlobSeedInput,
): Promise<{ thumbBytes: number; imageBytes: number }> {
  const { dbName, imageIds, thumbEdge, imageEdge, variants } = input;
  const picture = (edge: number, k: number) => {
    const canvas = new OffscreenCanvas(edge, edge);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    const gradient = context.createLinearGradient(0, 0, edge, edge);
    gradient.addColorStop(0, `hsl(${k * 36} 60% 35%)`);
    gradient.addColorStop(1, `hsl(${k * 36 + 120} 70% 65%)`);
    context.fillStyle = gradient;
    context.fillRect(0, 0, edge, edge);
    context.fillStyle = 'rgba(255, 255, 255, 0.8)';
    context.beginPath();
    context.arc(edge * (0.2 + 0.06 * k), edge * 0.4, edge * 0.18, 0, 2 * Math.PI);
    context.fill();
    return canvas.convertToBlob({ type: 'image/webp', quality: 0.8 });
  };
  const indices = Array.from({ length: variants }, (_, k) => k);
  const thumbs = await Promise.all(indices.map((k) => picture(thumbEdge, k)));
  const images = await Promise.all(indices.map((k) => picture(imageEdge, k)));
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(dbName);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let thumbBytes = 0;
  let imageBytes = 0;
  const BATCH = 250;
  for (let first = 0; first < imageIds.length; first += BATCH) {
    const tx = db.transaction(['images', 'thumbnails'], 'readwrite');
    imageIds.slice(first, first + BATCH).forEach((imageId, offset) => {
      const thumb = thumbs[(first + offset) % variants] as Blob;
      const image = images[(first + offset) % variants] as Blob;
      tx.objectStore('thumbnails').put(thumb, imageId);
      tx.objectStore('images').put(image, imageId);
      thumbBytes += thumb.size;
      imageBytes += image.size;
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
    });
  }
  db.close();
  return { thumbBytes, imageBytes };
}

export type HistorySeed = {
  dbName: string;
  jobs: number;
  imagesPerJob: number;
  /** The jobs (by number, 0 the oldest) whose images and thumbnails are stored too; the others keep only their rows. */
  jobsWithBlobs: readonly number[];
  thumbEdge: number;
  imageEdge: number;
};

/** Rows put per transaction: large enough that 50,000 jobs take a few dozen requests. */
const ROWS_PER_PUT = 2000;

/**
 * Writes a history of `jobs` jobs into the studio's database in `page` (which must have opened
 * it): every row with its search key, then the thumbnails and images of the jobs `jobsWithBlobs` names.
 */
export async function seedHistory(
  page: Page,
  seed: HistorySeed,
): Promise<{ ms: number; thumbBytes: number; imageBytes: number }> {
  const started = performance.now();
  for (let first = 0; first < seed.jobs; first += ROWS_PER_PUT) {
    const puts: SeedPut[] = [];
    for (let i = first; i < Math.min(seed.jobs, first + ROWS_PER_PUT); i++) {
      const row = benchJob(i, seed.imagesPerJob, seed.imageEdge);
      // Each row with its search key, as the studio records a job.
      puts.push({ store: 'jobs', value: row }, { store: 'searchKeys', key: searchKeyOf(row), value: null });
    }
    if (first + ROWS_PER_PUT >= seed.jobs)
      puts.push({ store: 'meta', key: SEARCH_KEYS_ADDED, value: seed.jobs });
    await page.evaluate(putInPage, { dbName: seed.dbName, puts });
  }
  const imageIds = seed.jobsWithBlobs.flatMap((i) => benchJob(i, seed.imagesPerJob, seed.imageEdge).imageIds);
  const bytes = await page.evaluate(seedBlobsInPage, {
    dbName: seed.dbName,
    imageIds,
    thumbEdge: seed.thumbEdge,
    imageEdge: seed.imageEdge,
    variants: 10,
  });
  return { ms: performance.now() - started, ...bytes };
}
