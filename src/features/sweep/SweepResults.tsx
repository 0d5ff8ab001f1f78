import { FILE_EXTENSION } from '../images/download/file-name.ts';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { imageIdFor } from '../history/index.ts';
import { Lightbox } from '../workspace/results/Lightbox.tsx';
import { useResultAsSource } from '../source/use-result-as-source.ts';
import { sweepProgressText, type SweepView } from './runs.ts';
import { SweepColumn } from './SweepColumn.tsx';
import './sweep.css';
import { forgetFinishedSweeps, useLatestSweep } from './use-sweep-run.ts';

const VARYING: Record<SweepView['dimension'], string> = {
  quality: 'Varying quality',
  size: 'Varying size',
  model: 'Varying model',
};

/**
 * The latest sweep side by side, one column per variant; nothing until a sweep has run.
 * It stays until the next sweep or until the user closes it.
 */
export function SweepResults() {
  const headingId = useId();
  const queryClient = useQueryClient();
  const sweep = useLatestSweep();
  const adoptAsSource = useResultAsSource();
  const [open, setOpen] = useState<{ jobId: string; index: number } | null>(null);
  if (!sweep) return null;

  const running = sweep.columns.some((column) => column.status === 'pending');
  const openColumn = open && sweep.columns.find((column) => column.job.jobId === open.jobId);
  const openImages = openColumn?.outcome?.result.images;

  const adoptResult = (jobId: string, index: number) => {
    const image = sweep.columns.find((column) => column.job.jobId === jobId)?.outcome?.result.images[index];
    if (!image) return;
    void adoptAsSource({
      url: image.url,
      name: `sweep-result-${index + 1}.${FILE_EXTENSION[image.format]}`,
      imageId: imageIdFor(jobId, index),
      ...(image.assetPath ? { assetPath: image.assetPath } : {}),
    });
  };

  return (
    <section className="sweep-results" aria-labelledby={headingId}>
      <header className="sweep-results-header">
        <div className="sweep-results-heading">
          <h2 id={headingId} className="results-title">
            Sweep results
          </h2>
          <p className="job-prompt" title={sweep.base.settings.prompt}>
            {sweep.base.settings.prompt}
          </p>
          <p className="job-facts muted">
            {VARYING[sweep.dimension]} · {sweepProgressText(sweep.columns)}
          </p>
        </div>
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={running}
          onClick={() => forgetFinishedSweeps(queryClient)}
          aria-label="Close sweep results"
        >
          Close
        </button>
      </header>

      <div
        className="sweep-grid"
        style={{ gridTemplateColumns: `repeat(${sweep.columns.length}, minmax(220px, 1fr))` }}
      >
        {sweep.columns.map((column) => (
          <SweepColumn
            key={column.job.jobId}
            column={column}
            base={sweep.base}
            dimension={sweep.dimension}
            onOpen={(index) => setOpen({ jobId: column.job.jobId, index })}
            onUseAsSource={(index) => adoptResult(column.job.jobId, index)}
          />
        ))}
      </div>

      {open && openImages && (
        <Lightbox
          images={openImages}
          index={open.index}
          onIndexChange={(index) => setOpen({ ...open, index })}
          onClose={() => setOpen(null)}
        />
      )}
    </section>
  );
}
