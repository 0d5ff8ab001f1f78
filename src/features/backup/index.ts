/** Backing up the history as a zip, restoring it, and the storage meter, as the app mounts them. */
export { BackupPanel, type BackupPanelProps } from './components/BackupPanel.tsx';
