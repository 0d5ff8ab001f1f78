import { expect, test, type Page } from '@playwright/test';
import { rasterizeMask } from '../src/features/mask/rasterize.ts';
import { decodeGrey, decodeRgb, makeFixturePng } from './support/images.ts';
import { drawStroke, imageToScreen, zoomTo } from './support/mask.ts';
import { SIMULATOR_URL } from './support/env.ts';
import { openStudio, resultSizes } from './support/studio.ts';

const SOURCE = { width: 1000, height: 750 };
const BRUSH = 40;
const ERASER = 16;
// A zig-zag of three strokes across the middle, and an eraser line cutting through all three.
const BRUSH_PATH = [
  { x: 420, y: 330 },
  { x: 580, y: 330 },
  { x: 420, y: 420 },
  { x: 580, y: 420 },
];
const ERASER_PATH = [
  { x: 500, y: 300 },
  { x: 500, y: 450 },
];

test.use({ viewport: { width: 1440, height: 900 } });

async function paintAndInpaint(page: Page, zoomPercent: number) {
  await openStudio(page);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page.getByLabel('Source image file').setInputFiles({
    name: 'odd-size.png',
    mimeType: 'image/png',
    buffer: await makeFixturePng(SOURCE.width, SOURCE.height),
  });
  await expect(page.getByTestId('source-facts')).toContainText('1000 × 750 px');
  await page.getByLabel('Prompt').fill('A glass of orange juice on the table');
  await expect(page.getByTestId('mask-stage')).toBeVisible();

  await zoomTo(page, zoomPercent);
  const toScreen = await imageToScreen(page, SOURCE, zoomPercent / 100);
  await page.getByRole('button', { name: 'Brush', exact: true }).click();
  await page.getByLabel('Brush size in pixels').fill(String(BRUSH));
  await drawStroke(page, toScreen, BRUSH_PATH);
  await page.getByRole('button', { name: 'Eraser', exact: true }).click();
  await page.getByLabel('Brush size in pixels').fill(String(ERASER));
  await drawStroke(page, toScreen, ERASER_PATH);

  const features = page.waitForRequest('**/api/onemin/features');
  await page.getByRole('button', { name: 'Inpaint', exact: true }).click();
  const body = (await features).postDataJSON() as {
    promptObject: { maskUrl: string; imageUrl: string; size: string };
  };
  const [result] = await resultSizes(page, 1);
  return { promptObject: body.promptObject, result };
}

async function fetchAsset(path: string): Promise<Buffer> {
  const response = await fetch(`${SIMULATOR_URL}/onemin/asset/${path}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
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
