import type { Browser, Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { build } from 'vite';
import { ISOLATION_HEADERS, NAME_SHIM, VIEWPORT } from './browser.ts';
import { REPO_ROOT, benchPath } from './paths.ts';

/**
 * Studio modules that start Web Workers need a real origin and ES modules (a worker is found
 * through `import.meta.url`). This builds one entry as an ES library, the workers it starts
 * emitted beside it, and serves the folder on a made-up origin, cross-origin isolated.
 */

const ORIGIN = 'http://bench.local';
const TYPES: Record<string, string> = { '.js': 'text/javascript', '.html': 'text/html' };

/** Builds `entry` into bench/.out/<outName>; answers the folder. */
export async function buildModule(entry: string, outName: string): Promise<string> {
  const outDir = benchPath(outName);
  await build({
    root: REPO_ROOT,
    configFile: false,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    worker: { format: 'es' },
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      lib: { entry, formats: ['es'], fileName: () => `${outName}.js` },
    },
  });
  return outDir;
}

/** A page on the made-up origin with the built module imported as `globalThis[globalName]`. */
export async function modulePage(
  browser: Browser,
  outDir: string,
  outName: string,
  globalName: string,
): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') {
      return route.fulfill({
        body: '<!doctype html><title>bench</title>',
        headers: { 'content-type': 'text/html', ...ISOLATION_HEADERS },
      });
    }
    try {
      const body = await readFile(join(outDir, path));
      await route.fulfill({
        body,
        headers: { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream', ...ISOLATION_HEADERS },
      });
    } catch {
      await route.fulfill({ status: 404 });
    }
  });
  await page.goto(`${ORIGIN}/`);
  await page.evaluate(NAME_SHIM);
  await page.evaluate(
    async ({ url, name }) => {
      Object.assign(globalThis, { [name]: await import(url) });
    },
    { url: `${ORIGIN}/${outName}.js`, name: globalName },
  );
  return page;
}

/**
 * Records Long Tasks (main-thread tasks over 50 ms) from now on; the page function returned
 * by `longestTaskSince` is the longest since a mark. Runs in the page.
 */
export function installLongTaskProbe(): void {
  const tasks: { start: number; duration: number }[] = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
  Object.assign(globalThis, {
    __longestTaskSince: (since: number) =>
      tasks
        .filter((task) => task.start >= since)
        .reduce((longest, task) => Math.max(longest, task.duration), 0),
  });
}
