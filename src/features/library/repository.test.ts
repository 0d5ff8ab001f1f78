import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import { openLibraryDb } from './db.ts';
import { filterPrompts, libraryTags, parseTags } from './filter.ts';
import {
  deletePrompt,
  exportLibrary,
  importLibrary,
  listPrompts,
  listRecent,
  parseLibraryFile,
  recordRecent,
  savePrompt,
} from './repository.ts';

const freshDb = () => openLibraryDb(`library-test-${crypto.randomUUID()}`);
const ids = (...values: string[]) => {
  let i = 0;
  return () => values[i++] ?? `id-${i}`;
};
const settings = initialSettings(getEntry('onemin:gpt-image-2:generate')!, 'saved');

async function seeded() {
  const db = await freshDb();
  const newId = ids('a', 'b', 'c');
  await savePrompt(
    db,
    { name: 'Product shot', prompt: '{product} on a {surface}', tags: ['product'] },
    10,
    newId,
  );
  await savePrompt(
    db,
    { name: 'apartment interior', prompt: 'Sunlit flat', tags: ['interior', 'product'], settings },
    20,
    newId,
  );
  await savePrompt(db, { name: 'Logo', prompt: 'Flat fox logo', tags: [] }, 30, newId);
  return db;
}

describe('saved prompts', () => {
  it('saves, lists by name in any case, updates in place and deletes', async () => {
    const db = await seeded();
    const listed = await listPrompts(db);
    expect(listed.map((p) => p.name)).toEqual(['apartment interior', 'Logo', 'Product shot']);
    expect(listed[0]?.settings).toEqual(settings);

    const updated = await savePrompt(
      db,
      { id: 'c', name: 'Logo v2', prompt: 'Flat fox', tags: ['brand'] },
      99,
    );
    expect(updated).toMatchObject({ id: 'c', createdAt: 30, updatedAt: 99, name: 'Logo v2' });
    expect(await listPrompts(db)).toHaveLength(3);

    await deletePrompt(db, 'a');
    expect((await listPrompts(db)).map((p) => p.id)).toEqual(['b', 'c']);
  });

  it('refuses a prompt without a name or text, saying why, and keeps what was there', async () => {
    const db = await seeded();
    await expect(savePrompt(db, { id: 'a', name: ' ', prompt: '', tags: [] }, 50)).rejects.toThrow(
      'A saved prompt needs a name. A saved prompt cannot be empty.',
    );
    expect((await listPrompts(db)).find((p) => p.id === 'a')?.name).toBe('Product shot');
  });

  it('searches name, text and tags by every word, and filters by tag', async () => {
    const prompts = await listPrompts(await seeded());
    const names = (search: string, tag = '') => filterPrompts(prompts, { search, tag }).map((p) => p.name);
    expect(names('FOX')).toEqual(['Logo']);
    expect(names('flat sunlit')).toEqual(['apartment interior']);
    expect(names('interior')).toEqual(['apartment interior']);
    expect(names('', 'product')).toEqual(['apartment interior', 'Product shot']);
    expect(names('surface', 'product')).toEqual(['Product shot']);
    expect(names('zebra')).toEqual([]);
    expect(libraryTags(prompts)).toEqual(['interior', 'product']);
    expect(parseTags(' product, , interior,product ')).toEqual(['product', 'interior']);
  });
});

describe('recent prompts', () => {
  it('keeps the last ones run, newest first, once each', async () => {
    const db = await freshDb();
    await recordRecent(db, 'one', 1, 3);
    await recordRecent(db, 'two', 2, 3);
    await recordRecent(db, '  ', 3, 3);
    await recordRecent(db, 'three', 4, 3);
    await recordRecent(db, 'one ', 5, 3);
    await recordRecent(db, 'four', 6, 3);
    expect(await listRecent(db)).toEqual([
      { prompt: 'four', usedAt: 6 },
      { prompt: 'one', usedAt: 5 },
      { prompt: 'three', usedAt: 4 },
    ]);
  });
});

describe('import and export', () => {
  it('round-trips through JSON into another library; importing twice adds nothing', async () => {
    const text = JSON.stringify(await exportLibrary(await seeded()));
    const other = await freshDb();
    expect(await importLibrary(other, parseLibraryFile(text))).toEqual({
      added: 3,
      updated: 0,
      unchanged: 0,
    });
    expect(await importLibrary(other, parseLibraryFile(text))).toEqual({
      added: 0,
      updated: 0,
      unchanged: 3,
    });
    expect(await listPrompts(other)).toEqual((await exportLibrary(await seeded())).prompts);
  });

  it('takes a newer edit of a prompt it has, and keeps its own newer one', async () => {
    const db = await seeded();
    const file = await exportLibrary(db);
    const [first, second] = file.prompts;
    await savePrompt(db, { ...second!, name: 'Edited here' }, 500);
    const incoming = { ...file, prompts: [{ ...first!, name: 'Edited there', updatedAt: 400 }, second!] };
    expect(await importLibrary(db, incoming)).toEqual({ added: 0, updated: 1, unchanged: 1 });
    const names = (await listPrompts(db)).map((p) => p.name);
    expect(names).toContain('Edited there');
    expect(names).toContain('Edited here');
  });

  it('says plainly what is wrong with a bad file', () => {
    expect(() => parseLibraryFile('{not json')).toThrow('This file is not JSON');
    expect(() => parseLibraryFile('{"prompts": []}')).toThrow('not an exported prompt library');
    const broken = JSON.stringify({
      format: 'image-studio-prompt-library',
      version: 1,
      prompts: [{ id: 'x', name: 'n', prompt: 'p', tags: 'oops', createdAt: 1, updatedAt: 1 }],
    });
    expect(() => parseLibraryFile(broken)).toThrow(/prompts\.0\.tags: .*nothing was imported/);
  });
});
