import { useEffect } from 'react';
import { useJobViews } from '../../jobs/index.lazy.ts';
import { useStagedResults } from './use-staged-results.ts';

/**
 * Stages the finished edits and inpaints of the stage's jobs on their documents (see
 * `useStagedResults`) and reports why the last one could not be. Its own chunk: the stage
 * mounts it once there is a job, whichever view is shown.
 */
export function StagedResults({
  jobIds,
  onProblem,
}: {
  jobIds: readonly string[];
  onProblem: (problem: string | null) => void;
}) {
  const problem = useStagedResults(useJobViews(jobIds));
  useEffect(() => onProblem(problem), [problem, onProblem]);
  return null;
}
