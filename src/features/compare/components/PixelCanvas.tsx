import { useEffect, useRef } from 'react';
import type { RgbaImage } from '../image.ts';
import { drawPixels } from '../pixels.ts';

type PixelCanvasProps = {
  image: RgbaImage;
  /** Read out as an image; leave out for overlays that only repeat what the readouts say. */
  label?: string;
  className?: string;
};

/** Pixels computed in memory (a difference, a heatmap, a composite) shown as a canvas. */
export function PixelCanvas({ image, label, className }: PixelCanvasProps) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (canvas.current) drawPixels(canvas.current, image);
  }, [image]);
  return (
    <canvas
      ref={canvas}
      className={className ? `compare-canvas ${className}` : 'compare-canvas'}
      width={image.width}
      height={image.height}
      role={label ? 'img' : undefined}
      aria-label={label}
      aria-hidden={label ? undefined : true}
    />
  );
}
