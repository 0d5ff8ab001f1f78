import { useQueries } from '@tanstack/react-query';
import { historyJobQuery } from '../history/index.lazy.ts';
import { jobView, type JobView } from './job-view.ts';
import { useLiveJobs } from './use-jobs.ts';

/** These jobs as the stage shows them, in the given order; a job nobody knows any more is left out. */
export function useJobViews(jobIds: readonly string[]): JobView[] {
  const live = useLiveJobs(jobIds);
  const stored = useQueries({ queries: jobIds.map((id) => historyJobQuery(id)) });
  return jobIds.flatMap((id, i) => jobView(id, live.get(id), stored[i]?.data) ?? []);
}
