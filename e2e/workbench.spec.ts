import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { alignToSource } from '../src/features/compare/align.ts';
import { maskLeakage } from '../src/features/compare/leakage.ts';
import { DEFAULT_DIFF_THRESHOLD } from '../src/features/compare/store.ts';
import { readPngText } from '../src/features/images/download/png-text.ts';
import { expectStoredThumbnails, historyJob } from './support/history.ts';
import { decodeGrey, decodeRgba } from './support/images.ts';
import { SOURCE, fetchAsset, openInpaintSource, paintZigZag, runInpaint } from './support/inpaint.ts';
import { simControl, simStats } from './support/simulator.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1600, height: 1000 } });

test('two of four variations compare side by side, with a slider and a difference view', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('Four takes on a paper crane');
  await page.getByLabel('Variations').fill('4');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, 4);

  await page.getByRole('button', { name: 'Select Result 1 of 4 for comparison' }).click();
  await page.getByRole('button', { name: 'Select Result 3 of 4 for comparison' }).click();
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  const dialog = page.getByRole('dialog', { name: 'Compare results' });
  const panes = dialog.getByTestId('compare-pane');
  await expect(panes).toHaveCount(2);
  await expect(
    dialog
      .getByText('Zoom 100 %')
      .or(dialog.getByText(/^Zoom \d+ %$/))
      .first(),
  ).toBeVisible();

  const transforms = () =>
    panes.evaluateAll((els) =>
      els.map((el) => getComputedStyle(el.querySelector('.compare-layer') as HTMLElement).transform),
    );
  const before = await transforms();
  const firstBox = (await panes.nth(0).boundingBox())!;
  await page.mouse.move(firstBox.x + firstBox.width / 2, firstBox.y + firstBox.height / 2);
  await page.mouse.wheel(0, -400);
  const zoomed = await transforms();
  expect(zoomed[0]).not.toBe(before[0]);
  expect(zoomed[1]).toBe(zoomed[0]);

  const secondBox = (await panes.nth(1).boundingBox())!;
  await page.mouse.move(secondBox.x + 100, secondBox.y + 120);
  await page.mouse.down();
  await page.mouse.move(secondBox.x + 180, secondBox.y + 160, { steps: 5 });
  await page.mouse.up();
  const panned = await transforms();
  expect(panned[1]).not.toBe(zoomed[1]);
  expect(panned[0]).toBe(panned[1]);

  await dialog.getByRole('radio', { name: 'Slider' }).check({ force: true });
  const divider = dialog.getByRole('slider');
  await expect(divider).toHaveAttribute('aria-valuenow', '50');
  const after = dialog.locator('.compare-slider-after');
  await expect(after).toHaveCSS('clip-path', 'inset(0px 0px 0px 50%)');
  await divider.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowLeft');
  const moved = Number(await divider.getAttribute('aria-valuenow'));
  expect(moved).toBeLessThan(50);
  await expect(after).toHaveCSS('clip-path', `inset(0px 0px 0px ${moved}%)`);

  await dialog.getByRole('radio', { name: 'Difference' }).check({ force: true });
  const readout = dialog.getByText(/^Changed \d/);
  await expect(readout.first()).toBeVisible();
  const percent = Number((await readout.first().innerText()).replace(/[^\d.]/g, ''));
  expect(percent).toBeGreaterThan(1);
  // Not blank: changed pixels in the highlight colour, unchanged ones in grey.
  const map = dialog.getByRole('img', { name: /^Difference of / }).first();
  await expect(map).toHaveJSProperty('complete', true);
  const ink = await map.evaluate((image: HTMLImageElement) => {
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    let highlighted = 0;
    let grey = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 255 && data[i + 1] === 0 && data[i + 2] === 200) highlighted++;
      else if (data[i] === data[i + 1] && data[i + 1] === data[i + 2]) grey++;
    }
    return { highlighted, grey, total: data.length / 4 };
  });
  expect(ink.highlighted).toBeGreaterThan(0);
  expect(ink.grey).toBeGreaterThan(0);
  expect(ink.highlighted / ink.total).toBeCloseTo(percent / 100, 2);
});

test('the history keeps a job and its images after a reload, even once the URLs expire', async ({ page }) => {
  await openStudio(page);
  const prompt = 'Archive test: four lanterns in the fog';
  await page.getByLabel('Prompt').fill(prompt);
  await page.getByLabel('Variations').fill('4');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  const [first] = await resultSizes(page, 4);
  await expectStoredThumbnails(historyJob(page, prompt), 4);

  await page.reload();
  await expectStoredThumbnails(historyJob(page, prompt), 4);

  await simControl({ expireUrls: true });
  expect((await page.request.get(first!.src)).status()).toBe(403);
  await page.reload();
  await expectStoredThumbnails(historyJob(page, prompt), 4);
});

test('preserve outside mask: the download is the source outside the mask; the leak figure is right', async ({
  page,
  request,
}) => {
  await openStudio(page);
  const fixture = await openInpaintSource(page, 'A paper boat on the water');
  await page.getByLabel('Variations').fill('2');
  await paintZigZag(page, 100);
  const sent = await runInpaint(page);
  const results = await resultSizes(page, 2);
  const mask = await decodeGrey(await fetchAsset(sent.maskUrl));
  const coverage = new Uint8ClampedArray(mask.data);

  // The figure the board shows for the raw result, against the same check done here.
  const source = await decodeRgba(fixture);
  const raw = await decodeRgba(Buffer.from(await (await request.get(results[0]!.src)).body()));
  // Measured on the source's grid against the source's own resize round trip: the simulator
  // changes nothing outside the mask, whatever size it answered at.
  const expected = maskLeakage(alignToSource(source, raw), coverage, DEFAULT_DIFF_THRESHOLD);
  expect(expected.changedCount).toBe(0);
  await page.getByRole('button', { name: 'Select Result 1 of 2 for comparison' }).click();
  await page.getByRole('button', { name: 'Select Result 2 of 2 for comparison' }).click();
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  const readout = page
    .getByRole('dialog')
    .getByText(/^Changes outside mask \d/)
    .first();
  // 1000×750 sent, 1024×768 answered: resampling is not counted as change.
  await expect(readout).toHaveText(/^Changes outside mask 0\.0 %/);
  const shown = Number((await readout.innerText()).replace(/[^\d.]/g, ''));
  expect(await readout.getAttribute('title')).toContain(
    `of ${expected.protectedCount.toLocaleString()} protected`,
  );
  expect(Math.abs(shown - expected.changedOutsideFraction * 100)).toBeLessThan(0.5);
  await page.keyboard.press('Escape');

  // Protection is the default: the download is the source outside the mask without asking.
  await expect(page.getByRole('switch', { name: 'Preserve outside mask' })).toBeChecked();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Result 1 of 2' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^inpaint_gpt-image-2_.+_1\.png$/);
  const bytes = await readFile((await file.path())!);
  expect(readPngText(bytes).prompt).toBe('A paper boat on the water');
  const saved = await decodeRgba(bytes);
  expect({ width: saved.width, height: saved.height }).toEqual(SOURCE);
  let protectedPixels = 0;
  let differing = 0;
  let changedInside = 0;
  for (let i = 0; i < coverage.length; i++) {
    const same = [0, 1, 2, 3].every((c) => saved.data[i * 4 + c] === source.data[i * 4 + c]);
    if (coverage[i] === 0) {
      protectedPixels++;
      if (!same) differing++;
    } else if (coverage[i] === 255 && !same) changedInside++;
  }
  // The figure leaves out the band next to the mask that resampling alone can colour.
  expect(protectedPixels).toBeGreaterThan(expected.protectedCount);
  expect(differing).toBe(0);
  expect(changedInside).toBeGreaterThan(5_000);
});

test('reuse settings restores prompt, model, size, quality, variations and the mask exactly', async ({
  page,
}) => {
  await openStudio(page);
  const prompt = 'Reuse me: a red kite over dunes';
  await openInpaintSource(page, prompt);
  await page.getByLabel('Width').fill('1536');
  await page.getByLabel('Height').fill('1152');
  await page.getByRole('group', { name: 'Quality' }).locator('label', { hasText: 'High' }).click();
  await page.getByLabel('Variations').fill('2');
  await paintZigZag(page, 100);
  const first = await runInpaint(page);
  await resultSizes(page, 2);
  const job = historyJob(page, prompt);
  await expect(job).toBeVisible();

  // Change everything, mask included.
  await page.getByRole('tab', { name: /Mask/ }).click();
  await page.getByRole('button', { name: 'Clear' }).click();
  await page.getByRole('tab', { name: /Generate/ }).click();
  await page.getByLabel('Prompt').fill('Something else entirely');
  await page.getByRole('group', { name: 'Quality' }).locator('label', { hasText: 'Low' }).click();
  await page.getByLabel('Variations').fill('1');

  await job.getByRole('button', { name: 'Reuse settings' }).click();
  await expect(page.getByRole('tab', { name: /Inpaint/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByLabel('Prompt')).toHaveValue(prompt);
  await expect(page.getByLabel('Model', { exact: true })).toHaveValue('onemin:gpt-image-2:inpaint');
  await expect(page.getByLabel('Width')).toHaveValue('1536');
  await expect(page.getByLabel('Height')).toHaveValue('1152');
  await expect(page.getByRole('radio', { name: /^High/ })).toBeChecked();
  await expect(page.getByLabel('Variations')).toHaveValue('2');

  const second = await runInpaint(page);
  await resultSizes(page, 2);
  expect(second.size).toBe('1536x1152');
  expect(second.quality).toBe('high');
  expect(second.n).toBe(2);
  // The same mask bytes: the upload cache hands back the first mask's asset.
  expect(second.maskUrl).toBe(first.maskUrl);
  expect((await fetchAsset(second.maskUrl)).equals(await fetchAsset(first.maskUrl))).toBe(true);
});

test('a job running when the page reloads is collected into the history and paid once', async ({ page }) => {
  await openStudio(page);
  const prompt = 'Slow job: a cathedral made of glass';
  await simControl({ latencyMs: 4_000 });
  await page.getByLabel('Prompt').fill(prompt);
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Generating/ })).toBeVisible();
  await expect.poll(async () => (await simStats()).requests.features).toBe(1);

  await page.reload();
  await expectStoredThumbnails(historyJob(page, prompt), 1);
  await expect(historyJob(page, prompt).getByText('Done')).toBeVisible();
  expect((await simStats()).requests.features).toBe(1);
});

test('a sweep runs one prompt at three qualities side by side, each its own paid job', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('A sweep of teacups');
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.getByLabel('Vary').selectOption('quality');
  for (const quality of ['Low', 'Medium', 'High']) {
    await page.getByRole('checkbox', { name: quality, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Run sweep' }).click();

  // The sweep is three ordinary jobs, shown side by side on the stage, each headed by its value.
  const results = page.getByRole('region', { name: 'Results' });
  for (const quality of ['low', 'medium', 'high']) {
    const column = results.getByRole('article', { name: `${quality} quality results` });
    await expect(column.getByRole('img', { name: `${quality} quality result 1 of 1` })).toBeVisible();
  }
  const stats = await simStats();
  expect(stats.requests.features).toBe(3);
  expect(new Set(stats.log.map((entry) => entry.idempotencyKey)).size).toBe(3);
});
