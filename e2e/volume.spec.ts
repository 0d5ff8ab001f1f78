import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { expectStoredThumbnails, historyJob } from './support/history.ts';
import { makeFixturePng } from './support/images.ts';
import { simControl, simStats } from './support/simulator.ts';
import { openStudio, resultSizes, setCustomSize } from './support/studio.ts';

test.use({ viewport: { width: 1600, height: 1000 } });

const history = (page: Page) => page.getByRole('complementary', { name: 'History' });

/** SHA-256 of every stored full-size image, by image id, read from the history's IndexedDB. */
async function storedImageDigests(page: Page): Promise<Record<string, string>> {
  const bytes = await page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('image-studio-history');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const read = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const store = db.transaction('images').objectStore('images');
    const keys = (await read(store.getAllKeys())) as string[];
    const blobs = (await read(store.getAll())) as Blob[];
    const out: Record<string, number[]> = {};
    for (let i = 0; i < keys.length; i++)
      out[keys[i]!] = Array.from(new Uint8Array(await blobs[i]!.arrayBuffer()));
    db.close();
    return out;
  });
  return Object.fromEntries(
    Object.entries(bytes).map(([id, data]) => [
      id,
      createHash('sha256').update(Buffer.from(data)).digest('hex'),
    ]),
  );
}

test('a saved prompt with two variables filled 2 × 2 runs four labelled jobs after one priced confirmation', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'product.png', mimeType: 'image/png', buffer: await makeFixturePng(800, 800) });
  // gptimageapi.dev publishes prices, so the confirmation can name the total.
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'GPT Image 2 · gptimageapi.dev' });
  await page.getByLabel('Prompt').fill('{product} on a {surface}, soft light');

  await page.getByRole('button', { name: 'Prompt library' }).click();
  const library = page.getByRole('region', { name: 'Prompt library' });
  await library.getByLabel('Name').fill('Product shot');
  await library.getByRole('button', { name: 'Save prompt' }).click();
  await library.getByRole('button', { name: 'Fill the variables of Product shot' }).first().click();
  await library.getByLabel('product', { exact: true }).fill('mug, vase');
  await library.getByLabel('surface', { exact: true }).fill('marble, oak');
  await library.getByRole('button', { name: 'Run 4 combinations…' }).click();

  const confirm = page.getByRole('dialog', { name: 'Run 4 combinations?' });
  const perJob = Number((await page.locator('.credit-estimate').innerText()).replace(/[^\d]/g, ''));
  expect(perJob).toBeGreaterThan(0);
  const credits = (n: number) => `${n.toLocaleString('en-US')} credits`;
  await expect(confirm.getByText(`4 jobs · 4 images · ≈ ${credits(4 * perJob)}`)).toBeVisible();
  expect((await simStats()).requests.edit ?? 0).toBe(0);
  await confirm.getByRole('button', { name: 'Run 4 jobs' }).click();

  const stage = page.getByRole('region', { name: 'Results' });
  for (const label of ['mug · marble', 'mug · oak', 'vase · marble', 'vase · oak']) {
    const column = stage.getByRole('article', { name: `${label} results` });
    await expect(column.getByRole('heading', { name: label })).toBeVisible();
    await expect(column.getByRole('img', { name: `${label} result 1 of 1` })).toBeVisible({
      timeout: 20_000,
    });
    await expect(column.getByText(label.replace(' · ', ' on a ') + ', soft light')).toBeVisible();
  }
  expect((await simStats()).requests.edit).toBe(4);
  await expect(page.getByTestId('credit-totals')).toHaveText(
    `Spent ${credits(4 * perJob)} since opening · ${credits(4 * perJob)} today`,
  );
  // Each history card says what its job cost.
  await expect(historyJob(page, 'mug on a oak, soft light').getByRole('definition').last()).toHaveText(
    credits(perJob),
  );
  // Each job sent is a recent prompt.
  await expect(library.getByRole('list', { name: 'Recent prompts' }).getByRole('listitem')).toHaveCount(4);
});

test('keyboard only in the history: star two, reject one, compare two, download one; ? lists the shortcuts', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('Four paper lanterns');
  await page.getByLabel('Variations').fill('4');
  await page.keyboard.press('Control+Enter');
  await resultSizes(page, 4);
  const job = historyJob(page, 'Four paper lanterns');
  await expectStoredThumbnails(job, 4);

  // The keyboard starts on the first history image; everything after is keys.
  await job.getByRole('button', { name: 'View Image 1 of 4 larger' }).focus();
  await page.keyboard.press('s');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('s');
  await page.keyboard.press('ArrowRight');
  await expect(job.getByRole('button', { name: 'View Image 3 of 4 larger' })).toBeFocused();
  await page.keyboard.press('x');
  await expect(job.getByRole('button', { name: 'View Image 3 of 4 larger' })).toHaveCount(0);
  await expect(job.getByRole('button', { name: 'View Image 4 of 4 larger' })).toBeFocused();
  await expect(job.getByRole('button', { name: 'Star Image 1 of 4' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(job.getByRole('button', { name: 'Star Image 2 of 4' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(job.getByRole('button', { name: 'Star Image 4 of 4' })).toHaveAttribute(
    'aria-pressed',
    'false',
  );

  await page.keyboard.press('1');
  await page.keyboard.press('ArrowLeft');
  await expect(job.getByRole('button', { name: 'View Image 2 of 4 larger' })).toBeFocused();
  await page.keyboard.press('2');
  await page.keyboard.press('c');
  const compare = page.getByRole('dialog', { name: 'Compare results' });
  await expect(compare.getByTestId('compare-pane')).toHaveCount(2);
  await page.keyboard.press('Escape');
  await expect(compare).toHaveCount(0);

  await job.getByRole('button', { name: 'View Image 2 of 4 larger' }).focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('d');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/_2\.png$/);

  // The marks are the history's: after a reload the stars stay and the rejected image stays hidden.
  await page.reload();
  await expectStoredThumbnails(job, 3);
  await expect(job.getByRole('button', { name: 'Star Image 1 of 4' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await history(page).getByRole('switch', { name: 'Show rejected' }).check();
  await expect(job.getByText('Rejected')).toBeVisible();

  await page.getByLabel('Prompt').click();
  await page.keyboard.press('Escape');
  await history(page).getByRole('switch', { name: 'Show rejected' }).focus();
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const action of ['Star or unstar', 'Compare the picked images', 'Invert the mask', 'Next image']) {
    await expect(sheet.getByText(action)).toBeVisible();
  }
  await expect(sheet.getByText('Ctrl / ⌘ + Enter')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});

test('export 3 jobs and 6 images, clear the site storage, import: the same jobs with identical bytes, once', async ({
  page,
}) => {
  // Three runs, an export, a fresh start and two imports: longer than one flow.
  test.setTimeout(120_000);
  await openStudio(page);
  const prompts = ['A red kite', 'A green kite', 'A blue kite'];
  for (const prompt of prompts) {
    await page.getByLabel('Prompt').fill(prompt);
    await page.getByLabel('Variations').fill('2');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await expectStoredThumbnails(historyJob(page, prompt), 2);
  }
  // The server charges every 1min.ai job (its reservation while the account's total is unknown).
  for (const prompt of prompts) {
    await expect(historyJob(page, prompt).getByRole('definition').last()).toHaveText(/^[\d,]+ credits$/);
  }
  const before = await storedImageDigests(page);
  expect(Object.keys(before)).toHaveLength(6);

  await page.getByRole('button', { name: 'Backup and storage' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const zipPath = (await (await download).path())!;
  await expect(page.getByText('Exported 3 jobs and 6 images.')).toBeVisible();

  const origin = new URL(page.url()).origin;
  const cdp = await page.context().newCDPSession(page);
  await page.goto('about:blank');
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'all' });
  await page.goto(origin);
  await expect(page.getByText('Jobs you run appear here, with their images.')).toBeVisible();

  await page.getByRole('button', { name: 'Backup and storage' }).click();
  const zip = await readFile(zipPath);
  const input = page.getByLabel('History backup to import');
  await input.setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: zip });
  await expect(page.getByRole('status').filter({ hasText: '3 jobs added.' })).toBeVisible();
  for (const prompt of prompts) {
    // History cards draw their images only near the screen.
    await historyJob(page, prompt).scrollIntoViewIfNeeded();
    await expectStoredThumbnails(historyJob(page, prompt), 2);
  }
  expect(await storedImageDigests(page)).toEqual(before);

  await input.setInputFiles({ name: 'backup.zip', mimeType: 'application/zip', buffer: zip });
  await expect(page.getByText('0 jobs added, 3 already in the history.')).toBeVisible();
  await expect(history(page).getByRole('article')).toHaveCount(3);
  expect(await storedImageDigests(page)).toEqual(before);
});

test('an undersized answer is marked, and "fit to the requested size" downloads exactly the asked size', async ({
  page,
}) => {
  await openStudio(page);
  await simControl({ undersize: 0.5 });
  await page.getByLabel('Prompt').fill('A small answer to a large question');
  await setCustomSize(page, 1536, 1024);
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  const [delivered] = await resultSizes(page, 1);
  expect(`${delivered!.w}x${delivered!.h}`).toBe('768x512');

  const stage = page.getByRole('region', { name: 'Results' });
  await expect(
    stage.getByRole('img', { name: /^Not as asked: Asked for 1536×1024, received 768×512\./ }),
  ).toBeVisible();

  for (const [mode, word] of [
    ['resize', 'resizing'],
    ['crop', 'cropping'],
  ] as const) {
    await stage.getByRole('button', { name: 'More for Result 1 of 1' }).click();
    const download = page.waitForEvent('download');
    await stage.getByRole('menuitem', { name: `Download fitted to 1536×1024 by ${word}` }).click();
    const saved = await readFile((await (await download).path())!);
    const meta = await sharp(saved).metadata();
    expect([mode, meta.width, meta.height]).toEqual([mode, 1536, 1024]);
  }
});
