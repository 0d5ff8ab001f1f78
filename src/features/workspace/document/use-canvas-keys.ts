import { useEffect, useEffectEvent } from 'react';
import {
  acceptCandidate,
  changeDocument,
  discardAllCandidates,
  discardCandidate,
  redo,
  showCandidate,
  undo,
  type DocumentRecord,
} from '../../document/index.ts';
import { polygonOpen } from '../../mask/index.lazy.ts';
import { isSpaceTarget, isTypingTarget } from '../../../ui/typing-target.ts';
import { canvasCommandForKey, needsCandidates, type CanvasCommand } from './canvas-keys.ts';
import { usePeekStore } from './canvas-view-store.ts';

/** Controls whose own keys (arrows, Esc) must stay theirs. */
const OWN_KEYS =
  'input, select, textarea, [role="slider"], [role="tablist"], [role="menu"], dialog, [role="dialog"]';

/**
 * The staging area's keys and the document's undo, while the document is on the stage. They
 * run before the mask editor's (capture phase), except where a polygon is being drawn: Enter
 * and Esc then close or drop the polygon.
 */
export function useCanvasKeys(doc: DocumentRecord, plainUndo: boolean): void {
  const onKey = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || isTypingTarget(event.target)) return;
    const command = canvasCommandForKey(event, plainUndo);
    if (!command) return;
    if (needsCandidates(command) && doc.content.candidates.length === 0) return;
    const target = event.target instanceof Element ? event.target : null;
    if (target?.closest(OWN_KEYS)) return;
    if (command === 'accept' && isSpaceTarget(event.target)) return;
    if ((command === 'accept' || command === 'discard-all') && polygonOpen()) return;
    event.preventDefault();
    if (command === 'peek') usePeekStore.setState({ peeking: true });
    else run(command, doc.id);
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => onKey(event);
    const stopPeeking = () => usePeekStore.setState({ peeking: false });
    const onKeyUp = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'h') stopPeeking();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', stopPeeking);
    return () => {
      window.removeEventListener('keydown', onKeyDown, { capture: true });
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', stopPeeking);
      stopPeeking();
    };
  }, []);
}

function run(command: Exclude<CanvasCommand, 'peek'>, docId: string): void {
  switch (command) {
    case 'previous':
      return changeDocument(docId, (doc) => showCandidate(doc, -1));
    case 'next':
      return changeDocument(docId, (doc) => showCandidate(doc, 1));
    case 'accept':
      return changeDocument(docId, (doc) => acceptCandidate(doc, crypto.randomUUID()));
    case 'discard':
      return changeDocument(docId, (doc) => discardCandidate(doc));
    case 'discard-all':
      return changeDocument(docId, discardAllCandidates);
    case 'undo':
      return changeDocument(docId, undo);
    case 'redo':
      return changeDocument(docId, redo);
  }
}
