/**
 * The history's records: every job in IndexedDB with its images, and the reads and writes others
 * need. A low room: it reads only the data below it (mask documents), never a panel; the column
 * that shows it is `history-column`. What the first screen asks of it is here; its records,
 * reads and writes are in index.lazy.ts, and load when first asked for.
 */
// `prefetchHistoryList` (at start-up) reads the column's first page while its chunk loads.
export { prefetchHistoryList } from './api/prefetch.ts';
export { pastDurationsQuery } from './api/durations-query.ts';
export { creditsSinceQuery } from './api/credits-query.ts';
