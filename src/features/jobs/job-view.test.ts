import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import type { JobRecord } from '../history/index.lazy.ts';
import { jobView } from './job-view.ts';
import type { JobState } from './use-jobs.ts';

const entry = getEntry('onemin:gpt-image-2:generate')!;
const variables = {
  jobId: 'j1',
  groupId: 'g1',
  entry,
  settings: initialSettings(entry, 'Teacups'),
  source: null,
  mask: null,
};

function live(status: JobState['status'], extra: Partial<JobState> = {}): JobState {
  return {
    status,
    variables,
    data: undefined,
    error: null,
    submittedAt: 1000,
    context: undefined,
    failureCount: 0,
    failureReason: null,
    isPaused: false,
    ...extra,
  } as JobState;
}

const stored = (status: JobRecord['status']): JobRecord => ({
  id: 'j1',
  createdAt: 1000,
  status,
  entryId: entry.id,
  provider: entry.provider,
  model: entry.model,
  mode: entry.mode,
  settings: variables.settings,
  images:
    status === 'done'
      ? [{ id: 'j1/0', index: 0, url: 'u', format: 'png', cached: true, starred: true, winner: false }]
      : [],
});

describe('jobView', () => {
  it("shows this page's answer when the history could not keep the job", () => {
    const data = {
      provider: 'onemin' as const,
      images: [{ url: 'https://a/x.png', format: 'png' as const }],
    };
    const view = jobView('j1', live('success', { data }), undefined)!;
    expect(view.record.status).toBe('done');
    expect(view.record.images.map((image) => image.id)).toEqual(['j1/0']);
  });

  it("prefers the history's record, which holds stars and stored images", () => {
    const data = {
      provider: 'onemin' as const,
      images: [{ url: 'https://a/x.png', format: 'png' as const }],
    };
    expect(jobView('j1', live('success', { data }), stored('done'))!.record.images[0]?.starred).toBe(true);
  });

  it('shows the outcome this page knows while the history still says running', () => {
    const error = new ApiError('out_of_credits', 'Out of credits.', 402);
    const view = jobView('j1', live('error', { error }), stored('running'))!;
    expect(view.record.status).toBe('failed');
    expect(view.record.error?.message).toBe('Out of credits.');
  });

  it('calls a cancelled job cancelled, and a job after a reload comes from the history alone', () => {
    const cancelled = new ApiError('cancelled', 'Cancelled.', 0);
    expect(jobView('j1', live('error', { error: cancelled }), undefined)!.record.status).toBe('cancelled');
    expect(jobView('j1', undefined, stored('done'))!.record.status).toBe('done');
    expect(jobView('j1', undefined, null)).toBeUndefined();
  });
});
