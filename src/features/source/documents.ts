import type { SourceImage } from './load-source.ts';
import { useSourceStore } from './store.ts';
import { loadOnIdle } from '../../ui/load-on-idle.ts';

/**
 * The documents' code (reading them back, flattening the one in front, opening files and PSDs)
 * is a chunk of its own: Generate, the first screen, has no source. `followDocuments` asks for
 * it at start-up, so it runs alongside the first render rather than before it.
 */
const loadDocuments = loadOnIdle(() => import('./open-source.ts'));

export type SourceOrigin = Partial<Pick<SourceImage, 'assetPath' | 'fromImageId'>> & {
  /** False when the caller sets the size itself (reusing a job's settings). */
  proposeSize?: boolean;
};

/** Brings back the documents of an earlier visit and keeps the source the one in front. */
export function followDocuments(): void {
  void loadDocuments()
    .then((documents) => documents.followDocuments())
    .catch((error: unknown) => console.warn('The documents of the last visit could not be read.', error));
}

/**
 * Opens an image (or a layered PSD) as a new document, in front: its flattened image becomes
 * the source (see open-source.ts). It never rejects: what went wrong is the source's problem.
 */
async function openSourceFile(file: Blob, name: string, origin?: SourceOrigin): Promise<void> {
  try {
    const { openSource } = await loadDocuments();
    await openSource(file, name, origin);
  } catch {
    useSourceStore.setState({
      problem: `${name} could not be opened: part of the studio did not load. Reload the page and try again.`,
    });
  }
}

export const useSourceLoader = () => openSourceFile;
