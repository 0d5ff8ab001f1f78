import { useId, type ReactNode } from 'react';
import { useImagesStore } from '../../images/index.ts';
import { lazyOnIdle } from '../../../ui/lazy-on-idle.tsx';

// Picking needs the history or a job, whose code comes after the first paint: so may the tools.
const BoardTools = lazyOnIdle(() => import('./BoardTools.tsx').then((m) => m.BoardTools));

/**
 * The results' frame: the title, the tools for the images picked anywhere in the studio (the
 * history's too, so they are there before any job), the last action's problem, and the results.
 */
export function ResultsFrame({ inpaint, children }: { inpaint: boolean; children: ReactNode }) {
  const headingId = useId();
  const problem = useImagesStore((s) => s.problem);
  return (
    <section className="results" aria-labelledby={headingId}>
      <header className="results-header">
        <h2 id={headingId} className="results-title">
          Results
        </h2>
        <BoardTools inpaint={inpaint} />
      </header>
      {problem && (
        <p role="alert" className="run-error">
          {problem}
        </p>
      )}
      {children}
    </section>
  );
}

export function NoResults({ hint }: { hint: string }) {
  return (
    <div className="results-empty">
      <p className="results-empty-title">No images yet</p>
      <p className="muted">{hint}</p>
    </div>
  );
}
