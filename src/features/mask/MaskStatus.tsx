/**
 * The line under the canvas: how much is masked, and how the tools work. It sits outside the
 * toolbar so a changing figure never re-wraps the toolbar and moves the canvas under the pointer.
 */
export function MaskStatus({ coverage }: { coverage: number }) {
  return (
    <div className="mask-editor__status">
      <output className="mask-editor__coverage" aria-live="polite">
        {formatCoverage(coverage)}
      </output>
      <p className="mask-editor__hint">
        Paint or select what should change: B brush, E eraser, R rectangle, L lasso, P polygon, W magic wand
        (Shift adds, Alt subtracts). Space-drag or middle-drag to pan, wheel to zoom; [ and ] change the brush
        size.
      </p>
    </div>
  );
}

function formatCoverage(fraction: number): string {
  if (fraction === 0) return 'Nothing masked yet';
  if (fraction < 0.001) return 'Under 0.1 % masked';
  return `${(fraction * 100).toFixed(fraction < 0.1 ? 1 : 0)} % masked`;
}
