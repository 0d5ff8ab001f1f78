import { describe, expect, it } from 'vitest';
import type { MutationState } from '@tanstack/react-query';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import type { JobResult } from '../../wire/result.ts';
import { pickJobRuns } from './job-runs.ts';
import type { Job } from './run-job.ts';

const entry = getEntry('onemin:gpt-image-2:generate')!;
const job = (jobId: string): Job => ({ jobId, entry, settings: initialSettings(entry, jobId) });
const result = (url: string): JobResult => ({ provider: 'onemin', images: [{ url, format: 'png' }] });

function state(
  status: MutationState['status'],
  variables: Job,
  data?: JobResult,
  submittedAt = 0,
): MutationState<JobResult, Error, Job> {
  return {
    status,
    variables,
    data,
    submittedAt,
    context: undefined,
    error: null,
    failureCount: 0,
    failureReason: null,
    isPaused: false,
  };
}

describe('pickJobRuns', () => {
  it('keeps the last success on screen when a later job failed', () => {
    const runs = pickJobRuns([state('success', job('a'), result('a.png')), state('error', job('b'))]);
    expect(runs.latest?.job.jobId).toBe('a');
    expect(runs.latest?.result.images[0]?.url).toBe('a.png');
    expect(runs.running).toBeUndefined();
  });

  it('shows the running job next to the previous results', () => {
    const runs = pickJobRuns([
      state('success', job('a'), result('a.png')),
      state('success', job('b'), result('b.png')),
      state('pending', job('c'), undefined, 1234),
    ]);
    expect(runs.latest?.job.jobId).toBe('b');
    expect(runs.running).toEqual({ job: job('c'), startedAt: 1234 });
  });

  it('is empty before any job', () => {
    expect(pickJobRuns([])).toEqual({});
  });
});
