/** One edit or inpaint across several sources opened together: one job each, grouped by source. */
export { BatchPanel } from './components/BatchPanel.tsx';
export { useBatchIntake } from './use-batch-intake.ts';
