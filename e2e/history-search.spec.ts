import { expect, test, type Page } from '@playwright/test';
import { expectStoredThumbnails, historyJob } from './support/history.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1600, height: 1000 } });

const history = (page: Page) => page.getByRole('complementary', { name: 'History' });
const cards = (page: Page) => history(page).getByRole('article');

/** Runs one generate job of one image and waits for its card's stored thumbnail. */
async function generate(page: Page, prompt: string): Promise<void> {
  await page.getByLabel('Prompt').fill(prompt);
  await page.getByLabel('Variations').fill('1');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, 1);
  await expectStoredThumbnails(historyJob(page, prompt), 1);
}

test('the history is searched as it is typed, in the search worker: every word, any case, with stars', async ({
  page,
}) => {
  await openStudio(page);
  await generate(page, 'Red fox in the snow');
  await generate(page, 'Blue whale at dusk');
  await generate(page, 'Fox logo, flat vector');
  await expect(cards(page)).toHaveCount(3);

  const search = page.getByLabel('Search history');
  await search.pressSequentially('FOX');
  await expect(cards(page)).toHaveCount(2);
  // Newest first, as the whole list.
  await expect(cards(page).first()).toHaveAccessibleName('Fox logo, flat vector');
  await expect(cards(page).nth(1)).toHaveAccessibleName('Red fox in the snow');
  await search.pressSequentially(' snow');
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toHaveAccessibleName('Red fox in the snow');
  await search.fill('zebra');
  await expect(history(page).getByText('No job matches these filters.')).toBeVisible();

  // A job run while a search is shown is found by the next search, without a reload.
  await search.fill('');
  await expect(cards(page)).toHaveCount(3);
  await generate(page, 'Arctic fox asleep');
  await search.fill('fox');
  await expect(cards(page)).toHaveCount(3);
  await expect(cards(page).first()).toHaveAccessibleName('Arctic fox asleep');

  // Starred only, within the search: checked on the rows the index names.
  await historyJob(page, 'Red fox in the snow')
    .getByRole('button', { name: /^Star / })
    .click();
  await history(page).getByLabel('Starred only').check();
  await expect(cards(page)).toHaveCount(1);
  await expect(cards(page).first()).toHaveAccessibleName('Red fox in the snow');

  // A job deleted after the index was read leaves the search; the list is whole again once cleared.
  await history(page).getByLabel('Starred only').uncheck();
  await expect(cards(page)).toHaveCount(3);
  const deleted = historyJob(page, 'Fox logo, flat vector');
  await deleted.getByRole('button', { name: 'Delete', exact: true }).click();
  await deleted.getByRole('button', { name: 'Confirm delete' }).click();
  await expect(cards(page)).toHaveCount(2);
  await search.fill('');
  await search.fill('fox');
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).nth(1)).toHaveAccessibleName('Red fox in the snow');
  await search.fill('');
  await expect(cards(page)).toHaveCount(3);
});

test('a history from before the search keys (version 1) is upgraded in place and searched', async ({
  page,
}) => {
  await openStudio(page);
  // The studio made version 2 already: start again from a version-1 history of three jobs, written
  // on a page of the same origin that does not open it.
  await page.goto('/api/health');
  await page.evaluate(async () => {
    const done = (request: IDBRequest | IDBOpenDBRequest) =>
      new Promise<void>((resolve, reject) => {
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error);
      });
    await done(indexedDB.deleteDatabase('image-studio-history'));
    const open = indexedDB.open('image-studio-history', 1);
    open.onupgradeneeded = () => {
      const db = open.result;
      const jobs = db.createObjectStore('jobs', { keyPath: 'id' });
      jobs.createIndex('byCreated', ['createdAt', 'id']);
      jobs.createIndex('byStatus', 'status');
      jobs.createIndex('byImage', 'imageIds', { multiEntry: true });
      jobs.createIndex('bySourceHash', 'source.hash');
      jobs.createIndex('byParentImage', 'source.fromImageId');
      db.createObjectStore('images');
      db.createObjectStore('thumbnails');
      db.createObjectStore('sources');
    };
    await done(open);
    const db = open.result;
    const tx = db.transaction('jobs', 'readwrite');
    ['An old owl etching', 'An old fox etching', 'A new owl sketch'].forEach((prompt, i) =>
      tx.objectStore('jobs').put({
        id: `old-${i}`,
        createdAt: Date.UTC(2026, 0, 1 + i),
        finishedAt: Date.UTC(2026, 0, 1 + i) + 1000,
        status: 'failed',
        entryId: 'onemin:gpt-image-2:generate',
        provider: 'onemin',
        model: 'gpt-image-2',
        mode: 'generate',
        settings: {
          prompt,
          size: '1024x1024',
          quality: 'medium',
          n: 1,
          background: 'auto',
          outputFormat: 'png',
          outputCompression: 85,
        },
        images: [],
        imageIds: [],
        error: { code: 'upstream', message: 'The provider failed.' },
      }),
    );
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onerror = () => reject(tx.error);
    });
    db.close();
  });

  await page.goto('/');
  await expect(cards(page)).toHaveCount(3);
  await page.getByLabel('Search history').fill('owl');
  await expect(cards(page)).toHaveCount(2);
  await expect(cards(page).first()).toHaveAccessibleName('A new owl sketch');
  await expect(cards(page).nth(1)).toHaveAccessibleName('An old owl etching');
  const version = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('image-studio-history');
        open.onsuccess = () => {
          resolve(open.result.version);
          open.result.close();
        };
        open.onerror = () => reject(open.error);
      }),
  );
  expect(version).toBe(2);
});
