import type { SavedPack } from './schema.ts';

// The packs' database code loads with the backup that asks for it, not with the first screen.
const store = async () => {
  const [{ packsDb }, repository] = await Promise.all([import('./db.ts'), import('./repository.ts')]);
  return { db: await packsDb(), ...repository };
};

/** Every saved pack, for the backup zip. */
export async function savedPacksForBackup(): Promise<SavedPack[]> {
  const { db, listPacks } = await store();
  return listPacks(db);
}

/** A backup's packs put back: a newer save here wins, nothing is doubled. Answers how many changed. */
export async function restoreSavedPacks(packs: readonly SavedPack[]): Promise<number> {
  const { db, restorePacks } = await store();
  return restorePacks(db, packs);
}
