/** The one pipeline every paid request goes through, and the state of the jobs it runs. */
export { RunPanel } from './RunPanel.tsx';
export { useJobs, useRunningJobs } from './use-jobs.ts';
export { useRunBatch } from './use-run-batch.ts';
export type { BatchVariant } from './batch-requests.ts';
export type { JobRequest } from './job.ts';
export { useJobViews } from './use-job-views.ts';
export { useJobsStore } from './store.ts';
export { startRecovery } from './start-recovery.ts';
export { missingInputs } from './missing-inputs.ts';
export { FULL_MASK } from './use-studio-run.ts';
export { RUN_SHORTCUT, RUN_WORDS } from './run-words.ts';
export { useElapsedSeconds } from './use-elapsed.ts';
export { rememberAssetPath } from './upload-asset.ts';
export type { JobView } from './job-view.ts';
export type { JobGroup } from './job.ts';
