import type { PacksDb } from './db.ts';
import { SavedPack, type PackTarget } from './schema.ts';

class PackError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackError';
  }
}

const sameName = (a: string, b: string) =>
  a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

/**
 * Saves the targets under a name: a pack of that name (any case) is replaced, keeping when it
 * was first saved, so saving again after a change needs no second name.
 */
export async function savePack(
  db: PacksDb,
  name: string,
  targets: readonly PackTarget[],
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<SavedPack> {
  const tx = db.transaction('packs', 'readwrite');
  const existing = (await tx.store.getAll()).find((pack) => sameName(pack.name, name));
  const parsed = SavedPack.safeParse({
    id: existing?.id ?? newId(),
    name,
    targets,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  if (!parsed.success) {
    tx.abort();
    // The aborted transaction rejects `done`; the parse error is what the user needs.
    await tx.done.catch(() => {});
    throw new PackError(parsed.error.issues.map((issue) => issue.message).join(' '));
  }
  await tx.store.put(parsed.data);
  await tx.done;
  return parsed.data;
}

export async function deletePack(db: PacksDb, id: string): Promise<void> {
  await db.delete('packs', id);
}

/** Every saved pack, by name. */
export async function listPacks(db: PacksDb): Promise<SavedPack[]> {
  const packs = await db.getAll('packs');
  return packs.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/**
 * Adds packs from a backup. One already here (same id) is replaced only by a newer save of it,
 * so restoring the same backup twice changes nothing. Answers how many were added or updated.
 */
export async function restorePacks(db: PacksDb, packs: readonly SavedPack[]): Promise<number> {
  let changed = 0;
  const tx = db.transaction('packs', 'readwrite');
  for (const pack of packs) {
    const existing = await tx.store.get(pack.id);
    if (existing && existing.updatedAt >= pack.updatedAt) continue;
    await tx.store.put(pack);
    changed += 1;
  }
  await tx.done;
  return changed;
}
