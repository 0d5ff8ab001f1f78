// The browser's measure is checked here against the simulator's own rendering, so this one
// test reaches into the server code and sharp (both run in Node under Vitest).
/* eslint-disable no-restricted-imports */
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { getEntry, parsePixelSize, preferredSize, type PixelSize } from '../../catalog/index.ts';
import { inpaintedImage } from '../../server/simulator/render/inpaint.ts';
/* eslint-enable no-restricted-imports */
import { SIZE_PRESETS } from '../settings/index.ts';
import { alignToSource } from './align.ts';
import { preserveComposite } from './composite.ts';
import type { RgbaImage } from './image.ts';
import { maskLeakage } from './leakage.ts';
import { DEFAULT_DIFF_THRESHOLD } from './store.ts';
import { ellipseCoverage, testPicture } from './test-images.ts';

const SOURCE = { width: 1000, height: 750 };
/** A third of the board's default threshold: the measure must be clean well below it. */
const STRICT_THRESHOLD = 8;

const source = testPicture(SOURCE.width, SOURCE.height);
const coverage = ellipseCoverage(SOURCE.width, SOURCE.height);
const entry = getEntry('onemin:gpt-image-2:inpaint');
if (!entry) throw new Error('The catalog has no gpt-image-2 inpaint entry.');
/** Every size the studio offers for this source: the one it proposes and each preset. */
const offered = [...new Set([preferredSize(entry, SOURCE), ...SIZE_PRESETS.map((preset) => preset.size)])];

const sourcePng = sharp(Buffer.from(source.data), { raw: { ...SOURCE, channels: 4 } })
  .png()
  .toBuffer();
const maskPng = sharp(Buffer.from(coverage), { raw: { ...SOURCE, channels: 1 } })
  .png()
  .toBuffer();

/** What the simulator answers, decoded as the browser decodes a PNG: RGBA, exactly as stored. */
const answers = new Map<string, Promise<RgbaImage>>();

/** The simulator's answer for the 1000×750 source at `size`, rendered once and copied for each test. */
async function simulatedInpaint(size: PixelSize): Promise<RgbaImage> {
  const key = `${size.width}x${size.height}`;
  if (!answers.has(key)) answers.set(key, render(size, { source: sourcePng, mask: maskPng }));
  const answer = await answers.get(key)!;
  return { ...answer, data: answer.data.slice() };
}

async function render(
  size: PixelSize,
  inputs: { source: Promise<Buffer>; mask: Promise<Buffer> },
): Promise<RgbaImage> {
  const image = await inpaintedImage(await inputs.source, await inputs.mask, {
    prompt: 'A lighthouse',
    size,
    variation: 0,
  });
  const { data, info } = await sharp(await image.png().toBuffer())
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data: new Uint8ClampedArray(data), width: info.width, height: info.height };
}

const at = (image: RgbaImage, x: number, y: number) =>
  Array.from(image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4));

describe('inpaint results of another size, on the simulator (which changes nothing outside the mask)', () => {
  it('offers the sizes this test covers, the 1024×768 it proposes among them', () => {
    expect(offered).toContain('1024x768');
    expect(offered.length).toBeGreaterThan(5);
  });

  it.each(offered)('reports no change outside the mask at %s', async (text) => {
    const size = parsePixelSize(text)!;
    const aligned = alignToSource(source, await simulatedInpaint(size));
    const leak = maskLeakage(aligned, coverage, STRICT_THRESHOLD);
    expect(leak.changedCount).toBe(0);
    expect(leak.changedOutsideFraction).toBe(0);
    // The count is over nearly all the unmasked pixels the result shows: the band is thin.
    const { left, top, right, bottom } = aligned.covered;
    let unmasked = 0;
    for (let y = top; y < bottom; y++)
      for (let x = left; x < right; x++) if (coverage[y * SOURCE.width + x] === 0) unmasked++;
    expect(leak.protectedCount).toBeGreaterThan(unmasked * 0.9);
  });

  it('reports no change outside the mask when the output is smaller than the source', async () => {
    const big = { width: 2000, height: 1500 };
    const bigSource = testPicture(big.width, big.height);
    const bigCoverage = ellipseCoverage(big.width, big.height);
    const result = await render(parsePixelSize(preferredSize(entry, big))!, {
      source: sharp(Buffer.from(bigSource.data), { raw: { ...big, channels: 4 } })
        .png()
        .toBuffer(),
      mask: sharp(Buffer.from(bigCoverage), { raw: { ...big, channels: 1 } })
        .png()
        .toBuffer(),
    });
    expect(result.width).toBeLessThan(big.width);
    // libvips shrinks with quantised, integer filters: on this hard pattern the round trip is
    // within 16 levels of it, so the board's default threshold (not the strict one) applies.
    const leak = maskLeakage(alignToSource(bigSource, result), bigCoverage, DEFAULT_DIFF_THRESHOLD);
    expect(leak.changedCount).toBe(0);
    expect(leak.protectedCount).toBeGreaterThan(big.width * big.height * 0.7);
  });

  it('did report resampling as change before: a plain rescale against the source is not clean', async () => {
    const aligned = alignToSource(source, await simulatedInpaint({ width: 1024, height: 768 }));
    const naive = maskLeakage({ ...aligned, expected: source, band: 0 }, coverage, DEFAULT_DIFF_THRESHOLD);
    expect(naive.changedCount).toBeGreaterThan(1000);
  });

  it('still finds a real change outside the mask, where it is', async () => {
    const result = await simulatedInpaint({ width: 1024, height: 768 });
    // The model "touched" a 40×40 patch in the top-left corner, far from the mask, by 30 levels.
    for (let y = 50; y < 90; y++) {
      for (let x = 50; x < 90; x++) {
        const offset = (y * result.width + x) * 4;
        result.data[offset] = result.data[offset]! + (result.data[offset]! > 128 ? -30 : 30);
      }
    }
    const leak = maskLeakage(alignToSource(source, result), coverage, DEFAULT_DIFF_THRESHOLD);
    // 40 output pixels are 39 source pixels; the filters soften the patch's rim.
    expect(leak.changedCount).toBeGreaterThan(34 * 34);
    expect(leak.changedCount).toBeLessThan(42 * 42);
    expect(at(leak.heatmap, 68, 68)[0]).toBe(255);
    expect(at(leak.heatmap, 68, 68)[3]).toBeGreaterThan(150);
    expect(at(leak.heatmap, 150, 150)[3]).toBe(0);
  });

  it.each(['1024x768', '1024x1024', '2304x768'])(
    'composites at the source size, the source byte for byte where the mask is 0 (%s)',
    async (text) => {
      const result = await simulatedInpaint(parsePixelSize(text)!);
      const aligned = alignToSource(source, result);
      const composite = preserveComposite(source, aligned, coverage, 6);
      expect([composite.width, composite.height]).toEqual([SOURCE.width, SOURCE.height]);
      let kept = 0;
      for (let pixel = 0; pixel < coverage.length; pixel++) {
        if (coverage[pixel] !== 0) continue;
        kept++;
        for (let channel = pixel * 4; channel < pixel * 4 + 4; channel++) {
          if (composite.data[channel] !== source.data[channel]) throw new Error(`pixel ${pixel} changed`);
        }
      }
      expect(kept).toBeGreaterThan(coverage.length / 2);
      // Deep inside the mask the composite is the result, brought to the source's grid.
      expect(at(composite, 500, 375)).toEqual(at(aligned.result, 500, 375));
      expect(at(composite, 500, 375)).not.toEqual(at(source, 500, 375));
    },
  );
});
