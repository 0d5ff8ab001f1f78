/** The history column: the list of past jobs with their images and lineage, over the history's records. */
// The panel's code is its own chunk; `prefetchHistoryList` (history, at start-up) reads the first page meanwhile.
export { HistoryPanelDeferred as HistoryPanel } from './components/HistoryPanelDeferred.tsx';
