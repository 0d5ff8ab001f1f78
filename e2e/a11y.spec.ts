import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectStoredThumbnails, historyJob } from './support/history.ts';
import { makeFixturePng } from './support/images.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });

async function violations(page: Page, include?: string) {
  // Label in name (WCAG 2.5.3) is one of axe's experimental rules, off unless asked for.
  const builder = new AxeBuilder({ page }).options({
    rules: { 'label-content-name-mismatch': { enabled: true } },
  });
  const results = await (include ? builder.include(include) : builder).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('axe finds no violations in the generate, edit, inpaint, compare and history views', async ({
  page,
}) => {
  await openStudio(page);
  expect(await violations(page), 'generate').toEqual([]);

  await page.getByLabel('Prompt').fill('Two pears');
  await page.getByLabel('Variations').fill('2');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await resultSizes(page, 2);
  // The settled history: until its thumbnails are stored, each says "Not saved" for a moment.
  await expectStoredThumbnails(historyJob(page, 'Two pears'), 2);
  expect(await violations(page), 'results and history').toEqual([]);

  // One result opened large in place, the other in the strip.
  await page.getByRole('button', { name: 'View Result 1 of 2 larger' }).click();
  await expect(page.getByRole('group', { name: 'All images of this job' })).toBeVisible();
  expect(await violations(page), 'a result in place').toEqual([]);
  // And the large view a click on it opens.
  await page.getByRole('button', { name: 'View Result 1 of 2 larger' }).click();
  await expect(page.getByRole('dialog', { name: 'Result 1 of 2' })).toBeVisible();
  expect(await violations(page, '.lightbox'), 'large view').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'View Result 1 of 2 larger' }).focus();
  await page.keyboard.press('Escape');

  await page.getByRole('button', { name: 'Select Result 1 of 2 for comparison' }).click({ force: true });
  await page.getByRole('button', { name: 'Select Result 2 of 2 for comparison' }).click({ force: true });
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  const board = page.getByRole('dialog', { name: 'Compare results' });
  // The board's toolbar arrives with its chunk: checked once it is there.
  await expect(board.getByRole('button', { name: 'Actual size, 1:1' })).toBeVisible();
  expect(await violations(page, '.compare-dialog'), 'compare').toEqual([]);
  await page.keyboard.press('Escape');

  const fixture = await makeFixturePng(640, 480);
  await page.getByRole('tab', { name: /Edit/ }).click();
  await page
    .getByLabel('Source image file')
    .setInputFiles({ name: 'a.png', mimeType: 'image/png', buffer: fixture });
  await expect(page.getByRole('application', { name: /^Document canvas, 640×480/ })).toBeVisible();
  expect(await violations(page), 'edit').toEqual([]);

  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await expect(page.getByTestId('mask-stage')).toBeVisible();
  expect(await violations(page), 'inpaint').toEqual([]);
  await page.getByRole('button', { name: 'Mask actions' }).click();
  await expect(page.getByRole('group', { name: 'Mask actions' })).toBeVisible();
  expect(await violations(page), 'mask actions').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Overlay' }).click();
  expect(await violations(page), 'overlay').toEqual([]);
});
