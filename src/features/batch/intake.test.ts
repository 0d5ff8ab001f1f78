import { describe, expect, it } from 'vitest';
import type { SourceImage } from '../source/index.ts';
import { readBatchSources } from './intake.ts';

const file = (name: string) => new File(['x'], name, { type: 'image/png' });
const load = async (f: File, name: string): Promise<SourceImage> => {
  if (name.startsWith('bad')) throw new Error(`${name} is not a PNG, JPEG or WebP image.`);
  return { blob: f, type: 'png', width: 4, height: 4, name, hash: name };
};

describe('readBatchSources', () => {
  it('keeps the readable files in order and names each one left out', async () => {
    const read = await readBatchSources([file('a.png'), file('bad.txt'), file('c.png')], load);
    expect(read.sources.map((s) => s.name)).toEqual(['a.png', 'c.png']);
    expect(read.problems).toEqual(['bad.txt is not a PNG, JPEG or WebP image.']);
  });

  it('refuses more than twenty files at once, taking none of them', async () => {
    const files = Array.from({ length: 21 }, (_, i) => file(`${i}.png`));
    const read = await readBatchSources(files, load);
    expect(read.sources).toEqual([]);
    expect(read.problems[0]).toMatch(/at most 20 images; 21 were offered/);
  });
});
