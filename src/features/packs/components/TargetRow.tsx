import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { IconButton } from '../../../ui/IconButton.tsx';
import type { Point } from '../frames.ts';
import type { LoadedPicture } from '../picture.ts';
import { frameOnPicture, framePosition, type TargetPlan } from '../plan.ts';
import type { PackTarget } from '../schema.ts';
import { arrowMove } from '../../../ui/arrow-move.ts';

/** The longer side of a preview, in CSS pixels. */
const PREVIEW = 132;
/** One arrow-key step of a frame, in picture pixels (Shift: eight). */
const NUDGE = 16;

type TargetRowProps = {
  target: PackTarget;
  plan: TargetPlan;
  picture: LoadedPicture;
  onMove: (position: Point) => void;
  onRemove: () => void;
  /** The frame is in hand (focused or pointed at): the picker shows it. */
  onHold: () => void;
};

/** How the target is made, in a few words: the method and any upscale, never silent. */
function methodWords(plan: TargetPlan): string {
  const upscale = plan.upscale > 1 ? ` · upscaled ×${plan.upscale.toFixed(2)}` : '';
  if (plan.kind === 'crop') return `Crop${upscale}`;
  const { canvas } = plan.extension;
  return `New picture: paid job at ${canvas.width}×${canvas.height}${upscale}`;
}

/**
 * One target: its live preview (exactly what its file will show, new picture hatched), which
 * the pointer drags and the arrow keys move, and how it will be made.
 */
export function TargetRow({ target, plan, picture, onMove, onRemove, onHold }: TargetRowProps) {
  const aspect = target.width / target.height;
  const box =
    aspect >= 1 ? { width: PREVIEW, height: PREVIEW / aspect } : { width: PREVIEW * aspect, height: PREVIEW };
  const frame = frameOnPicture(plan, picture);
  const scale = box.width / frame.width;
  const position = framePosition(plan, picture);
  const drag = useRef<{ x: number; y: number; from: Point } | null>(null);
  const label = `${target.name}, ${target.width}×${target.height}`;

  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const start = drag.current;
    if (!start) return;
    // The picture follows the pointer, so the frame moves the other way.
    onMove({
      x: start.from.x - (event.clientX - start.x) / scale,
      y: start.from.y - (event.clientY - start.y) / scale,
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.shiftKey ? NUDGE * 8 : NUDGE;
    const next = arrowMove(event.key, position, step);
    if (!next) return;
    event.preventDefault();
    onMove(next);
  };

  return (
    <li className="pack-target" data-kind={plan.kind} onPointerEnter={onHold}>
      <div
        className="pack-preview"
        role="slider"
        tabIndex={0}
        aria-label={`Frame of ${label}: drag the picture, or move the frame with the arrow keys (Shift for bigger steps)`}
        aria-valuemin={Math.min(0, Math.round(-frame.width))}
        aria-valuemax={picture.width}
        aria-valuenow={Math.round(position.x)}
        aria-valuetext={`Frame at ${Math.round(frame.x)}, ${Math.round(frame.y)} of the picture, ${Math.round(frame.width)}×${Math.round(frame.height)}`}
        style={{ width: box.width, height: box.height }}
        onFocus={onHold}
        onKeyDown={onKeyDown}
        onPointerDown={(event) => {
          event.currentTarget.setPointerCapture(event.pointerId);
          drag.current = { x: event.clientX, y: event.clientY, from: position };
        }}
        onPointerMove={onPointerMove}
        onPointerUp={() => (drag.current = null)}
        onPointerCancel={() => (drag.current = null)}
      >
        <img
          src={picture.url}
          alt=""
          draggable={false}
          style={{
            left: -frame.x * scale,
            top: -frame.y * scale,
            width: picture.width * scale,
            height: picture.height * scale,
          }}
        />
      </div>
      <div className="pack-target-facts">
        <span className="pack-target-name">{target.name}</span>
        <span className="pack-target-size">
          {target.width}×{target.height}
        </span>
        <span className="pack-target-method" data-upscaled={plan.upscale > 1 || undefined}>
          {methodWords(plan)}
        </span>
      </div>
      <IconButton icon="trash" label={`Remove ${target.name}`} onClick={onRemove} />
    </li>
  );
}
