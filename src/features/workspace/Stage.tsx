import './stage.css';
import { lazy, Suspense, useId, useRef, useState } from 'react';
import { useJobsStore, RUN_WORDS } from '../jobs/index.ts';
import { useMode } from '../settings/index.ts';
import { maskKeyOf, useSourceStore, type SourceImage } from '../source/index.ts';
import { tabIndexForKey } from '../../ui/tab-keys.ts';
import { useObjectUrl } from '../../ui/use-object-url.ts';
import { GroupResults } from './results/GroupResults.tsx';

// Konva and the mask editor load only when someone inpaints.
const MaskEditor = lazy(() => import('../mask/MaskEditor.tsx').then((m) => ({ default: m.MaskEditor })));

const VIEWS = ['source', 'results'] as const;
type View = (typeof VIEWS)[number];

/**
 * The main area. Generate shows the results; Edit and Inpaint show the source large (with
 * its mask in Inpaint) beside the results as a second view. Opening a source brings it
 * forward; starting a job brings the results forward.
 */
export function Stage() {
  const mode = useMode();
  const source = useSourceStore((s) => s.source);
  const groupId = useJobsStore((s) => s.current?.groupId);
  const [view, setView] = useState<View>('source');
  const ids = useId();
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  const [seen, setSeen] = useState({ groupId, hash: source?.hash });
  if (seen.groupId !== groupId || seen.hash !== source?.hash) {
    setSeen({ groupId, hash: source?.hash });
    setView(seen.hash !== source?.hash ? 'source' : 'results');
  }
  const action = RUN_WORDS[mode].action;
  const emptyHint =
    mode === 'generate'
      ? `Describe an image, pick a size, and press ${action} (Ctrl / ⌘ + Enter).`
      : `Describe the change and press ${action} (Ctrl / ⌘ + Enter).`;

  if (mode === 'generate') return <GroupResults emptyHint={emptyHint} />;
  const sourceWord = mode === 'inpaint' ? 'Mask' : 'Source';
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
              setView(VIEWS[next] ?? 'source');
              tabs.current[next]?.focus();
            }}
          >
            {v === 'source' ? sourceWord : 'Results'}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${ids}-panel`} aria-labelledby={`${ids}-${view}-tab`} className="stage-panel">
        {view === 'results' ? (
          <GroupResults emptyHint={emptyHint} />
        ) : source ? (
          mode === 'inpaint' ? (
            <SourceMask source={source} />
          ) : (
            <SourceLarge source={source} />
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
  );
}

function SourceMask({ source }: { source: SourceImage }) {
  const url = useObjectUrl(source.blob);
  if (!url) return null;
  return (
    <Suspense fallback={<p role="status">Loading the mask editor…</p>}>
      <MaskEditor source={{ url, width: source.width, height: source.height }} sourceKey={maskKeyOf(source)} />
    </Suspense>
  );
}

function SourceLarge({ source }: { source: SourceImage }) {
  const url = useObjectUrl(source.blob);
  if (!url) return null;
  return (
    <figure className="source-large">
      <img src={url} alt={`Source image ${source.name}`} />
      <figcaption className="muted">
        {source.name} · {source.width}×{source.height}
      </figcaption>
    </figure>
  );
}
