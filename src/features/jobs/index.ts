/**
 * The one pipeline every paid request goes through, and the state of the jobs it runs. What the
 * first screen mounts is here; what other chunks start jobs with and show them by is in
 * index.lazy.ts, and the pipeline itself is a chunk fetched on idle (see use-jobs.ts).
 */
export { RunPanel } from './RunPanel.tsx';
export { useRunningJobs } from './use-jobs.ts';
export type { JobRequest } from './job.ts';
export { useJobsStore } from './store.ts';
export { startRecovery } from './start-recovery.ts';
export { RUN_WORDS } from './run-words.ts';
export type { JobView } from './job-view.ts';
export type { JobGroup } from './job.ts';
