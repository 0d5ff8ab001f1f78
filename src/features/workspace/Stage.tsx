import { lazy, Suspense, useState } from 'react';
import { useJobRuns } from '../../api/job-runs.ts';
import { useMode } from '../../stores/settings.ts';
import { useSourceStore } from '../../stores/source.ts';
import { ResultsPanel } from '../results/ResultsPanel.tsx';
import type { SourceImage } from '../source/load-source.ts';
import { useObjectUrl } from '../../ui/use-object-url.ts';

// Konva and the mask editor load only when someone inpaints.
const MaskEditor = lazy(() => import('../mask/MaskEditor.tsx').then((m) => ({ default: m.MaskEditor })));

type View = 'mask' | 'results';

/**
 * The main area: results, and in inpaint mode the mask canvas beside them as a second view.
 * A finished job brings its results forward; the mask stays in its store meanwhile.
 */
export function Stage() {
  const mode = useMode();
  const source = useSourceStore((s) => s.source);
  const latestJobId = useJobRuns().latest?.job.jobId;
  const [view, setView] = useState<View>('mask');
  const [shownJobId, setShownJobId] = useState(latestJobId);
  if (latestJobId !== shownJobId) {
    setShownJobId(latestJobId);
    setView('results');
  }

  if (mode !== 'inpaint') return <ResultsPanel />;
  return (
    <div className="stage-views">
      <div className="stage-tabs" role="tablist" aria-label="View">
        {(['mask', 'results'] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="tab"
            className="stage-tab"
            aria-selected={view === v}
            onClick={() => setView(v)}
          >
            {v === 'mask' ? 'Mask' : 'Results'}
          </button>
        ))}
      </div>
      {view === 'results' ? (
        <ResultsPanel />
      ) : source ? (
        <SourceMask source={source} />
      ) : (
        <div className="results-empty">
          <p className="results-empty-title">No source image</p>
          <p className="muted">
            Open, drop or paste the image to inpaint, then paint over what should change.
          </p>
        </div>
      )}
    </div>
  );
}

function SourceMask({ source }: { source: SourceImage }) {
  const url = useObjectUrl(source.blob);
  if (!url) return null;
  return (
    <Suspense fallback={<p role="status">Loading the mask editor…</p>}>
      <MaskEditor source={{ url, width: source.width, height: source.height }} sourceKey={source.hash} />
    </Suspense>
  );
}
