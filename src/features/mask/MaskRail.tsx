import type { ReactNode } from 'react';
import { MaskIcon } from './icons.tsx';
import { useCanRedo, useCanUndo, useMaskStore, useMaskTool, useMaskViewStore } from './store.ts';
import { ToolbarButton } from './toolbar-button.tsx';
import type { MaskTool } from './view-settings.ts';

export const SELECT_HINT = 'Shift adds, Alt subtracts';

const TOOLS: { tool: MaskTool; label: string; key: string; hint?: string }[] = [
  { tool: 'brush', label: 'Brush', key: 'B' },
  { tool: 'eraser', label: 'Eraser', key: 'E' },
  { tool: 'rect', label: 'Rectangle', key: 'R', hint: SELECT_HINT },
  { tool: 'lasso', label: 'Lasso', key: 'L', hint: SELECT_HINT },
  {
    tool: 'polygon',
    label: 'Polygon',
    key: 'P',
    hint: `click points, Enter or double-click closes, Esc cancels; ${SELECT_HINT}`,
  },
  { tool: 'wand', label: 'Magic wand', key: 'W', hint: SELECT_HINT },
];

/**
 * The mask tools as a slim vertical rail beside the canvas: the tools, then undo, redo and the
 * whole-mask steps, each an icon named for screen readers and in its tooltip (with its key);
 * `children` (the menu of rarer actions) last.
 */
export function MaskRail({ children }: { children?: ReactNode }) {
  const tool = useMaskTool();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const { setTool } = useMaskViewStore.getState();
  const { undo, redo, clear, fillAll, invert } = useMaskStore.getState();

  return (
    <div className="mask-rail">
      <div className="mask-rail__group" role="group" aria-label="Tool">
        {TOOLS.map(({ tool: id, label, key, hint }) => (
          <ToolbarButton
            key={id}
            label={label}
            shortcut={hint ? `${key}; ${hint}` : key}
            keys={key}
            pressed={tool === id}
            onClick={() => setTool(id)}
          >
            <MaskIcon name={id} />
          </ToolbarButton>
        ))}
      </div>
      <div className="mask-rail__group" role="group" aria-label="Edit">
        <ToolbarButton
          label="Undo"
          shortcut="Ctrl+Z"
          keys="Control+Z Meta+Z"
          disabled={!canUndo}
          onClick={undo}
        >
          <MaskIcon name="undo" />
        </ToolbarButton>
        <ToolbarButton
          label="Redo"
          shortcut="Ctrl+Shift+Z"
          keys="Control+Shift+Z Meta+Shift+Z Control+Y"
          disabled={!canRedo}
          onClick={redo}
        >
          <MaskIcon name="redo" />
        </ToolbarButton>
        <ToolbarButton label="Clear" onClick={clear}>
          <MaskIcon name="clear" />
        </ToolbarButton>
        <ToolbarButton label="Fill all" onClick={fillAll}>
          <MaskIcon name="fill" />
        </ToolbarButton>
        <ToolbarButton label="Invert" shortcut="X" keys="X I" onClick={invert}>
          <MaskIcon name="invert" />
        </ToolbarButton>
      </div>
      {children}
    </div>
  );
}
