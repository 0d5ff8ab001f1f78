import './image-card.css';
import { useContext, useEffect, useId, useState, type ReactNode } from 'react';
import { IconButton } from '../../../ui/IconButton.tsx';
import { useCompareStore } from '../../compare/index.ts';
import { ImageMenuExtras } from '../menu-extras.ts';
import { useMarks } from '../store.ts';
import { rememberSubject, type ImageSubject } from '../subject.ts';
import { useSizeVerdict } from '../use-delivered-size.ts';
import { useImageActions } from '../use-image-actions.ts';
import { TRIAGE_ITEM } from './TriageArea.tsx';

type ImageCardProps = {
  subject: ImageSubject;
  /** The image's accessible name, e.g. "Result 2 of 4". */
  label: string;
  /** CSS aspect-ratio, so the card keeps its shape before the image arrives. */
  aspect: string;
  /** Opens the image large (with its siblings, for the arrow keys). */
  onOpen: () => void;
  /** What to show instead of the full image (the history shows its stored thumbnail). */
  preview?: ReactNode;
  /**
   * Words about the image, laid over it beside its button: inside, they would be visible text
   * the button's name ("View … larger") leaves out.
   */
  note?: ReactNode;
  /** More entries for the "More" menu, after the shared ones. */
  menu?: ReactNode;
};

/**
 * One result with every action on it, as icons over the image that show on hover and focus:
 * pick for compare, star, download, use as source, and a menu for the rest.
 */
export function ImageCard({ subject, label, aspect, onOpen, preview, note, menu }: ImageCardProps) {
  const menuId = useId();
  const { image, job } = subject;
  const actions = useImageActions();
  const marks = useMarks(subject);
  const verdict = useSizeVerdict(subject);
  const requested = verdict?.status === 'mismatch' ? verdict.requested : undefined;
  const picked = useCompareStore((s) => s.selectedIds.includes(image.id));
  const extras = useContext(ImageMenuExtras);
  const [state, setState] = useState<'loading' | 'loaded' | 'failed'>(preview ? 'loaded' : 'loading');
  useEffect(() => rememberSubject(subject), [subject]);

  return (
    <figure
      className="result-tile"
      style={{ aspectRatio: aspect }}
      data-state={state}
      data-selected={picked || undefined}
      data-rejected={marks.rejected || undefined}
    >
      {state === 'failed' ? (
        <figcaption className="result-failed">
          This image did not load; the link may have expired.{' '}
          <button type="button" className="link-button" onClick={onOpen}>
            Try the stored copy
          </button>
        </figcaption>
      ) : (
        <>
          <button
            type="button"
            className="result-button"
            onClick={onOpen}
            aria-label={`View ${label} larger`}
            {...{ [TRIAGE_ITEM]: image.id }}
          >
            {preview ?? (
              <img
                src={image.url}
                alt={label}
                decoding="async"
                onLoad={() => setState('loaded')}
                onError={() => setState('failed')}
              />
            )}
          </button>
          {note}
        </>
      )}
      <div className="result-marks">
        <IconButton
          icon={picked ? 'picked' : 'pick'}
          className="mark-button"
          aria-pressed={picked}
          label={`Select ${label} for comparison`}
          title="Select for comparison"
          onClick={() => actions.togglePick(subject)}
        />
        <IconButton
          icon={marks.starred ? 'starFilled' : 'star'}
          className="mark-button"
          aria-pressed={marks.starred}
          label={`Star ${label}`}
          title="Star as a favourite"
          onClick={() => void actions.toggleStar(subject, marks.starred)}
        />
        {marks.winner && <span className="winner-badge">Winner</span>}
        {marks.rejected && <span className="rejected-badge">Rejected</span>}
        {verdict?.status === 'mismatch' && (
          <span
            className="size-mark"
            role="img"
            aria-label={`Not as asked: ${verdict.problems.join(' ')}`}
            title={verdict.problems.join(' ')}
          >
            {verdict.text}
          </span>
        )}
        {verdict?.status === 'shown' && (
          <span className="size-shown" title="The provider chose the pixels for this aspect ratio">
            {verdict.text}
          </span>
        )}
      </div>
      <div className="result-actions">
        <IconButton
          icon="download"
          label={`Download ${label}`}
          onClick={() => void actions.download([subject])}
        />
        <IconButton
          icon="source"
          label={`Use ${label} as source`}
          onClick={() => void actions.useAsSource(subject)}
        />
        <IconButton icon="more" label={`More for ${label}`} popoverTarget={menuId} />
      </div>
      <div id={menuId} popover="auto" role="menu" className="menu" aria-label={`More for ${label}`}>
        {job.images.length > 1 && (
          <button
            type="button"
            role="menuitemcheckbox"
            aria-checked={marks.winner}
            popoverTarget={menuId}
            popoverTargetAction="hide"
            onClick={() => void actions.toggleWinner(subject, marks.winner)}
          >
            Winner of its job
          </button>
        )}
        {requested &&
          (['resize', 'crop'] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              role="menuitem"
              popoverTarget={menuId}
              popoverTargetAction="hide"
              onClick={() => void actions.download([subject], { ...requested, mode })}
            >
              {`Download fitted to ${requested.width}×${requested.height} by ${mode === 'resize' ? 'resizing' : 'cropping'}`}
            </button>
          ))}
        <a role="menuitem" href={image.url} target="_blank" rel="noreferrer">
          Open the provider's link
        </a>
        {extras?.(subject, menuId)}
        {menu}
      </div>
    </figure>
  );
}
