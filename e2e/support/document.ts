import { expect, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import type { decodeRgba } from './images.ts';
import { imageToScreen, zoomTo } from './mask.ts';

type Rect = { x: number; y: number; width: number; height: number };
type Size = { width: number; height: number };
export type Pixels = Awaited<ReturnType<typeof decodeRgba>>;

/** Replaces the mask with one rectangle of image pixels, drawn with the rectangle tool at 50 %. */
export async function maskRectangle(page: Page, image: Size, rect: Rect): Promise<void> {
  await page.getByRole('button', { name: 'Clear', exact: true }).click();
  await zoomTo(page, 50);
  const toScreen = await imageToScreen(page, image, 0.5);
  await page.getByRole('button', { name: 'Rectangle', exact: true }).click();
  const from = toScreen({ x: rect.x, y: rect.y });
  const to = toScreen({ x: rect.x + rect.width, y: rect.y + rect.height });
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
  await expect(page.getByText(/^[1-9][\d.]* % masked$/)).toBeVisible();
}

/** Presses the run button and waits until the job's candidates wait on the canvas. */
export async function runForCandidates(page: Page, action: 'Inpaint' | 'Edit', count: number): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  await expect(page.getByTestId('candidate-count')).toHaveText(`1 / ${count}`, { timeout: 20_000 });
}

/** Downloads the document as PNG or PSD from the layers panel and answers the file's bytes. */
export async function downloadDocument(page: Page, kind: 'PNG' | 'PSD'): Promise<Buffer> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: `Download ${kind}` }).click();
  return readFile(await (await download).path());
}

/** The layers panel's layer names, top first. */
export function layerNames(page: Page): Promise<string[]> {
  return page
    .getByRole('list', { name: 'Layers, top first' })
    .getByLabel('Layer name')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
}

const inside = (x: number, y: number, rect: Rect, margin: number) =>
  x >= rect.x + margin &&
  x < rect.x + rect.width - margin &&
  y >= rect.y + margin &&
  y < rect.y + rect.height - margin;
const near = (x: number, y: number, rect: Rect, margin: number) =>
  x >= rect.x - margin &&
  x < rect.x + rect.width + margin &&
  y >= rect.y - margin &&
  y < rect.y + rect.height + margin;

/**
 * Counts pixels of `actual` that differ from `expected` where `where` says to look: every
 * pixel clear of the feathered edge band, inside or outside the rectangle.
 */
export function differing(
  actual: Pixels,
  expected: Pixels,
  rect: Rect,
  where: 'inside' | 'outside',
  band: number,
): number {
  let count = 0;
  for (let y = 0; y < actual.height; y++) {
    for (let x = 0; x < actual.width; x++) {
      const look = where === 'inside' ? inside(x, y, rect, band) : !near(x, y, rect, band);
      if (!look) continue;
      const i = (y * actual.width + x) * 4;
      if ([0, 1, 2].some((c) => actual.data[i + c] !== expected.data[i + c])) count++;
    }
  }
  return count;
}
