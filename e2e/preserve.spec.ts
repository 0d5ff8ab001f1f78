import { expect, test, type Page } from '@playwright/test';
import { historyJob, showHistory } from './support/history.ts';
import { decodeGrey, decodeRgba } from './support/images.ts';
import {
  FIXTURE_NAME,
  SOURCE,
  fetchAsset,
  openInpaintSource,
  paintZigZag,
  runInpaint,
} from './support/inpaint.ts';
import { resultSizes } from './support/studio.ts';
import { openStudio } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

const PROMPT = 'A lantern on the table';

/** The bytes of the current source, as the source panel holds them. */
async function currentSource(page: Page): Promise<Buffer> {
  const image = page.getByRole('img', { name: /^Source: result-/ });
  await expect(image).toBeVisible();
  const base64 = await image.evaluate(async (element: HTMLImageElement) => {
    const blob = await (await fetch(element.src)).blob();
    const bytes = new Uint8Array(await blob.arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  });
  return Buffer.from(base64, 'base64');
}

/**
 * "Use as source" with preserve on gives the result composited over the source: the source's
 * size, the source's exact pixels wherever the mask is black, the model's work inside it.
 */
async function expectComposited(page: Page, fixture: Buffer, coverage: Uint8Array): Promise<void> {
  await expect(page.getByRole('img', { name: /^Source: result-/ })).toBeVisible();
  await expect(page.getByTestId('source-facts')).toContainText(`${SOURCE.width} × ${SOURCE.height} px`);
  const adopted = await decodeRgba(await currentSource(page));
  const original = await decodeRgba(fixture);
  expect({ width: adopted.width, height: adopted.height }).toEqual(SOURCE);
  let outsideDiffer = 0;
  let insideDiffer = 0;
  for (let i = 0; i < coverage.length; i++) {
    const same = [0, 1, 2].every((c) => adopted.data[i * 4 + c] === original.data[i * 4 + c]);
    if (coverage[i] === 0 && !same) outsideDiffer++;
    if (coverage[i] === 255 && !same) insideDiffer++;
  }
  expect(outsideDiffer).toBe(0);
  expect(insideDiffer).toBeGreaterThan(1_000);
}

/** Back to the original image: its mask draft comes back with it. */
async function reopen(page: Page, fixture: Buffer): Promise<void> {
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: FIXTURE_NAME, mimeType: 'image/png', buffer: fixture });
  await page.getByRole('tab', { name: 'Mask', exact: true }).click();
  await expect(page.getByText(/^[1-9][\d.]* % masked$/)).toBeVisible();
}

test('use as source composites the same way from the results, a sweep and the history', async ({ page }) => {
  await openStudio(page);
  const fixture = await openInpaintSource(page, PROMPT);
  await paintZigZag(page, 100);
  const sent = await runInpaint(page);
  await resultSizes(page, 1);
  const coverage = (await decodeGrey(await fetchAsset(sent.maskUrl))).data;
  await expect(page.getByRole('switch', { name: 'Preserve outside mask' })).toBeChecked();

  // From the results.
  await page.getByRole('button', { name: 'Use Result 1 of 1 as source' }).click({ force: true });
  await expectComposited(page, fixture, coverage);

  // From a sweep's column.
  await reopen(page, fixture);
  await page.getByRole('button', { name: 'Sweep', exact: true }).click();
  await page.getByLabel('Vary').selectOption('quality');
  for (const quality of ['Low', 'High']) {
    await page.getByRole('checkbox', { name: quality, exact: true }).check();
  }
  await page.getByRole('button', { name: 'Run sweep' }).click();
  const column = page.getByRole('button', { name: 'Use high quality result 1 of 1 as source' });
  await expect(column).toHaveCount(1, { timeout: 20_000 });
  await page.getByRole('img', { name: 'high quality result 1 of 1' }).waitFor();
  await column.click({ force: true });
  await expectComposited(page, fixture, coverage);

  // From the history card of the first job.
  await reopen(page, fixture);
  await showHistory(page);
  const card = historyJob(page, PROMPT).last();
  await card.getByRole('button', { name: 'Use Image 1 of 1 as source' }).click({ force: true });
  await expectComposited(page, fixture, coverage);
});
