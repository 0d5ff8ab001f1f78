import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { historyJob } from './support/history.ts';
import { makeFixturePng } from './support/images.ts';
import { simStats } from './support/simulator.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1280, height: 800 } });

async function generate(page: Page, prompt: string, n: number): Promise<void> {
  await page.getByLabel('Prompt').fill(prompt);
  await page.getByLabel('Variations').fill(String(n));
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, n);
}

/** The size of a download, decoded. */
async function downloadedSize(page: Page, click: () => Promise<void>) {
  const download = page.waitForEvent('download');
  await click();
  const path = await (await download).path();
  return sharp(path).metadata();
}

test('after a reload the stage shows the last job; a history image downloads and opens large at 100 %', async ({
  page,
}) => {
  await openStudio(page);
  const prompt = 'Two paper boats on a pond';
  await generate(page, prompt, 2);
  await expect(historyJob(page, prompt).locator('img')).toHaveCount(2, { timeout: 20_000 });

  await page.reload();
  const sizes = await resultSizes(page, 2);
  expect(sizes.map((size) => `${size.w}x${size.h}`)).toEqual(['1024x1024', '1024x1024']);
  await expect(page.getByRole('region', { name: 'Results' }).getByText(prompt)).toBeVisible();

  const job = historyJob(page, prompt);
  const meta = await downloadedSize(page, () =>
    job.getByRole('button', { name: 'Download Image 1 of 2' }).click({ force: true }),
  );
  expect([meta.width, meta.height]).toEqual([1024, 1024]);

  await job.getByRole('button', { name: 'View Image 2 of 2 larger' }).click();
  const viewer = page.getByRole('dialog', { name: 'Result 2 of 2' });
  await expect(viewer.getByRole('img', { name: 'Result 2 of 2' })).toBeVisible();
  await viewer.getByRole('button', { name: '100 %' }).click();
  await expect(viewer.getByLabel('Zoom level')).toHaveText('100 %');
  const shown = await viewer.getByRole('img', { name: 'Result 2 of 2' }).boundingBox();
  expect(Math.round(shown?.width ?? 0)).toBe(1024);
  // The wheel zooms at the pointer, by a step proportional to the scroll.
  const frame = await viewer.locator('.lightbox-frame').boundingBox();
  await page.mouse.move((frame?.x ?? 0) + 200, (frame?.y ?? 0) + 200);
  await page.mouse.wheel(0, -100);
  await expect(viewer.getByLabel('Zoom level')).toHaveText('120 %');
});

test('the page never scrolls at 1280×800, whatever the wheel does over the stage', async ({ page }) => {
  await openStudio(page);
  const box = await page.getByRole('main').boundingBox();
  await page.mouse.move((box?.x ?? 0) + 100, (box?.y ?? 0) + 300);
  await page.mouse.wheel(0, 400);
  expect(await page.evaluate(() => [document.documentElement.scrollHeight, window.scrollY])).toEqual([
    800, 0,
  ]);
  await generate(page, 'Four stacked stones', 4);
  await page.mouse.wheel(0, 800);
  expect(await page.evaluate(() => [document.documentElement.scrollHeight, window.scrollY])).toEqual([
    800, 0,
  ]);
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeInViewport();
});

test('inpaint after a generate shows the mask at once; a single result has a before/after view', async ({
  page,
}) => {
  await openStudio(page);
  await generate(page, 'A teapot', 1);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'room.png', mimeType: 'image/png', buffer: await makeFixturePng(800, 600) });
  await expect(page.getByTestId('mask-stage')).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Mask', exact: true })).toHaveAttribute('aria-selected', 'true');

  await page.getByLabel('Prompt').fill('A cat on the sofa');
  await page.getByRole('button', { name: 'Fill all', exact: true }).click();
  await page.getByRole('button', { name: 'Inpaint', exact: true }).click();
  const dialog = page.getByRole('alertdialog', { name: 'The mask covers everything' });
  await dialog.getByRole('button', { name: 'Inpaint anyway' }).click();
  await resultSizes(page, 1);
  await page.getByRole('button', { name: 'View Result 1 of 1 larger' }).click();
  const viewer = page.getByRole('dialog', { name: 'Result' });
  await viewer.getByRole('switch', { name: 'Before / after' }).check();
  await expect(viewer.getByRole('img', { name: 'Before: the source image' })).toBeVisible();
  await expect(viewer.getByLabel('Before / after divider')).toBeVisible();
});

test('with the history unable to store anything, results still download, star and become the source', async ({
  page,
}) => {
  // Every IndexedDB write of the history fails, as with a full disk or a private window.
  await page.addInitScript(() => {
    const open = indexedDB.open.bind(indexedDB);
    indexedDB.open = (name: string, version?: number) => {
      if (name.includes('history')) throw new DOMException('Storage is full', 'QuotaExceededError');
      return open(name, version);
    };
  });
  await openStudio(page);
  await generate(page, 'Lemons on a plate', 2);
  await expect(page.getByRole('region', { name: 'Run' }).getByRole('alert')).toContainText(
    'not kept in the history',
  );

  const meta = await downloadedSize(page, () =>
    page.getByRole('button', { name: 'Download Result 1 of 2' }).click({ force: true }),
  );
  expect([meta.width, meta.height]).toEqual([1024, 1024]);

  const star = page.getByRole('button', { name: 'Star Result 2 of 2' });
  await star.click({ force: true });
  await expect(star).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('button', { name: 'Use Result 1 of 2 as source' }).click({ force: true });
  await expect(page.getByTestId('source-facts')).toContainText('1024 × 1024 px');
  expect((await simStats()).requests.features).toBe(1);
});

test('a sweep whose connection drops is run again and pays once per variant', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('Teacups, three ways');
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.getByLabel('Vary').selectOption('quality');
  for (const quality of ['Low', 'Medium', 'High']) {
    await page.getByRole('checkbox', { name: quality, exact: true }).check();
  }
  // The requests reach the server and are paid, but the browser never hears back.
  await page.route('**/api/onemin/features', async (route) => {
    await route.fetch();
    await route.abort('connectionreset');
  });
  await page.getByRole('button', { name: 'Run sweep' }).click();
  await expect(page.getByRole('region', { name: 'Run' }).getByRole('alert')).toContainText(
    'without paying twice',
  );
  expect((await simStats()).requests.features).toBe(3);

  await page.unroute('**/api/onemin/features');
  await page.getByRole('button', { name: 'Run sweep' }).click();
  const results = page.getByRole('region', { name: 'Results' });
  for (const quality of ['low', 'medium', 'high']) {
    await expect(results.getByRole('img', { name: `${quality} quality result 1 of 1` })).toBeVisible();
  }
  const stats = await simStats();
  expect(stats.requests.features).toBe(3);
  expect(new Set(stats.log.map((entry) => entry.idempotencyKey)).size).toBe(3);
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a generate, a compare and a download work with the three area tabs', async ({ page }) => {
    await openStudio(page);
    await expect(page.getByRole('tab', { name: 'Settings' })).toHaveAttribute('aria-selected', 'true');
    await page.getByLabel('Prompt').fill('Three kites');
    await page.getByLabel('Variations').fill('2');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Stage' })).toHaveAttribute('aria-selected', 'true');
    await resultSizes(page, 2);
    await expect(page.getByRole('img', { name: 'Result 1 of 2' })).toBeInViewport();

    await page.getByRole('button', { name: 'Select Result 1 of 2 for comparison' }).click({ force: true });
    await page.getByRole('button', { name: 'Select Result 2 of 2 for comparison' }).click({ force: true });
    await page.getByRole('button', { name: 'Compare (2)' }).click();
    await expect(page.getByRole('dialog', { name: 'Compare results' })).toBeVisible();
    await page.keyboard.press('Escape');

    const meta = await downloadedSize(page, () =>
      page.getByRole('button', { name: 'Download Result 2 of 2' }).click({ force: true }),
    );
    expect([meta.width, meta.height]).toEqual([1024, 1024]);
    // Everything fits the phone's width: nothing sticks out to the right.
    for (const region of [page.getByRole('banner'), page.getByRole('region', { name: 'Results' })]) {
      const box = await region.boundingBox();
      expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(390);
    }
  });
});

test('an image pasted into the prompt becomes the source; a dragged file lights up the drop target', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  const png = (await makeFixturePng(300, 200)).toString('base64');
  await page.getByLabel('Prompt').focus();
  await page.evaluate(async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], 'clip.png', { type: 'image/png' }));
    document.activeElement?.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true }),
    );
  }, png);
  await expect(page.getByTestId('source-facts')).toContainText('300 × 200 px');
  await expect(page.getByLabel('Prompt')).toHaveValue('');

  const overlay = page.getByText(/^Drop one image to use it as the source/);
  await expect(overlay).toHaveCount(0);
  const data = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['x'], 'a.png', { type: 'image/png' }));
    return transfer;
  });
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: data });
  await expect(overlay).toBeVisible();
  await page.dispatchEvent('main', 'dragleave', { dataTransfer: data });
  await expect(overlay).toHaveCount(0);
});
