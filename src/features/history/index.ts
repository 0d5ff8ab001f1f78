/** The history feature as the app mounts it. */
export { HistoryPanel, type HistoryPanelProps } from './components/HistoryPanel.tsx';
export { useHistoryRecorder, useRecoverPendingJobs } from './api/use-history-recorder.ts';
export { historyKeys } from './api/keys.ts';
export type { SentJob } from './recorder.ts';
export { imageIdFor, type ImageRef, type JobRecord, type SourceRef } from './record.ts';
