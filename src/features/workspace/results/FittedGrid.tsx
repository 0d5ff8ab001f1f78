import { useRef, type CSSProperties, type ReactNode } from 'react';
import { useBoxSize } from '../../../ui/use-box-size.ts';
import { fitGrid } from './fit-grid.ts';

/** The space between tiles, in CSS pixels; the grid's own `gap`. */
const GAP = 12;

/**
 * Tiles laid out to fill the room they are given, all visible: the columns and rows that draw
 * them largest (never past the images' own pixels, when known).
 */
export function FittedGrid({
  count,
  size,
  className = 'result-grid',
  children,
}: {
  count: number;
  size: { width: number; height: number; pixels: boolean };
  className?: string;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const box = useBoxSize(ref);
  const fit = fitGrid({
    count,
    box,
    aspect: size.width / size.height,
    gap: GAP,
    natural: size.pixels ? size : undefined,
  });
  const style: CSSProperties = {
    gap: GAP,
    gridTemplateColumns: `repeat(${fit.columns}, ${fit.width}px)`,
    gridAutoRows: `${fit.height}px`,
  };
  return (
    <div ref={ref} className={className} style={style} data-columns={fit.columns}>
      {children}
    </div>
  );
}
