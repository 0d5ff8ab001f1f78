/** The prompt library as the app mounts it, and the hook the jobs pipeline calls per job sent. */
export { LibraryPanel, type LibraryPanelProps } from './components/LibraryPanel.tsx';
export { recordRecentPrompt } from './recent.ts';
