import type { ReactNode } from 'react';
import { VIEWPORT_ATTRIBUTE } from '../hooks/use-pan-zoom.ts';
import { cssTransform } from '../view.ts';
import type { Camera, CompareImage, PaneCallbacks } from './types.ts';

type ComparePaneProps = {
  label: string;
  camera: Camera;
  /** Whether this pane's viewport is the one measured for fitting. */
  measured: boolean;
  /** Figures shown next to the label (changed %, changes outside the mask). */
  readout?: ReactNode;
  /** The result this pane shows, for its star and winner controls. */
  result?: CompareImage;
  callbacks?: PaneCallbacks;
  children: ReactNode;
};

/** One pane: a header with the label, readouts and actions, over a viewport that pans and zooms. */
export function ComparePane({
  label,
  camera,
  measured,
  readout,
  result,
  callbacks,
  children,
}: ComparePaneProps) {
  return (
    <article className="compare-pane" data-testid="compare-pane" aria-label={label}>
      <header className="compare-pane-header">
        <span className="compare-pane-label">{label}</span>
        {readout}
        {result && callbacks && <PaneActions image={result} callbacks={callbacks} />}
      </header>
      <div
        className="compare-viewport"
        {...{ [VIEWPORT_ATTRIBUTE]: '' }}
        ref={measured ? camera.measureRef : undefined}
        {...camera.viewportHandlers}
      >
        {children}
      </div>
    </article>
  );
}

/** Content placed in image coordinates under the shared view. */
export function ViewLayer({ camera, children }: { camera: Camera; children: ReactNode }) {
  const { view, reference } = camera;
  return (
    <div
      className={view.scale >= 2 ? 'compare-layer is-pixelated' : 'compare-layer'}
      style={{ width: reference.width, height: reference.height, transform: cssTransform(view) }}
    >
      {children}
    </div>
  );
}

function PaneActions({ image, callbacks }: { image: CompareImage; callbacks: PaneCallbacks }) {
  const { onToggleStar, onMarkWinner } = callbacks;
  return (
    <span className="compare-pane-actions">
      {image.winner && <span className="compare-winner-badge">Winner</span>}
      {onToggleStar && (
        <button
          type="button"
          className="compare-icon-button compare-star"
          aria-pressed={image.starred ?? false}
          aria-label={`Star ${image.label}`}
          title={image.starred ? 'Starred' : 'Star'}
          onClick={() => onToggleStar(image.id)}
        >
          <span aria-hidden="true">{image.starred ? '★' : '☆'}</span>
        </button>
      )}
      {onMarkWinner && (
        <button
          type="button"
          className="compare-text-button compare-winner"
          aria-pressed={image.winner ?? false}
          onClick={() => onMarkWinner(image.id)}
        >
          Mark winner
        </button>
      )}
    </span>
  );
}
