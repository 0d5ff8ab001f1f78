import { useCallback } from 'react';
import { getEntry } from '../../catalog/index.ts';
import { sizeForSource, useSettingsStore } from '../settings/index.ts';
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
      useSourceStore.setState({ loading: true, notice: null });
      try {
        const source = { ...(await loadSourceFile(file, name)), ...origin };
        useSourceStore.getState().setSource(source);
        if (!proposeSize) return;
        const settings = useSettingsStore.getState();
        if (settings.mode === 'generate') settings.setMode('edit');
        const { mode, entryIds, settings: current, update } = useSettingsStore.getState();
        const entry = getEntry(entryIds[mode]);
        const size = entry ? sizeForSource(entry, current.size, source) : null;
        if (!size) return;
        update({ size });
        useSourceStore.setState({
          notice: `Output size set to ${size.replace('x', '×')} to match this image's shape (it was ${current.size.replace('x', '×')}).`,
        });
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
