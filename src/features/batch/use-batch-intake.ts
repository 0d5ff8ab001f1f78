import { useCallback } from 'react';
import { loadOnIdle } from '../../ui/load-on-idle.ts';
import { useSettingsStore } from '../settings/index.ts';
import { useBatchStore } from './store.ts';

// Reading files (decoding, scaling down) is its own chunk: the first screen reads none.
const loadIntake = loadOnIdle(() => import('./intake.ts'));

/**
 * Takes several images dropped or opened together as a batch. A batch edits or inpaints
 * sources, so offering them while generating switches to Edit.
 */
export function useBatchIntake(): (files: readonly File[]) => Promise<void> {
  return useCallback(async (files) => {
    const intake = await loadIntake().catch(() => null);
    const { sources, problems } = intake
      ? await intake.readBatchSources(files)
      : {
          sources: [],
          problems: ['The images could not be read: part of the studio did not load. Reload the page.'],
        };
    useBatchStore.getState().setSources(sources, problems);
    const settings = useSettingsStore.getState();
    if (sources.length > 0 && settings.mode === 'generate') settings.setMode('edit');
  }, []);
}
