import '../packs.css';
import { useId, useState } from 'react';
import { Dialog } from '../../../ui/Dialog.tsx';
import { IconButton } from '../../../ui/IconButton.tsx';
import { safeArea, type Point } from '../frames.ts';
import type { LoadedPicture, PackPicture } from '../picture.ts';
import { frameOnPicture } from '../plan.ts';
import { usePackStore } from '../pack-store.ts';
import { planPicture, type PictureFraming, type PictureWork } from '../work.ts';
import { AddTarget } from './AddTarget.tsx';
import { ExportBar } from './ExportBar.tsx';
import { FocalPicker } from './FocalPicker.tsx';
import { SavedPacks } from './SavedPacks.tsx';
import { TargetRow } from './TargetRow.tsx';
import { currentState, usePackExport } from './use-pack-export.ts';
import { usePictures } from './use-pictures.ts';

type Framing = { focal?: Point; positions: Record<string, Point> };

/** "3 targets: 2 crops (1 upscaled), 1 needing new picture (1 paid job)", over every picture. */
function planWords(works: readonly PictureWork[], pictures: number): string {
  const crops = works.flatMap((w) => w.crops);
  const extended = works.flatMap((w) => w.extensions.flatMap((e) => e.targets));
  const jobs = works.reduce((sum, w) => sum + w.extensions.length, 0);
  const upscaled = [...crops, ...extended].filter((t) => t.plan.upscale > 1).length;
  const total = crops.length + extended.length;
  const over = pictures > 1 ? ` over ${pictures} pictures` : '';
  const parts = [`${crops.length} ${crops.length === 1 ? 'crop' : 'crops'}`];
  if (extended.length > 0) {
    parts.push(
      `${extended.length} needing new picture (${jobs} ${jobs === 1 ? 'job' : 'jobs'}, paid unless made before)`,
    );
  }
  const up = upscaled > 0 ? `; ${upscaled} upscaled` : '';
  return `${total} ${total === 1 ? 'file' : 'files'}${over}: ${parts.join(', ')}${up}.`;
}

/**
 * Deliverables: one picture (or a batch) to every target of a pack at its exact size. The
 * focal point, the safe area and each frame are the designer's; Export asks once before any
 * paid job and saves one zip.
 */
export function PackDialog({ pictures, onClose }: { pictures: readonly PackPicture[]; onClose: () => void }) {
  const titleId = useId();
  const slots = usePictures(pictures);
  const targets = usePackStore((s) => s.targets);
  const packName = usePackStore((s) => s.packName);
  const safeShare = usePackStore((s) => s.safeShare);
  const setPack = usePackStore((s) => s.setPack);
  const setOptions = usePackStore((s) => s.setOptions);
  const [shown, setShown] = useState(0);
  const [framings, setFramings] = useState<Record<number, Framing>>({});
  const [held, setHeld] = useState<string | null>(null);
  const exporter = usePackExport();

  const framingOf = (index: number, picture: LoadedPicture): PictureFraming => ({
    focal: framings[index]?.focal ?? picture.focal,
    safeShare,
    positions: framings[index]?.positions ?? {},
  });
  const ready = slots.flatMap((slot, index) =>
    slot.status === 'ready' ? [{ index, picture: slot.picture }] : [],
  );
  const works = ready.map(({ index, picture }) => planPicture(picture, targets, framingOf(index, picture)));
  const slot = slots[shown];
  const current = slot?.status === 'ready' ? slot.picture : null;
  const framing = current ? framingOf(shown, current) : null;
  const work = current ? works[ready.findIndex((r) => r.index === shown)] : undefined;
  const plans = new Map(
    [...(work?.crops ?? []), ...(work?.extensions.flatMap((e) => e.targets) ?? [])].map((t) => [
      t.target.id,
      t.plan,
    ]),
  );
  const heldPlan = held ? plans.get(held) : undefined;
  const setFraming = (change: (old: Framing) => Framing) =>
    setFramings((all) => ({ ...all, [shown]: change(all[shown] ?? { positions: {} }) }));
  const failed = slots.flatMap((s) => (s.status === 'failed' ? [s.message] : []));
  const prompt = usePackStore((s) => s.prompt);
  const quality = usePackStore((s) => s.quality);
  const key = JSON.stringify([packName, targets, framings, safeShare, prompt, quality, ready.length]);

  return (
    <Dialog className="pack-dialog" aria-labelledby={titleId} onClose={onClose}>
      <header className="pack-header">
        <h2 id={titleId}>Deliverables</h2>
        {current && (
          <span className="muted">
            {current.name} · {current.width}×{current.height}
          </span>
        )}
        {pictures.length > 1 && (
          <span className="pack-pictures" role="group" aria-label="Pictures">
            <button
              type="button"
              className="button button-small"
              disabled={shown === 0}
              onClick={() => setShown(shown - 1)}
            >
              Previous picture
            </button>
            <span>
              Picture {shown + 1} of {pictures.length}
            </span>
            <button
              type="button"
              className="button button-small"
              disabled={shown === pictures.length - 1}
              onClick={() => setShown(shown + 1)}
            >
              Next picture
            </button>
          </span>
        )}
        <IconButton icon="close" label="Close deliverables" className="pack-close" onClick={onClose} />
      </header>
      <div className="pack-body">
        <section className="pack-picture" aria-label="Focal point">
          {slot?.status === 'loading' && <p role="status">Reading the picture…</p>}
          {current && framing && (
            <>
              <FocalPicker
                picture={current}
                focal={framing.focal}
                safe={safeArea(current, framing.focal, safeShare)}
                frame={heldPlan ? frameOnPicture(heldPlan, current) : null}
                onFocal={(focal) => setFraming(() => ({ focal, positions: {} }))}
              />
              <p className="field-hint">
                Click the subject: every frame centres on it and holds the dashed safe area. Drag a preview to
                adjust its frame.
              </p>
              <label className="field pack-safe-field">
                <span className="field-label">
                  Safe area: {Math.round(safeShare * 100)} % of the shorter side
                </span>
                <input
                  type="range"
                  min={0}
                  max={80}
                  value={Math.round(safeShare * 100)}
                  onChange={(event) => setOptions({ safeShare: Number(event.target.value) / 100 })}
                />
              </label>
            </>
          )}
          {failed.length > 0 && (
            <p role="alert" className="field-error">
              {failed.join(' ')}
            </p>
          )}
        </section>
        <section className="pack-targets" aria-label="Targets">
          <SavedPacks />
          {current && (
            <ul className="pack-target-list" aria-label="Targets of the pack">
              {targets.map((target) => {
                const plan = plans.get(target.id);
                if (!plan) return null;
                return (
                  <TargetRow
                    key={target.id}
                    target={target}
                    plan={plan}
                    picture={current}
                    onHold={() => setHeld(target.id)}
                    onMove={(position) =>
                      setFraming((old) => ({
                        ...old,
                        positions: { ...old.positions, [target.id]: position },
                      }))
                    }
                    onRemove={() =>
                      setPack(
                        packName,
                        targets.filter((t) => t.id !== target.id),
                      )
                    }
                  />
                );
              })}
            </ul>
          )}
          {targets.length === 0 && <p className="muted">The pack has no target: add one below.</p>}
          <AddTarget />
        </section>
      </div>
      <ExportBar
        state={currentState(exporter.state, key)}
        plan={planWords(works, pictures.length)}
        extends={works.some((w) => w.extensions.length > 0)}
        disabled={targets.length === 0 || ready.length !== slots.length}
        onExport={() =>
          void exporter.start({
            key,
            packName,
            targets,
            pictures: ready.map(({ index, picture }) => ({ picture, framing: framingOf(index, picture) })),
            options: { prompt, quality },
          })
        }
        onConfirm={() => void exporter.confirm()}
        onCancel={exporter.cancel}
      />
    </Dialog>
  );
}
