import { useId, useRef } from 'react';
import { MaskIcon } from './icons.tsx';
import { useAdjustBy, useMaskViewStore } from './store.ts';
import { keepFocus, ToolbarButton } from './toolbar-button.tsx';
import type { MaskActions } from './use-mask-actions.ts';
import { usePopoverBeside } from './use-popover-beside.ts';
import { ADJUST_MAX } from './view-settings.ts';

/**
 * The rarer whole-mask actions behind one rail button: grow, shrink and feather by N px, from
 * transparency, import, download, extend. A popover: Tab walks through it, Esc or a click
 * outside closes it, and each action closes it.
 */
export function MaskActionsMenu({ actions, onExtend }: { actions: MaskActions; onExtend: () => void }) {
  const id = useId();
  const adjustBy = useAdjustBy();
  const fileRef = useRef<HTMLInputElement>(null);
  const { invoker, popover } = usePopoverBeside<HTMLButtonElement>('right');
  const { commit } = actions;
  return (
    <>
      <button
        ref={invoker}
        type="button"
        className="mask-toolbar__button"
        aria-label="Mask actions"
        title="Mask actions: grow, shrink, feather, from transparency, import, download, extend"
        popoverTarget={id}
        onMouseDown={keepFocus}
      >
        <MaskIcon name="actions" />
      </button>
      <div
        ref={popover}
        id={id}
        popover="auto"
        className="mask-popover"
        role="group"
        aria-label="Mask actions"
      >
        <div className="mask-toolbar__group" role="group" aria-label="Adjust mask">
          <label className="mask-toolbar__field">
            <input
              type="number"
              className="mask-toolbar__number"
              min={1}
              max={ADJUST_MAX}
              value={adjustBy}
              aria-label="Grow, shrink or feather by, in pixels"
              onChange={(event) => useMaskViewStore.getState().setAdjustBy(Number(event.target.value))}
            />
            <span>px</span>
          </label>
          <ToolbarButton
            label="Grow"
            shortcut={`by ${adjustBy} px`}
            closes={id}
            onClick={() => commit({ type: 'grow', radius: adjustBy })}
          />
          <ToolbarButton
            label="Shrink"
            shortcut={`by ${adjustBy} px`}
            closes={id}
            onClick={() => commit({ type: 'grow', radius: -adjustBy })}
          />
          <ToolbarButton
            label="Feather"
            shortcut={`by ${adjustBy} px`}
            closes={id}
            onClick={() => commit({ type: 'feather', radius: adjustBy })}
          />
        </div>
        <div className="mask-toolbar__group" role="group" aria-label="Mask file">
          <ToolbarButton
            label="From transparency"
            shortcut="transparent pixels become the mask"
            closes={id}
            onClick={() => void actions.fromTransparency()}
          />
          <ToolbarButton
            label="Import mask…"
            shortcut="a PNG, white = change"
            closes={id}
            onClick={() => fileRef.current?.click()}
          />
          <ToolbarButton
            label="Download mask"
            shortcut="exactly as it is sent"
            closes={id}
            onClick={() => void actions.download()}
          />
          <ToolbarButton
            label="Extend canvas…"
            shortcut="outpaint to a larger size"
            closes={id}
            onClick={onExtend}
          />
        </div>
      </div>
      <input
        ref={fileRef}
        type="file"
        accept="image/png,image/webp,image/jpeg"
        aria-label="Mask image file"
        hidden
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) void actions.importFile(file, false);
        }}
      />
    </>
  );
}

/** What the actions are busy with, or have to say, on a line over the canvas. */
export function MaskActionNotice({
  actions,
  width,
  height,
}: {
  actions: MaskActions;
  width: number;
  height: number;
}) {
  const { busy, notice } = actions;
  if (!busy && !notice) return null;
  return (
    <div className="mask-toolbar__notice">
      {busy && (
        <output className="mask-toolbar__readout" aria-live="polite">
          {busy}…
        </output>
      )}
      {notice && (
        <div className="mask-toolbar__notice" role="alert">
          <span>{notice.text}</span>
          {notice.scale && (
            <button
              type="button"
              className="mask-toolbar__button"
              onMouseDown={keepFocus}
              onClick={() => notice.scale && void actions.importFile(notice.scale, true)}
            >
              Scale it to {width}×{height}
            </button>
          )}
          <button
            type="button"
            className="mask-toolbar__button"
            onMouseDown={keepFocus}
            onClick={actions.dismiss}
          >
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
