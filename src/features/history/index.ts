/** The history: every job in IndexedDB with its images, its panel, and the reads and writes others need. */
// The panel's code is its own chunk; `prefetchHistoryList` (at start-up) reads the first page meanwhile.
export { HistoryPanelDeferred as HistoryPanel } from './components/HistoryPanelDeferred.tsx';
export { prefetchHistoryList } from './api/use-history-list.ts';
export { historyRecorder } from './api/recorder-client.ts';
export { historyJobQuery } from './api/job-query.ts';
export { pastDurationsQuery } from './api/durations-query.ts';
export { creditsSinceQuery } from './api/credits-query.ts';
export { recordedChargesQuery } from './api/charges-query.ts';
export type { RecordedCharge } from './charges.ts';
export {
  doneJobsWithSource,
  findJobOfImage,
  storedSourceBlob,
  storeRejected,
  storeStar,
  storeWinner,
} from './api/stored.ts';
export { loadResultImage } from './api/use-history-actions.ts';
export { historyKeys } from './api/keys.ts';
export { historyDb, type HistoryDb } from './db.ts';
export { makeThumbnail } from './thumbnail.ts';
export { cacheResultImages, type FetchBlob, type MakeThumb } from './images.ts';
export { failJob, finishJob, getJob, pendingJobs } from './repository.ts';
export type { SentJob } from './recorder.ts';
export { imageRefsFromResult, JobRecord, type ImageRef } from './record.ts';
// For the backup feature: the stored bytes, and moving jobs in and out.
export { getImageBlob, getSourceBlob, getThumbnail } from './images.ts';
export {
  dropFullImages,
  jobsForBackup,
  restoreJobs,
  type BackupScope,
  type RestoredJob,
} from './transfer.ts';
