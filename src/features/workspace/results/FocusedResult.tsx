import type { KeyboardEvent } from 'react';
import { ImageCard, useImageActions, type ImageSubject } from '../../images/index.lazy.ts';
import { isTypingTarget } from '../../../ui/typing-target.ts';
import { cssAspect } from './aspect.ts';
import { FittedGrid } from './FittedGrid.tsx';
import { focusCommand } from './focus-keys.ts';

type Size = { width: number; height: number; pixels: boolean };

/** What the keyboard should land on after a step: the large image or the strip's current thumbnail. */
const MAIN = '.result-focus-main [data-triage-id]';
const CURRENT_THUMB = '.result-thumb[aria-current="true"]';

/**
 * One image of a job large in place, the others as a strip of thumbnails under it. ← and →
 * step through them, Esc goes back to the grid; the large image keeps every triage key, and
 * a click or Space on it opens the large view with its zoom.
 */
export function FocusedResult({
  subjects,
  index,
  nameOf,
  size,
  onPick,
  onClose,
}: {
  subjects: ImageSubject[];
  index: number;
  nameOf: (place: number) => string;
  size: (subject: ImageSubject) => Size;
  /** Shows another image; `refocus` is what the keyboard should land on once it shows. */
  onPick: (index: number, refocus: string | null) => void;
  onClose: () => void;
}) {
  const actions = useImageActions();
  const subject = subjects[index];
  if (!subject) return null;

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const command = focusCommand(event);
    // Keys inside an image's menu or a field are theirs.
    if (!command || event.defaultPrevented || isTypingTarget(target) || target.closest('[popover]')) return;
    event.preventDefault();
    if (command === 'close') return onClose();
    const next = Math.min(subjects.length - 1, Math.max(0, index + (command === 'previous' ? -1 : 1)));
    onPick(next, target.matches('.result-thumb') ? CURRENT_THUMB : MAIN);
  };

  return (
    <div className="result-focus" onKeyDown={onKeyDown}>
      <FittedGrid count={1} size={size(subject)} className="result-grid result-focus-main">
        <ImageCard
          key={subject.image.id}
          subject={subject}
          label={nameOf(subject.image.index + 1)}
          aspect={cssAspect(size(subject))}
          onOpen={() => actions.view(subjects, index)}
        />
      </FittedGrid>
      <div className="result-strip" role="group" aria-label="All images of this job">
        <button type="button" className="button button-small" aria-keyshortcuts="Escape" onClick={onClose}>
          All {subjects.length} images
        </button>
        {subjects.map((other, place) => (
          <button
            key={other.image.id}
            type="button"
            className="result-thumb"
            aria-label={`Show ${nameOf(other.image.index + 1)}`}
            aria-current={place === index}
            style={{ aspectRatio: cssAspect(size(other)) }}
            onClick={() => onPick(place, CURRENT_THUMB)}
          >
            <img src={other.image.url} alt="" decoding="async" />
          </button>
        ))}
      </div>
    </div>
  );
}
