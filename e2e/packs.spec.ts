import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import { readFile } from 'node:fs/promises';
import sharp from 'sharp';
import { checkGptImage2Size, parsePixelSize } from '../src/catalog/index.ts';
import { readPngText } from '../src/features/images/download/png-text.ts';
import { dropFiles } from './support/drop.ts';
import { makeFixturePng } from './support/images.ts';
import { fetchAsset, type SentInpaint } from './support/inpaint.ts';
import { simStats } from './support/simulator.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });
test.setTimeout(180_000);

const PICTURE = { width: 1536, height: 1024 };
/** The marked subject, off-centre: a red disc. */
const SUBJECT = { x: 1150, y: 420, r: 110 };
const KEPT = ['Instagram square', 'Story', 'Full HD'];

/** A photo-like 1536×1024 picture (gradients and shapes everywhere) with a red subject right of centre. */
function makePicture(): Promise<Buffer> {
  const { width, height } = PICTURE;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <rect x="120" y="600" width="420" height="300" fill="#264653"/>
    <circle cx="400" cy="300" r="90" fill="#e9c46a"/>
    <circle cx="${SUBJECT.x}" cy="${SUBJECT.y}" r="${SUBJECT.r}" fill="#d00000"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** Two 1024×1024 jobs at medium quality: the second one's charge is what the estimate learns from. */
async function seedCharges(page: Page): Promise<void> {
  await page.getByLabel('Prompt').fill('A charge to learn from');
  for (const _ of [1, 2]) {
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await resultSizes(page, 1);
    await expect(page.getByRole('button', { name: 'Generate', exact: true })).toBeEnabled();
  }
  await expect.poll(async () => (await simStats()).requests.features).toBe(2);
}

/** Keeps only the named targets of the dialog's pack. */
async function keepTargets(dialog: Locator, keep: readonly string[]): Promise<void> {
  await expect(dialog.locator('.pack-target-name')).toHaveCount(10);
  const names = await dialog.locator('.pack-target-name').allTextContents();
  for (const name of names) {
    if (!keep.includes(name))
      await dialog.getByRole('button', { name: `Remove ${name}`, exact: true }).click();
  }
  await expect(dialog.locator('.pack-target-name')).toHaveText([...keep]);
}

function target(dialog: Locator, name: string): Locator {
  return dialog.getByRole('listitem').filter({ has: dialog.page().getByText(name, { exact: true }) });
}

/** Presses a button that saves the pack and answers the zip's files, by name. */
async function exportZip(page: Page, click: () => Promise<void>) {
  const download = page.waitForEvent('download', { timeout: 60_000 });
  await click();
  const saved = await download;
  const files = unzipSync(new Uint8Array(await readFile(await saved.path())));
  return { name: saved.suggestedFilename(), files };
}

async function sizeOf(bytes: Uint8Array): Promise<string> {
  const meta = await sharp(bytes).metadata();
  return `${meta.width}x${meta.height}`;
}

type Rect = { x: number; y: number; width: number; height: number };
const parameters = (bytes: Uint8Array) =>
  JSON.parse(readPngText(bytes).parameters ?? '{}') as {
    frame: Rect;
    method: string;
    upscale?: number;
    canvas?: { canvas: { width: number; height: number }; at: { x: number; y: number } };
  };

test('a pack of three from a document: a crop holding the subject, an upscale marked, one paid extension confirmed once, and a second export pays nothing', async ({
  page,
}) => {
  await openStudio(page);
  await seedCharges(page);
  const picture = await makePicture();
  await page.getByRole('tab', { name: /Edit/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'key-visual.png', mimeType: 'image/png', buffer: picture });
  await expect(page.getByTestId('source-facts')).toContainText('1536 × 1024 px');

  await page.getByRole('button', { name: 'Deliverables…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deliverables' });
  await expect(dialog.getByText('key-visual.png · 1536×1024')).toBeVisible();
  await keepTargets(dialog, KEPT);
  await dialog.getByLabel('Save as').fill('Launch');
  await dialog.getByRole('button', { name: 'Save pack' }).click();
  await expect(dialog.getByLabel('Pack', { exact: true })).toHaveValue(/.+/);

  // The focal point on the subject.
  const focal = await dialog.getByTestId('pack-focal').boundingBox();
  if (!focal) throw new Error('no focal picker');
  await page.mouse.click(
    focal.x + (SUBJECT.x / PICTURE.width) * focal.width,
    focal.y + (SUBJECT.y / PICTURE.height) * focal.height,
  );
  await expect(target(dialog, 'Instagram square')).toContainText('Crop · upscaled ×1.05');
  await expect(target(dialog, 'Full HD')).toContainText('Crop · upscaled ×1.25');
  await expect(target(dialog, 'Story')).toContainText('New picture: paid job at 1536×2736');

  // The confirmation names the job and its credits before anything is paid; Cancel pays nothing.
  await dialog.getByRole('button', { name: 'Export pack' }).click();
  const confirm = dialog.getByTestId('pack-confirm');
  await expect(confirm).toHaveText(/^1 of 3 targets needs new picture: 1 job, ≈ [\d,]+ credits\.$/);
  const estimate = Number((await confirm.textContent())!.match(/≈ ([\d,]+)/)![1]!.replace(/,/g, ''));
  // Learned from the 1024×1024 charge, scaled by pixels, or (when an earlier spec's inpaint taught the
  // shared server) the server's learned price: either way the simulator's 6,000 per megapixel.
  expect(Math.abs(estimate - 6_000 * 1536 * 2736 * 1e-6)).toBeLessThan(25);
  await expect(dialog.getByRole('group', { name: 'Pay for new picture?' })).toContainText(
    /scaled by pixels from 1024×1024|the studio server's price for 1min\.ai, learned from the account's charges/,
  );
  expect((await simStats()).requests.features).toBe(2);
  await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(confirm).toBeHidden();
  expect((await simStats()).requests.features).toBe(2);

  await dialog.getByRole('button', { name: 'Export pack' }).click();
  const sent = page.waitForRequest('**/api/onemin/features');
  const first = await exportZip(page, () =>
    dialog.getByRole('button', { name: 'Pay 1 job and export' }).click(),
  );
  const job = ((await sent).postDataJSON() as { promptObject: SentInpaint }).promptObject;
  expect(job.size).toBe('1536x2736');
  expect(checkGptImage2Size(parsePixelSize(job.size)!)).toEqual([]);
  const stats = await simStats();
  expect(stats.requests.features).toBe(3);
  expect(first.name).toMatch(/^launch_\d{4}-\d{2}-\d{2}\.zip$/);
  expect(Object.keys(first.files).sort()).toEqual([
    'full-hd_1920x1080.png',
    'instagram-square_1080x1080.png',
    'story_1080x1920.png',
  ]);
  for (const [name, bytes] of Object.entries(first.files))
    expect(await sizeOf(bytes)).toBe(name.match(/(\d+x\d+)/)![1]);
  await expect(dialog.getByRole('status')).toContainText('3 files, each exactly its size');

  // The square's crop holds the subject, and shows it where the frame puts it.
  const squareBytes = first.files['instagram-square_1080x1080.png']!;
  const square = parameters(squareBytes);
  expect(square.method).toBe('crop');
  expect(square.upscale).toBeCloseTo(1080 / 1024, 2);
  const { frame } = square;
  expect(frame.x).toBeLessThanOrEqual(SUBJECT.x - SUBJECT.r);
  expect(frame.x + frame.width).toBeGreaterThanOrEqual(SUBJECT.x + SUBJECT.r);
  const { data } = await sharp(squareBytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const scale = 1080 / frame.width;
  const at =
    (Math.round((SUBJECT.y - frame.y) * scale) * 1080 + Math.round((SUBJECT.x - frame.x) * scale)) * 3;
  expect([data[at], data[at + 1], data[at + 2]]).toEqual([208, 0, 0]);

  // The story is the paid job's result over the padded source, cut and resampled: in the
  // protected area (the picture, clear of the feathered band) it is the source resampled.
  const storyBytes = first.files['story_1080x1920.png']!;
  const story = parameters(storyBytes);
  expect(story.method).toBe('new picture');
  const padded = await fetchAsset(job.imageUrl);
  const expected = await sharp(padded)
    .extract({
      left: story.frame.x,
      top: story.frame.y,
      width: story.frame.width,
      height: story.frame.height,
    })
    .resize(1080, 1920, { fit: 'fill', kernel: 'lanczos3' })
    .removeAlpha()
    .raw()
    .toBuffer();
  const actual = await sharp(storyBytes).removeAlpha().raw().toBuffer();
  const down = 1080 / story.frame.width;
  const inset = 48;
  const top = Math.ceil((story.canvas!.at.y + inset - story.frame.y) * down);
  const bottom = Math.floor((story.canvas!.at.y + PICTURE.height - inset - story.frame.y) * down);
  const side = Math.ceil(inset * down);
  let worst = 0;
  let compared = 0;
  let offByMore = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = side; x < 1080 - side; x++) {
      for (let c = 0; c < 3; c++) {
        const i = (y * 1080 + x) * 3 + c;
        worst = Math.max(worst, Math.abs(actual[i]! - expected[i]!));
        if (Math.abs(actual[i]! - expected[i]!) > 1) offByMore++;
      }
      compared++;
    }
  }
  expect(compared).toBeGreaterThan(500_000);
  // sharp rounds its filter weights to fixed point: a few values on hard edges differ by a little more than 1.
  expect(offByMore / (compared * 3)).toBeLessThan(1e-4);
  expect(worst).toBeLessThanOrEqual(6);
  // Outside the picture the file shows new picture, not the transparent padding.
  const newPicture = await sharp(storyBytes).ensureAlpha().raw().toBuffer();
  expect(newPicture[(10 * 1080 + 540) * 4 + 3]).toBe(255);

  // The same pack again: the new picture comes from the history, nothing is paid.
  const second = await exportZip(page, () => dialog.getByRole('button', { name: 'Export pack' }).click());
  expect(Object.keys(second.files).sort()).toEqual(Object.keys(first.files).sort());
  await expect(dialog.getByRole('status')).toContainText('new picture from 1 earlier job, nothing paid');
  expect((await simStats()).requests.features).toBe(3);
  expect(await sizeOf(second.files['story_1080x1920.png']!)).toBe('1080x1920');
});

test('a result’s Deliverables: crops only, nothing paid, a frame moved with the arrow keys', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByLabel('Prompt').fill('A row of beach huts');
  await page.getByLabel('Width').fill('1536');
  await page.getByLabel('Height').fill('1024');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, 1);
  const stage = page.getByRole('region', { name: 'Results' });
  await stage.getByRole('button', { name: 'More for Result 1 of 1' }).click();
  await page.getByRole('menuitem', { name: 'Deliverables…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deliverables' });
  await keepTargets(dialog, ['Instagram square', 'YouTube thumbnail']);
  await expect(dialog.getByTestId('pack-plan')).toHaveText('2 files: 2 crops; 1 upscaled.');

  // From the centre (256) two steps left: 224.
  const preview = dialog.getByRole('slider', { name: /^Frame of Instagram square/ });
  await preview.focus();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(preview).toHaveAttribute('aria-valuetext', /^Frame at 224, 0 of the picture/);

  const before = (await simStats()).requests.features;
  const { name, files } = await exportZip(page, () =>
    dialog.getByRole('button', { name: 'Export pack' }).click(),
  );
  expect(name).toMatch(/^common-sizes_\d{4}-\d{2}-\d{2}\.zip$/);
  expect(await sizeOf(files['instagram-square_1080x1080.png']!)).toBe('1080x1080');
  expect(await sizeOf(files['youtube-thumbnail_1280x720.png']!)).toBe('1280x720');
  expect(parameters(files['instagram-square_1080x1080.png']!).frame).toEqual({
    x: 224,
    y: 0,
    width: 1024,
    height: 1024,
  });
  expect(readPngText(files['youtube-thumbnail_1280x720.png']!).prompt).toBe('A row of beach huts');
  expect((await simStats()).requests.features).toBe(before);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('a pack over a batch: one zip with every picture at every target, crops only; the dialog passes axe', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  await dropFiles(page, [
    { name: 'chair.png', buffer: await makeFixturePng(1600, 1200) },
    { name: 'lamp.png', buffer: await makeFixturePng(1200, 1200) },
  ]);
  const batch = page.getByRole('region', { name: 'Batch · 2 sources' });
  await batch.getByRole('button', { name: 'Deliverables for 2 sources…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Deliverables' });
  await expect(dialog.getByText('Picture 1 of 2')).toBeVisible();
  await keepTargets(dialog, ['Instagram square', 'Open Graph']);
  await expect(dialog.getByTestId('pack-plan')).toHaveText('4 files over 2 pictures: 4 crops.');
  const axe = await new AxeBuilder({ page }).include('.pack-dialog').analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
    [],
  );

  await dialog.getByRole('button', { name: 'Next picture' }).click();
  await expect(dialog.getByText('lamp.png · 1200×1200')).toBeVisible();
  const { files } = await exportZip(page, () => dialog.getByRole('button', { name: 'Export pack' }).click());
  expect(Object.keys(files).sort()).toEqual([
    'chair_instagram-square_1080x1080.png',
    'chair_open-graph_1200x630.png',
    'lamp_instagram-square_1080x1080.png',
    'lamp_open-graph_1200x630.png',
  ]);
  for (const [name, bytes] of Object.entries(files))
    expect(await sizeOf(bytes)).toBe(name.match(/(\d+x\d+)/)![1]);
  expect((await simStats()).requests.features).toBe(0);
});
