import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { makeFixturePng } from './support/images.ts';
import { openStudio, resultSizes } from './support/studio.ts';

test.use({ viewport: { width: 1440, height: 900 } });

async function violations(page: Page, include?: string) {
  const builder = new AxeBuilder({ page });
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
  expect(await violations(page), 'results and history').toEqual([]);

  await page.getByRole('button', { name: 'Select Result 1 of 2 for comparison' }).click({ force: true });
  await page.getByRole('button', { name: 'Select Result 2 of 2 for comparison' }).click({ force: true });
  await page.getByRole('button', { name: 'Compare (2)' }).click();
  await expect(page.getByRole('dialog', { name: 'Compare results' })).toBeVisible();
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
});
