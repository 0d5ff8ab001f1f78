import { useEffect, type RefObject } from 'react';
import { useMaskStore, useMaskViewStore } from './store.ts';
import type { MaskEngine } from './engine/engine.ts';
import { isSpaceTarget, isTypingTarget } from '../../ui/typing-target.ts';
import { commandForKey, type MaskCommand } from './shortcuts.ts';
import { stepBrushSize } from './view-settings.ts';

/** Keyboard shortcuts while the editor is mounted; keys typed into text fields are left alone. */
export function useMaskShortcuts(engine: RefObject<MaskEngine | null>, paint: boolean): void {
  useEffect(() => {
    const isSpace = (event: KeyboardEvent) => event.key === ' ' || event.code === 'Space';
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      if (isSpace(event)) {
        if (isSpaceTarget(event.target)) return;
        event.preventDefault();
        engine.current?.setPanKey(true);
        return;
      }
      if (isTypingTarget(event.target)) return;
      const command = commandForKey(event);
      if (!command || (!paint && !VIEW_COMMANDS.has(command))) return;
      if (POLYGON_KEYS.has(command)) {
        // Enter on a focused button presses it; these keys are the polygon's only while one is drawn.
        if (!isSpaceTarget(event.target) && runPolygonKey(command, engine.current)) event.preventDefault();
        return;
      }
      event.preventDefault();
      run(command, engine.current);
    };
    const onKeyUp = (event: KeyboardEvent) => {
      if (isSpace(event)) engine.current?.setPanKey(false);
    };
    const onBlur = () => engine.current?.setPanKey(false);
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    window.addEventListener('blur', onBlur);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
      window.removeEventListener('blur', onBlur);
    };
  }, [engine, paint]);
}

/** What the keys do where the canvas only shows the document: look around, nothing else. */
const VIEW_COMMANDS = new Set<MaskCommand>(['fit', 'actual-size', 'zoom-in', 'zoom-out']);

const POLYGON_KEYS = new Set<MaskCommand>(['confirm', 'cancel', 'undo-point']);

function runPolygonKey(command: MaskCommand, engine: MaskEngine | null): boolean {
  if (command === 'confirm') return engine?.confirm() ?? false;
  if (command === 'cancel') return engine?.cancel() ?? false;
  return engine?.undoPoint() ?? false;
}

function run(command: MaskCommand, engine: MaskEngine | null): void {
  const mask = useMaskStore.getState();
  const view = useMaskViewStore.getState();
  switch (command) {
    case 'brush':
    case 'eraser':
    case 'rect':
    case 'lasso':
    case 'polygon':
    case 'wand':
      return view.setTool(command);
    case 'confirm':
    case 'cancel':
    case 'undo-point':
      return void runPolygonKey(command, engine);
    case 'smaller':
      return view.setBrushSize(stepBrushSize(view.brushSize, 'down'));
    case 'larger':
      return view.setBrushSize(stepBrushSize(view.brushSize, 'up'));
    case 'undo':
      return mask.undo();
    case 'redo':
      return mask.redo();
    case 'invert':
      return mask.invert();
    case 'fit':
      return engine?.fit();
    case 'actual-size':
      return engine?.actualSize();
    case 'zoom-in':
      return engine?.zoomStep(1);
    case 'zoom-out':
      return engine?.zoomStep(-1);
  }
}
