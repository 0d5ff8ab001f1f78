import { useId } from 'react';
import { ExportForm } from './ExportForm.tsx';
import { ImportButton } from './ImportButton.tsx';
import { StorageMeter } from './StorageMeter.tsx';
import '../backup.css';

export type BackupPanelProps = {
  /** The clock, for tests; `Date.now` otherwise. */
  now?: () => number;
};

/** Backing up and restoring the history, and keeping an eye on the storage it takes. */
export function BackupPanel({ now = Date.now }: BackupPanelProps) {
  const headingId = useId();
  return (
    <section className="backup-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="backup-title">
        Backup and storage
      </h2>
      <ExportForm now={now} />
      <ImportButton />
      <StorageMeter now={now} />
    </section>
  );
}
