/** The compare board (side by side, slider, difference) and the "preserve outside mask" composite. */
export { CompareView } from './components/CompareView.tsx';
export { compareStore, useCompareStore, MAX_COMPARED, MIN_COMPARED } from './store.ts';
export { preserveOutsideMask } from './compose-result.ts';
