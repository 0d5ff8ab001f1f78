import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { downloadBlob } from '../../../ui/download-blob.ts';
import { historyDb, type BackupScope } from '../../history/index.lazy.ts';
import { savedPacksForBackup } from '../../packs/index.lazy.ts';
import { backupFileName, exportBackup } from '../export-backup.ts';
import { dayRange } from '../storage.ts';

type Which = 'all' | 'starred' | 'range';

const WHICH: { value: Which; label: string }[] = [
  { value: 'all', label: 'The whole history' },
  { value: 'starred', label: 'Jobs with a starred image' },
  { value: 'range', label: 'Jobs made between two dates' },
];

/** Exports the chosen jobs, with their images, as one zip download. */
export function ExportForm({ now }: { now: () => number }) {
  const id = useId();
  const [which, setWhich] = useState<Which>('all');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  // Read-only: nothing to refresh afterwards.
  const run = useMutation({
    mutationFn: async (scope: BackupScope) => {
      const at = now();
      // Saved packs ride along; a packs store that cannot open leaves them out, not the history.
      const packs = await savedPacksForBackup().catch(() => []);
      const backup = await exportBackup(await historyDb(), scope, at, packs);
      downloadBlob(backup.zip, backupFileName(at));
      return backup;
    },
  });
  const range = readRange(which === 'range', from, to);

  return (
    <form
      className="backup-form"
      aria-label="Export a backup"
      onSubmit={(event) => {
        event.preventDefault();
        if (range.ok) run.mutate({ starredOnly: which === 'starred', ...range.bounds });
      }}
    >
      <fieldset className="backup-fieldset">
        <legend>Export</legend>
        {WHICH.map((option) => (
          <label key={option.value} className="backup-check">
            <input
              type="radio"
              name={`${id}-which`}
              value={option.value}
              checked={which === option.value}
              onChange={() => setWhich(option.value)}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      {which === 'range' && (
        <div className="backup-row">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-from`}>
              From
            </label>
            <input
              id={`${id}-from`}
              className="input"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-to`}>
              To
            </label>
            <input
              id={`${id}-to`}
              className="input"
              type="date"
              value={to}
              onChange={(e) => setTo(e.target.value)}
            />
          </div>
        </div>
      )}
      {!range.ok && (
        <p role="alert" className="field-error">
          {range.message}
        </p>
      )}
      <button type="submit" className="button button-primary" disabled={run.isPending || !range.ok}>
        {run.isPending ? 'Preparing the backup…' : 'Export backup'}
      </button>
      {run.isError && (
        <p role="alert" className="field-error">
          {errorMessage(run.error)}
        </p>
      )}
      {run.isSuccess && (
        <p role="status" className="field-hint">
          Exported {run.data.jobs} {run.data.jobs === 1 ? 'job' : 'jobs'} and {run.data.images}{' '}
          {run.data.images === 1 ? 'image' : 'images'}
          {run.data.packs > 0 && ` with ${run.data.packs} saved ${run.data.packs === 1 ? 'pack' : 'packs'}`}.
        </p>
      )}
    </form>
  );
}

/** The picked dates as bounds, or why they cannot be used. */
function readRange(
  wanted: boolean,
  from: string,
  to: string,
): { ok: true; bounds: ReturnType<typeof dayRange> } | { ok: false; message: string } {
  if (!wanted) return { ok: true, bounds: {} };
  try {
    return { ok: true, bounds: dayRange(from, to) };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}
