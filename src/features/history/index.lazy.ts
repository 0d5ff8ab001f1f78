/** The history's records and their reads and writes, for the chunks that show or make jobs. */
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
