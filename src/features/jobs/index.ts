/**
 * The one pipeline every paid request goes through, and the state of the jobs it runs. What the
 * first screen mounts is here (the Run panel comes with the query client); what other chunks
 * start jobs with and show them by is in index.lazy.ts, and the pipeline itself is a chunk
 * fetched on idle (see use-jobs.ts).
 */
export { RunPanel } from './RunPanelDeferred.tsx';
export type { JobRequest } from './job.ts';
export { useJobsStore } from './store.ts';
export { RUN_WORDS } from './run-words.ts';
export type { JobView } from './job-view.ts';
export type { JobGroup } from './job.ts';
