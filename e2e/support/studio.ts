import { expect, type Page } from '@playwright/test';
import { simReset } from './simulator.ts';

/** A fresh studio: healthy simulator, empty storage, the page loaded. */
export async function openStudio(page: Page): Promise<void> {
  await simReset();
  await page.goto('/');
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByLabel('Prompt')).toBeVisible();
}

export async function setCustomSize(page: Page, width: number, height: number): Promise<void> {
  await page.getByLabel('Width').fill(String(width));
  await page.getByLabel('Height').fill(String(height));
}

/** In Edit and Inpaint, brings the results forward (the canvas is in front there); elsewhere does nothing. */
export async function showResults(page: Page): Promise<void> {
  const tab = page.getByRole('tab', { name: 'Results', exact: true });
  if ((await tab.count()) > 0) await tab.click();
}

/** Natural sizes of the result images once they have all loaded (the results brought forward first). */
export async function resultSizes(
  page: Page,
  count: number,
  timeout = 10_000,
): Promise<{ w: number; h: number; src: string }[]> {
  await showResults(page);
  const images = page
    .getByRole('region', { name: 'Results' })
    .getByRole('img', { name: /^Result \d+ of \d+$/ });
  await expect(images).toHaveCount(count, { timeout });
  await expect
    .poll(async () =>
      images.evaluateAll((els) =>
        els.every((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0),
      ),
    )
    .toBe(true);
  return images.evaluateAll((els) =>
    els.map((el) => {
      const img = el as HTMLImageElement;
      return { w: img.naturalWidth, h: img.naturalHeight, src: img.currentSrc || img.src };
    }),
  );
}
