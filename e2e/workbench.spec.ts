import { expect, test } from '@playwright/test';
import { expectStoredThumbnails, historyJob } from './support/history.ts';
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
  const ink = await dialog
    .locator('canvas')
    .first()
    .evaluate((canvas: HTMLCanvasElement) => {
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
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
