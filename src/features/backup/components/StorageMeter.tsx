import { useId, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { dropFullImages } from '../../history/index.lazy.ts';
import { formatBytes } from '../../source/index.lazy.ts';
import { useAskPersistence, useHistoryChange, useStorageFacts } from '../api/use-backup.ts';
import { olderThan } from '../storage.ts';

const AGES = [7, 30, 90] as const;

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/**
 * How much the site stores, whether the browser may clear it, and a way to free space by
 * dropping full-size images of old unstarred jobs (their thumbnails and settings stay).
 */
export function StorageMeter({ now }: { now: () => number }) {
  const id = useId();
  const facts = useStorageFacts();
  const [days, setDays] = useState<number>(30);
  const [confirming, setConfirming] = useState(false);
  const persist = useAskPersistence();
  const drop = useHistoryChange((db, before: number) => dropFullImages(db, before));
  const data = facts.data;

  return (
    <div className="backup-form">
      {facts.isError ? (
        <p role="alert" className="field-error">
          {errorMessage(facts.error)}
        </p>
      ) : data === null ? (
        <p className="muted">This browser does not say how much it stores.</p>
      ) : data ? (
        <>
          <label className="field-label" htmlFor={`${id}-meter`}>
            Storage used: {formatBytes(data.usage)} of about {formatBytes(data.quota)}
          </label>
          <meter
            id={`${id}-meter`}
            className="backup-meter"
            min={0}
            max={data.quota || 1}
            value={data.usage}
          />
          {data.persisted ? (
            <p className="field-hint">The browser keeps this history even when space runs low.</p>
          ) : (
            <div className="backup-row">
              <button type="button" className="button button-small" onClick={() => persist.mutate()}>
                Ask the browser to keep the history
              </button>
              {persist.isSuccess && !persist.data && (
                <p role="status" className="field-hint">
                  The browser declined for now; it decides by its own rules (bookmarking or installing the
                  site helps). Export a backup to be safe.
                </p>
              )}
            </div>
          )}
        </>
      ) : null}

      <div className="backup-row">
        <div className="field">
          <label className="field-label" htmlFor={`${id}-age`}>
            Drop full-size images of unstarred jobs older than
          </label>
          <select
            id={`${id}-age`}
            className="input"
            value={days}
            onChange={(event) => {
              setDays(Number(event.target.value));
              setConfirming(false);
            }}
          >
            {AGES.map((age) => (
              <option key={age} value={age}>
                {age} days
              </option>
            ))}
          </select>
        </div>
        {!confirming && (
          <button type="button" className="button button-small" onClick={() => setConfirming(true)}>
            Drop images…
          </button>
        )}
      </div>
      {confirming && (
        <div role="group" aria-label="Confirm dropping images" className="backup-confirm">
          <p>
            This deletes the full-size images of jobs older than {days} days that have no starred image or
            winner. Their thumbnails and settings stay; an image still loads while its link is valid.
          </p>
          <div className="backup-row">
            <button
              type="button"
              className="button button-small button-primary"
              onClick={() => {
                setConfirming(false);
                drop.mutate(olderThan(now(), days));
              }}
            >
              Drop them
            </button>
            <button
              type="button"
              className="button button-small"
              onClick={() => setConfirming(false)}
              autoFocus
            >
              Keep them
            </button>
          </div>
        </div>
      )}
      {drop.isError && (
        <p role="alert" className="field-error">
          {errorMessage(drop.error)}
        </p>
      )}
      {drop.isSuccess && (
        <p role="status" className="field-hint">
          {drop.data.images === 0
            ? 'No image was old enough to drop.'
            : `Dropped ${plural(drop.data.images, 'image')} from ${plural(drop.data.jobs, 'job')}, freeing ${formatBytes(drop.data.bytes)}.`}
        </p>
      )}
    </div>
  );
}
