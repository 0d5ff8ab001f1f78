/** What the first screen's history queries read, in a chunk of their own (see credits-query.ts). */
export { historyDb } from '../db.ts';
export { creditsSince, pastDurations } from '../repository.ts';
export { prefetchHistoryList } from './use-history-list.ts';
