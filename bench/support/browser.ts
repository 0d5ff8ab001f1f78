import { chromium, type Browser, type BrowserContext, type LaunchOptions, type Page } from '@playwright/test';

/** Debian's Chromium, quiet: no GPU, no background traffic, nothing but loopback. */
const LAUNCH: LaunchOptions = {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};

export const VIEWPORT = { width: 1600, height: 1000 };

export function launchChromium(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/** A browser with an on-disk profile, for storage that behaves as a user's does (IndexedDB on disk). */
export function launchPersistentChromium(userDataDir: string, args: string[] = []): Promise<BrowserContext> {
  return chromium.launchPersistentContext(userDataDir, {
    ...LAUNCH,
    args: [...(LAUNCH.args ?? []), ...args],
    viewport: VIEWPORT,
  });
}

/**
 * tsx compiles the benches with esbuild's keepNames, which wraps inner functions in
 * `__name(fn, "name")`; a function sent to the page needs that helper defined there.
 */
export const NAME_SHIM = 'globalThis.__name ??= (fn) => fn;';

/**
 * Runs `fn(arg)` in every document of the target before its own scripts. The shim goes in
 * the same script, since Playwright does not order separate init scripts.
 */
export async function addInitFunction<A>(
  target: Page | BrowserContext,
  fn: (arg: A) => void,
  arg: A,
): Promise<void> {
  await target.addInitScript({ content: `${NAME_SHIM}\n(${fn.toString()})(${JSON.stringify(arg)});` });
}

/** A blank page that can run functions from the bench. */
export async function blankPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.goto('about:blank');
  await page.evaluate(NAME_SHIM);
  return page;
}

/** Cross-origin isolation: the page's timers then tick in microseconds instead of 0.1 ms steps. */
export const ISOLATION_HEADERS = {
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-embedder-policy': 'require-corp',
};

/** Serves the document at `url` with the isolation headers added (its subresources must be same-origin). */
export async function isolateDocument(page: Page, url: string): Promise<void> {
  await page.route(url, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), ...ISOLATION_HEADERS } });
  });
}
