import { getEntry } from '../../src/catalog/index.ts';
import type { StoredJob } from '../../src/features/history/db.ts';
import { imageIdFor, JobRecord } from '../../src/features/history/record.ts';
import { toStored } from '../../src/features/history/repository.ts';

/** Done generate jobs with every image cached, newest last, checked against the history's own schema. */
export function benchJobs(count: number, imagesPerJob: number, imageEdge: number): StoredJob[] {
  const entry = getEntry('onemin:gpt-image-2:generate');
  if (!entry) throw new Error('The catalog lost its gpt-image-2 generate entry.');
  const start = Date.UTC(2026, 0, 1);
  return Array.from({ length: count }, (_, i) => {
    const id = `bench-job-${String(i).padStart(4, '0')}`;
    const createdAt = start + i * 60_000;
    const record = JobRecord.parse({
      id,
      createdAt,
      finishedAt: createdAt + 20_000,
      status: 'done',
      entryId: entry.id,
      provider: entry.provider,
      model: entry.model,
      mode: entry.mode,
      settings: {
        prompt: `Lighthouse at dusk, study ${i}, seen from the cliffs`,
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
    });
    return toStored(record);
  });
}

export type SeedInput = {
  dbName: string;
  jobs: StoredJob[];
  thumbEdge: number;
  imageEdge: number;
  /** Distinct pictures drawn; jobs cycle through them. */
  variants: number;
};

/**
 * Runs in the page: writes the jobs, a WebP thumbnail and a WebP image per result, with the
 * raw IndexedDB API, into the database and stores src/features/history/db.ts defines.
 */
export async function seedHistoryInPage(
  input: SeedInput,
): Promise<{ ms: number; thumbBytes: number; imageBytes: number }> {
  const { dbName, jobs, thumbEdge, imageEdge, variants } = input;
  const started = performance.now();
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
    const request = indexedDB.open(dbName, 1);
    request.onupgradeneeded = () => {
      const created = request.result;
      const store = created.createObjectStore('jobs', { keyPath: 'id' });
      store.createIndex('byCreated', ['createdAt', 'id']);
      store.createIndex('byStatus', 'status');
      store.createIndex('byImage', 'imageIds', { multiEntry: true });
      store.createIndex('bySourceHash', 'source.hash');
      store.createIndex('byParentImage', 'source.fromImageId');
      created.createObjectStore('images');
      created.createObjectStore('thumbnails');
      created.createObjectStore('sources');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  let thumbBytes = 0;
  let imageBytes = 0;
  const BATCH = 25;
  for (let first = 0; first < jobs.length; first += BATCH) {
    const tx = db.transaction(['jobs', 'images', 'thumbnails'], 'readwrite');
    jobs.slice(first, first + BATCH).forEach((job, offset) => {
      tx.objectStore('jobs').put(job);
      job.imageIds.forEach((imageId, k) => {
        const variant = (first + offset + k) % variants;
        const thumb = thumbs[variant] as Blob;
        const image = images[variant] as Blob;
        tx.objectStore('thumbnails').put(thumb, imageId);
        tx.objectStore('images').put(image, imageId);
        thumbBytes += thumb.size;
        imageBytes += image.size;
      });
    });
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error ?? new Error('seeding transaction aborted'));
    });
  }
  db.close();
  return { ms: performance.now() - started, thumbBytes, imageBytes };
}
