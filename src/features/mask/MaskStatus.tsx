/**
 * How much is masked, over the canvas's corner (it takes no pointer, so painting goes through
 * it), and how the tools work, said to screen readers with the canvas.
 */
export function MaskStatus({ coverage, hintId }: { coverage: number; hintId: string }) {
  return (
    <>
      <output className="mask-editor__coverage" aria-live="polite">
        {formatCoverage(coverage)}
      </output>
      <p id={hintId} className="visually-hidden">
        Paint or select what should change: B brush, E eraser, R rectangle, L lasso, P polygon, W magic wand
        (Shift adds, Alt subtracts). Space-drag or middle-drag to pan, wheel to zoom; [ and ] change the brush
        size.
      </p>
    </>
  );
}

function formatCoverage(fraction: number): string {
  if (fraction === 0) return 'Nothing masked yet';
  if (fraction < 0.001) return 'Under 0.1 % masked';
  return `${(fraction * 100).toFixed(fraction < 0.1 ? 1 : 0)} % masked`;
}
