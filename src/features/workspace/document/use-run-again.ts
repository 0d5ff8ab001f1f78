import { useMemo } from 'react';
import { getEntry } from '../../../catalog/index.ts';
import { useJobs, useJobViews, useRunningJobs } from '../../jobs/index.lazy.ts';
import { useSourceStore } from '../../source/index.ts';

const NO_JOBS: readonly string[] = [];

/**
 * "Run again": the job a candidate came from, sent again with the same model, settings and
 * mask over the document as it now is; its results join the candidates when it ends.
 */
export function useRunAgain(jobId: string | undefined) {
  const { run } = useJobs();
  const source = useSourceStore((s) => s.source);
  const running = useRunningJobs();
  const ids = useMemo(() => (jobId ? [jobId] : NO_JOBS), [jobId]);
  const record = useJobViews(ids)[0]?.record;
  const entry = record ? getEntry(record.entryId) : undefined;
  const ready = Boolean(record && entry && source && !running);
  return {
    ready,
    run: () => {
      if (!record || !entry || !source || running) return;
      void run([{ entry, settings: record.settings, source, mask: record.mask ?? null }]);
    },
  };
}
