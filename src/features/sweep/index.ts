/** The sweep as the app mounts it: the setup in the settings column, the grid on the stage. */
export { SweepPanel } from './SweepPanel.tsx';
export { SweepResults } from './SweepResults.tsx';
