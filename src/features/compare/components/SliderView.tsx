import { useId, useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { InpaintPane } from '../worker-protocol.ts';
import { ComparePane, ViewLayer } from './ComparePane.tsx';
import { LeakageReadout } from './LeakageReadout.tsx';
import { ResultContent } from './ResultContent.tsx';
import type { Camera, CompareImage, PaneCallbacks } from './types.ts';

type SliderViewProps = {
  before: { url: string; label: string };
  /** The images that can be shown after the divider; the chosen one is `after`. */
  candidates: readonly CompareImage[];
  after: CompareImage;
  onChooseAfter: (id: string) => void;
  /** 0..1 from the left: before shows left of it, after right of it. */
  position: number;
  onPositionChange: (position: number) => void;
  camera: Camera;
  callbacks: PaneCallbacks;
  analysis: InpaintPane | null | undefined;
  inpaint: boolean;
  showHeatmap: boolean;
};

const STEP = 0.01;
const BIG_STEP = 0.1;

/** Before and after in one pane, split by a divider the user drags or moves with the arrow keys. */
export function SliderView(props: SliderViewProps) {
  const { before, candidates, after, onChooseAfter, position, onPositionChange, camera, callbacks } = props;
  const pickerId = useId();
  const dragging = useRef<number | null>(null);
  const percent = position * 100;

  const moveTo = (event: PointerEvent<HTMLElement>) => {
    const viewport = event.currentTarget.parentElement;
    if (!viewport) return;
    const box = viewport.getBoundingClientRect();
    if (box.width > 0) onPositionChange((event.clientX - box.left) / box.width);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const next: Record<string, number> = {
      ArrowLeft: position - step,
      ArrowDown: position - step,
      ArrowRight: position + step,
      ArrowUp: position + step,
      PageDown: position - BIG_STEP,
      PageUp: position + BIG_STEP,
      Home: 0,
      End: 1,
    };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    onPositionChange(target);
  };

  return (
    <div className="compare-slider-view">
      {candidates.length > 1 && (
        <div className="compare-slider-picker">
          <label htmlFor={pickerId}>After</label>
          <select id={pickerId} value={after.id} onChange={(event) => onChooseAfter(event.target.value)}>
            {candidates.map((image) => (
              <option key={image.id} value={image.id}>
                {image.label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="compare-panes" data-count={1}>
        <ComparePane
          label={`${before.label} / ${after.label}`}
          camera={camera}
          measured
          result={after}
          callbacks={callbacks}
          readout={props.inpaint && <LeakageReadout analysis={props.analysis} />}
        >
          <ViewLayer camera={camera}>
            <img
              className="compare-image"
              src={before.url}
              alt={before.label}
              draggable={false}
              decoding="async"
            />
          </ViewLayer>
          <div className="compare-slider-after" style={{ clipPath: `inset(0 0 0 ${percent}%)` }}>
            <ViewLayer camera={camera}>
              <ResultContent image={after} analysis={props.analysis} showHeatmap={props.showHeatmap} />
            </ViewLayer>
          </div>
          <span className="compare-slider-caption is-before" aria-hidden="true">
            {before.label}
          </span>
          <span className="compare-slider-caption is-after" aria-hidden="true">
            {after.label}
          </span>
          <div
            className="compare-slider-divider"
            style={{ left: `${percent}%` }}
            role="slider"
            tabIndex={0}
            aria-label={`Divider between ${before.label} and ${after.label}`}
            aria-orientation="horizontal"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={Math.round(percent)}
            aria-valuetext={`${Math.round(percent)} % ${before.label}`}
            onKeyDown={onKeyDown}
            onPointerDown={(event) => {
              // The divider moves alone; the pane underneath must not start a pan.
              event.stopPropagation();
              event.currentTarget.setPointerCapture(event.pointerId);
              dragging.current = event.pointerId;
            }}
            onPointerMove={(event) => {
              if (dragging.current === event.pointerId) moveTo(event);
            }}
            onPointerUp={(event) => {
              event.stopPropagation();
              dragging.current = null;
            }}
            onDoubleClick={(event) => event.stopPropagation()}
          >
            <span className="compare-slider-handle" aria-hidden="true" />
          </div>
        </ComparePane>
      </div>
    </div>
  );
}
