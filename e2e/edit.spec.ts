import { expect, test } from '@playwright/test';
import { dropFiles } from './support/drop.ts';
import { makeFixturePng } from './support/images.ts';
import { simStats } from './support/simulator.ts';
import { openStudio, resultSizes, setCustomSize } from './support/studio.ts';

const PHOTO = { name: 'photo.png', mimeType: 'image/png' };

const EDIT_SYSTEMS = [
  { model: 'GPT Image 2 · 1min.ai', size: '1024x768' },
  { model: 'GPT Image 1 Mini · 1min.ai', size: '1536x1024' },
  { model: 'GPT Image 2 · gptimageapi.dev', size: '1152x864' },
];

for (const system of EDIT_SYSTEMS) {
  test(`edits a source with ${system.model} and shows the result`, async ({ page }) => {
    await openStudio(page);
    await page.getByRole('tab', { name: /Edit/ }).click();
    await page
      .getByLabel('Source image file')
      .setInputFiles({ ...PHOTO, buffer: await makeFixturePng(1000, 750) });
    await expect(page.getByTestId('source-facts')).toContainText('1000 × 750 px');
    await page.getByLabel('Model', { exact: true }).selectOption({ label: system.model });
    await page.getByLabel('Prompt').fill('Make it a snowy winter evening');
    await page.getByRole('button', { name: 'Edit', exact: true }).click();

    const [first] = await resultSizes(page, 1);
    expect(`${first!.w}x${first!.h}`).toBe(system.size);
  });
}

test('a source is uploaded once and reused for the next run', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ ...PHOTO, buffer: await makeFixturePng(800, 800) });
  await page.getByLabel('Prompt').fill('Turn it into a watercolour');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await resultSizes(page, 1);
  await page.getByLabel('Prompt').fill('Turn it into an oil painting');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '1 image ready.' })).toBeVisible();

  const stats = await simStats();
  expect(stats.requests.features).toBe(2);
  expect(stats.requests.assets).toBe(1);
});

test('a result becomes the next source without another upload', async ({ page }) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('A teapot on a wooden table');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, 1);
  const features = page.waitForRequest('**/api/onemin/features');
  await page.getByRole('button', { name: 'Use Result 1 of 1 as source' }).click();
  await expect(page.getByRole('tab', { name: /Edit/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('source-facts')).toContainText('1024 × 1024 px');
  await page.getByLabel('Prompt').fill('Make the teapot blue');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const body = (await features).postDataJSON() as { promptObject: { imageUrl: string } };
  await resultSizes(page, 1);
  expect(body.promptObject.imageUrl).toMatch(/^development\/images\//);
  expect((await simStats()).requests.assets).toBe(0);
});

test('a model switched away and back shows the size it showed when left', async ({ page }) => {
  await openStudio(page);
  await setCustomSize(page, 1280, 720);
  // Dropped while generating: the source opens in Edit, which takes 1280×720 along.
  await dropFiles(page, [{ name: 'wide.png', buffer: await makeFixturePng(1280, 720) }]);
  await expect(page.getByTestId('source-facts')).toContainText('1280 × 720 px');
  await expect(page.getByRole('tab', { name: /Edit/ })).toHaveAttribute('aria-selected', 'true');
  const width = await page.getByLabel('Width').inputValue();
  const height = await page.getByLabel('Height').inputValue();
  expect(`${width}x${height}`).toBe('1280x720');

  const model = page.getByLabel('Model', { exact: true });
  await model.selectOption({ label: 'GPT Image 2 · gptimageapi.dev' });
  await expect(page.getByRole('radio', { name: '16:9' })).toBeChecked();
  await model.selectOption({ label: 'GPT Image 2 · 1min.ai' });
  await expect(page.getByLabel('Width')).toHaveValue(width);
  await expect(page.getByLabel('Height')).toHaveValue(height);
});

test('gpt-image-1-mini offers only its three sizes, and transparent needs PNG', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'GPT Image 1 Mini · 1min.ai' });
  const sizes = page.getByRole('group', { name: 'Size' }).getByRole('radio');
  await expect(sizes).toHaveCount(3);
  await expect(page.getByLabel('Width')).toHaveCount(0);

  await page.getByLabel('Background').selectOption('transparent');
  await page.getByLabel('Format').selectOption('jpeg');
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeDisabled();
  await expect(page.getByText(/needs PNG output/).first()).toBeVisible();
  await page.getByLabel('Format').selectOption('png');
  await page.getByLabel('Format').selectOption('webp');
  await expect(page.getByLabel('Background').locator('option[value="transparent"]')).toBeDisabled();
});

test('gptimageapi.dev shows its credit price before running', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'GPT Image 2 · gptimageapi.dev' });
  await page.getByLabel('Variations').fill('3');
  await page.getByRole('group', { name: 'Quality' }).locator('label', { hasText: 'High' }).click();
  await expect(page.getByText('≈ 48 credits')).toBeVisible();
  await page.getByRole('group', { name: 'Quality' }).locator('label', { hasText: 'Low' }).click();
  await expect(page.getByText('≈ 12 credits')).toBeVisible();
});

test("the header's credits today counts a paid job as soon as it ends", async ({ page }) => {
  await openStudio(page);
  const header = page.getByRole('group', { name: 'Credits' });
  const today = async () =>
    Number(/([\d.,]+) credits? today/.exec(await header.innerText())?.[1]?.replaceAll(',', ''));
  await expect(header).toContainText(/credits? today/);
  const before = await today();
  expect(before).not.toBeNaN();

  await page.getByRole('tab', { name: /Edit/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ ...PHOTO, buffer: await makeFixturePng(800, 800) });
  await page.getByLabel('Model', { exact: true }).selectOption({ label: 'GPT Image 2 · gptimageapi.dev' });
  await page.getByLabel('Prompt').fill('Make it a snowy winter evening');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await resultSizes(page, 1);
  await expect(page.getByTestId('credit-totals')).toContainText('Spent 8 credits since opening');
  // Well inside the header's own 30 s look: only the job's end can have brought the figure.
  await expect.poll(today, { timeout: 5_000 }).toBe(before + 8);
});

test('a text file renamed .png is refused by the browser and by the proxy', async ({ page, request }) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  const fake = { name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('just some meeting notes\n') };
  await page.getByLabel('Source image file').setInputFiles(fake);
  await expect(
    page.getByRole('alert').filter({ hasText: 'notes.png is not a PNG, JPEG or WebP image' }),
  ).toBeVisible();
  await expect(page.getByTestId('source-facts')).toHaveCount(0);

  const direct = await request.post('/api/onemin/assets', { multipart: { asset: fake } });
  expect(direct.status()).toBe(415);
  const body = (await direct.json()) as { error: { code: string; message: string } };
  expect(body.error.code).toBe('unsupported_media');
  expect((await simStats()).requests.assets).toBe(0);
});

test('the sample image gets a first-time designer started', async ({ page }) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  await page.getByRole('button', { name: 'Try the sample image' }).click();
  await expect(page.getByTestId('source-facts')).toContainText('1536 × 1024 px');
  await expect(page.getByLabel('Width')).toHaveValue('1536');
  await expect(page.getByLabel('Height')).toHaveValue('1024');
});

test('a source larger than any model accepts is scaled down in the browser, and the panel says so', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: await makeFixturePng(6000, 3000) });
  await expect(page.getByTestId('source-facts')).toContainText('3840 × 1920 px');
  await expect(page.getByText('Scaled down from 6000 × 3000')).toBeVisible();
  await expect(page.getByRole('application', { name: /Mask canvas, 3840×1920/ })).toBeVisible();
});
