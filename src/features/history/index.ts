/** The history feature as the app mounts it. */
export { HistoryPanel, type HistoryPanelProps } from './components/HistoryPanel.tsx';
export { useHistoryRecorder, useRecoverPendingJobs } from './api/use-history-recorder.ts';
export { historyKeys } from './api/keys.ts';
export type { SentJob } from './recorder.ts';
export { imageIdFor, JobRecord, type ImageRef, type SourceRef } from './record.ts';
// For the backup feature: the page's database, the stored bytes, and moving jobs in and out.
export { historyDb, type HistoryDb } from './db.ts';
export { getImageBlob, getSourceBlob, getThumbnail } from './images.ts';
export {
  dropFullImages,
  jobsForBackup,
  restoreJobs,
  type BackupScope,
  type RestoredJob,
} from './transfer.ts';
