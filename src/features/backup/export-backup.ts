import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import {
  getImageBlob,
  getSourceBlob,
  getThumbnail,
  jobsForBackup,
  type BackupScope,
  type HistoryDb,
} from '../history/index.lazy.ts';
import type { SavedPack } from '../packs/index.lazy.ts';
import { sha256 } from '../source/index.lazy.ts';
import { BackupError, MANIFEST_PATH, blobPath, type BackupManifest } from './manifest.ts';

type ExportedBackup = { zip: Blob; jobs: number; images: number; packs: number };

/**
 * The jobs in scope as one zip: `manifest.json` and each distinct image, thumbnail and
 * source once under `blobs/<sha-256>`, and the saved packs. Images are stored, not deflated: they are compressed
 * already. Blobs are read and hashed one at a time, so only the zip's own chunks pile up.
 */
export async function exportBackup(
  db: HistoryDb,
  scope: BackupScope,
  now: number,
  packs: readonly SavedPack[] = [],
): Promise<ExportedBackup> {
  const records = await jobsForBackup(db, scope);
  if (records.length === 0 && packs.length === 0)
    throw new BackupError('No job in the history matches, so there is nothing to export.');

  const chunks: Uint8Array<ArrayBuffer>[] = [];
  let zipError: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) zipError = error;
    else chunks.push(chunk as Uint8Array<ArrayBuffer>);
  });
  const blobs: BackupManifest['blobs'] = {};
  const add = async (blob: Blob | undefined): Promise<string | undefined> => {
    if (!blob) return undefined;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    const hash = await sha256(bytes);
    if (!blobs[hash]) {
      blobs[hash] = { type: blob.type };
      const file = new ZipPassThrough(blobPath(hash));
      zip.add(file);
      file.push(bytes, true);
    }
    return hash;
  };

  const jobs: BackupManifest['jobs'] = [];
  let images = 0;
  for (const record of records) {
    const entry: BackupManifest['jobs'][number] = { record, images: {}, thumbnails: {} };
    for (const image of record.images) {
      const full = await add(await getImageBlob(db, image.id));
      if (full) {
        entry.images[image.id] = full;
        images += 1;
      }
      const thumbnail = await add(await getThumbnail(db, image.id));
      if (thumbnail) entry.thumbnails[image.id] = thumbnail;
    }
    const source = record.source ? await add(await getSourceBlob(db, record.source.hash)) : undefined;
    if (source) entry.source = source;
    jobs.push(entry);
  }

  const manifest: BackupManifest = {
    format: 'image-studio-history-backup',
    version: 1,
    exportedAt: now,
    jobs,
    blobs,
    ...(packs.length > 0 ? { packs: [...packs] } : {}),
  };
  const file = new ZipDeflate(MANIFEST_PATH, { level: 6 });
  zip.add(file);
  file.push(new TextEncoder().encode(JSON.stringify(manifest)), true);
  zip.end();
  if (zipError) throw new BackupError(`The backup could not be written: ${(zipError as Error).message}`);
  return {
    zip: new Blob(chunks, { type: 'application/zip' }),
    jobs: jobs.length,
    images,
    packs: packs.length,
  };
}

/** `image-studio-history_2026-11-27.zip`, dated in UTC so the name does not depend on where it is made. */
export function backupFileName(now: number): string {
  return `image-studio-history_${new Date(now).toISOString().slice(0, 10)}.zip`;
}
