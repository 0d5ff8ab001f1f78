import { useRef, useState } from 'react';
import { exportMaskPng } from './export.ts';
import { useAdjustBy, useMaskStore, useMaskViewStore } from './store.ts';
import type { SourceRef } from './tasks.ts';
import { ADJUST_MAX } from './view-settings.ts';
import { keepFocus, ToolbarButton } from './MaskToolbar.tsx';
import { runMaskTask } from './worker-client.ts';

export type MaskActionsProps = {
  source: SourceRef & { width: number; height: number };
  onExtend: () => void;
};

type Notice = { text: string; scale?: File } | null;

/** Whole-mask operations: grow, shrink, feather, from transparency, import, download, extend. */
export function MaskActions({ source, onExtend }: MaskActionsProps) {
  const { width, height } = source;
  const adjustBy = useAdjustBy();
  const fileRef = useRef<HTMLInputElement>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const commit = (op: Parameters<ReturnType<typeof useMaskStore.getState>['commit']>[0]) =>
    useMaskStore.getState().commit(op);

  const work = async (label: string, task: () => Promise<void>) => {
    setBusy(label);
    setNotice(null);
    try {
      await task();
    } catch (error) {
      setNotice({ text: `${label} failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(null);
    }
  };

  const importFile = (file: File, scale: boolean) =>
    work('Import', async () => {
      const outcome = await runMaskTask('importMask', file, width, height, scale);
      if (outcome.kind === 'ok') return commit(outcome.op);
      if (outcome.kind === 'unreadable')
        return setNotice({ text: `${file.name} is not an image this browser can read.` });
      setNotice({
        text: `The mask is ${outcome.width}×${outcome.height} but the source is ${width}×${height}. It was not used.`,
        scale: file,
      });
    });

  const download = () =>
    work('Download', async () => {
      const blob = await exportMaskPng(useMaskStore.getState().ops, width, height);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `mask-${width}x${height}.png`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    });

  return (
    <>
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
          onClick={() => commit({ type: 'grow', radius: adjustBy })}
        />
        <ToolbarButton
          label="Shrink"
          shortcut={`by ${adjustBy} px`}
          onClick={() => commit({ type: 'grow', radius: -adjustBy })}
        />
        <ToolbarButton
          label="Feather"
          shortcut={`by ${adjustBy} px`}
          onClick={() => commit({ type: 'feather', radius: adjustBy })}
        />
      </div>
      <div className="mask-toolbar__group" role="group" aria-label="Mask file">
        <ToolbarButton
          label="From transparency"
          shortcut="transparent pixels become the mask"
          onClick={() =>
            void work('From transparency', async () => commit(await runMaskTask('alpha', source)))
          }
        />
        <ToolbarButton
          label="Import mask…"
          shortcut="a PNG, white = change"
          onClick={() => fileRef.current?.click()}
        />
        <input
          ref={fileRef}
          type="file"
          accept="image/png,image/webp,image/jpeg"
          aria-label="Mask image file"
          hidden
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void importFile(file, false);
          }}
        />
        <ToolbarButton
          label="Download mask"
          shortcut="exactly as it is sent"
          onClick={() => void download()}
        />
        <ToolbarButton label="Extend canvas…" shortcut="outpaint to a larger size" onClick={onExtend} />
      </div>
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
              onClick={() => notice.scale && void importFile(notice.scale, true)}
            >
              Scale it to {width}×{height}
            </button>
          )}
          <button
            type="button"
            className="mask-toolbar__button"
            onMouseDown={keepFocus}
            onClick={() => setNotice(null)}
          >
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
