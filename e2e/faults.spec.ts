import { expect, test, type Page } from '@playwright/test';
import { openInpaintSource, paintZigZag } from './support/inpaint.ts';
import { simControl, simStats } from './support/simulator.ts';
import { openStudio, resultSizes } from './support/studio.ts';

const PROMPT = 'Replace the middle with a bowl of cherries';

const FAILURES = [
  { fail: '401', says: /API key was refused by 1min\.ai/ },
  { fail: '402', says: /out of credits/ },
  { fail: '429', says: /rate limiting the studio; try again in 7 seconds/ },
  { fail: '500', says: /1min\.ai failed \(HTTP 500/ },
  { fail: 'bad-json', says: /answered with something that is not what the studio expects/ },
  { fail: 'reset', says: /connection to 1min\.ai broke before it answered/ },
  { fail: 'timeout', says: /did not answer within 25 s/ },
] as const;

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(180_000);

/** Everything the designer set up, as the page shows it. */
async function formState(page: Page) {
  return {
    mode: await page.getByRole('tab', { selected: true, name: /Generate|Edit|Inpaint/ }).innerText(),
    prompt: await page.getByLabel('Prompt').inputValue(),
    width: await page.getByLabel('Width').inputValue(),
    height: await page.getByLabel('Height').inputValue(),
    variations: await page.getByLabel('Variations').inputValue(),
    quality: await page
      .getByRole('radio', { checked: true, name: /^(Low|Medium|High)/ })
      .getAttribute('value'),
    masked: await page.getByText(/% masked$/).innerText(),
  };
}

test('every upstream failure is explained, and the prompt, settings and mask survive it', async ({
  page,
}) => {
  await openStudio(page);
  await openInpaintSource(page, PROMPT);
  await page.getByLabel('Variations').fill('2');
  await page.getByRole('group', { name: 'Quality' }).locator('label', { hasText: 'Low' }).click();
  await paintZigZag(page, 100);
  // A first run uploads the source and mask; the failing runs after it reuse them.
  await page.getByRole('button', { name: 'Inpaint', exact: true }).click();
  await resultSizes(page, 2);
  await page.getByRole('tab', { name: 'Mask', exact: true }).click();
  const before = await formState(page);
  expect(before.masked).toMatch(/^\d/);

  for (const { fail, says } of FAILURES) {
    await simControl({ fail, reset: true });
    await page.getByRole('tab', { name: 'Mask', exact: true }).click();
    await page.getByRole('button', { name: 'Inpaint', exact: true }).click();
    await expect(page.getByRole('region', { name: 'Run' }).getByRole('alert')).toHaveText(says, {
      timeout: 40_000,
    });
    // The error stands on the canvas, where the candidates would be, over the untouched mask.
    await expect(page.getByTestId('document-stage').getByText(says)).toBeVisible();
    expect(await formState(page), `after ${fail}`).toEqual(before);
    const stats = await simStats();
    expect(stats.requests.features, `paid requests for ${fail}`).toBe(1);
    expect(stats.requests.assets, `uploads for ${fail}`).toBe(0);
  }
});

test('a very slow answer shows progress and then its results, paid once', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('A very slow sunrise');
  await simControl({ fail: 'slow' });
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  const status = page.getByRole('region', { name: 'Run' }).getByRole('status');
  await expect(status).toHaveText(/Generating 1 image… ([5-9]|1\d) s/, { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeVisible();
  await resultSizes(page, 1, 30_000);
  expect((await simStats()).requests.features).toBe(1);
});

test('double-clicking Run sends one request', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('Only once, please');
  await page.getByRole('button', { name: 'Generate', exact: true }).dblclick();
  await resultSizes(page, 1);
  await expect(page.getByRole('region', { name: 'Run' }).getByText('1 image ready.')).toBeVisible();
  expect((await simStats()).requests.features).toBe(1);
});

test('a chunk that does not arrive is explained, the prompt stays, and Reload brings the studio back', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('Through a dropped connection');
  // The query client's chunk fails to download, as on a dropped connection.
  await page.route('**/assets/start-queries-*.js', (route) => route.abort('connectionreset'));
  await page.reload();
  await expect(page.getByRole('alert')).toContainText('Part of the studio could not be fetched');
  await expect(page.getByLabel('Prompt')).toHaveValue('Through a dropped connection');
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeDisabled();

  await page.unroute('**/assets/start-queries-*.js');
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeEnabled();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByLabel('Prompt')).toHaveValue('Through a dropped connection');
  expect((await simStats()).requests.features).toBe(0);
});

test('Ctrl+Enter pressed while the Run panel is still loading runs once when it arrives', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('Pressed before the panel');
  // Hold the query client's chunk back until the shortcut has been pressed.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/start-queries-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.reload();
  await expect(page.getByLabel('Prompt')).toHaveValue('Pressed before the panel');
  await page.getByLabel('Prompt').press('Control+Enter');
  await expect(page.getByText('Loading… it runs once loaded')).toBeVisible();
  release();
  await resultSizes(page, 1);
  expect((await simStats()).requests.features).toBe(1);
});
