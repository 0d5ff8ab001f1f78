import { expect, type Locator, type Page } from '@playwright/test';

/** A job's card in the history column, found by its prompt. */
export function historyJob(page: Page, prompt: string): Locator {
  return page.getByRole('complementary', { name: 'History' }).getByRole('article', { name: prompt });
}

/** Waits until a history job shows `count` stored thumbnails that have really decoded. */
export async function expectStoredThumbnails(job: Locator, count: number): Promise<void> {
  const thumbs = job.locator('img');
  await expect(thumbs).toHaveCount(count, { timeout: 20_000 });
  await expect
    .poll(() =>
      thumbs.evaluateAll((els) => els.filter((el) => (el as HTMLImageElement).naturalWidth > 0).length),
    )
    .toBe(count);
}

/**
 * Opens the history column if it is a rail (as it starts in Inpaint on a window under 1600 px,
 * to leave the mask canvas the room).
 */
export async function showHistory(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'History column' });
  if ((await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
}
