import { useId, type ReactNode } from 'react';
import { useImagesStore } from '../../images/index.ts';
import { BoardTools } from './BoardTools.tsx';

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
