import './stage.css';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useJobsStore, RUN_WORDS } from '../jobs/index.ts';
import { useMode } from '../settings/index.ts';
import { useSourceStore } from '../source/index.ts';
import { useQueriesReady } from '../../api/queries.tsx';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { tabIndexForKey } from '../../ui/tab-keys.ts';
import { NoResults, ResultsFrame } from './results/ResultsFrame.tsx';

// Konva, the mask editor and the document's canvas load only when someone edits or inpaints.
const DocumentStage = lazy(() =>
  import('./document/DocumentStage.tsx').then((m) => ({ default: m.DocumentStage })),
);
const DocumentBar = lazyOnIdle(() => import('./document/DocumentBar.tsx').then((m) => m.DocumentBar));
// The results board and the staging of results on their documents load once there is a job
// (fetched on idle, so the first job's results do not wait for them).
const GroupResults = lazyOnIdle(
  () => import('./results/GroupResults.tsx').then((m) => m.GroupResults),
  ({ emptyHint }: { emptyHint: string }) => <EmptyResults hint={emptyHint} />,
);
const StagedResults = lazyOnIdle(() => import('./document/StagedResults.tsx').then((m) => m.StagedResults));

const VIEWS = ['source', 'results'] as const;
type View = (typeof VIEWS)[number];

/**
 * The main area. Generate shows the results; Edit and Inpaint show the document on the canvas
 * (with its mask in Inpaint, and the candidates of its edits waiting on it) beside the results
 * as a second view. Opening a source brings the canvas forward; a sweep or a batch brings
 * the results forward; one job leaves the view as it was.
 */
export function Stage() {
  const mode = useMode();
  const source = useSourceStore((s) => s.source);
  const group = useJobsStore((s) => s.current);
  const groupId = group?.groupId;
  const [view, setView] = useState<View>('source');
  const ids = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [seen, setSeen] = useState({ groupId, documentId: source?.documentId });
  if (seen.groupId !== groupId || seen.documentId !== source?.documentId) {
    setSeen({ groupId, documentId: source?.documentId });
    // A document opened comes forward; a sweep or batch shows its columns; one job run from
    // the canvas changes nothing: its candidates arrive on the canvas, its grid is a tab away.
    if (seen.documentId !== source?.documentId) setView('source');
    else if (group && group.kind !== 'single') setView('results');
  }
  const [staging, setStaging] = useState<string | null>(null);
  // The canvas reads queries: it shows once the query client is there (the results wait in lazyOnIdle).
  const queriesReady = useQueriesReady();
  const action = RUN_WORDS[mode].action;
  const emptyHint =
    mode === 'generate'
      ? `Describe an image, pick a size, and press ${action} (Ctrl / ⌘ + Enter).`
      : `Describe the change and press ${action} (Ctrl / ⌘ + Enter).`;

  const results = group ? <GroupResults emptyHint={emptyHint} /> : <EmptyResults hint={emptyHint} />;
  // In the same place whatever the mode, so a mode switch keeps what it is doing.
  const stagedResults = group && <StagedResults jobIds={group.jobIds} onProblem={setStaging} />;

  if (mode === 'generate') {
    return (
      <>
        {stagedResults}
        {results}
      </>
    );
  }
  const sourceWord = mode === 'inpaint' ? 'Mask' : 'Source';
  const canvasLoading = <p role="status">Loading the canvas…</p>;
  return (
    <>
      {stagedResults}
      <div className="stage-views">
        <div className="stage-bar">
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
                  setView(VIEWS[next] ?? 'source');
                  tabs.current[next]?.focus();
                }}
              >
                {v === 'source' ? sourceWord : 'Results'}
              </button>
            ))}
          </div>
          {source && <DocumentBar />}
        </div>
        <div
          role="tabpanel"
          id={`${ids}-panel`}
          aria-labelledby={`${ids}-${view}-tab`}
          className="stage-panel"
        >
          {staging && (
            <p role="alert" className="run-error">
              {staging}
            </p>
          )}
          {view === 'results' ? (
            results
          ) : source ? (
            queriesReady ? (
              <Suspense fallback={canvasLoading}>
                <DocumentStage source={source} paint={mode === 'inpaint'} />
              </Suspense>
            ) : (
              canvasLoading
            )
          ) : (
            <div className="results-empty">
              <p className="results-empty-title">No source image</p>
              <p className="muted">
                {mode === 'inpaint'
                  ? 'Open, drop or paste the image to inpaint, then paint over what should change.'
                  : 'Open, drop or paste the image to edit, then describe the change.'}
              </p>
            </div>
          )}
        </div>
      </div>
    </>
  );
}

/** The stage before any job: the results' frame with nothing in it. */
function EmptyResults({ hint }: { hint: string }) {
  return (
    <ResultsFrame inpaint={false}>
      <NoResults hint={hint} />
    </ResultsFrame>
  );
}
