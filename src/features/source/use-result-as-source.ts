import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { errorMessage } from '../../api/client.ts';
import { fetchImageBlob } from '../../api/image.ts';
import { rememberAssetPath } from '../jobs/upload-asset.ts';
import { useSourceStore } from './store.ts';
import { useSourceLoader } from './use-source-loader.ts';

export type ResultForSource = {
  url: string;
  /** 1min.ai's path for the image: the next 1min.ai job uses it without uploading again. */
  assetPath?: string;
  /** Its id in the history, for the lineage. */
  imageId?: string;
  name: string;
};

/**
 * Makes a result (or a history image) the next source. The pixels come through the studio's
 * origin so the mask canvas can use them; on 1min.ai the result's own asset path is reused.
 */
export function useResultAsSource() {
  const queryClient = useQueryClient();
  const load = useSourceLoader();
  return useCallback(
    async (result: ResultForSource, blob?: Blob) => {
      try {
        const bytes = blob ?? (await fetchImageBlob(result.url));
        await load(bytes, result.name, {
          ...(result.assetPath ? { assetPath: result.assetPath } : {}),
          ...(result.imageId ? { fromImageId: result.imageId } : {}),
        });
        const source = useSourceStore.getState().source;
        if (source && result.assetPath && !source.scaledFrom) {
          rememberAssetPath(queryClient, source.hash, result.assetPath);
        }
      } catch (error) {
        useSourceStore.setState({
          problem: `That image could not be used as the source. ${errorMessage(error)}`,
        });
      }
    },
    [load, queryClient],
  );
}
