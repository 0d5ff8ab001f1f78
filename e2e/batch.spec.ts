import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { dropFiles } from './support/drop.ts';
import { decodeGrey, makeFixturePng } from './support/images.ts';
import { fetchAsset, type SentInpaint } from './support/inpaint.ts';
import { simStats } from './support/simulator.ts';
import { openStudio } from './support/studio.ts';

test.use({ viewport: { width: 1600, height: 1000 } });

test('three sources dropped together and one edit prompt make three jobs, grouped by source', async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Edit/ }).click();
  const sizes = [
    { name: 'chair.png', width: 640, height: 480 },
    { name: 'lamp.png', width: 600, height: 600 },
    { name: 'table.png', width: 480, height: 640 },
  ];
  await dropFiles(
    page,
    await Promise.all(
      sizes.map(async (s) => ({ name: s.name, buffer: await makeFixturePng(s.width, s.height) })),
    ),
  );
  const batch = page.getByRole('region', { name: 'Batch · 3 sources' });
  await expect(batch.getByRole('list', { name: 'Batch sources' }).getByRole('listitem')).toHaveCount(3);
  await page.getByLabel('Prompt').fill('Paint it in bright primary colours');
  await batch.getByRole('button', { name: 'Edit 3 sources' }).click();

  const stage = page.getByRole('region', { name: 'Results' });
  for (const { name } of sizes) {
    const column = stage.getByRole('article', { name: `${name} results` });
    await expect(column.getByRole('img', { name: `${name} result 1 of 1` })).toBeVisible({ timeout: 20_000 });
  }
  const stats = await simStats();
  expect(stats.requests.features).toBe(3);
  expect(stats.requests.assets).toBe(3);
  expect(new Set(stats.log.filter((e) => e.route === 'features').map((e) => e.idempotencyKey)).size).toBe(3);
});

/** A cut-out: opaque everywhere but a transparent band of `cut` columns on the left. */
async function makeCutOut(width: number, height: number, cut: number): Promise<Buffer> {
  const rgba = Buffer.alloc(width * height * 4);
  for (let i = 0; i < width * height; i++) {
    rgba.set([200, 90, 40, i % width < cut ? 0 : 255], i * 4);
  }
  return sharp(rgba, { raw: { width, height, channels: 4 } })
    .png()
    .toBuffer();
}

test("two cut-outs inpainted by their transparent pixels: each job's mask covers exactly its own", async ({
  page,
}) => {
  await openStudio(page);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  const cutOuts = [
    { name: 'left-third.png', width: 600, height: 400, cut: 200 },
    { name: 'left-half.png', width: 400, height: 400, cut: 200 },
  ];
  await dropFiles(
    page,
    await Promise.all(
      cutOuts.map(async (c) => ({ name: c.name, buffer: await makeCutOut(c.width, c.height, c.cut) })),
    ),
  );
  const batch = page.getByRole('region', { name: 'Batch · 2 sources' });
  await batch.getByRole('radio', { name: "Each source's transparent pixels" }).check();
  await page.getByLabel('Prompt').fill('Fill the empty part with a brick wall');
  const sent: SentInpaint[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/api/onemin/features'))
      sent.push((request.postDataJSON() as { promptObject: SentInpaint }).promptObject);
  });
  await batch.getByRole('button', { name: 'Inpaint 2 sources' }).click();
  const stage = page.getByRole('region', { name: 'Results' });
  for (const { name } of cutOuts) {
    await expect(
      stage
        .getByRole('article', { name: `${name} results` })
        .getByRole('img')
        .first(),
    ).toBeVisible({
      timeout: 20_000,
    });
  }
  expect(sent).toHaveLength(2);
  const masks = await Promise.all(sent.map(async (s) => decodeGrey(await fetchAsset(s.maskUrl))));
  const expected = cutOuts.map((c) => ({ width: c.width, height: c.height, cut: c.cut }));
  // The two jobs leave together, so match each mask to its source by size.
  for (const mask of masks) {
    const source = expected.find((e) => e.width === mask.width && e.height === mask.height);
    expect(source, `a ${mask.width}×${mask.height} mask`).toBeDefined();
    const wrong = [...mask.data].filter((v, i) => v !== (i % mask.width < source!.cut ? 255 : 0)).length;
    expect(wrong).toBe(0);
  }
  expect((await simStats()).requests.features).toBe(2);
});
