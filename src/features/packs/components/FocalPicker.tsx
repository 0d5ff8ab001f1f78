import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import type { Point, Rect } from '../frames.ts';
import type { LoadedPicture } from '../picture.ts';
import { arrowMove } from '../../../ui/arrow-move.ts';

const BOX = { width: 440, height: 300 };

type FocalPickerProps = {
  picture: LoadedPicture;
  focal: Point;
  safe: Rect;
  /** The frame of the target in hand, in picture pixels (beyond the picture where it extends it). */
  frame: Rect | null;
  onFocal: (focal: Point) => void;
};

const box = (rect: Rect, scale: number) => ({
  left: rect.x * scale,
  top: rect.y * scale,
  width: rect.width * scale,
  height: rect.height * scale,
});

/**
 * The picture, where a click (or a drag) puts the focal point on the subject; the safe area
 * every crop must hold is drawn around it, with the frame of the target in hand. The point
 * itself takes the arrow keys (Shift for bigger steps).
 */
export function FocalPicker({ picture, focal, safe, frame, onFocal }: FocalPickerProps) {
  const { width, height } = picture;
  const scale = Math.min(BOX.width / width, BOX.height / height);
  const dragging = useRef(false);

  const place = (event: PointerEvent<HTMLDivElement>) => {
    const area = event.currentTarget.getBoundingClientRect();
    const clamp = (value: number, max: number) => Math.min(max, Math.max(0, Math.round(value)));
    onFocal({
      x: clamp((event.clientX - area.left) / scale, width),
      y: clamp((event.clientY - area.top) / scale, height),
    });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = Math.max(1, Math.round(Math.max(width, height) * (event.shiftKey ? 0.1 : 0.01)));
    const next = arrowMove(event.key, focal, step);
    if (!next) return;
    event.preventDefault();
    onFocal({ x: Math.min(width, Math.max(0, next.x)), y: Math.min(height, Math.max(0, next.y)) });
  };

  return (
    <div
      className="pack-focal"
      data-testid="pack-focal"
      style={{ width: width * scale, height: height * scale }}
      onPointerDown={(event) => {
        event.currentTarget.setPointerCapture(event.pointerId);
        dragging.current = true;
        place(event);
      }}
      onPointerMove={(event) => dragging.current && place(event)}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <img
        src={picture.url}
        alt={`${picture.name}: click the subject to put the focal point on it`}
        draggable={false}
      />
      {frame && <div className="pack-focal-frame" style={box(frame, scale)} aria-hidden="true" />}
      <div className="pack-safe" style={box(safe, scale)} aria-hidden="true" />
      <div
        role="slider"
        tabIndex={0}
        className="pack-focal-point"
        aria-label="Focal point: click the subject, or move it with the arrow keys (Shift for bigger steps)"
        aria-valuemin={0}
        aria-valuemax={width}
        aria-valuenow={focal.x}
        aria-valuetext={`${focal.x} from the left, ${focal.y} from the top`}
        style={{ left: focal.x * scale, top: focal.y * scale }}
        onKeyDown={onKeyDown}
      />
    </div>
  );
}
