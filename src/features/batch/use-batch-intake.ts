import { useCallback } from 'react';
import { useSettingsStore } from '../settings/index.ts';
import { readBatchSources } from './intake.ts';
import { useBatchStore } from './store.ts';

/**
 * Takes several images dropped or opened together as a batch. A batch edits or inpaints
 * sources, so offering them while generating switches to Edit.
 */
export function useBatchIntake(): (files: readonly File[]) => Promise<void> {
  return useCallback(async (files) => {
    const { sources, problems } = await readBatchSources(files);
    useBatchStore.getState().setSources(sources, problems);
    const settings = useSettingsStore.getState();
    if (sources.length > 0 && settings.mode === 'generate') settings.setMode('edit');
  }, []);
}
