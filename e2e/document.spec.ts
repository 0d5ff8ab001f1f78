import { expect, test, type Page } from '@playwright/test';
import { simStats } from './support/simulator.ts';
import { decodeRgba, makeFixturePng } from './support/images.ts';
import {
  differing,
  downloadDocument,
  layerNames,
  maskRectangle,
  runForCandidates,
  type Pixels,
} from './support/document.ts';
import { fetchAsset } from './support/inpaint.ts';
import { openStudio } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(120_000);

/** A valid gpt-image-2 size, so the inpainter answers at the document's own size. */
const SIZE = { width: 1024, height: 768 };
const SKY = { x: 96, y: 64, width: 320, height: 224 };
const HANDS = { x: 608, y: 448, width: 320, height: 224 };
/** Pixels this close to a mask edge take part of both sides (the feathered band). */
const BAND = 24;

async function openDocumentFixture(page: Page, prompt: string): Promise<Pixels> {
  const fixture = await makeFixturePng(SIZE.width, SIZE.height);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'still-life.png', mimeType: 'image/png', buffer: fixture });
  await expect(page.getByTestId('source-facts')).toContainText('1024 × 768 px');
  await page.getByLabel('Width').fill(String(SIZE.width));
  await page.getByLabel('Height').fill(String(SIZE.height));
  await page.getByLabel('Prompt').fill(prompt);
  await expect(page.getByTestId('mask-stage')).toBeVisible();
  return decodeRgba(fixture);
}

const documentTab = (page: Page, name: string) =>
  page.getByRole('navigation', { name: 'Open documents' }).getByRole('button', { name, exact: true });

/** The bytes of a result image of the current job, as the provider answered it. */
async function resultPixels(page: Page, index: number, count: number): Promise<Pixels> {
  await page.getByRole('tab', { name: 'Results' }).click();
  const image = page
    .getByRole('region', { name: 'Results' })
    .getByRole('img', { name: `Result ${index} of ${count}` });
  await expect
    .poll(() => image.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth))
    .toBeGreaterThan(0);
  const base64 = await image.evaluate(async (el: HTMLImageElement) => {
    const src = el.currentSrc || el.src;
    // The provider's own URL is another origin: read it through the studio's image relay.
    const url =
      src.startsWith(location.origin) || src.startsWith('blob:')
        ? src
        : `/api/image?url=${encodeURIComponent(src)}`;
    const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
    let text = '';
    for (const byte of bytes) text += String.fromCharCode(byte);
    return btoa(text);
  });
  await page.getByRole('tab', { name: 'Mask', exact: true }).click();
  return decodeRgba(Buffer.from(base64, 'base64'));
}

test('an inpaint’s candidates wait on the canvas; the third accepted is a layer the PNG shows; undo, redo; Esc pays nothing more', async ({
  page,
}) => {
  await openStudio(page);
  const source = await openDocumentFixture(page, 'A brighter sky');
  await page.getByLabel('Variations').fill('3');
  await maskRectangle(page, SIZE, SKY);
  const before = (await simStats()).requests.features;
  await runForCandidates(page, 'Inpaint', 3);
  expect((await simStats()).requests.features).toBe(before + 1);

  await page.getByTestId('mask-stage').focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('candidate-count')).toHaveText('3 / 3');
  await page.keyboard.press('Enter');
  // The accepted one leaves the staging area; the one before it is on show.
  await expect(page.getByTestId('candidate-count')).toHaveText('2 / 2');
  await expect.poll(() => layerNames(page)).toEqual(['A brighter sky']);

  const third = await resultPixels(page, 3, 3);
  const flattened = await decodeRgba(await downloadDocument(page, 'PNG'));
  expect({ width: flattened.width, height: flattened.height }).toEqual(SIZE);
  expect(differing(flattened, source, SKY, 'outside', BAND)).toBe(0);
  expect(differing(flattened, third, SKY, 'inside', BAND)).toBe(0);
  // Not the first candidate: the third one was accepted.
  expect(differing(flattened, await resultPixels(page, 1, 3), SKY, 'inside', BAND)).toBeGreaterThan(1000);

  await page.getByRole('button', { name: 'Undo document change' }).click();
  await expect.poll(() => layerNames(page)).toEqual([]);
  await expect(page.getByTestId('candidate-count')).toHaveText(/\/ 3$/);
  await page.getByRole('button', { name: 'Redo document change' }).click();
  await expect.poll(() => layerNames(page)).toEqual(['A brighter sky']);

  // A new run's candidates, all discarded with Esc: nothing more is paid.
  await page.getByRole('button', { name: 'Discard all' }).click();
  await page.getByLabel('Variations').fill('2');
  await runForCandidates(page, 'Inpaint', 2);
  const paid = (await simStats()).requests.features;
  await page.getByTestId('mask-stage').focus();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Candidates' })).toHaveCount(0);
  await expect.poll(() => layerNames(page)).toEqual(['A brighter sky']);
  expect((await simStats()).requests.features).toBe(paid);
});

test('two inpaints make two layers; hiding one restores its region; the PSD reopens with both and the same look; a reload keeps it all', async ({
  page,
}) => {
  await openStudio(page);
  const source = await openDocumentFixture(page, 'Sky');
  await maskRectangle(page, SIZE, SKY);
  await runForCandidates(page, 'Inpaint', 1);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect.poll(() => layerNames(page)).toEqual(['Sky']);
  const withSky = await decodeRgba(await downloadDocument(page, 'PNG'));
  await page.getByLabel('Prompt').fill('Hands');
  await maskRectangle(page, SIZE, HANDS);
  // The next job is sent the document as it looks, at its pixel size, exactly.
  const sent = page.waitForRequest('**/api/onemin/features');
  await runForCandidates(page, 'Inpaint', 1);
  const { imageUrl } = (await sent).postDataJSON().promptObject as { imageUrl: string };
  const uploaded = await decodeRgba(await fetchAsset(imageUrl));
  expect({ width: uploaded.width, height: uploaded.height }).toEqual(SIZE);
  expect(differing(uploaded, withSky, { x: 0, y: 0, ...SIZE }, 'inside', 0)).toBe(0);
  await page.getByRole('button', { name: 'Accept', exact: true }).click();
  await expect.poll(() => layerNames(page)).toEqual(['Hands', 'Sky']);

  const both = await decodeRgba(await downloadDocument(page, 'PNG'));
  expect(differing(both, source, SKY, 'inside', BAND)).toBeGreaterThan(1000);
  expect(differing(both, source, HANDS, 'inside', BAND)).toBeGreaterThan(1000);

  await page.getByRole('button', { name: 'Hide layer Sky' }).click();
  const hidden = await decodeRgba(await downloadDocument(page, 'PNG'));
  expect(differing(hidden, source, SKY, 'inside', 0)).toBe(0);
  expect(differing(hidden, both, HANDS, 'inside', 0)).toBe(0);
  await page.getByRole('button', { name: 'Show layer Sky' }).click();

  const psd = await downloadDocument(page, 'PSD');
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'still-life.psd', mimeType: 'image/vnd.adobe.photoshop', buffer: psd });
  await expect(documentTab(page, 'still-life.psd')).toHaveAttribute('aria-current', 'page');
  await expect.poll(() => layerNames(page)).toEqual(['Hands', 'Sky']);
  const reopened = await decodeRgba(await downloadDocument(page, 'PNG'));
  expect(differing(reopened, both, { x: 0, y: 0, ...SIZE }, 'inside', 0)).toBe(0);

  // Back to the first document; a reload keeps both documents, the layers and the undo history.
  await documentTab(page, 'still-life.png').click();
  await page.reload();
  await expect(documentTab(page, 'still-life.psd')).toBeVisible();
  await expect(documentTab(page, 'still-life.png')).toHaveAttribute('aria-current', 'page');
  await expect.poll(() => layerNames(page)).toEqual(['Hands', 'Sky']);
  const undo = page.getByRole('button', { name: 'Undo document change' });
  // Undone in turn: showing Sky, hiding it, accepting Hands.
  await undo.click();
  await expect(page.getByRole('button', { name: 'Show layer Sky' })).toBeVisible();
  await undo.click();
  await undo.click();
  await expect.poll(() => layerNames(page)).toEqual(['Sky']);
  await page.getByRole('button', { name: 'Redo document change' }).click();
  await expect.poll(() => layerNames(page)).toEqual(['Hands', 'Sky']);
});
