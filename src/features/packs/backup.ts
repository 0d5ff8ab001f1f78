import { packsDb } from './db.ts';
import { listPacks, restorePacks } from './repository.ts';
import type { SavedPack } from './schema.ts';

/** Every saved pack, for the backup zip. */
export async function savedPacksForBackup(): Promise<SavedPack[]> {
  return listPacks(await packsDb());
}

/** A backup's packs put back: a newer save here wins, nothing is doubled. Answers how many changed. */
export async function restoreSavedPacks(packs: readonly SavedPack[]): Promise<number> {
  return restorePacks(await packsDb(), packs);
}
