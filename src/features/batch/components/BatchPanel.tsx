import { useId, useState } from 'react';
import { estimateCredits, estimateText } from '../../../catalog/index.ts';
import { useCreditPrices } from '../../providers/index.lazy.ts';
import { RUN_WORDS } from '../../jobs/index.ts';
import { useRunBatch, useRunningJobs } from '../../jobs/index.lazy.ts';
import { maskFromTransparency } from '../../mask/index.lazy.ts';
import { openDeliverables } from '../../packs/index.ts';
import { useCurrentEntry, useJobSettings, useMode } from '../../settings/index.ts';
import { maskForSource } from '../mask-per-source.ts';
import { useSelectionStore } from '../selection-store.ts';
import { MIN_BATCH, useBatchStore } from '../store.ts';
import { MaskSelectionFields } from './MaskSelectionFields.tsx';
import '../batch.css';
import { IssueList } from '../../../ui/IssueList.tsx';

/**
 * The sources opened together, and one edit or inpaint across all of them: the form's prompt
 * and settings, a mask per source from one selection, one job per source, grouped by source
 * on the stage.
 */
export function BatchPanel() {
  const headingId = useId();
  const mode = useMode();
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const sources = useBatchStore((s) => s.sources);
  const intakeProblems = useBatchStore((s) => s.problems);
  const selection = useSelectionStore((s) => s.selection);
  const selectionProblem = useSelectionStore((s) => s.selectionProblem);
  const blocked = entry.needsMask && selectionProblem !== null;
  const runBatch = useRunBatch();
  const running = useRunningJobs();
  const [problems, setProblems] = useState<string[]>([]);
  const [preparing, setPreparing] = useState(false);

  const perJob = estimateCredits(entry, settings, useCreditPrices());
  const price =
    perJob === null
      ? 'price not known yet'
      : estimateText({ ...perJob, credits: perJob.credits * sources.length });
  const action = `${RUN_WORDS[mode].action} ${sources.length} sources`;

  const start = async () => {
    setProblems([]);
    setPreparing(true);
    try {
      const variants = await Promise.all(
        sources.map(async (source) => {
          const transparent =
            entry.needsMask && selection.kind === 'transparency'
              ? await maskFromTransparency(source.blob, source.width, source.height)
              : undefined;
          const mask = entry.needsMask ? maskForSource(selection, source, transparent) : undefined;
          return { label: source.name, source, ...(mask ? { mask } : {}) };
        }),
      );
      const opaque = variants.filter((variant) => variant.mask?.length === 0);
      if (opaque.length > 0) {
        return setProblems(
          opaque.map(({ label }) => `${label} has no transparent pixels, so its mask would be empty.`),
        );
      }
      setProblems(await runBatch(variants));
    } catch (error) {
      setProblems([error instanceof Error ? error.message : String(error)]);
    } finally {
      setPreparing(false);
    }
  };

  return (
    <section className="panel batch-panel" aria-labelledby={headingId}>
      <header className="panel-header">
        <h2 id={headingId} className="panel-title">
          Batch · {sources.length} sources
        </h2>
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => useBatchStore.getState().clear()}
        >
          Clear batch
        </button>
      </header>
      {intakeProblems.length > 0 && (
        <ul role="alert" className="field-error batch-problems">
          {intakeProblems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {sources.length > 0 && (
        <ol className="batch-sources" aria-label="Batch sources">
          {sources.map((source) => (
            <li key={source.hash + source.name}>
              <span className="batch-name">{source.name}</span>
              <span className="muted">
                {source.width} × {source.height}
              </span>
            </li>
          ))}
        </ol>
      )}
      {entry.needsMask && sources.length > 0 && <MaskSelectionFields />}
      {sources.length >= MIN_BATCH ? (
        <>
          <p className="field-hint">
            One job per source with the prompt and settings above: {sources.length} jobs ·{' '}
            {sources.length * settings.n} images · {price}.
          </p>
          <button
            type="button"
            className="button button-primary"
            disabled={running || preparing || blocked}
            onClick={() => void start()}
          >
            {action}
          </button>
        </>
      ) : (
        sources.length > 0 && (
          <p className="field-hint">
            A batch needs at least {MIN_BATCH} sources; open or drop more together.
          </p>
        )
      )}
      {sources.length > 0 && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            openDeliverables(
              sources.map((source) => ({
                name: source.name,
                load: async () => source.blob,
                ...(source.fromImageId ? { fromImageId: source.fromImageId } : {}),
              })),
            )
          }
        >
          Deliverables for {sources.length === 1 ? '1 source' : `${sources.length} sources`}…
        </button>
      )}
      <IssueList title="Nothing was sent:" issues={problems} alert />
    </section>
  );
}
