import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { initialAssets } from '../bench/support/first-screen.ts';
import { lateImports } from '../bench/support/preload-lists.ts';
import { openInpaintSource } from './support/inpaint.ts';
import { openStudio } from './support/studio.ts';

const DIST = join(import.meta.dirname, '..', 'dist');

/** The built first file's scripts, by file name: what index.html loads at once. */
function initialScripts(): Set<string> {
  const { scripts } = initialAssets(readFileSync(join(DIST, 'index.html'), 'utf8'));
  return new Set(scripts.map((url) => basename(url)));
}

/**
 * Switches the idle-time prefetch off for every load of the page from now on, so a load asks
 * only for what its first render needs (and no earlier load's prefetch is still under way).
 */
async function withoutIdlePrefetch(page: Page): Promise<void> {
  await page.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
}

/** Reloads the page and answers the file names it fetched until `settled` holds. */
async function firstRenderRequests(page: Page, settled: () => Promise<void>): Promise<Set<string>> {
  const asked = new Set<string>();
  page.on('request', (request) => asked.add(basename(new URL(request.url()).pathname)));
  await page.reload();
  await settled();
  return asked;
}

/**
 * The lazy chunks a first render asks for must bring Vite's list of their imports, or each level
 * of imports costs a round trip more (`FIRST_RENDER_CHUNK` in vite.config.ts names them).
 */
function lateAt(asked: ReadonlySet<string>): [string, string[]][] {
  return lateImports(join(DIST, 'assets'), asked, initialScripts());
}

test('the chunks the Generate screen first asks for come with their imports', async ({ page }) => {
  await withoutIdlePrefetch(page);
  await openStudio(page);
  const asked = await firstRenderRequests(page, async () => {
    // Run, the history column, the badges and the results frame's tools have drawn.
    await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeVisible();
    await expect(page.getByLabel('Search history')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Providers' })).toContainText('1min.ai · Simulator');
    await expect(page.getByRole('group', { name: 'Credits' })).toContainText(/credits? today/);
    await expect(page.getByRole('main').getByRole('button', { name: 'Download selected' })).toBeVisible();
  });
  expect([...asked].some((name) => name.startsWith('HistoryPanel-'))).toBe(true);
  expect(lateAt(asked)).toEqual([]);
});

test('the chunks a reload in Inpaint first asks for come with their imports', async ({ page }) => {
  await withoutIdlePrefetch(page);
  await openStudio(page);
  await openInpaintSource(page, 'A reload with the canvas open');
  const asked = await firstRenderRequests(page, async () => {
    await expect(page.getByTestId('mask-stage')).toBeVisible();
    await expect(page.getByTestId('source-facts')).toContainText('1000 × 750 px');
  });
  expect([...asked].some((name) => name.startsWith('DocumentStage-'))).toBe(true);
  expect(lateAt(asked)).toEqual([]);
});
