import { expect, type Page } from '@playwright/test';
import { SIMULATOR_URL } from './env.ts';
import { makeFixturePng } from './images.ts';
import { drawStroke, imageToScreen, zoomTo } from './mask.ts';

export const SOURCE = { width: 1000, height: 750 };
export const BRUSH = 40;
export const ERASER = 16;
/** A zig-zag of three strokes across the middle, and an eraser line cutting through all three. */
export const BRUSH_PATH = [
  { x: 420, y: 330 },
  { x: 580, y: 330 },
  { x: 420, y: 420 },
  { x: 580, y: 420 },
];
export const ERASER_PATH = [
  { x: 500, y: 300 },
  { x: 500, y: 450 },
];

export const FIXTURE_NAME = 'odd-size.png';

/** In inpaint mode: opens the odd-size fixture and types the prompt. */
export async function openInpaintSource(page: Page, prompt: string): Promise<Buffer> {
  const fixture = await makeFixturePng(SOURCE.width, SOURCE.height);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: FIXTURE_NAME, mimeType: 'image/png', buffer: fixture });
  await expect(page.getByTestId('source-facts')).toContainText('1000 × 750 px');
  await page.getByLabel('Prompt').fill(prompt);
  await expect(page.getByTestId('mask-stage')).toBeVisible();
  return fixture;
}

/** Paints the zig-zag with the hard brush and cuts it with the eraser, at the given zoom. */
export async function paintZigZag(page: Page, zoomPercent: number): Promise<void> {
  await zoomTo(page, zoomPercent);
  const toScreen = await imageToScreen(page, SOURCE, zoomPercent / 100);
  await page.getByRole('button', { name: 'Brush', exact: true }).click();
  await page.getByLabel('Brush size in pixels').fill(String(BRUSH));
  const masked = page.getByText(/masked( yet)?$/);
  await drawStroke(page, toScreen, BRUSH_PATH);
  // The figure follows the document a render late (deferred); wait for each stroke to show in it,
  // so a caller reading it next reads the whole zig-zag, cut.
  await expect(masked).not.toHaveText('Nothing masked yet');
  const brushed = await masked.innerText();
  await page.getByRole('button', { name: 'Eraser', exact: true }).click();
  await page.getByLabel('Brush size in pixels').fill(String(ERASER));
  await drawStroke(page, toScreen, ERASER_PATH);
  await expect(masked).not.toHaveText(brushed);
}

export type SentInpaint = { maskUrl: string; imageUrl: string; size: string; n?: number; quality: string };

/** Presses Inpaint and answers the promptObject that left the browser. */
export async function runInpaint(page: Page): Promise<SentInpaint> {
  const features = page.waitForRequest('**/api/onemin/features');
  await page.getByRole('button', { name: 'Inpaint', exact: true }).click();
  return ((await features).postDataJSON() as { promptObject: SentInpaint }).promptObject;
}

/** An asset exactly as the (simulated) upstream holds it. */
export async function fetchAsset(path: string): Promise<Buffer> {
  const response = await fetch(`${SIMULATOR_URL}/onemin/asset/${path}`);
  expect(response.status).toBe(200);
  return Buffer.from(await response.arrayBuffer());
}
