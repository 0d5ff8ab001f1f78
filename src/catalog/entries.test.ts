import { describe, expect, it } from 'vitest';
import { CATALOG, entriesForMode, findOneminEntry, getEntry, type CatalogEntry } from './entries.ts';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`catalog lacks ${id}`);
  return found;
}

const GPT_IMAGE_2_IDS = [
  'onemin:gpt-image-2:generate',
  'onemin:gpt-image-2:edit',
  'onemin:gpt-image-2:inpaint',
];

describe('the catalog has exactly the five seeds', () => {
  it('one entry per (provider, model, feature), with unique ids', () => {
    expect(CATALOG.map((e) => [e.id, e.provider, e.model, e.mode, e.seed])).toEqual([
      ['onemin:gpt-image-2:generate', 'onemin', 'gpt-image-2', 'generate', '001_c84de4f357750804.txt'],
      ['onemin:gpt-image-2:edit', 'onemin', 'gpt-image-2', 'edit', '000_8d7dab230b0b5012.txt'],
      ['onemin:gpt-image-2:inpaint', 'onemin', 'gpt-image-2', 'inpaint', '003_b48a55bc82098a61.txt'],
      ['onemin:gpt-image-1-mini:edit', 'onemin', 'gpt-image-1-mini', 'edit', '002_4307ccd406c4223b.txt'],
      ['gptimageapi:gpt-image-2:edit', 'gptimageapi', 'gpt-image-2', 'edit', '004_babe2f6ca83d3a53.txt'],
    ]);
  });

  it('names each upstream feature type or route', () => {
    expect(CATALOG.map((e) => e.upstream)).toEqual([
      { kind: 'onemin', type: 'IMAGE_GENERATOR' },
      { kind: 'onemin', type: 'IMAGE_EDITOR' },
      { kind: 'onemin', type: 'IMAGE_INPAINTER' },
      { kind: 'onemin', type: 'IMAGE_EDITOR' },
      { kind: 'gptimageapi', route: 'images/edit' },
    ]);
  });

  it('needs a source for edit and inpaint, a mask for inpaint only', () => {
    expect(CATALOG.map((e) => [e.id, e.needsSource, e.needsMask])).toEqual([
      ['onemin:gpt-image-2:generate', false, false],
      ['onemin:gpt-image-2:edit', true, false],
      ['onemin:gpt-image-2:inpaint', true, true],
      ['onemin:gpt-image-1-mini:edit', true, false],
      ['gptimageapi:gpt-image-2:edit', true, false],
    ]);
  });

  it('every prompt is capped at 4000 characters and n at 1..10', () => {
    for (const e of CATALOG) {
      expect(e.promptMax).toBe(4000);
      expect([e.n.min, e.n.max, e.n.default]).toEqual([1, 10, 1]);
      expect(e.quality.values).toEqual(['low', 'medium', 'high']);
    }
  });
});

describe('gpt-image-2 on 1min.ai (seeds 001, 000, 003)', () => {
  it.each(GPT_IMAGE_2_IDS)('%s takes custom sizes, requires quality, backgrounds auto/opaque', (id) => {
    const e = entry(id);
    expect(e.size).toEqual({ kind: 'custom', rules: 'gpt-image-2', initial: '1024x1024' });
    expect(e.quality.required).toBe(true);
    expect(e.quality.default).toBeUndefined();
    expect(e.n.required).toBe(false);
    expect(e.background).toEqual({
      values: ['auto', 'opaque'],
      required: false,
      default: 'auto',
      initial: 'auto',
      pngOnly: [],
    });
    expect(e.outputFormat?.values).toEqual(['png', 'jpeg', 'webp']);
    expect(e.outputFormat?.required).toBe(false);
    // The seeds give no default format ("-").
    expect(e.outputFormat?.default).toBeUndefined();
    expect(e.creditsPerImage).toBeUndefined();
  });

  it('the generator and the editor take output_compression 0..100 for jpeg/webp, with no default', () => {
    for (const id of ['onemin:gpt-image-2:generate', 'onemin:gpt-image-2:edit']) {
      const comp = entry(id).outputCompression;
      expect(comp && [comp.min, comp.max, comp.default, comp.formats]).toEqual([
        0,
        100,
        undefined,
        ['jpeg', 'webp'],
      ]);
    }
  });

  it('the inpainter does not list output_compression', () => {
    expect(entry('onemin:gpt-image-2:inpaint').outputCompression).toBeUndefined();
  });
});

describe('gpt-image-1-mini editor (seed 002)', () => {
  const mini = entry('onemin:gpt-image-1-mini:edit');

  it('makes three fixed sizes, 1024x1024 by default', () => {
    expect(mini.size).toEqual({
      kind: 'fixed',
      options: ['1024x1024', '1024x1536', '1536x1024'],
      default: '1024x1024',
      initial: '1024x1024',
    });
  });

  it('requires n (default 1); quality is optional, medium by default', () => {
    expect(mini.n).toEqual({ min: 1, max: 10, required: true, default: 1 });
    expect(mini.quality).toEqual({
      values: ['low', 'medium', 'high'],
      required: false,
      default: 'medium',
      initial: 'medium',
    });
  });

  it('png by default, compression 85 by default for jpeg/webp', () => {
    expect(mini.outputFormat).toEqual({
      values: ['png', 'jpeg', 'webp'],
      required: false,
      default: 'png',
      initial: 'png',
    });
    expect(mini.outputCompression).toEqual({
      min: 0,
      max: 100,
      default: 85,
      initial: 85,
      formats: ['jpeg', 'webp'],
    });
  });

  it('five background modes, transparent only with png', () => {
    expect(mini.background).toEqual({
      values: ['auto', 'preserve', 'transparent', 'white', 'black'],
      required: false,
      default: 'auto',
      initial: 'auto',
      pngOnly: ['transparent'],
    });
  });
});

describe('gpt-image-2 on gptimageapi.dev (seed 004)', () => {
  const api = entry('gptimageapi:gpt-image-2:edit');

  it('takes the seed’s aspect ratios', () => {
    expect(api.size).toEqual({
      kind: 'aspect',
      options: ['1:1', '4:3', '16:9', '9:21', '1:2', '2:1'],
      initial: '1:1',
    });
  });

  it('costs 4 / 8 / 16 credits per image by quality', () => {
    expect(api.creditsPerImage).toEqual({ low: 4, medium: 8, high: 16 });
  });

  it('has no background, format or compression parameters', () => {
    expect(api.background).toBeUndefined();
    expect(api.outputFormat).toBeUndefined();
    expect(api.outputCompression).toBeUndefined();
    expect(api.quality.required).toBe(false);
  });
});

describe('look-ups', () => {
  it('finds 1min.ai entries by feature type and model', () => {
    expect(findOneminEntry('IMAGE_EDITOR', 'gpt-image-1-mini')?.id).toBe('onemin:gpt-image-1-mini:edit');
    expect(findOneminEntry('IMAGE_EDITOR', 'gpt-image-2')?.id).toBe('onemin:gpt-image-2:edit');
    expect(findOneminEntry('IMAGE_INPAINTER', 'gpt-image-2')?.id).toBe('onemin:gpt-image-2:inpaint');
    expect(findOneminEntry('IMAGE_INPAINTER', 'gpt-image-1-mini')).toBeUndefined();
    expect(findOneminEntry('IMAGE_GENERATOR', 'gpt-image-1-mini')).toBeUndefined();
    expect(findOneminEntry('images/edit', 'gpt-image-2')).toBeUndefined();
  });

  it('lists the entries of a mode', () => {
    expect(entriesForMode('generate').map((e) => e.id)).toEqual(['onemin:gpt-image-2:generate']);
    expect(entriesForMode('edit').map((e) => e.id)).toEqual([
      'onemin:gpt-image-2:edit',
      'onemin:gpt-image-1-mini:edit',
      'gptimageapi:gpt-image-2:edit',
    ]);
    expect(entriesForMode('inpaint').map((e) => e.id)).toEqual(['onemin:gpt-image-2:inpaint']);
    expect(getEntry('nope')).toBeUndefined();
  });
});
