import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openPacksDb } from './db.ts';
import { deletePack, listPacks, restorePacks, savePack } from './repository.ts';
import { COMMON_TARGETS } from './targets.ts';

const freshDb = () => openPacksDb(`packs-test-${crypto.randomUUID()}`);
const ids = (...values: string[]) => {
  let i = 0;
  return () => values[i++] ?? `id-${i}`;
};
const square = COMMON_TARGETS.slice(0, 1);
const three = COMMON_TARGETS.slice(0, 3);

describe('saved packs', () => {
  it('saves packs by name, lists them by name, replaces one saved again under its name', async () => {
    const db = await freshDb();
    const newId = ids('a', 'b', 'c');
    await savePack(db, 'Social', three, 10, newId);
    await savePack(db, 'ads', square, 20, newId);
    const again = await savePack(db, '  social ', square, 30, newId);
    expect(again).toMatchObject({ id: 'a', createdAt: 10, updatedAt: 30, targets: square });
    expect((await listPacks(db)).map((pack) => [pack.name, pack.targets.length])).toEqual([
      ['ads', 1],
      ['social', 1],
    ]);
    await deletePack(db, 'b');
    expect((await listPacks(db)).map((pack) => pack.id)).toEqual(['a']);
  });

  it('refuses a pack without a name or targets, or with a target of no size, and keeps nothing', async () => {
    const db = await freshDb();
    await expect(savePack(db, '  ', three, 1)).rejects.toThrow(/needs a name/);
    await expect(savePack(db, 'Empty', [], 1)).rejects.toThrow(/at least one target/);
    await expect(savePack(db, 'Zero', [{ ...square[0]!, width: 0 }], 1)).rejects.toThrow();
    expect(await listPacks(db)).toEqual([]);
  });

  it('restores packs from a backup, keeping a newer save and doubling nothing', async () => {
    const db = await freshDb();
    const mine = await savePack(db, 'Social', three, 50, ids('a'));
    const backup = [
      { ...mine, targets: square, updatedAt: 40 },
      { id: 'z', name: 'Print', targets: square, createdAt: 5, updatedAt: 5 },
    ];
    expect(await restorePacks(db, backup)).toBe(1);
    expect(await restorePacks(db, backup)).toBe(0);
    expect((await listPacks(db)).map((pack) => [pack.name, pack.targets.length])).toEqual([
      ['Print', 1],
      ['Social', 3],
    ]);
  });
});
