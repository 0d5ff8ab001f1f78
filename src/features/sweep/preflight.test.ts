import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings, type CatalogEntry, type JobSettings } from '../../catalog/index.ts';
import { creditsText, sweepCredits, sweepIssues } from './preflight.ts';
import { buildSweepVariants, type SweepBase, type SweepVariant } from './variants.ts';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const generate = entry('onemin:gpt-image-2:generate');
const edit2 = entry('onemin:gpt-image-2:edit');
const gptimageapi = entry('gptimageapi:gpt-image-2:edit');

function base(from: CatalogEntry, patch: Partial<JobSettings> = {}): SweepBase {
  return { entry: from, settings: { ...initialSettings(from, 'A lighthouse'), ...patch } };
}

describe('sweepIssues', () => {
  it('has nothing to say about a valid sweep with its inputs', () => {
    expect(sweepIssues(buildSweepVariants(base(generate), 'quality', ['low', 'high']), [])).toEqual([]);
  });

  it('says a rule every variant breaks once, after the missing inputs', () => {
    const variants = buildSweepVariants(base(edit2, { prompt: '  ' }), 'quality', ['low', 'medium', 'high']);
    expect(sweepIssues(variants, ['Open a source image (or drop or paste one).'])).toEqual([
      'Open a source image (or drop or paste one).',
      'Describe the image in the prompt.',
    ]);
  });

  it('names the variants that break a rule the others keep', () => {
    const [low, high] = buildSweepVariants(base(generate), 'quality', ['low', 'high']);
    const broken: SweepVariant = { ...high!, settings: { ...high!.settings, n: 40 } };
    expect(sweepIssues([low!, broken], [])).toEqual([
      'high quality: Variations must be a whole number from 1 to 10.',
    ]);
  });
});

describe('sweepCredits', () => {
  it('adds up the published prices of every variant', () => {
    const variants = buildSweepVariants(base(gptimageapi, { n: 2 }), 'quality', ['low', 'high']);
    const credits = sweepCredits(variants, undefined);
    expect(credits).toEqual({
      estimate: { credits: (4 + 16) * 2, basis: 'published' },
      variants: 2,
      images: 4,
    });
    expect(creditsText(credits)).toBe('2 jobs · 4 images · ≈ 40 credits');
  });

  it('prices 1min.ai variants by the server’s prices per megapixel, "up to" while one is its upper bound', () => {
    const price = (perMegapixel: number, learned = false) => ({ perMegapixel, learned });
    const prices = {
      [edit2.id]: { low: price(1_000), medium: price(2_000), high: price(10_000, true) },
      'onemin:gpt-image-1-mini:edit': { low: price(500), medium: price(700), high: price(900) },
    };
    const learned = buildSweepVariants(base(edit2, { size: '1024x1024', quality: 'high' }), 'model', [
      edit2.id,
      gptimageapi.id,
    ]);
    expect(creditsText(sweepCredits(learned, prices))).toBe('2 jobs · 2 images · ≈ 10,502 credits');
    const mixed = buildSweepVariants(base(edit2, { size: '1024x1024', quality: 'high' }), 'model', [
      edit2.id,
      'onemin:gpt-image-1-mini:edit',
    ]);
    expect(creditsText(sweepCredits(mixed, prices))).toBe(
      `2 jobs · 2 images · up to ${(10_486 + 944).toLocaleString('en-US')} credits`,
    );
    expect(creditsText(sweepCredits(mixed, undefined))).toBe('2 jobs · 2 images · price not known yet');
  });
});
