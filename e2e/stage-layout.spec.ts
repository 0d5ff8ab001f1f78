import { expect, test, type Locator, type Page } from '@playwright/test';
import { makeFixturePng } from './support/images.ts';
import { simStats } from './support/simulator.ts';
import { openStudio, resultSizes } from './support/studio.ts';

type Box = { x: number; y: number; width: number; height: number };

async function generate(page: Page, prompt: string, n: number): Promise<void> {
  await page.getByLabel('Prompt').fill(prompt);
  await page.getByLabel('Variations').fill(String(n));
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, n);
}

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not on screen');
  return found;
}

/** The stage's box without its padding. */
async function stageContent(page: Page): Promise<Box> {
  const stage = page.getByRole('main');
  const outer = await box(stage);
  const pad = await stage.evaluate((element) => {
    const style = getComputedStyle(element);
    return { x: parseFloat(style.paddingLeft), y: parseFloat(style.paddingTop) };
  });
  return {
    x: outer.x + pad.x,
    y: outer.y + pad.y,
    width: outer.width - 2 * pad.x,
    height: outer.height - 2 * pad.y,
  };
}

const inside = (inner: Box, outer: Box) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

const share = (b: Box, window: { width: number; height: number }) =>
  (b.width * b.height) / (window.width * window.height);

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('one result fills the stage in one dimension, never past its pixels; four all show at once', async ({
      page,
    }) => {
      await openStudio(page);
      await generate(page, 'One pear', 1);
      const image = page.getByRole('img', { name: 'Result 1 of 1' });
      const drawn = await box(image);
      const room = await stageContent(page);
      const natural = await image.evaluate((img) => (img as HTMLImageElement).naturalWidth);
      // Above the images: the results title row and the job's one-line summary.
      const grid = await box(page.locator('.result-grid'));
      const above = grid.y - room.y;
      expect(above).toBeLessThan(80);
      expect(inside(drawn, room)).toBe(true);
      expect(drawn.width).toBeLessThanOrEqual(natural + 0.5);
      const fillsWidth = room.width - drawn.width <= 2;
      const fillsHeight = room.height - above - drawn.height <= 2;
      expect(fillsWidth || fillsHeight || Math.round(drawn.width) === natural).toBe(true);
      console.info(
        `${viewport.width}×${viewport.height}: one 1024×1024 result drawn ${Math.round(drawn.width)}×${Math.round(drawn.height)} px, ` +
          `${(share(drawn, viewport) * 100).toFixed(1)} % of the window`,
      );

      await generate(page, 'Four pears', 4);
      const stage = page.getByRole('main');
      const viewportOfStage = await box(stage);
      for (let i = 1; i <= 4; i++) {
        const tile = await box(page.getByRole('img', { name: `Result ${i} of 4` }));
        expect(inside(tile, viewportOfStage), `result ${i}`).toBe(true);
        expect(tile.width).toBeGreaterThan(viewport.width / 5);
      }
      // Nothing to scroll to: every image is in view.
      expect(await stage.evaluate((el) => el.scrollHeight <= el.clientHeight + 1)).toBe(true);
    });
  });
}

test('on a 2560×1440 window a 1024 px result is drawn at exactly 100 %', async ({ page }) => {
  await page.setViewportSize({ width: 2560, height: 1440 });
  await openStudio(page);
  await generate(page, 'A large pear', 1);
  const drawn = await box(page.getByRole('img', { name: 'Result 1 of 1' }));
  expect([Math.round(drawn.width), Math.round(drawn.height)]).toEqual([1024, 1024]);
});

test.describe('at 1280×800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a picked result opens large in place with the others as a strip; ← → step, Esc goes back', async ({
    page,
  }) => {
    await openStudio(page);
    await generate(page, 'Four plums', 4);
    const tileWidth = (await box(page.getByRole('img', { name: 'Result 2 of 4' }))).width;

    await page.getByRole('button', { name: 'View Result 2 of 4 larger' }).click();
    const large = page.getByRole('button', { name: 'View Result 2 of 4 larger' });
    await expect(large).toBeFocused();
    expect((await box(large)).width).toBeGreaterThan(tileWidth * 1.5);
    const strip = page.getByRole('group', { name: 'All images of this job' });
    await expect(strip.getByRole('button', { name: /^Show Result \d of 4$/ })).toHaveCount(4);
    await expect(strip.getByRole('button', { name: 'Show Result 2 of 4' })).toHaveAttribute(
      'aria-current',
      'true',
    );

    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'View Result 3 of 4 larger' })).toBeFocused();
    // The triage keys still act on the large image.
    await page.keyboard.press('s');
    await expect(page.getByRole('button', { name: 'Star Result 3 of 4' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await expect(page.getByRole('button', { name: 'View Result 1 of 4 larger' })).toBeFocused();
    await strip.getByRole('button', { name: 'Show Result 4 of 4' }).click();
    await expect(page.getByRole('img', { name: 'Result 4 of 4' })).toBeVisible();

    await page.getByRole('button', { name: 'View Result 4 of 4 larger' }).focus();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('img', { name: /^Result \d of 4$/ })).toHaveCount(4);
    await expect(page.getByRole('button', { name: 'View Result 4 of 4 larger' })).toBeFocused();

    // Space opens in place, and on the large image the zoomable view.
    await page.keyboard.press(' ');
    await expect(strip).toBeVisible();
    await page.keyboard.press(' ');
    await expect(page.getByRole('dialog', { name: 'Result 4 of 4' })).toBeVisible();
  });

  test('the Inpaint mask canvas takes at least half the window with a source open', async ({ page }) => {
    await openStudio(page);
    await page.getByRole('tab', { name: /Inpaint/ }).click();
    await page
      .getByLabel('Source image file')
      .setInputFiles({ name: 'room.png', mimeType: 'image/png', buffer: await makeFixturePng(1000, 750) });
    const canvas = page.getByTestId('mask-stage');
    await expect(canvas).toBeVisible();
    // By default Inpaint under 1600 px keeps the history as a rail; the settings stay open.
    await expect(page.getByRole('button', { name: 'History column' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(page.getByRole('button', { name: 'Settings column' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    const area = share(await box(canvas), { width: 1280, height: 800 });
    console.info(`1280×800: the mask canvas covers ${(area * 100).toFixed(1)} % of the window`);
    expect(area).toBeGreaterThanOrEqual(0.5);

    await page.setViewportSize({ width: 1440, height: 900 });
    await expect
      .poll(async () => share(await box(canvas), { width: 1440, height: 900 }))
      .toBeGreaterThanOrEqual(0.5);
    console.info(
      `1440×900: the mask canvas covers ${(share(await box(canvas), { width: 1440, height: 900 }) * 100).toFixed(1)} % of the window`,
    );
  });

  test('a collapsed column stays collapsed after a reload, and its rail still runs the job', async ({
    page,
  }) => {
    await openStudio(page);
    await page.getByRole('tab', { name: /Inpaint/ }).click();
    await page
      .getByLabel('Source image file')
      .setInputFiles({ name: 'room.png', mimeType: 'image/png', buffer: await makeFixturePng(800, 600) });
    await page.getByLabel('Prompt').fill('A green sofa');
    const settings = page.getByRole('button', { name: 'Settings column' });
    await settings.click();
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByLabel('Prompt')).toBeHidden();

    await page.reload();
    await expect(page.getByTestId('mask-stage')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Settings column' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    await expect(page.getByLabel('Prompt')).toBeHidden();

    // The rail keeps the run button; a question before the run comes out beside the rail.
    await page.getByRole('button', { name: 'Fill all', exact: true }).click();
    const run = page.getByRole('button', { name: 'Inpaint', exact: true });
    await expect(run).toBeInViewport();
    await run.click();
    const question = page.getByRole('alertdialog', { name: 'The mask covers everything' });
    await expect(question).toBeInViewport();
    await question.getByRole('button', { name: 'Inpaint anyway' }).click();
    // The result waits on the canvas as a candidate; the grid is a tab away.
    await expect(page.getByTestId('candidate-count')).toHaveText('1 / 1', { timeout: 20_000 });
    await resultSizes(page, 1);
    expect((await simStats()).requests.features).toBe(1);

    await page.getByRole('button', { name: 'Show the settings' }).click();
    await expect(page.getByLabel('Prompt')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Settings column' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  });

  test('F hides both columns and brings them back; typed into a field it is a letter', async ({ page }) => {
    await openStudio(page);
    const settings = page.getByRole('button', { name: 'Settings column' });
    const history = page.getByRole('button', { name: 'History column' });
    const stageWidth = async () => (await box(page.getByRole('main'))).width;
    const before = await stageWidth();

    await page.getByLabel('Prompt').fill('Fig');
    await page.getByLabel('Prompt').press('f');
    await expect(page.getByLabel('Prompt')).toHaveValue('Figf');
    await expect(settings).toHaveAttribute('aria-expanded', 'true');

    await page.getByRole('main').click({ position: { x: 10, y: 10 } });
    await page.keyboard.press('f');
    await expect(settings).toHaveAttribute('aria-expanded', 'false');
    await expect(history).toHaveAttribute('aria-expanded', 'false');
    expect(await stageWidth()).toBeGreaterThan(before + 500);
    // Ctrl / ⌘ + Enter still runs with both columns away.
    await page.keyboard.press('Control+Enter');
    await resultSizes(page, 1);

    await page.keyboard.press('f');
    await expect(settings).toHaveAttribute('aria-expanded', 'true');
    await expect(history).toHaveAttribute('aria-expanded', 'true');
    expect(await stageWidth()).toBeCloseTo(before, 0);
  });
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('columns collapsed on a wider window leave the phone layout as it was', async ({ page }) => {
    await openStudio(page);
    await page.evaluate(() =>
      localStorage.setItem(
        'image-studio:columns',
        JSON.stringify({ state: { settings: 'collapsed', history: 'collapsed', focus: true }, version: 0 }),
      ),
    );
    await page.reload();
    await expect(page.getByRole('button', { name: 'Settings column' })).toBeHidden();
    await page.getByLabel('Prompt').fill('Two kites');
    await page.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(page.getByRole('tab', { name: 'Stage' })).toHaveAttribute('aria-selected', 'true');
    await resultSizes(page, 1);
    const drawn = await box(page.getByRole('img', { name: 'Result 1 of 1' }));
    expect(drawn.x + drawn.width).toBeLessThanOrEqual(390);
    expect(drawn.width).toBeGreaterThan(300);
    await page.getByRole('tab', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'History' })).toBeVisible();
  });
});
