import { useCallback } from 'react';
import { getEntry, preferredSize } from '../../catalog/index.ts';
import { useSettingsStore } from '../settings/store.ts';
import { useSourceStore } from './store.ts';
import { SourceError, loadSourceFile, type SourceImage } from './load-source.ts';

type SourceOrigin = Partial<Pick<SourceImage, 'assetPath' | 'fromImageId'>> & {
  /** False when the caller sets the size itself (reusing a job's settings). */
  proposeSize?: boolean;
};

/**
 * Opens an image as the source. A file that is not an image, or does not decode, leaves
 * everything as it was and says why. A new source also proposes an output size of its shape,
 * and opening one while generating switches to Edit.
 */
export function useSourceLoader() {
  return useCallback(
    async (file: Blob, name: string, { proposeSize = true, ...origin }: SourceOrigin = {}) => {
      useSourceStore.setState({ loading: true });
      try {
        const source = { ...(await loadSourceFile(file, name)), ...origin };
        useSourceStore.getState().setSource(source);
        if (!proposeSize) return;
        const settings = useSettingsStore.getState();
        if (settings.mode === 'generate') settings.setMode('edit');
        const { mode, entryIds, update } = useSettingsStore.getState();
        const entry = getEntry(entryIds[mode]);
        if (entry) update({ size: preferredSize(entry, source) });
      } catch (caught) {
        useSourceStore.setState({
          problem:
            caught instanceof SourceError
              ? caught.message
              : `${name} could not be opened. Try another PNG, JPEG or WebP file.`,
        });
      } finally {
        useSourceStore.setState({ loading: false });
      }
    },
    [],
  );
}
