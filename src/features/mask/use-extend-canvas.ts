import { useCallback } from 'react';
import type { PixelSize } from '../../catalog/index.ts';
import { useSourceLoader, useSourceStore } from '../source/index.ts';
import { composeExtension } from './compose-extension.ts';
import type { Placement } from './extend.ts';
import { useMaskStore } from './store.ts';
import type { SourceRef } from './tasks.ts';

/**
 * Extends the canvas for real: the padded image becomes the source (through the source
 * loader, as if the user had opened it) and the extension mask its document, one undo step.
 * The user then sees the new area on the canvas and can paint more before sending.
 */
export function useExtendCanvas() {
  const loadSource = useSourceLoader();
  return useCallback(
    async (source: SourceRef & PixelSize, target: PixelSize, at: Placement): Promise<boolean> => {
      const { paddedSource, maskOps } = await composeExtension(source, target, at);
      const stem = (useSourceStore.getState().source?.name ?? 'image').replace(/\.[^.]*$/, '');
      const name = `${stem}-${target.width}x${target.height}.png`;
      await loadSource(new File([paddedSource], name, { type: 'image/png' }), name);
      const loaded = useSourceStore.getState().source;
      if (!loaded || loaded.width !== target.width || loaded.height !== target.height) return false;
      useMaskStore.getState().restore(loaded.hash, maskOps);
      return true;
    },
    [loadSource],
  );
}
