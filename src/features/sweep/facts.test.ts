import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings, type CatalogEntry, type JobSettings } from '../../catalog/index.ts';
import { variantFacts } from './facts.ts';
import { buildSweepVariants, type SweepBase } from './variants.ts';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const generate = entry('onemin:gpt-image-2:generate');
const edit2 = entry('onemin:gpt-image-2:edit');
const mini = entry('onemin:gpt-image-1-mini:edit');
const gptimageapi = entry('gptimageapi:gpt-image-2:edit');

function base(from: CatalogEntry, patch: Partial<JobSettings> = {}): SweepBase {
  return { entry: from, settings: { ...initialSettings(from, 'A lighthouse'), ...patch } };
}

describe('variantFacts', () => {
  it('heads a quality variant with every setting its model takes, only the quality highlighted', () => {
    const b = base(generate, { outputFormat: 'webp', outputCompression: 60 });
    const [low] = buildSweepVariants(b, 'quality', ['low', 'high']);
    expect(variantFacts(low!, b, 'quality')).toEqual([
      { field: 'model', name: 'model', value: 'GPT Image 2 · 1min.ai', differs: false },
      { field: 'size', name: 'size', value: '1024×1024', differs: false },
      { field: 'quality', name: 'quality', value: 'low', differs: true },
      { field: 'n', name: 'images', value: '1', differs: false },
      { field: 'outputFormat', name: 'format', value: 'WEBP', differs: false },
      { field: 'background', name: 'background', value: 'auto', differs: false },
      { field: 'outputCompression', name: 'compression', value: '60', differs: false },
    ]);
  });

  it('leaves out compression for PNG', () => {
    const b = base(generate);
    const [low] = buildSweepVariants(b, 'quality', ['low', 'high']);
    expect(variantFacts(low!, b, 'quality').map((f) => f.name)).toEqual([
      'model',
      'size',
      'quality',
      'images',
      'format',
      'background',
    ]);
  });

  it('says what a model switch adapted, and from what', () => {
    const b = base(edit2, {
      size: '1536x1024',
      background: 'opaque',
      outputFormat: 'jpeg',
      outputCompression: 70,
    });
    const [, miniVariant, apiVariant] = buildSweepVariants(b, 'model', [edit2.id, mini.id, gptimageapi.id]);

    const miniFacts = variantFacts(miniVariant!, b, 'model');
    expect(miniFacts.filter((f) => f.differs)).toEqual([
      { field: 'model', name: 'model', value: 'GPT Image 1 Mini · 1min.ai', differs: true },
      { field: 'background', name: 'background', value: 'auto', differs: true, adaptedFrom: 'opaque' },
    ]);
    expect(miniFacts.map((f) => f.name)).toContain('compression');

    // gptimageapi.dev takes no format or background: those facts are not shown for it.
    expect(variantFacts(apiVariant!, b, 'model')).toEqual([
      { field: 'model', name: 'model', value: 'GPT Image 2 · gptimageapi.dev', differs: true },
      { field: 'size', name: 'size', value: '4:3', differs: true, adaptedFrom: '1536×1024' },
      { field: 'quality', name: 'quality', value: 'medium', differs: false },
      { field: 'n', name: 'images', value: '1', differs: false },
    ]);
  });
});
