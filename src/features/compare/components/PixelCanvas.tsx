import { useEffect, useRef } from 'react';

type PixelCanvasProps = {
  /** Pixels the compare worker made (a difference, a heatmap, a composite). */
  bitmap: ImageBitmap;
  /** Read out as an image; leave out for overlays that only repeat what the readouts say. */
  label?: string;
  className?: string;
};

/** A bitmap from the compare worker shown as a canvas; drawing it is one copy, no pixel loop on the page. */
export function PixelCanvas({ bitmap, label, className }: PixelCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const element = canvas.current;
    // A closed bitmap (its answer replaced) reads as 0×0: there is nothing left to draw.
    if (!element || bitmap.width === 0) return;
    element.width = bitmap.width;
    element.height = bitmap.height;
    element.getContext('2d')?.drawImage(bitmap, 0, 0);
  }, [bitmap]);
  return (
    <canvas
      ref={canvas}
      className={className ? `compare-canvas ${className}` : 'compare-canvas'}
      width={bitmap.width}
      height={bitmap.height}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
