import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { MAX_COMPARED, MIN_COMPARED, compareStore } from '../../compare/index.ts';
import { marksOf, useImagesStore } from '../store.ts';
import { shownSubject } from '../subject.ts';
import { moveTarget, triageCommand } from '../triage-keys.ts';
import { useImageActions } from '../use-image-actions.ts';

/** The attribute that makes an image's main button an item of the triage around it. */
export const TRIAGE_ITEM = 'data-triage-id';

/**
 * A set of images worked through by keyboard (results, a sweep's columns, the history): while
 * an image has focus, the triage keys act on it and the arrows move between the images.
 */
export function TriageArea({
  label,
  className,
  busy,
  onView,
  children,
}: {
  label: string;
  className?: string;
  busy?: boolean;
  /**
   * What Space does on an image before the default, the large view of every image in the area;
   * returns whether it took the key.
   */
  onView?: (item: HTMLElement) => boolean;
  children: ReactNode;
}) {
  const area = useRef<HTMLDivElement>(null);
  const actions = useImageActions();

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const target = event.target as HTMLElement;
    const id = target.getAttribute(TRIAGE_ITEM);
    if (event.defaultPrevented || !id || !area.current) return;
    const command = triageCommand(event);
    const subject = shownSubject(id);
    if (!command || !subject) return;
    // Space and Enter would also press the focused button; the triage decides what they do.
    event.preventDefault();
    const items = [...area.current.querySelectorAll<HTMLElement>(`[${TRIAGE_ITEM}]`)];
    const index = items.indexOf(target);
    const subjects = items.flatMap((item) => shownSubject(item.getAttribute(TRIAGE_ITEM) ?? '') ?? []);
    const { marks, showRejected, setProblem, setComparing } = useImagesStore.getState();
    const shown = marksOf(subject, marks[id]);
    switch (command.type) {
      case 'move':
        return items[
          moveTarget(
            items.map((item) => item.getBoundingClientRect()),
            index,
            command.key,
          )
        ]?.focus();
      case 'view':
        if (onView?.(target)) return;
        return actions.view(subjects, Math.max(0, subjects.indexOf(subject)));
      case 'star':
        return void actions.toggleStar(subject, shown.starred);
      case 'reject': {
        // A rejected image disappears: the focus goes on to the next one, not to the page.
        const next = !shown.rejected && !showRejected ? (items[index + 1] ?? items[index - 1]) : undefined;
        void actions.toggleReject(subject, shown.rejected);
        return next?.focus();
      }
      case 'pick':
        return compareStore.getState().placeSelected(command.slot, id);
      case 'compare':
        return openCompare(setComparing, setProblem);
      case 'download':
        return void actions.download([subject]);
      case 'use-as-source':
        return void actions.useAsSource(subject);
    }
  };

  return (
    <div
      ref={area}
      className={className}
      role="group"
      aria-label={label}
      aria-busy={busy}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}

function openCompare(setComparing: (on: boolean) => void, setProblem: (problem: string | null) => void) {
  const picked = compareStore.getState().selectedIds.length;
  if (picked >= MIN_COMPARED && picked <= MAX_COMPARED) return setComparing(true);
  setProblem(`Pick ${MIN_COMPARED} to ${MAX_COMPARED} images with the keys 1 to 4 to compare them.`);
}
