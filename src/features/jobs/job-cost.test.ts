import { describe, expect, it } from 'vitest';
import type { JobResult } from '../../wire/result.ts';
import { createCostTracker } from './job-cost.ts';

const answer = (credits?: JobResult['credits']): JobResult => ({
  provider: 'onemin',
  images: [{ url: 'https://asset.1min.ai/a.png', format: 'png' }],
  ...(credits ? { credits } : {}),
});

describe('createCostTracker', () => {
  it('costs each answer by how far the account usage grew since the previous one', () => {
    const cost = createCostTracker();
    expect(cost(answer({ used: 100, limit: 1000 })).credits).toEqual({ used: 100, limit: 1000 });
    expect(cost(answer({ used: 108, limit: 1000 })).credits?.job).toBe(8);
    expect(cost(answer({ used: 124, limit: 1000 })).credits?.job).toBe(16);
  });

  it('leaves a reported cost, an answer without usage, and an out-of-order answer alone', () => {
    const cost = createCostTracker();
    cost(answer({ used: 100 }));
    expect(cost(answer({ job: 4 })).credits).toEqual({ job: 4 });
    expect(cost(answer()).credits).toBeUndefined();
    expect(cost(answer({ used: 130 })).credits?.job).toBe(30);
    expect(cost(answer({ used: 120 })).credits?.job).toBeUndefined();
    expect(cost(answer({ used: 138 })).credits?.job).toBe(8);
  });
});
