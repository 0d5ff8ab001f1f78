/**
 * The history's records: every job in IndexedDB with its images, and the reads and writes others
 * need. A low room: it reads only the data below it (mask documents), never a panel; the column
 * that shows it is `history-column`. The first screen asks nothing of it: everything is here,
 * for the chunks that show or make jobs, and loads when first asked for.
 */
// `prefetchHistoryList` (as the query client starts) reads the column's first page while its chunk loads.
export { prefetchHistoryList } from './api/prefetch.ts';
export { pastDurationsQuery } from './api/durations-query.ts';
export { creditsSinceQuery } from './api/credits-query.ts';
export { prepareHistorySearch, useHistoryList } from './api/use-history-list.ts';
export { historyRecorder } from './api/recorder-client.ts';
export { historyJobQuery } from './api/job-query.ts';
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
export {
  loadJobSource,
  loadResultImage,
  useDeleteJob,
  useSaveImagesAgain,
} from './api/use-history-actions.ts';
export { peekPrimedThumbnail, takePrimedThumbnail } from './thumbnail-prime.ts';
export type { HistoryFilters } from './listing.ts';
export { historyKeys } from './api/keys.ts';
export { historyDb, type HistoryDb } from './db.ts';
export { makeThumbnail } from './thumbnail.ts';
export { cacheResultImages, type FetchBlob, type MakeThumb } from './images.ts';
export { failJob, finishJob, getJob, getJobOfImage, jobsMadeFrom, pendingJobs } from './repository.ts';
export type { SentJob } from './recorder.ts';
export { imageRefsFromResult, JobRecord, type ImageRef, type JobStatus } from './record.ts';
// For the backup feature: the stored bytes, and moving jobs in and out.
export { getImageBlob, getSourceBlob, getThumbnail } from './images.ts';
export {
  dropFullImages,
  jobsForBackup,
  restoreJobs,
  type BackupScope,
  type RestoredJob,
} from './transfer.ts';
