import { useId } from 'react';
import { SELECT_HINT } from './MaskRail.tsx';
import {
  useBrushSize,
  useOverlayColor,
  useOverlayOpacity,
  useSoftness,
  useWandOptions,
  useMaskViewStore,
} from './store.ts';
import { usePopoverBeside } from './use-popover-beside.ts';
import { keepFocus, ToolbarButton } from './toolbar-button.tsx';
import {
  BRUSH_SIZE_MAX,
  BRUSH_SIZE_MIN,
  brushSizeToSlider,
  clampBrushSize,
  sliderToBrushSize,
  type MaskTool,
} from './view-settings.ts';

export type MaskOptionsProps = {
  /** null where nothing is painted (Edit): only the zoom. */
  tool: MaskTool | null;
  zoom: number;
  onFit: () => void;
  onActualSize: () => void;
  onZoomStep: (direction: 1 | -1) => void;
};

/** One row over the canvas: the current tool's options, then the overlay and the zoom. */
export function MaskOptions({ tool, zoom, onFit, onActualSize, onZoomStep }: MaskOptionsProps) {
  return (
    <div className="mask-toolbar">
      {tool && <ToolOptions tool={tool} />}
      <div className="mask-toolbar__end">
        {tool && <OverlayOptions />}
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
      </div>
    </div>
  );
}

/** The overlay's colour and opacity, set once and rarely again: behind a small popover. */
function OverlayOptions() {
  const id = useId();
  const overlayColor = useOverlayColor();
  const overlayOpacity = useOverlayOpacity();
  const { setOverlayColor, setOverlayOpacity } = useMaskViewStore.getState();
  const { invoker, popover } = usePopoverBeside<HTMLButtonElement>('below');
  return (
    <>
      <button
        ref={invoker}
        type="button"
        className="mask-toolbar__button mask-toolbar__overlay"
        popoverTarget={id}
        title="Overlay colour and opacity"
        onMouseDown={keepFocus}
      >
        <span className="mask-toolbar__swatch" style={{ background: overlayColor }} aria-hidden="true" />
        Overlay
      </button>
      <div ref={popover} id={id} popover="auto" className="mask-popover" role="group" aria-label="Overlay">
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
    </>
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
