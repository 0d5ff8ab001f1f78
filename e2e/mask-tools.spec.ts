import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { rasterizeMask } from '../src/features/mask/rasterize.ts';
import { decodeGrey, decodeRgb } from './support/images.ts';
import { fetchAsset, runInpaint } from './support/inpaint.ts';
import { imageToScreen, maskActions, zoomTo } from './support/mask.ts';
import { RED_RECT, SHAPES, inRedRect, makeShapesPng } from './support/shapes.ts';
import { simStats } from './support/simulator.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });

async function openShapes(page: Page, size = SHAPES): Promise<Buffer> {
  const png = await makeShapesPng(size.width, size.height);
  await openStudio(page);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'shapes.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByTestId('source-facts')).toContainText(`${size.width} × ${size.height} px`);
  await page.getByLabel('Prompt').fill('Something else here');
  await expect(page.getByTestId('mask-stage')).toBeVisible();
  return png;
}

/** The mask as "Download mask" saves it: exactly what would be sent. */
async function downloadMask(page: Page) {
  const download = page.waitForEvent('download');
  await (await maskActions(page)).getByRole('button', { name: 'Download mask' }).click();
  const file = await download;
  const stream = await file.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return decodeGrey(Buffer.concat(chunks));
}

/** Pixels whose value differs from `expected` (a predicate on pixel indices). */
function mismatches(
  mask: { data: Buffer; width: number },
  expected: (x: number, y: number) => boolean,
): number {
  let wrong = 0;
  for (let i = 0; i < mask.data.length; i++) {
    const x = i % mask.width;
    const y = Math.floor(i / mask.width);
    if ((mask.data[i] === 255) !== expected(x, y) || (mask.data[i] !== 0 && mask.data[i] !== 255)) wrong++;
  }
  return wrong;
}

test('the wand at tolerance 0 takes exactly one shape, and grow 8 adds exactly what lies within 8 px', async ({
  page,
}) => {
  await openShapes(page);
  await page.getByRole('button', { name: 'Magic wand' }).click();
  await page.getByLabel('Tolerance, 0 to 255').fill('0');
  await zoomTo(page, 50);
  const toScreen = await imageToScreen(page, SHAPES, 0.5);
  const inside = toScreen({ x: 300, y: 300 });
  await page.mouse.click(inside.x, inside.y);
  await expect(page.getByText(/% masked$/)).not.toHaveText('Nothing masked yet');

  const wand = await downloadMask(page);
  expect({ width: wand.width, height: wand.height }).toEqual(SHAPES);
  expect(mismatches(wand, inRedRect)).toBe(0);

  const actions = await maskActions(page);
  await actions.getByLabel('Grow, shrink or feather by, in pixels').fill('8');
  await actions.getByRole('button', { name: 'Grow' }).click();
  const grown = await downloadMask(page);
  // Within 8 px, centre to centre, of some pixel of the rectangle.
  const near = (x: number, y: number) => {
    const dx = Math.max(RED_RECT.x0 - x, 0, x - RED_RECT.x1);
    const dy = Math.max(RED_RECT.y0 - y, 0, y - RED_RECT.y1);
    return dx * dx + dy * dy <= 64;
  };
  expect(mismatches(grown, near)).toBe(0);
  expect((await simStats()).requests.features).toBe(0);
});

test('a polygon drawn at 250 % minus an Alt rectangle is uploaded as exactly that mask', async ({ page }) => {
  await openShapes(page);
  await zoomTo(page, 250);
  const toScreen = await imageToScreen(page, SHAPES, 2.5);
  const polygon = [
    { x: 510, y: 335 },
    { x: 690, y: 325 },
    { x: 700, y: 470 },
    { x: 530, y: 455 },
  ];
  await page.getByRole('button', { name: 'Polygon' }).click();
  for (const point of polygon) {
    const at = toScreen(point);
    await page.mouse.click(at.x, at.y);
    // Apart in time as well as space, so no two clicks make a double-click.
    await page.waitForTimeout(350);
  }
  await page.keyboard.press('Enter');

  await page.getByRole('button', { name: 'Rectangle' }).click();
  const from = toScreen({ x: 560, y: 370 });
  const to = toScreen({ x: 640, y: 420 });
  await page.keyboard.down('Alt');
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await page.keyboard.up('Alt');

  const sent = await runInpaint(page);
  const mask = await decodeGrey(await fetchAsset(sent.maskUrl));
  expect({ width: mask.width, height: mask.height }).toEqual(SHAPES);
  const expected = rasterizeMask(
    [
      { type: 'polygon', points: polygon.flatMap((p) => [p.x, p.y]), erase: false },
      { type: 'rect', x: 560, y: 370, width: 80, height: 50, erase: true },
    ],
    SHAPES.width,
    SHAPES.height,
  );
  let painted = 0;
  for (let i = 0; i < expected.length; i++) {
    if (expected[i] === 255) painted++;
    if (mask.data[i] === expected[i]) continue;
    // A pixel may differ only on an edge: within one pixel of where the expected mask changes.
    const x = i % SHAPES.width;
    const y = Math.floor(i / SHAPES.width);
    let onEdge = false;
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++)
        if (expected[(y + dy) * SHAPES.width + x + dx] === mask.data[i]) onEdge = true;
    expect(onEdge, `pixel ${x},${y}`).toBe(true);
  }
  expect(painted).toBeGreaterThan(15_000);
  expect(mask.data[395 * SHAPES.width + 600]).toBe(0);
  expect(mask.data[350 * SHAPES.width + 600]).toBe(255);
});

test('a mask of another size is refused with both sizes and nothing is sent, or scaled once agreed', async ({
  page,
}) => {
  await openShapes(page);
  const other = await makeShapesPng(600, 400);
  await page
    .getByLabel('Mask image file')
    .setInputFiles({ name: 'small.png', mimeType: 'image/png', buffer: other });
  const alert = page.getByRole('alert').filter({ hasText: 'The mask is 600×400 but the source is 1200×800' });
  await expect(alert).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Scale it to 1200×800' })).toBeVisible();
  await expect(page.getByText('Nothing masked yet')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Inpaint', exact: true })).toBeDisabled();
  const stats = await simStats();
  expect(stats.requests.assets).toBe(0);
  expect(stats.requests.features).toBe(0);

  // Agreeing to scale it imports it at the source's size, as one undo step.
  await alert.getByRole('button', { name: 'Scale it to 1200×800' }).click();
  await expect(page.getByText(/% masked$/)).not.toHaveText('Nothing masked yet');
  const mask = await downloadMask(page);
  expect({ width: mask.width, height: mask.height }).toEqual(SHAPES);
  await page.getByRole('button', { name: 'Undo', exact: true }).click();
  await expect(page.getByText('Nothing masked yet')).toBeVisible();
});

test('extending 1024×1024 to 1536×1024, centred, uploads both at 1536×1024 with the new columns masked', async ({
  page,
}) => {
  const original = await openShapes(page, { width: 1024, height: 1024 });
  await (await maskActions(page)).getByRole('button', { name: 'Extend canvas…' }).click();
  await page.getByLabel('Extended size').selectOption({ label: '3:2 — 1536×1024' });
  await expect(page.getByRole('button', { name: 'Centre' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Extend to 1536×1024' }).click();
  await expect(page.getByTestId('source-facts')).toContainText('1536 × 1024 px');
  await expect(page.getByText(/% masked$/)).not.toHaveText('Nothing masked yet');

  const sent = await runInpaint(page);
  const mask = await decodeGrey(await fetchAsset(sent.maskUrl));
  const source = await fetchAsset(sent.imageUrl);
  const sourceRgb = await decodeRgb(source);
  expect({ width: mask.width, height: mask.height }).toEqual({ width: 1536, height: 1024 });
  const at = (x: number, y: number) => mask.data[y * 1536 + x];
  for (const y of [0, 500, 1023]) {
    for (let x = 0; x < 256; x++) expect(at(x, y)).toBe(255);
    for (let x = 1280; x < 1536; x++) expect(at(x, y)).toBe(255);
    // The overlap band ramps into the original; deeper in, the original is protected.
    expect(at(256 + 8, y)).toBeGreaterThan(0);
    expect(at(1279 - 8, y)).toBeGreaterThan(0);
    for (let x = 256 + 32; x < 1280 - 32; x++) expect(at(x, y)).toBe(0);
  }
  // The padded source holds the original, untouched, in the middle.
  const originalRgb = await decodeRgb(original);
  let differing = 0;
  for (let y = 0; y < 1024; y += 7) {
    for (let x = 0; x < 1024; x += 3) {
      for (let c = 0; c < 3; c++) {
        if (sourceRgb[(y * 1536 + x + 256) * 3 + c] !== originalRgb[(y * 1024 + x) * 3 + c]) differing++;
      }
    }
  }
  expect(differing).toBe(0);
  expect(sent.size).toBe('1536x1024');
  await resultSizes(page, 1);

  // With preserve on (the default), the downloaded result is the original, exactly, in the
  // protected centre, and new pixels in the extended columns.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download Result 1 of 1' }).click({ force: true });
  const result = await readFile((await (await download).path())!);
  const resultRgb = await decodeRgb(result);
  expect(await sharp(result).metadata()).toMatchObject({ width: 1536, height: 1024 });
  let centreDiffering = 0;
  let sidesChanged = 0;
  for (let y = 0; y < 1024; y += 5) {
    for (let x = 32; x < 1024 - 32; x += 3) {
      for (let c = 0; c < 3; c++) {
        if (resultRgb[(y * 1536 + x + 256) * 3 + c] !== originalRgb[(y * 1024 + x) * 3 + c])
          centreDiffering++;
      }
    }
    for (let x = 0; x < 256; x += 3) {
      if (resultRgb[(y * 1536 + x) * 3] !== sourceRgb[(y * 1536 + x) * 3]) sidesChanged++;
    }
  }
  expect(centreDiffering).toBe(0);
  expect(sidesChanged).toBeGreaterThan(100);
});

test('Ctrl+wheel zooms in proportion to the wheel, and a click off the image is no undo step', async ({
  page,
}) => {
  await openShapes(page);
  await zoomTo(page, 100);
  const stage = await page.getByTestId('mask-stage').boundingBox();
  if (!stage) throw new Error('no stage');
  await page.mouse.move(stage.x + stage.width / 2, stage.y + stage.height / 2);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -100);
  await page.keyboard.up('Control');
  const zoom = page.locator('output[aria-label="Zoom"]');
  // One notch: about 22 %, not the ×2.7 it used to jump.
  await expect(zoom).toHaveText('122 %');
  await page.mouse.wheel(0, 25);
  await page.mouse.wheel(0, 25);
  await page.mouse.wheel(0, 25);
  await page.mouse.wheel(0, 25);
  await expect(zoom).toHaveText('100 %');

  await zoomTo(page, 25);
  await page.getByRole('button', { name: 'Brush', exact: true }).click();
  await page.mouse.click(stage.x + 20, stage.y + 20);
  await page.getByRole('button', { name: 'Lasso' }).click();
  await page.mouse.move(stage.x + 10, stage.y + 10);
  await page.mouse.down();
  await page.mouse.move(stage.x + 60, stage.y + 12, { steps: 4 });
  await page.mouse.move(stage.x + 30, stage.y + 40, { steps: 4 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();
  await expect(page.getByText('Nothing masked yet')).toBeVisible();
});

test('a polygon closes on a double-click, Esc drops one half drawn, and Backspace takes back a point', async ({
  page,
}) => {
  await openShapes(page);
  await zoomTo(page, 50);
  const toScreen = await imageToScreen(page, SHAPES, 0.5);
  const click = async (point: { x: number; y: number }, clickCount = 1) => {
    const at = toScreen(point);
    await page.mouse.click(at.x, at.y, { clickCount });
    await page.waitForTimeout(350);
  };
  await page.getByRole('button', { name: 'Polygon' }).click();
  await click({ x: 100, y: 100 });
  await click({ x: 300, y: 100 });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeDisabled();

  await click({ x: 100, y: 100 });
  await click({ x: 300, y: 100 });
  await click({ x: 1100, y: 700 });
  // A misplaced point, taken back.
  await page.keyboard.press('Backspace');
  await click({ x: 300, y: 300 });
  await click({ x: 100, y: 300 }, 2);
  await expect(page.getByRole('button', { name: 'Undo', exact: true })).toBeEnabled();
  const mask = await downloadMask(page);
  // The 200×200 square, give or take its edges.
  let painted = 0;
  for (const value of mask.data) if (value === 255) painted++;
  expect(Math.abs(painted - 200 * 200)).toBeLessThan(800);
  expect(mask.data[200 * SHAPES.width + 200]).toBe(255);
  expect(mask.data[500 * SHAPES.width + 900]).toBe(0);
});

test('Alt subtracts with the wand and the lasso; Shift adds', async ({ page }) => {
  await openShapes(page);
  await zoomTo(page, 50);
  const toScreen = await imageToScreen(page, SHAPES, 0.5);
  const drag = async (points: { x: number; y: number }[]) => {
    const [first, ...rest] = points.map(toScreen);
    if (!first) return;
    await page.mouse.move(first.x, first.y);
    await page.mouse.down();
    for (const p of rest) await page.mouse.move(p.x, p.y, { steps: 10 });
    await page.mouse.up();
  };
  // A lasso round the whole red rectangle and some background, then the wand with Alt takes
  // the rectangle back out, and with Shift adds the disc.
  await page.getByRole('button', { name: 'Lasso' }).click();
  await drag([
    { x: 120, y: 170 },
    { x: 480, y: 170 },
    { x: 480, y: 430 },
    { x: 120, y: 430 },
  ]);
  await page.getByRole('button', { name: 'Magic wand' }).click();
  await page.getByLabel('Tolerance, 0 to 255').fill('0');
  const red = toScreen({ x: 300, y: 300 });
  await page.keyboard.down('Alt');
  await page.mouse.click(red.x, red.y);
  await page.keyboard.up('Alt');
  const disc = toScreen({ x: 800, y: 450 });
  await page.keyboard.down('Shift');
  await page.mouse.click(disc.x, disc.y);
  await page.keyboard.up('Shift');
  // And an Alt lasso cuts a corner off.
  await page.getByRole('button', { name: 'Lasso' }).click();
  await page.keyboard.down('Alt');
  await drag([
    { x: 110, y: 160 },
    { x: 170, y: 160 },
    { x: 110, y: 220 },
  ]);
  await page.keyboard.up('Alt');
  await expect
    .poll(async () => {
      const mask = await downloadMask(page);
      const at = (x: number, y: number) => mask.data[y * SHAPES.width + x];
      return [at(470, 420), at(125, 175), at(300, 300), at(800, 450), at(1100, 100)];
    })
    .toEqual([255, 0, 0, 255, 0]);
});
