import { useId, useRef, useState, type PointerEvent } from 'react';
import {
  ANCHORS,
  clampPlacement,
  extendPresets,
  extendProblems,
  placeAtAnchor,
  type Placement,
} from './extend.ts';
import type { PixelSize } from '../../catalog/index.ts';
import { arrowMove } from '../../ui/arrow-move.ts';

export type ExtendPanelProps = {
  source: PixelSize;
  onApply: (target: PixelSize, at: Placement) => Promise<void>;
  onClose: () => void;
};

const PREVIEW = 220;
/** One arrow-key step of the source, in image pixels: the models' size block. */
const NUDGE = 16;

/** Choose the extended size and where the source sits in it (nine anchors, or drag it). */
export function ExtendPanel({ source, onApply, onClose }: ExtendPanelProps) {
  const ids = useId();
  const presets = extendPresets(source);
  const first = presets[0]?.size ?? { width: source.width, height: source.height };
  const [choice, setChoice] = useState<string>(presets[0] ? presets[0].ratio : 'custom');
  const [custom, setCustom] = useState<PixelSize>(first);
  const target = presets.find((p) => p.ratio === choice)?.size ?? custom;
  const [placement, setPlacement] = useState<Placement | null>(null);
  const at = clampPlacement(placement ?? placeAtAnchor({ x: 0.5, y: 0.5 }, source, target), source, target);
  const problems = extendProblems(source, target);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const drag = useRef<{ x: number; y: number; at: Placement } | null>(null);

  const scale = PREVIEW / Math.max(target.width, target.height);
  const onDown = (event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { x: event.clientX, y: event.clientY, at };
  };
  const onMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    const next = {
      x: start.at.x + (event.clientX - start.x) / scale,
      y: start.at.y + (event.clientY - start.y) / scale,
    };
    setPlacement(clampPlacement(next, source, target));
  };

  const apply = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await onApply(target, at);
    } catch (error) {
      setFailure(
        `The canvas could not be extended: ${error instanceof Error ? error.message : String(error)}`,
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      className="mask-extend"
      aria-label="Extend canvas"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <label className="mask-toolbar__field">
        <span>Extended size</span>
        <select
          value={choice}
          onChange={(event) => {
            setChoice(event.target.value);
            setPlacement(null);
          }}
        >
          {presets.map(({ ratio, size }) => (
            <option key={ratio} value={ratio}>
              {ratio} — {size.width}×{size.height}
            </option>
          ))}
          <option value="custom">Custom…</option>
        </select>
      </label>
      {choice === 'custom' && (
        <>
          <label className="mask-toolbar__field">
            <span>Extended width</span>
            <input
              type="number"
              className="mask-toolbar__number"
              value={custom.width}
              step={16}
              onChange={(event) => setCustom({ ...custom, width: Number(event.target.value) })}
            />
          </label>
          <label className="mask-toolbar__field">
            <span>Extended height</span>
            <input
              type="number"
              className="mask-toolbar__number"
              value={custom.height}
              step={16}
              onChange={(event) => setCustom({ ...custom, height: Number(event.target.value) })}
            />
          </label>
        </>
      )}
      <div className="mask-extend__anchors" role="group" aria-label="Where the source sits">
        {ANCHORS.map(({ anchor, label }) => {
          const spot = placeAtAnchor(anchor, source, target);
          return (
            <button
              key={label}
              type="button"
              className="mask-extend__anchor"
              aria-label={label}
              title={label}
              aria-pressed={spot.x === at.x && spot.y === at.y}
              onClick={() => setPlacement(spot)}
            />
          );
        })}
      </div>
      <div
        className="mask-extend__preview"
        style={{ width: target.width * scale, height: target.height * scale }}
      >
        <div
          className="mask-extend__source"
          role="slider"
          tabIndex={0}
          aria-label="Source position: drag it, or move it with the arrow keys (Shift for bigger steps)"
          aria-valuemin={0}
          aria-valuemax={Math.max(0, target.width - source.width)}
          aria-valuenow={at.x}
          aria-valuetext={`${at.x} from the left, ${at.y} from the top`}
          onKeyDown={(event) => {
            const step = event.shiftKey ? NUDGE * 8 : NUDGE;
            const next = arrowMove(event.key, at, step);
            if (!next) return;
            event.preventDefault();
            setPlacement(clampPlacement(next, source, target));
          }}
          style={{
            left: at.x * scale,
            top: at.y * scale,
            width: source.width * scale,
            height: source.height * scale,
          }}
          onPointerDown={onDown}
          onPointerMove={onMove}
          onPointerUp={() => (drag.current = null)}
        />
      </div>
      <p className="mask-extend__facts" id={`${ids}-facts`}>
        Source at {at.x}, {at.y} in {target.width}×{target.height}
      </p>
      {problems.length > 0 && (
        <ul className="mask-extend__problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {failure && <p role="alert">{failure}</p>}
      <div className="mask-toolbar__group">
        <button
          type="button"
          className="mask-toolbar__button"
          disabled={problems.length > 0 || busy}
          aria-describedby={`${ids}-facts`}
          onClick={() => void apply()}
        >
          {busy ? 'Extending…' : `Extend to ${target.width}×${target.height}`}
        </button>
        <button type="button" className="mask-toolbar__button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </section>
  );
}
