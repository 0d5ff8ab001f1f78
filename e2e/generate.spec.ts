import { createHash } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { simControl, simStats } from './support/simulator.ts';
import { historyJob } from './support/history.ts';
import { openStudio, resultSizes, setCustomSize } from './support/studio.ts';

test.beforeEach(async ({ page }) => {
  await openStudio(page);
});

test('generates three different images of exactly 1536x1024', async ({ page, request }) => {
  await page.getByLabel('Prompt').fill('A lighthouse on a cliff at dawn, watercolour');
  await setCustomSize(page, 1536, 1024);
  await page.getByLabel('Variations').fill('3');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();

  const sizes = await resultSizes(page, 3);
  expect(sizes.map(({ w, h }) => `${w}x${h}`)).toEqual(['1536x1024', '1536x1024', '1536x1024']);
  const digests = await Promise.all(
    sizes.map(async ({ src }) =>
      createHash('sha256')
        .update(await (await request.get(src)).body())
        .digest('hex'),
    ),
  );
  expect(new Set(digests).size).toBe(3);
  expect((await simStats()).requests.features).toBe(1);
});

test('1min.ai shows what a run will cost before it starts, and each job what the server charged it', async ({
  page,
}) => {
  await setCustomSize(page, 1024, 1024);
  await page.getByRole('group', { name: 'Quality' }).locator('label', { hasText: 'Low' }).click();
  const estimate = page.locator('.credit-estimate');
  // The server's prior (an upper bound) until it has seen this model and quality cost something.
  await expect(estimate).toHaveText(/^(up to|≈) [\d,]+ credits$/);
  await expect(page.getByText(/publishes no credit price/)).toHaveCount(0);

  for (const prompt of ['A paper kite, first', 'A paper kite, second']) {
    await page.getByLabel('Prompt').fill(prompt);
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await resultSizes(page, 1);
  }
  // Two jobs, one after the other: the second alone in flight, so its cost is certain and
  // teaches the price (the simulator's 1,500 credits per megapixel at low quality, give or take
  // the rounding of earlier jobs' costs).
  await expect(estimate).toHaveText(/^≈ 1,57\d credits$/);
  await expect(historyJob(page, 'A paper kite, second').getByRole('definition').last()).toHaveText(
    '1,573 credits',
  );
});

test('names the block-size rule for 1000x1000 and sends nothing', async ({ page }) => {
  const paid: string[] = [];
  page.on('request', (req) => {
    if (req.url().includes('/api/onemin/features')) paid.push(req.url());
  });
  await page.getByLabel('Prompt').fill('A red bicycle');
  await setCustomSize(page, 1000, 1000);

  await expect(page.getByRole('alert').filter({ hasText: 'Block size' })).toBeVisible();
  const run = page.getByRole('button', { name: 'Generate', exact: true });
  await expect(run).toBeDisabled();
  await page.keyboard.press('Control+Enter');
  await run.click({ force: true });
  expect(paid).toEqual([]);
  expect((await simStats()).requests.features).toBe(0);
});

test('a rate limit says so and keeps the prompt and settings', async ({ page }) => {
  const prompt = 'Isometric city block, pastel palette';
  await page.getByLabel('Prompt').fill(prompt);
  await setCustomSize(page, 1024, 1536);
  await page.getByRole('group', { name: 'Quality' }).locator('label', { hasText: 'High' }).click();
  await page.getByLabel('Variations').fill('2');
  await simControl({ fail: '429' });

  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /rate limit/i })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: /try again in 7 s/i })).toBeVisible();
  await expect(page.getByLabel('Prompt')).toHaveValue(prompt);
  await expect(page.getByLabel('Width')).toHaveValue('1024');
  await expect(page.getByLabel('Height')).toHaveValue('1536');
  await expect(page.getByRole('radio', { name: /^High/ })).toBeChecked();
  await expect(page.getByLabel('Variations')).toHaveValue('2');

  await simControl({ fail: '402' });
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /out of credits/i })).toBeVisible();
  await expect(page.getByLabel('Prompt')).toHaveValue(prompt);
});

test('a cancelled job stops, says so, and leaves the form usable', async ({ page }) => {
  await simControl({ latencyMs: 20_000 });
  await page.getByLabel('Prompt').fill('A slow, careful oil painting of a harbour');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /Generating/ })).toBeVisible();

  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('region', { name: 'Run' }).getByText('Cancelled.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('img')).toHaveCount(0);

  await simControl({ latencyMs: 0 });
  await page.getByLabel('Prompt').fill('A quick sketch of a harbour');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, 1);
});

test('settings survive a reload', async ({ page }) => {
  await page.getByLabel('Prompt').fill('Keep me after reload');
  await setCustomSize(page, 1280, 720);
  await page.getByLabel('Variations').fill('4');
  await page.getByLabel('Format').selectOption('webp');
  await page.reload();
  await expect(page.getByLabel('Prompt')).toHaveValue('Keep me after reload');
  await expect(page.getByLabel('Width')).toHaveValue('1280');
  await expect(page.getByLabel('Height')).toHaveValue('720');
  await expect(page.getByLabel('Variations')).toHaveValue('4');
  await expect(page.getByLabel('Format')).toHaveValue('webp');
});
