/** The sweep's setup in the settings column; its jobs run through the jobs pipeline like any other. */
export { SweepPanel } from './SweepPanel.tsx';
