import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import type { SourceImage } from '../source/index.ts';
import { isMaskEmpty } from '../mask/coverage-stats.ts';
import { rasterizeMask } from '../mask/rasterize.ts';
import { batchRequests, type MaskIsEmpty } from './batch-requests.ts';

// The studio measures in the mask worker; the same raster, here on the test's thread.
const maskIsEmpty: MaskIsEmpty = async (mask, { width, height }) =>
  isMaskEmpty(rasterizeMask(mask, width, height));

const inpaint = getEntry('onemin:gpt-image-2:inpaint')!;
const edit = getEntry('gptimageapi:gpt-image-2:edit')!;
const source = (hash: string): SourceImage => ({
  blob: new Blob(['x']),
  type: 'png',
  width: 10,
  height: 10,
  name: `${hash}.png`,
  hash,
});
const rect = [{ type: 'rect' as const, x: 0, y: 0, width: 4, height: 4, erase: false }];

describe('batchRequests', () => {
  it('makes one labelled request per variant with its prompt, keeping the rest of the form', async () => {
    const settings = initialSettings(edit, '{product} on {surface}');
    const made = await batchRequests(
      { entry: edit, settings, source: source('a'), mask: [] },
      [
        { prompt: 'mug on marble', label: 'mug · marble' },
        { prompt: 'mug on oak', label: 'mug · oak' },
      ],
      maskIsEmpty,
    );
    expect(made.ok).toBe(true);
    if (!made.ok) return;
    expect(made.requests.map((r) => [r.settings.prompt, r.label, r.source?.hash, r.mask])).toEqual([
      ['mug on marble', 'mug · marble', 'a', null],
      ['mug on oak', 'mug · oak', 'a', null],
    ]);
    expect(made.requests[0]?.settings.quality).toBe(settings.quality);
  });

  it('gives each variant its own source and mask where it has them', async () => {
    const settings = initialSettings(inpaint, 'Sky');
    const made = await batchRequests(
      { entry: inpaint, settings, source: null, mask: [] },
      [
        { label: 'a.png', source: source('a'), mask: rect },
        { label: 'b.png', source: source('b'), mask: [{ type: 'fill' }] },
      ],
      maskIsEmpty,
    );
    expect(made.ok && made.requests.map((r) => [r.source?.hash, r.mask?.[0]?.type])).toEqual([
      ['a', 'rect'],
      ['b', 'fill'],
    ]);
  });

  it('sends nothing when any job lacks its inputs or breaks a rule, and says each reason once', async () => {
    const settings = initialSettings(inpaint, 'Sky');
    const made = await batchRequests(
      { entry: inpaint, settings, source: null, mask: [] },
      [
        { label: 'a.png', source: source('a'), mask: [] },
        { label: 'b.png', source: source('b'), mask: [] },
        { label: 'c.png', prompt: '', source: source('c'), mask: rect },
      ],
      maskIsEmpty,
    );
    expect(made.ok).toBe(false);
    if (made.ok) return;
    expect(made.problems.filter((p) => p.includes('mask'))).toHaveLength(1);
    expect(made.problems.some((p) => /prompt/i.test(p))).toBe(true);
  });

  it('refuses an empty batch', async () => {
    const made = await batchRequests(
      { entry: edit, settings: initialSettings(edit), source: null, mask: [] },
      [],
      maskIsEmpty,
    );
    expect(made.ok).toBe(false);
  });
});
