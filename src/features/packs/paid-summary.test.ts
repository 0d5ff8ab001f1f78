import { describe, expect, it } from 'vitest';
import { initialSettings } from '../../catalog/index.ts';
import type { RecordedCharge } from '../history/index.lazy.ts';
import { extendEntry } from './extension-job.ts';
import { paidSummary } from './paid-summary.ts';

const entry = extendEntry();
const job = (size: string, targets: string[], quality: 'medium' | 'high' = 'medium') => ({
  entry,
  settings: { ...initialSettings(entry, 'more'), size, quality },
  targets,
});
const charges: RecordedCharge[] = [
  { provider: 'onemin', model: 'gpt-image-2', quality: 'medium', size: '1024x1024', n: 1, credits: 6_291 },
];

describe('paidSummary', () => {
  it('names the targets needing new picture, the jobs and the credits, with how they were reached', () => {
    const summary = paidSummary(
      [job('1536x2736', ['Story'])],
      { total: 3, newPicture: 1, pictures: 1 },
      charges,
    );
    const credits = Math.round((6_291 / 1_048_576) * 1536 * 2736).toLocaleString('en-US');
    expect(summary.headline).toBe(`1 of 3 targets needs new picture: 1 job, ≈ ${credits} credits.`);
    expect(summary.lines).toEqual([
      `Story: GPT Image 2 · 1min.ai, inpaint at 1536×2736, medium quality — ≈ ${credits} credits (1min.ai publishes no price: learned from 1 earlier charge of this browser at gpt-image-2, this quality, scaled by pixels from 1024×1024)`,
    ]);
  });

  it('sums over several pictures, and says how many jobs have no estimate', () => {
    const summary = paidSummary(
      [job('1536x2736', ['Story', 'Reel']), job('1536x2736', ['Story']), job('1024x1536', ['Pin'], 'high')],
      { total: 20, newPicture: 4, pictures: 2 },
      charges,
    );
    expect(summary.headline).toMatch(
      /^4 of 20 targets over 2 pictures need new picture: 3 jobs, ≈ [\d,]+ credits for 2, 1 unknown\.$/,
    );
    expect(summary.lines[2]).toMatch(/credits unknown/);
    expect(
      paidSummary([job('1536x2736', ['Story'])], { total: 1, newPicture: 1, pictures: 1 }, []).headline,
    ).toBe('1 of 1 target needs new picture: 1 job, credits unknown.');
  });
});
