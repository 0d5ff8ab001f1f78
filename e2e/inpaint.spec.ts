import { expect, test, type Page } from '@playwright/test';
import { rasterizeMask } from '../src/features/mask/rasterize.ts';
import { decodeGrey, decodeRgb } from './support/images.ts';
import {
  BRUSH,
  BRUSH_PATH,
  ERASER,
  ERASER_PATH,
  SOURCE,
  fetchAsset,
  openInpaintSource,
  paintZigZag,
  runInpaint,
} from './support/inpaint.ts';
import { simStats } from './support/simulator.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });

async function paintAndInpaint(page: Page, zoomPercent: number) {
  await openStudio(page);
  await openInpaintSource(page, 'A glass of orange juice on the table');
  await paintZigZag(page, zoomPercent);
  const promptObject = await runInpaint(page);
  const [result] = await resultSizes(page, 1);
  return { promptObject, result };
}

async function expectMaskMatchesStrokes(maskBytes: Buffer) {
  const mask = await decodeGrey(maskBytes);
  expect({ width: mask.width, height: mask.height }).toEqual(SOURCE);
  expect(mask.opaque).toBe(true);
  expect(new Set(mask.data)).toEqual(new Set([0, 255]));

  const expected = rasterizeMask(
    [
      { type: 'brush', points: BRUSH_PATH.flatMap((p) => [p.x, p.y]), size: BRUSH, softness: 0 },
      { type: 'erase', points: ERASER_PATH.flatMap((p) => [p.x, p.y]), size: ERASER, softness: 0 },
    ],
    SOURCE.width,
    SOURCE.height,
  );
  const at = (x: number, y: number) => mask.data[y * SOURCE.width + x];
  // On the strokes, away from the eraser: painted. On the eraser line: erased. Elsewhere: kept.
  expect([at(450, 330), at(550, 330), at(450, 420), at(550, 420)]).toEqual([255, 255, 255, 255]);
  expect([at(500, 330), at(500, 420)]).toEqual([0, 0]);
  expect([at(100, 100), at(900, 700), at(500, 375 + 100)]).toEqual([0, 0, 0]);
  // Pixel for pixel the same as the strokes rendered from their definition, but for edges.
  let differing = 0;
  let painted = 0;
  for (let i = 0; i < expected.length; i++) {
    if ((expected[i] ?? 0) > 127) painted++;
    if ((expected[i]! > 127 ? 255 : 0) !== mask.data[i]) differing++;
  }
  expect(painted).toBeGreaterThan(10_000);
  expect(differing / painted).toBeLessThan(0.04);
  return mask;
}

for (const zoom of [250, 50]) {
  test(`the mask sent upstream is exactly the source's size and what was painted, at ${zoom} %`, async ({
    page,
  }) => {
    const { promptObject } = await paintAndInpaint(page, zoom);
    await expectMaskMatchesStrokes(await fetchAsset(promptObject.maskUrl));
  });
}

test.describe('on a 2× screen', () => {
  test.use({ deviceScaleFactor: 2 });
  test('the mask is still exactly the source size and the painted strokes', async ({ page }) => {
    const { promptObject } = await paintAndInpaint(page, 250);
    await expectMaskMatchesStrokes(await fetchAsset(promptObject.maskUrl));
  });
});

test('the inpainted result changes only what the mask covers', async ({ page, request }) => {
  const { promptObject, result } = await paintAndInpaint(page, 100);
  const out = { width: result!.w, height: result!.h };
  // The simulator resizes source and mask alike to the output size; so does this check.
  const maskOut = await decodeGrey(await fetchAsset(promptObject.maskUrl), out);
  const sourceRgb = await decodeRgb(await fetchAsset(promptObject.imageUrl), out);
  const resultRgb = await decodeRgb(Buffer.from(await (await request.get(result!.src)).body()));

  let insideDiff = 0;
  let inside = 0;
  let outsideDiff = 0;
  let outside = 0;
  for (let i = 0; i < out.width * out.height; i++) {
    const d =
      Math.abs(resultRgb[i * 3]! - sourceRgb[i * 3]!) +
      Math.abs(resultRgb[i * 3 + 1]! - sourceRgb[i * 3 + 1]!) +
      Math.abs(resultRgb[i * 3 + 2]! - sourceRgb[i * 3 + 2]!);
    if (maskOut.data[i] === 255) {
      inside++;
      insideDiff += d;
    } else if (maskOut.data[i] === 0) {
      outside++;
      outsideDiff += d;
    }
  }
  expect(inside).toBeGreaterThan(5_000);
  expect(insideDiff / inside).toBeGreaterThan(30);
  expect(outsideDiff / outside).toBeLessThan(1);
});

test('the painted mask survives a reload for the same source', async ({ page }) => {
  await openStudio(page);
  await openInpaintSource(page, 'Keep my mask');
  await paintZigZag(page, 100);
  const masked = page.getByText(/% masked$/);
  const before = await masked.innerText();
  expect(before).toMatch(/^\d/);
  await page.reload();
  await expect(page.getByTestId('source-facts')).toContainText('1000 × 750 px');
  await expect(masked).toHaveText(before);
  await expect(page.getByRole('button', { name: 'Inpaint', exact: true })).toBeEnabled();
});

test('an empty mask cannot be sent, and a mask over everything asks first', async ({ page }) => {
  await openStudio(page);
  await openInpaintSource(page, 'Repaint everything');
  const run = page.getByRole('button', { name: 'Inpaint', exact: true });
  await expect(run).toBeDisabled();
  await expect(page.getByText('Paint the area to change on the mask.')).toBeVisible();

  await page.getByRole('button', { name: 'Fill all' }).click();
  await expect(run).toBeEnabled();
  await run.click();
  const question = page.getByRole('alertdialog', { name: 'The mask covers everything' });
  await expect(question).toBeVisible();
  await question.getByRole('button', { name: 'Keep painting' }).click();
  await expect(question).toHaveCount(0);
  expect((await simStats()).requests.features).toBe(0);

  await page.getByRole('button', { name: 'Invert' }).click();
  await expect(run).toBeDisabled();
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await run.click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Inpaint anyway' }).click();
  await resultSizes(page, 1);
  expect((await simStats()).requests.features).toBe(1);
});
