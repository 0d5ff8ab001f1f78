import type { SourceImage } from '../source/index.ts';
import { loadSourceFile } from '../source/index.lazy.ts';
import { MAX_BATCH } from './store.ts';

/**
 * Reads the files offered together as batch sources. Too many refuses them all (nothing is
 * half-taken); a file that is not a readable image is left out and named, the others stay.
 */
export async function readBatchSources(
  files: readonly File[],
  load: (file: File, name: string) => Promise<SourceImage> = loadSourceFile,
): Promise<{ sources: SourceImage[]; problems: string[] }> {
  if (files.length > MAX_BATCH) {
    return {
      sources: [],
      problems: [`A batch takes at most ${MAX_BATCH} images; ${files.length} were offered. Pick fewer.`],
    };
  }
  const settled = await Promise.allSettled(files.map((file, i) => load(file, file.name || `image-${i + 1}`)));
  const sources: SourceImage[] = [];
  const problems: string[] = [];
  settled.forEach((outcome, i) => {
    if (outcome.status === 'fulfilled') sources.push(outcome.value);
    else
      problems.push(
        outcome.reason instanceof Error
          ? outcome.reason.message
          : `${files[i]?.name ?? 'A file'} could not be opened.`,
      );
  });
  return { sources, problems };
}
