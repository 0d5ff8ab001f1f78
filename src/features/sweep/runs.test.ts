import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { getEntry, initialSettings, type CatalogEntry } from '../../catalog/index.ts';
import type { JobResult } from '../../wire/result.ts';
import {
  formatDuration,
  pickLatestSweep,
  sweepProgressText,
  type SweepJob,
  type SweepJobState,
} from './runs.ts';
import { buildSweepVariants, type SweepBase } from './variants.ts';

const generate = getEntry('onemin:gpt-image-2:generate') as CatalogEntry;
const base: SweepBase = { entry: generate, settings: initialSettings(generate, 'A lighthouse') };
const variants = buildSweepVariants(base, 'quality', ['low', 'medium', 'high']);

function job(sweepId: string, index: number): SweepJob {
  return {
    sweepId,
    jobId: `${sweepId}-${index}`,
    index,
    dimension: 'quality',
    base,
    variant: variants[index]!,
  };
}

const result: JobResult = {
  provider: 'onemin',
  images: [{ url: 'https://asset.example/a.png', format: 'png' }],
};

function state(variables: SweepJob, patch: Partial<SweepJobState> = {}): SweepJobState {
  return {
    context: undefined,
    data: undefined,
    error: null,
    failureCount: 0,
    failureReason: null,
    isPaused: false,
    status: 'pending',
    variables,
    submittedAt: 1000 + variables.index,
    ...patch,
  };
}

describe('pickLatestSweep', () => {
  it('has nothing before the first sweep', () => {
    expect(pickLatestSweep([])).toBeUndefined();
  });

  it("shows the latest sweep's variants in their order, each with its own status and sentence", () => {
    const states = [
      state(job('old', 0), { status: 'success', data: { result, durationMs: 5 } }),
      state(job('new', 2), { status: 'error', error: new ApiError('cancelled', 'Cancelled.', 0) }),
      state(job('new', 0), { status: 'success', data: { result, durationMs: 8400 } }),
      state(job('new', 1), {
        status: 'error',
        error: new ApiError('provider_failed', '1min.ai refused the prompt. Rephrase it.', 502),
      }),
    ];
    const sweep = pickLatestSweep(states);
    expect(sweep?.sweepId).toBe('new');
    expect(sweep?.dimension).toBe('quality');
    expect(sweep?.base).toBe(base);
    expect(sweep?.columns.map((c) => [c.job.jobId, c.status, c.error])).toEqual([
      ['new-0', 'done', undefined],
      ['new-1', 'failed', '1min.ai refused the prompt. Rephrase it.'],
      ['new-2', 'cancelled', 'Cancelled.'],
    ]);
    expect(sweep?.columns[0]?.outcome).toEqual({ result, durationMs: 8400 });
  });

  it('keeps a variant pending until its job settles', () => {
    const sweep = pickLatestSweep([
      state(job('s', 0)),
      state(job('s', 1), { status: 'success', data: { result, durationMs: 1 } }),
    ]);
    expect(sweep?.columns.map((c) => c.status)).toEqual(['pending', 'done']);
    expect(sweep?.columns[0]?.submittedAt).toBe(1000);
  });
});

describe('sweepProgressText', () => {
  it('counts what is done, failed, cancelled and still running', () => {
    expect(sweepProgressText([{ status: 'pending' }, { status: 'pending' }])).toBe('0 of 2 done · 2 running');
    expect(
      sweepProgressText([
        { status: 'done' },
        { status: 'failed' },
        { status: 'cancelled' },
        { status: 'done' },
      ]),
    ).toBe('2 of 4 done · 1 failed · 1 cancelled');
  });
});

describe('formatDuration', () => {
  it('gives tenths under a minute and minutes above', () => {
    expect(formatDuration(8420)).toBe('8.4 s');
    expect(formatDuration(65_000)).toBe('1 min 05 s');
    expect(formatDuration(-5)).toBe('0.0 s');
  });
});
