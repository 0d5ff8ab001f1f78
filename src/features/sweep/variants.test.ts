import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import {
  CATALOG,
  getEntry,
  initialSettings,
  validateSettings,
  type CatalogEntry,
} from '../../catalog/index.ts';
import { JobSettings } from '../../catalog/schema.ts';
import {
  SWEEP_MAX,
  SweepDimension,
  SweepError,
  buildSweepVariants,
  defaultPicks,
  dimensionProblem,
  pickProblem,
  sweepChoices,
  sweepDimensions,
  type SweepBase,
  type SweepVariant,
} from './variants.ts';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const generate = entry('onemin:gpt-image-2:generate');
const edit2 = entry('onemin:gpt-image-2:edit');
const mini = entry('onemin:gpt-image-1-mini:edit');
const gptimageapi = entry('gptimageapi:gpt-image-2:edit');
const inpaint = entry('onemin:gpt-image-2:inpaint');

function base(from: CatalogEntry, patch: Partial<JobSettings> = {}): SweepBase {
  return { entry: from, settings: { ...initialSettings(from, 'A lighthouse at dusk'), ...patch } };
}

const FIELDS = z.keyof(JobSettings).options;

const values = (variants: SweepVariant[]) => variants.map((variant) => variant.value);

/** Every combination of `size` items, in order. */
function combinations<T>(items: readonly T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((item, i) =>
    combinations(items.slice(i + 1), size - 1).map((rest) => [item, ...rest]),
  );
}

describe('sweepChoices', () => {
  it("offers the entry's qualities with the current one and, where published, the price", () => {
    expect(sweepChoices(base(generate, { quality: 'high' }), 'quality')).toEqual([
      { value: 'low', label: 'Low' },
      { value: 'medium', label: 'Medium' },
      { value: 'high', label: 'High', hint: 'current' },
    ]);
    expect(sweepChoices(base(gptimageapi), 'quality').map((c) => c.hint)).toEqual([
      '4 credits / image',
      'current · 8 credits / image',
      '16 credits / image',
    ]);
  });

  it('offers the size presets for a custom-size entry, the current size first when it is not one', () => {
    const choices = sweepChoices(base(generate, { size: '1200x800' }), 'size');
    expect(choices[0]).toEqual({ value: '1200x800', label: '1200×800', hint: 'current' });
    expect(choices.slice(1).map((c) => c.value)).toEqual([
      '1024x1024',
      '1024x1536',
      '1536x1024',
      '1024x1280',
      '1152x2048',
      '2048x1152',
      '2304x768',
      '3840x2160',
    ]);
    expect(choices[1]).toEqual({ value: '1024x1024', label: '1024×1024', hint: 'Square' });
  });

  it('marks a preset as current instead of offering it twice, and never offers an invalid size', () => {
    const onPreset = sweepChoices(base(generate, { size: '1536x1024' }), 'size');
    expect(onPreset).toHaveLength(8);
    expect(onPreset.find((c) => c.value === '1536x1024')?.hint).toBe('current · Landscape');
    const invalid = sweepChoices(base(generate, { size: '1000x1000' }), 'size');
    expect(invalid.map((c) => c.value)).not.toContain('1000x1000');
    expect(invalid).toHaveLength(8);
  });

  it("offers a fixed-size entry's sizes and an aspect entry's ratios", () => {
    expect(sweepChoices(base(mini), 'size')).toEqual([
      { value: '1024x1024', label: '1024×1024', hint: 'current · Square' },
      { value: '1024x1536', label: '1024×1536', hint: 'Portrait' },
      { value: '1536x1024', label: '1536×1024', hint: 'Landscape' },
    ]);
    expect(sweepChoices(base(gptimageapi), 'size').map((c) => c.label)).toEqual([
      '1:1',
      '4:3',
      '16:9',
      '9:21',
      '1:2',
      '2:1',
    ]);
  });

  it("offers the mode's models, the current one marked", () => {
    expect(sweepChoices(base(mini), 'model')).toEqual([
      { value: edit2.id, label: edit2.label },
      { value: mini.id, label: mini.label, hint: 'current' },
      { value: gptimageapi.id, label: gptimageapi.label },
    ]);
  });
});

describe('sweepDimensions', () => {
  it('leaves out the model where the mode has a single model, and says why', () => {
    expect(sweepDimensions(base(generate))).toEqual(['quality', 'size']);
    expect(sweepDimensions(base(inpaint))).toEqual(['quality', 'size']);
    expect(sweepDimensions(base(edit2))).toEqual(['quality', 'size', 'model']);
    expect(dimensionProblem(base(generate), 'model')).toBe(
      'Only one model does generate, so there are no models to compare.',
    );
    expect(dimensionProblem(base(edit2), 'model')).toBeNull();
  });
});

describe('defaultPicks', () => {
  it('compares every quality, every model (up to four), and the current size with one other', () => {
    expect(defaultPicks(base(generate), 'quality')).toEqual(['low', 'medium', 'high']);
    expect(defaultPicks(base(edit2), 'model')).toEqual([edit2.id, mini.id, gptimageapi.id]);
    expect(defaultPicks(base(generate, { size: '1536x1024' }), 'size')).toEqual(['1536x1024', '1024x1024']);
    expect(defaultPicks(base(generate, { size: '1000x1000' }), 'size')).toEqual(['1024x1024', '1024x1536']);
  });

  it('always makes a sweep that can run', () => {
    for (const from of CATALOG) {
      for (const dimension of sweepDimensions(base(from))) {
        const picks = defaultPicks(base(from), dimension);
        expect(pickProblem(base(from), dimension, picks), `${from.id} ${dimension}`).toBeNull();
      }
    }
  });
});

describe('pickProblem', () => {
  it('asks for two to four distinct picks, in words that name the dimension', () => {
    const b = base(generate);
    expect(pickProblem(b, 'quality', ['low'])).toBe('Pick at least 2 qualities to compare.');
    expect(pickProblem(b, 'quality', ['low', 'low'])).toBe('Pick at least 2 qualities to compare.');
    expect(pickProblem(b, 'size', [])).toBe('Pick at least 2 sizes to compare.');
    expect(pickProblem(b, 'size', ['1024x1024', '1024x1536', '1536x1024', '1024x1280', '2304x768'])).toBe(
      'Pick at most 4 sizes; each one is a separate paid job.',
    );
    expect(pickProblem(b, 'size', ['1024x1024', '1024x1536', '1536x1024', '1024x1280'])).toBeNull();
    expect(pickProblem(b, 'model', [generate.id, generate.id])).toBe(
      'Only one model does generate, so there are no models to compare.',
    );
  });
});

describe('buildSweepVariants', () => {
  it('varies the quality alone, in the offered order, the base value differing in nothing', () => {
    const variants = buildSweepVariants(base(generate), 'quality', ['high', 'medium', 'low']);
    expect(values(variants)).toEqual(['low', 'medium', 'high']);
    expect(variants.map((v) => v.label)).toEqual(['low quality', 'medium quality', 'high quality']);
    expect(variants.map((v) => v.differs)).toEqual([['quality'], [], ['quality']]);
    expect(variants.map((v) => v.settings.quality)).toEqual(['low', 'medium', 'high']);
    for (const variant of variants) {
      expect(variant.entry).toBe(generate);
      expect({ ...variant.settings, quality: 'medium' }).toEqual(base(generate).settings);
    }
  });

  it('varies the size alone', () => {
    const b = base(generate, { size: '1200x800', quality: 'high', n: 2 });
    const variants = buildSweepVariants(b, 'size', ['2304x768', '1200x800', '1024x1536']);
    expect(values(variants)).toEqual(['1200x800', '1024x1536', '2304x768']);
    expect(variants.map((v) => v.label)).toEqual(['1200×800', '1024×1536', '2304×768']);
    expect(variants.map((v) => v.differs)).toEqual([[], ['size'], ['size']]);
    expect(variants.every((v) => v.settings.quality === 'high' && v.settings.n === 2)).toBe(true);
  });

  it('adapts each model variant to what that model takes and names what the adaptation changed', () => {
    const b = base(edit2, {
      size: '1536x1024',
      quality: 'high',
      background: 'opaque',
      outputFormat: 'jpeg',
      outputCompression: 70,
    });
    const [same, miniVariant, apiVariant] = buildSweepVariants(b, 'model', [
      gptimageapi.id,
      mini.id,
      edit2.id,
    ]);
    expect(same?.entry).toBe(edit2);
    expect(same?.differs).toEqual([]);
    expect(same?.settings).toEqual(b.settings);

    expect(miniVariant?.entry).toBe(mini);
    expect(miniVariant?.label).toBe('GPT Image 1 Mini · 1min.ai');
    // Mini has no opaque background: it falls back to its own initial one.
    expect(miniVariant?.settings).toEqual({ ...b.settings, background: 'auto' });
    expect(miniVariant?.differs).toEqual(['model', 'background']);

    expect(apiVariant?.entry).toBe(gptimageapi);
    // gptimageapi.dev takes ratios: 3:2 is nearest 4:3 among its options.
    expect(apiVariant?.settings).toEqual({ ...b.settings, size: '4:3' });
    expect(apiVariant?.differs).toEqual(['model', 'size']);
  });

  it('highlights a custom size carried to a fixed-size model as the size it snapped to', () => {
    const [, miniVariant] = buildSweepVariants(base(edit2, { size: '1200x800' }), 'model', [
      mini.id,
      edit2.id,
    ]);
    expect(miniVariant?.settings.size).toBe('1536x1024');
    expect(miniVariant?.differs).toEqual(['model', 'size']);
  });

  it('refuses fewer than two, more than four, duplicates and values the entry does not offer', () => {
    const b = base(generate);
    expect(() => buildSweepVariants(b, 'quality', ['low'])).toThrow(
      new SweepError('Pick at least 2 qualities to compare.'),
    );
    expect(() => buildSweepVariants(b, 'quality', ['low', 'low'])).toThrow(SweepError);
    expect(() =>
      buildSweepVariants(b, 'size', ['1024x1024', '1024x1536', '1536x1024', '1024x1280', '2304x768']),
    ).toThrow('Pick at most 4 sizes; each one is a separate paid job.');
    expect(() => buildSweepVariants(b, 'size', ['1024x1024', '1000x1000'])).toThrow(
      '1000x1000 is not a size GPT Image 2 · 1min.ai offers.',
    );
    expect(() => buildSweepVariants(base(mini), 'size', ['1024x1024', '2048x2048'])).toThrow(SweepError);
    expect(() => buildSweepVariants(b, 'model', [generate.id, edit2.id])).toThrow(SweepError);
    expect(() => buildSweepVariants(base(mini), 'size', [])).toThrow('Pick at least 2 sizes to compare.');
  });

  it('makes valid variants that differ exactly where they say, for every entry, dimension and pick', () => {
    const bases = CATALOG.flatMap((from) => [
      base(from),
      base(from, { quality: 'high', n: 3 }),
      ...(from.size.kind === 'custom' ? [base(from, { size: '1200x800', outputFormat: 'webp' })] : []),
      ...(from.id === mini.id ? [base(from, { background: 'transparent', size: '1024x1536' })] : []),
    ]);
    let checked = 0;
    for (const b of bases) {
      expect(validateSettings(b.entry, b.settings)).toEqual([]);
      for (const dimension of SweepDimension.options) {
        const choices = sweepChoices(b, dimension).map((c) => c.value);
        for (let size = 2; size <= Math.min(SWEEP_MAX, choices.length); size++) {
          for (const picks of combinations(choices, size)) {
            const variants = buildSweepVariants(b, dimension, picks);
            expect(variants).toHaveLength(size);
            for (const variant of variants) {
              const where = `${b.entry.id} ${dimension} ${variant.value}`;
              expect(validateSettings(variant.entry, variant.settings), where).toEqual([]);
              const expected = [
                ...(variant.entry.id === b.entry.id ? [] : ['model']),
                ...FIELDS.filter((f) => variant.settings[f] !== b.settings[f]),
              ];
              expect(variant.differs, where).toEqual(expected);
              expect(variant.differs.includes(dimension), where).toBe(
                dimension === 'model'
                  ? variant.entry.id !== b.entry.id
                  : variant.value !== b.settings[dimension],
              );
              expect(variant.settings.prompt).toBe(b.settings.prompt);
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(1000);
  });
});
