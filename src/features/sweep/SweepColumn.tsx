import { useId } from 'react';
import { ImageTile } from '../../ui/ImageTile.tsx';
import type { ResultImage } from '../../wire/result.ts';
import { tileAspect } from '../workspace/results/aspect.ts';
import { PendingTile } from '../workspace/results/ResultTile.tsx';
import { formatSeconds } from '../jobs/run/run-words.ts';
import { useElapsedSeconds } from '../jobs/run/use-elapsed.ts';
import { variantFacts } from './facts.ts';
import { formatDuration, type SweepColumnState } from './runs.ts';
import type { SweepBase, SweepDimension } from './variants.ts';

type SweepColumnProps = {
  column: SweepColumnState;
  base: SweepBase;
  dimension: SweepDimension;
  onOpen: (index: number) => void;
  onUseAsSource: (index: number) => void;
};

/** "Sweep high quality result 2 of 3": every image's name says which variant made it. */
export function sweepImageLabel(variantLabel: string, index: number, count: number): string {
  return `Sweep ${variantLabel} result ${index + 1} of ${count}`;
}

/**
 * One variant: its settings with those that differ from the base highlighted (and, after a
 * model switch, what they were adapted from), its status and time, and its images.
 */
export function SweepColumn({ column, base, dimension, onOpen, onUseAsSource }: SweepColumnProps) {
  const headingId = useId();
  const { variant } = column.job;
  const facts = variantFacts(variant, base, dimension);
  const images = column.outcome?.result.images ?? [];

  return (
    <article className="sweep-column" aria-labelledby={headingId} data-status={column.status}>
      <header className="sweep-column-header">
        <h3 id={headingId} className="sweep-column-title">
          {variant.label}
          {variant.differs.length === 0 && <span className="sweep-base-tag">your settings</span>}
        </h3>
        <ul className="sweep-facts" aria-label={`${variant.label} settings`}>
          {facts.map((fact) => (
            <li key={fact.field} className={fact.differs ? 'sweep-fact sweep-fact-differs' : 'sweep-fact'}>
              {fact.name}: {fact.value}
              {fact.differs && <span className="visually-hidden"> (differs)</span>}
              {fact.adaptedFrom !== undefined && (
                <span className="sweep-fact-from"> adapted from {fact.adaptedFrom}</span>
              )}
            </li>
          ))}
        </ul>
        <ColumnStatus column={column} />
      </header>

      <div className="sweep-images">
        {column.status === 'pending' &&
          Array.from({ length: variant.settings.n }, (_, i) => (
            <PendingTile key={i} aspect={tileAspect(undefined, variant.settings.size)} />
          ))}
        {images.map((image, index) => (
          <SweepImage
            key={image.url}
            image={image}
            label={sweepImageLabel(variant.label, index, images.length)}
            aspect={tileAspect(image, variant.settings.size)}
            onOpen={() => onOpen(index)}
            onUseAsSource={() => onUseAsSource(index)}
          />
        ))}
      </div>
    </article>
  );
}

function ColumnStatus({ column }: { column: SweepColumnState }) {
  const elapsed = useElapsedSeconds(column.status === 'pending' ? column.submittedAt : undefined);
  if (column.status === 'pending') return <p className="sweep-status">Working… {formatSeconds(elapsed)}</p>;
  if (column.status === 'cancelled') return <p className="sweep-status">Cancelled.</p>;
  if (column.status === 'failed') {
    return (
      <p role="alert" className="sweep-status sweep-error">
        {column.error}
      </p>
    );
  }
  const credits = column.outcome?.result.credits?.job;
  return (
    <p className="sweep-status">
      Done in {formatDuration(column.outcome?.durationMs ?? 0)}
      {credits !== undefined && <> · {credits.toLocaleString('en-US')} credits</>}
    </p>
  );
}

type SweepImageProps = {
  image: ResultImage;
  label: string;
  aspect: string;
  onOpen: () => void;
  onUseAsSource: () => void;
};

function SweepImage({ image, label, aspect, onOpen, onUseAsSource }: SweepImageProps) {
  return (
    <ImageTile url={image.url} label={label} aspect={aspect} onOpen={onOpen}>
      <div className="result-actions">
        <button
          type="button"
          className="button button-small"
          onClick={onUseAsSource}
          aria-label={`Use ${label} as source`}
        >
          Use as source
        </button>
      </div>
    </ImageTile>
  );
}
