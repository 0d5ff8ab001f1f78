import { useId, useState } from 'react';
import { useJobRuns } from '../../api/job-runs.ts';
import type { Job } from '../../api/run-job.ts';
import type { JobResult } from '../../wire/result.ts';
import { imageIdFor } from '../history/index.ts';
import { useResultAsSource } from '../source/use-result-as-source.ts';
import { tileAspect } from './aspect.ts';
import { Lightbox } from './Lightbox.tsx';
import { PendingTile, ResultTile } from './ResultTile.tsx';

/**
 * The latest job's images, kept on screen while the settings change; a running job shows
 * placeholders of the requested shape above them.
 */
export function ResultsPanel() {
  const headingId = useId();
  const { running, latest } = useJobRuns();

  return (
    <section className="results" aria-labelledby={headingId}>
      <header className="results-header">
        <h2 id={headingId} className="results-title">
          Results
        </h2>
      </header>

      {running && (
        <div className="result-set">
          <JobSummary job={running.job} />
          <div className="result-grid">
            {Array.from({ length: running.job.settings.n }, (_, i) => (
              <PendingTile key={i} aspect={tileAspect(undefined, running.job.settings.size)} />
            ))}
          </div>
        </div>
      )}

      {latest && <ResultSet key={latest.job.jobId} job={latest.job} result={latest.result} />}

      {!running && !latest && (
        <div className="results-empty">
          <p className="results-empty-title">No images yet</p>
          <p className="muted">Describe an image, pick a size, and press Generate (Ctrl / ⌘ + Enter).</p>
        </div>
      )}
    </section>
  );
}

function ResultSet({ job, result }: { job: Job; result: JobResult }) {
  const [open, setOpen] = useState<number | null>(null);
  const adoptAsSource = useResultAsSource();
  const count = result.images.length;
  return (
    <div className="result-set">
      <JobSummary job={job} result={result} />
      <div className="result-grid">
        {result.images.map((image, index) => (
          <ResultTile
            key={image.url}
            image={image}
            index={index}
            count={count}
            aspect={tileAspect(image, job.settings.size)}
            onOpen={() => setOpen(index)}
            onUseAsSource={() =>
              void adoptAsSource({
                url: image.url,
                name: `result-${index + 1}.${image.format === 'jpeg' ? 'jpg' : image.format}`,
                imageId: imageIdFor(job.jobId, index),
                ...(image.assetPath ? { assetPath: image.assetPath } : {}),
              })
            }
          />
        ))}
      </div>
      {open !== null && (
        <Lightbox images={result.images} index={open} onIndexChange={setOpen} onClose={() => setOpen(null)} />
      )}
    </div>
  );
}

/** The prompt and the settings a set of images was made with. */
function JobSummary({ job, result }: { job: Job; result?: JobResult }) {
  const { settings, entry } = job;
  const facts = [entry.label, settings.size.replace('x', '×'), `${settings.quality} quality`];
  if (entry.outputFormat) facts.push(settings.outputFormat.toUpperCase());
  const credits = result?.credits;
  return (
    <div className="job-summary">
      <p className="job-prompt" title={settings.prompt}>
        {settings.prompt}
      </p>
      <p className="job-facts muted">
        {facts.join(' · ')}
        {credits?.used !== undefined && credits.limit !== undefined && (
          <>
            {' '}
            · {credits.used.toLocaleString('en-US')} of {credits.limit.toLocaleString('en-US')} credits used
          </>
        )}
        {credits?.job !== undefined && <> · {credits.job.toLocaleString('en-US')} credits</>}
      </p>
    </div>
  );
}
