import { unzipSync } from 'fflate';
import { restoreJobs, type HistoryDb, type RestoredJob } from '../history/index.lazy.ts';
import type { SavedPack } from '../packs/index.lazy.ts';
import { sha256 } from '../source/index.lazy.ts';
import { BackupError, BackupManifest, MANIFEST_PATH, blobPath } from './manifest.ts';

const NOTHING = 'Nothing was imported.';

/**
 * The jobs of a backup zip, with their bytes, after checking everything: that it is a zip,
 * that its manifest is one the studio writes, and that every file it names is there with the
 * content hash it is filed under. Any problem refuses the whole file, with the reason.
 */
export async function readBackup(file: Blob): Promise<{ jobs: RestoredJob[]; packs: SavedPack[] }> {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(new Uint8Array(await file.arrayBuffer()));
  } catch {
    throw new BackupError(`This file is not a zip, or it is damaged. ${NOTHING}`);
  }
  const manifestBytes = files[MANIFEST_PATH];
  if (!manifestBytes) {
    throw new BackupError(
      `This zip is not an Image Studio history backup: it has no ${MANIFEST_PATH}. ${NOTHING}`,
    );
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(manifestBytes));
  } catch {
    throw new BackupError(`The backup's ${MANIFEST_PATH} is not valid JSON. ${NOTHING}`);
  }
  const parsed = BackupManifest.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
    throw new BackupError(
      `The backup's ${MANIFEST_PATH} cannot be read (${where}${issue?.message ?? 'unknown problem'}). ${NOTHING}`,
    );
  }
  const manifest = parsed.data;

  const blobs = new Map<string, Blob>();
  const blob = async (hash: string): Promise<Blob> => {
    const known = blobs.get(hash);
    if (known) return known;
    const bytes = files[blobPath(hash)];
    if (!bytes) throw new BackupError(`The backup lacks ${blobPath(hash)}. ${NOTHING}`);
    if ((await sha256(bytes)) !== hash) {
      throw new BackupError(
        `${blobPath(hash)} in the backup is damaged (its content does not match its hash). ${NOTHING}`,
      );
    }
    const made = new Blob([bytes as Uint8Array<ArrayBuffer>], { type: manifest.blobs[hash]?.type ?? '' });
    blobs.set(hash, made);
    return made;
  };
  const byImage = async (hashes: Record<string, string>) =>
    new Map(
      await Promise.all(Object.entries(hashes).map(async ([id, hash]) => [id, await blob(hash)] as const)),
    );

  const jobs: RestoredJob[] = [];
  for (const job of manifest.jobs) {
    jobs.push({
      record: job.record,
      images: await byImage(job.images),
      thumbnails: await byImage(job.thumbnails),
      ...(job.source ? { source: await blob(job.source) } : {}),
    });
  }
  return { jobs, packs: manifest.packs ?? [] };
}

/**
 * Puts a backup's jobs into the history (jobs it has are kept, never doubled) and its saved
 * packs back with `restorePacks`.
 */
export async function importBackup(
  db: HistoryDb,
  file: Blob,
  restorePacks: (packs: SavedPack[]) => Promise<number> = async () => 0,
) {
  const { jobs, packs } = await readBackup(file);
  const report = await restoreJobs(db, jobs);
  return { ...report, packsRestored: packs.length > 0 ? await restorePacks(packs) : 0 };
}
