/** Starting jobs and showing them, for the chunks that do (results, sweeps, batches, packs, the library). */
export { useJobs, useRunningJobs } from './use-jobs.ts';
export { startRecovery } from './start-recovery.ts';
export { useRunBatch } from './use-run-batch.ts';
export type { BatchVariant } from './batch-requests.ts';
export { useJobViews } from './use-job-views.ts';
export { missingInputs } from './missing-inputs.ts';
export { FULL_MASK } from './use-studio-run.ts';
export { RUN_SHORTCUT } from './run-words.ts';
export { useElapsedSeconds } from './use-elapsed.ts';
export { rememberAssetPath } from './upload-asset.ts';
