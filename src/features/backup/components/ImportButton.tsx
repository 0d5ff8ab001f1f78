import { useRef } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { useHistoryChange } from '../api/use-backup.ts';
import { restoreSavedPacks } from '../../packs/index.lazy.ts';
import { importBackup } from '../import-backup.ts';

/** Imports a backup zip; a bad file is refused whole, with the reason. */
export function ImportButton() {
  const picker = useRef<HTMLInputElement>(null);
  const run = useHistoryChange((db, file: File) => importBackup(db, file, restoreSavedPacks));

  return (
    <div className="backup-form">
      <button
        type="button"
        className="button"
        disabled={run.isPending}
        onClick={() => picker.current?.click()}
      >
        {run.isPending ? 'Importing…' : 'Import backup…'}
      </button>
      <input
        ref={picker}
        hidden
        type="file"
        accept="application/zip,.zip"
        aria-label="History backup to import"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again imports it again.
          event.target.value = '';
          if (file) run.mutate(file);
        }}
      />
      {run.isError && (
        <p role="alert" className="field-error">
          {errorMessage(run.error)}
        </p>
      )}
      {run.isSuccess && (
        <p role="status" className="field-hint">
          {run.data.jobsAdded} {run.data.jobsAdded === 1 ? 'job' : 'jobs'} added
          {run.data.jobsKept > 0 && `, ${run.data.jobsKept} already in the history`}
          {run.data.imagesRestored > 0 && `, ${run.data.imagesRestored} full-size images restored`}
          {run.data.packsRestored > 0 &&
            `, ${run.data.packsRestored} saved ${run.data.packsRestored === 1 ? 'pack' : 'packs'} restored`}
          .
        </p>
      )}
    </div>
  );
}
