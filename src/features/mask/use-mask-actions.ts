import { useState } from 'react';
import { exportMaskPng } from './export.ts';
import { useMaskStore } from './store.ts';
import type { SourceRef } from './tasks.ts';
import { runMaskTask } from './worker-client.ts';

export type MaskActionSource = SourceRef & { width: number; height: number };

/** What an action has to say: a failure, or an imported mask of another size to scale or not. */
type Notice = { text: string; scale?: File } | null;

type MaskOp = Parameters<ReturnType<typeof useMaskStore.getState>['commit']>[0];
const commit = (op: MaskOp) => useMaskStore.getState().commit(op);

/**
 * The whole-mask actions (from transparency, import, download) with what they are busy with
 * and what they have to say, so the menu that starts them and the line that reports them can
 * sit apart.
 */
export function useMaskActions(source: MaskActionSource) {
  const { width, height } = source;
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState<string | null>(null);

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

  const fromTransparency = () =>
    work('From transparency', async () => commit(await runMaskTask('alpha', source)));

  return { busy, notice, dismiss: () => setNotice(null), importFile, download, fromTransparency, commit };
}

export type MaskActions = ReturnType<typeof useMaskActions>;
