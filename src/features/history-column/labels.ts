import { CATALOG, creditWords, type Mode } from '../../catalog/index.ts';
import type { JobRecord, JobStatus } from '../history/index.lazy.ts';

export const MODE_LABELS: Record<Mode, string> = { generate: 'Generate', edit: 'Edit', inpaint: 'Inpaint' };

export const STATUS_LABELS: Record<JobStatus, string> = {
  running: 'Running',
  done: 'Done',
  failed: 'Failed',
  cancelled: 'Cancelled',
};

/** Every model the catalog knows, for the model filter. */
export const HISTORY_MODELS: readonly string[] = [...new Set(CATALOG.map((entry) => entry.model))];

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function whenText(epochMs: number): string {
  return whenFormat.format(epochMs);
}

/** What a job cost, where it is known. */
export function creditsText(job: JobRecord): string | undefined {
  const credits = job.credits?.job;
  return credits === undefined ? undefined : creditWords(credits);
}

export function durationText(ms: number): string {
  return ms < 60_000
    ? `${(ms / 1000).toFixed(1)} s`
    : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}
