import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useJobRuns } from '../jobs/job-runs.ts';
import { useMode } from '../settings/store.ts';
import { useSourceStore } from '../source/store.ts';
import { ResultsPanel } from './results/ResultsPanel.tsx';
import type { SourceImage } from '../source/load-source.ts';
import { tabIndexForKey } from '../../ui/tab-keys.ts';
import { useObjectUrl } from '../../ui/use-object-url.ts';

// Konva and the mask editor load only when someone inpaints.
const MaskEditor = lazy(() => import('../mask/MaskEditor.tsx').then((m) => ({ default: m.MaskEditor })));

const VIEWS = ['mask', 'results'] as const;
type View = (typeof VIEWS)[number];

/**
 * The main area: results, and in inpaint mode the mask canvas beside them as a second view.
 * A finished job brings its results forward; the mask stays in its store meanwhile.
 */
export function Stage() {
  const mode = useMode();
  const source = useSourceStore((s) => s.source);
  const latestJobId = useJobRuns().latest?.job.jobId;
  const [view, setView] = useState<View>('mask');
  const ids = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [shownJobId, setShownJobId] = useState(latestJobId);
  if (latestJobId !== shownJobId) {
    setShownJobId(latestJobId);
    setView('results');
  }

  if (mode !== 'inpaint') return <ResultsPanel />;
  return (
    <div className="stage-views">
      <div className="stage-tabs" role="tablist" aria-label="View">
        {VIEWS.map((v, index) => (
          <button
            key={v}
            ref={(element) => {
              tabs.current[index] = element;
            }}
            type="button"
            role="tab"
            id={`${ids}-${v}-tab`}
            aria-controls={`${ids}-panel`}
            className="stage-tab"
            aria-selected={view === v}
            tabIndex={view === v ? 0 : -1}
            onClick={() => setView(v)}
            onKeyDown={(event) => {
              const next = tabIndexForKey(event, index, VIEWS.length);
              if (next === null) return;
              setView(VIEWS[next] ?? 'mask');
              tabs.current[next]?.focus();
            }}
          >
            {v === 'mask' ? 'Mask' : 'Results'}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${view}-tab`} className="stage-panel">
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
