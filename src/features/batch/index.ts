/** One edit or inpaint across several sources opened together: one job each, grouped by source. */
export { BatchPanelDeferred as BatchPanel } from './components/BatchPanelDeferred.tsx';
export { useBatchIntake } from './use-batch-intake.ts';
