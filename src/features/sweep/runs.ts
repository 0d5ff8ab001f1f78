import type { MutationState } from '@tanstack/react-query';
import { ApiError, errorMessage } from '../../api/client.ts';
import { queryKeys } from '../../api/keys.ts';
import type { JobResult } from '../../wire/result.ts';
import { formatSeconds } from '../jobs/run/run-words.ts';
import type { SweepBase, SweepDimension, SweepVariant } from './variants.ts';

/** Sweep jobs sit beside the single run's in the mutation cache, under a key of their own. */
export const sweepKeys = {
  run: () => [...queryKeys.jobs(), 'sweep'] as const,
};

/** One variant's job as its mutation carries it: what the results grid needs to head its column. */
export type SweepJob = {
  sweepId: string;
  /** Also its `Idempotency-Key` and its id in the history. */
  jobId: string;
  index: number;
  dimension: SweepDimension;
  base: SweepBase;
  variant: SweepVariant;
};

export type SweepJobOutcome = { result: JobResult; durationMs: number };

export type SweepJobState = MutationState<SweepJobOutcome, Error, SweepJob>;

export type VariantStatus = 'pending' | 'done' | 'failed' | 'cancelled';

export type SweepColumnState = {
  job: SweepJob;
  status: VariantStatus;
  submittedAt: number;
  outcome?: SweepJobOutcome;
  /** The failure as a sentence for the user. */
  error?: string;
};

export type SweepView = {
  sweepId: string;
  dimension: SweepDimension;
  base: SweepBase;
  columns: SweepColumnState[];
};

/** The most recently started sweep, one column per variant in the order they were offered. */
export function pickLatestSweep(states: readonly SweepJobState[]): SweepView | undefined {
  const sweepId = states.findLast((state) => state.variables)?.variables?.sweepId;
  if (!sweepId) return undefined;
  const columns: SweepColumnState[] = [];
  for (const state of states) {
    const job = state.variables;
    if (job?.sweepId !== sweepId) continue;
    columns.push(columnState(job, state));
  }
  columns.sort((a, b) => a.job.index - b.job.index);
  const first = columns[0];
  if (!first) return undefined;
  return { sweepId, dimension: first.job.dimension, base: first.job.base, columns };
}

function columnState(job: SweepJob, state: SweepJobState): SweepColumnState {
  const column = { job, submittedAt: state.submittedAt };
  if (state.status === 'success' && state.data) return { ...column, status: 'done', outcome: state.data };
  if (state.status === 'error') {
    const cancelled = state.error instanceof ApiError && state.error.code === 'cancelled';
    return { ...column, status: cancelled ? 'cancelled' : 'failed', error: errorMessage(state.error) };
  }
  return { ...column, status: 'pending' };
}

/** "2 of 3 done · 1 failed". */
export function sweepProgressText(columns: readonly Pick<SweepColumnState, 'status'>[]): string {
  const count = (status: VariantStatus) => columns.filter((column) => column.status === status).length;
  const parts = [`${count('done')} of ${columns.length} done`];
  if (count('failed') > 0) parts.push(`${count('failed')} failed`);
  if (count('cancelled') > 0) parts.push(`${count('cancelled')} cancelled`);
  if (count('pending') > 0) parts.push(`${count('pending')} running`);
  return parts.join(' · ');
}

/** "8.4 s" under a minute, "1 min 05 s" above. */
export function formatDuration(ms: number): string {
  const seconds = Math.max(0, ms) / 1000;
  return seconds < 60 ? `${seconds.toFixed(1)} s` : formatSeconds(seconds);
}
