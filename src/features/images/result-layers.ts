import { compareStore } from '../compare/index.ts';
import { resultAsLayer } from '../compare/index.lazy.ts';
import type { CandidatePicture } from '../document/index.ts';
import type { JobRecord } from '../history/index.lazy.ts';
import { renderMask } from '../mask/index.lazy.ts';
import { loadImageBlob } from './load.ts';
import { subjectsOf } from './subject.ts';

/**
 * A finished edit's or inpaint's images as candidates for the document it was made from: each
 * on the document's grid, an inpaint clipped by its mask through the feathered band that
 * "preserve outside mask" uses, named by the job's prompt.
 */
export async function resultLayers(
  job: JobRecord,
  size: { width: number; height: number },
  sourceBlob?: Blob,
): Promise<CandidatePicture[]> {
  const { featherRadius } = compareStore.getState();
  const inpaint = job.mode === 'inpaint' && job.mask !== undefined;
  // The mask is in the job's source pixels, which are the document's.
  const maskCoverage = inpaint ? await renderMask(job.mask!, size.width, size.height) : null;
  return Promise.all(
    subjectsOf(job, sourceBlob).map(async (subject) => {
      const picture = await resultAsLayer({
        size,
        result: await loadImageBlob(subject),
        maskCoverage,
        featherRadius,
      });
      return {
        ...picture,
        id: subject.image.id,
        kind: inpaint ? ('inpaint' as const) : ('edit' as const),
        name: job.settings.prompt,
        feather: inpaint ? featherRadius : 0,
      };
    }),
  );
}
