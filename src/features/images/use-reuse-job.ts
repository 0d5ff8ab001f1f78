import { useCallback } from 'react';
import { useMaskStore } from '../mask/index.lazy.ts';
import { useSettingsStore } from '../settings/index.ts';
import type { JobRecord } from '../history/index.lazy.ts';
import { maskKeyOf, useSourceLoader, useSourceStore } from '../source/index.ts';

/** Puts a past job back in the form exactly: mode, model, every setting, its source and its mask. */
export function useReuseJob() {
  const loadSource = useSourceLoader();
  return useCallback(
    async (job: JobRecord, sourceBlob: Blob | undefined) => {
      if (job.source && sourceBlob) {
        await loadSource(sourceBlob, job.source.name, {
          proposeSize: false,
          ...(job.source.fromImageId ? { fromImageId: job.source.fromImageId } : {}),
        });
      }
      // The mask is in the job's source's pixels: it goes back only onto that very image.
      const source = useSourceStore.getState().source;
      if (job.mask && job.source && source?.hash === job.source.hash) {
        useMaskStore.getState().restore(maskKeyOf(source), job.mask);
      } else if (job.mask) {
        useSourceStore.setState({
          problem: "This job's source image is no longer stored, so its mask could not be restored.",
        });
      }
      const settings = useSettingsStore.getState();
      settings.setMode(job.mode);
      settings.selectEntry(job.entryId);
      settings.update(job.settings);
    },
    [loadSource],
  );
}
