import { expect, type Locator, type Page } from '@playwright/test';

type Point = { x: number; y: number };

/** Fits the source, then steps the zoom until the readout says `percent`. */
export async function zoomTo(page: Page, percent: number): Promise<void> {
  await page.getByRole('button', { name: 'Fit to screen' }).click();
  const readout = page.getByRole('status', { name: 'Zoom' }).or(page.locator('output[aria-label="Zoom"]'));
  for (let i = 0; i < 16; i++) {
    const now = Number((await readout.first().innerText()).replace(/[^\d]/g, ''));
    if (now === percent) return;
    await page.getByRole('button', { name: now < percent ? 'Zoom in' : 'Zoom out' }).click();
  }
  await expect(readout.first()).toHaveText(`${percent} %`);
}

/**
 * Screen position of an image pixel. Fitting centres the image in the stage and the zoom
 * buttons zoom around the stage's middle, so the image centre stays at the stage centre.
 */
export async function imageToScreen(
  page: Page,
  image: { width: number; height: number },
  scale: number,
): Promise<(p: Point) => Point> {
  const box = await page.getByTestId('mask-stage').boundingBox();
  if (!box) throw new Error('mask stage not visible');
  const cx = box.x + box.width / 2;
  const cy = box.y + box.height / 2;
  return (p) => ({ x: cx + (p.x - image.width / 2) * scale, y: cy + (p.y - image.height / 2) * scale });
}

/** Drags the mouse through image points with the current tool: one stroke, one undo step. */
export async function drawStroke(page: Page, toScreen: (p: Point) => Point, points: Point[]): Promise<void> {
  const [first, ...rest] = points.map(toScreen);
  if (!first) return;
  await page.mouse.move(first.x, first.y);
  await page.mouse.down();
  for (const p of rest) await page.mouse.move(p.x, p.y, { steps: 12 });
  await page.mouse.up();
}

/**
 * The rail's menu of rarer mask actions (grow, shrink, feather, from transparency, import,
 * download, extend), opened if it is closed; each action closes it again.
 */
export async function maskActions(page: Page): Promise<Locator> {
  const menu = page.getByRole('group', { name: 'Mask actions' });
  if (!(await menu.isVisible())) await page.getByRole('button', { name: 'Mask actions' }).click();
  await expect(menu).toBeVisible();
  return menu;
}
