import type { MouseEvent, ReactNode } from 'react';
import {
  useBrushSize,
  useCanRedo,
  useCanUndo,
  useMaskStore,
  useMaskTool,
  useMaskViewStore,
  useOverlayColor,
  useOverlayOpacity,
  useSoftness,
  useWandOptions,
} from './store.ts';
import { ToolIcon } from './icons.tsx';
import {
  BRUSH_SIZE_MAX,
  BRUSH_SIZE_MIN,
  brushSizeToSlider,
  clampBrushSize,
  sliderToBrushSize,
  type MaskTool,
} from './view-settings.ts';

export type MaskToolbarProps = {
  zoom: number;
  onFit: () => void;
  onActualSize: () => void;
  onZoomStep: (direction: 1 | -1) => void;
  /** The mask actions (adjust, import, download, extend), shown after the view controls. */
  children?: ReactNode;
};

/** Toolbar buttons keep the focus where it was, so a later Space pans instead of pressing them. */
export const keepFocus = (event: MouseEvent) => event.preventDefault();

export function ToolbarButton(props: {
  label: string;
  shortcut?: string;
  keys?: string;
  pressed?: boolean;
  disabled?: boolean;
  onClick: () => void;
  children?: ReactNode;
}) {
  const { label, shortcut, keys, pressed, disabled, onClick, children } = props;
  return (
    <button
      type="button"
      className="mask-toolbar__button"
      title={shortcut ? `${label} (${shortcut})` : label}
      aria-label={children ? label : undefined}
      aria-keyshortcuts={keys}
      aria-pressed={pressed}
      disabled={disabled}
      onMouseDown={keepFocus}
      onClick={onClick}
    >
      {children ?? label}
    </button>
  );
}

const SELECT_HINT = 'Shift adds, Alt subtracts';
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

export function MaskToolbar({ zoom, onFit, onActualSize, onZoomStep, children }: MaskToolbarProps) {
  const tool = useMaskTool();
  const overlayColor = useOverlayColor();
  const overlayOpacity = useOverlayOpacity();
  const canUndo = useCanUndo();
  const canRedo = useCanRedo();
  const { setTool, setOverlayColor, setOverlayOpacity } = useMaskViewStore.getState();
  const { undo, redo, clear, fillAll, invert } = useMaskStore.getState();

  return (
    <div className="mask-toolbar">
      <div className="mask-toolbar__group" role="group" aria-label="Tool">
        {TOOLS.map(({ tool: id, label, key, hint }) => (
          <ToolbarButton
            key={id}
            label={label}
            shortcut={hint ? `${key}; ${hint}` : key}
            keys={key}
            pressed={tool === id}
            onClick={() => setTool(id)}
          >
            <ToolIcon tool={id} />
          </ToolbarButton>
        ))}
      </div>

      <ToolOptions tool={tool} />

      <div className="mask-toolbar__group" role="group" aria-label="Edit">
        <ToolbarButton
          label="Undo"
          shortcut="Ctrl+Z"
          keys="Control+Z Meta+Z"
          disabled={!canUndo}
          onClick={undo}
        />
        <ToolbarButton
          label="Redo"
          shortcut="Ctrl+Shift+Z"
          keys="Control+Shift+Z Meta+Shift+Z Control+Y"
          disabled={!canRedo}
          onClick={redo}
        />
        <ToolbarButton label="Clear" onClick={clear} />
        <ToolbarButton label="Fill all" onClick={fillAll} />
        <ToolbarButton label="Invert" shortcut="X" keys="X I" onClick={invert} />
      </div>

      <div className="mask-toolbar__group" role="group" aria-label="View">
        <ToolbarButton label="Fit to screen" shortcut="0" keys="0" onClick={onFit}>
          Fit
        </ToolbarButton>
        <ToolbarButton label="Actual size, 100 %" shortcut="1" keys="1" onClick={onActualSize}>
          100 %
        </ToolbarButton>
        <ToolbarButton label="Zoom out" shortcut="−" keys="-" onClick={() => onZoomStep(-1)}>
          −
        </ToolbarButton>
        <ToolbarButton label="Zoom in" shortcut="+" keys="+" onClick={() => onZoomStep(1)}>
          +
        </ToolbarButton>
        <output className="mask-toolbar__readout" aria-label="Zoom">
          {Math.round(zoom * 100)} %
        </output>
      </div>

      <div className="mask-toolbar__group" role="group" aria-label="Overlay">
        <label className="mask-toolbar__field">
          <span>Overlay colour</span>
          <input
            type="color"
            value={overlayColor}
            onChange={(event) => setOverlayColor(event.target.value)}
          />
        </label>
        <PercentField label="Opacity" value={overlayOpacity} onChange={setOverlayOpacity} />
      </div>

      {children}
    </div>
  );
}

/** The current tool's options, all in one place: brush size and softness, or the wand's tolerance. */
function ToolOptions({ tool }: { tool: MaskTool }) {
  const brushSize = useBrushSize();
  const softness = useSoftness();
  const { tolerance, contiguous } = useWandOptions();
  const { setBrushSize, setSoftness, setTolerance, setContiguous } = useMaskViewStore.getState();
  if (tool === 'wand') {
    return (
      <div className="mask-toolbar__group mask-toolbar__options" role="group" aria-label="Tool options">
        <label className="mask-toolbar__field">
          <span>Tolerance</span>
          <input
            type="range"
            min={0}
            max={255}
            step={1}
            value={tolerance}
            onChange={(event) => setTolerance(Number(event.target.value))}
          />
          <input
            type="number"
            className="mask-toolbar__number"
            min={0}
            max={255}
            value={tolerance}
            aria-label="Tolerance, 0 to 255"
            onChange={(event) => setTolerance(Number(event.target.value))}
          />
        </label>
        <label className="mask-toolbar__field">
          <input
            type="checkbox"
            checked={contiguous}
            onChange={(event) => setContiguous(event.target.checked)}
          />
          <span>Contiguous</span>
        </label>
      </div>
    );
  }
  if (tool !== 'brush' && tool !== 'eraser') {
    return (
      <div className="mask-toolbar__group mask-toolbar__options" role="group" aria-label="Tool options">
        <span className="mask-toolbar__readout">{SELECT_HINT}</span>
      </div>
    );
  }
  return (
    <div className="mask-toolbar__group mask-toolbar__options" role="group" aria-label="Tool options">
      <label className="mask-toolbar__field">
        <span>Size</span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.001}
          value={brushSizeToSlider(brushSize)}
          aria-valuetext={`${brushSize} pixels`}
          aria-keyshortcuts="[ ]"
          onChange={(event) => setBrushSize(sliderToBrushSize(Number(event.target.value)))}
        />
      </label>
      <label className="mask-toolbar__field">
        <input
          type="number"
          className="mask-toolbar__number"
          min={BRUSH_SIZE_MIN}
          max={BRUSH_SIZE_MAX}
          value={brushSize}
          aria-label="Brush size in pixels"
          onChange={(event) => {
            const size = Number(event.target.value);
            if (Number.isFinite(size) && size > 0) setBrushSize(clampBrushSize(size));
          }}
        />
        <span>px</span>
      </label>
      <PercentField label="Softness" value={softness} onChange={setSoftness} />
    </div>
  );
}

/** A 0..1 value as a 0–100 % slider with its figure beside it. */
function PercentField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: number;
  onChange: (value: number) => void;
}) {
  return (
    <label className="mask-toolbar__field">
      <span>{label}</span>
      <input
        type="range"
        min={0}
        max={100}
        step={1}
        value={Math.round(value * 100)}
        onChange={(event) => onChange(Number(event.target.value) / 100)}
      />
      <output>{Math.round(value * 100)} %</output>
    </label>
  );
}
