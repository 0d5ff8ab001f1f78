import { getEntry } from '../../catalog/index.ts';
import { GPT_IMAGE_2_LIMITS } from '../../catalog/sizes.ts';
import { openDocument, readPsdFile, type OpenInput } from '../document/index.ts';
import { useSettingsStore } from '../settings/index.ts';
import { sizeForSource } from '../settings/index.lazy.ts';
import { useSourceStore } from './store.ts';
import { SourceError, loadSourceFile } from './load-source.ts';
import { isPsd } from './psd-file.ts';
import { followDocuments, sourceSettled } from './document-source.ts';
import type { SourceOrigin } from './documents.ts';

export { followDocuments };

/**
 * Opens an image (or a layered PSD) as a new document, in front: its flattened image becomes
 * the source. A file that is not an image, or does not decode, leaves everything as it was
 * and says why. A new source also proposes an output size of its shape, and opening one while
 * generating switches to Edit.
 */
export async function openSource(
  file: Blob,
  name: string,
  { proposeSize = true, ...origin }: SourceOrigin = {},
): Promise<void> {
  // The documents are followed before one is opened: the new one becomes the source.
  followDocuments();
  useSourceStore.setState({ loading: true, notice: null });
  try {
    const bytes = new Uint8Array(await file.slice(0, 4).arrayBuffer());
    const { input, notices } = isPsd(bytes) ? await openPsd(file, name) : await openImage(file, name, origin);
    await openDocument(input);
    await sourceSettled();
    if (notices.length > 0) useSourceStore.setState({ notice: notices.join(' ') });
    if (!proposeSize) return;
    const settings = useSettingsStore.getState();
    if (settings.mode === 'generate') settings.setMode('edit');
    const { mode, entryIds, settings: current, update } = useSettingsStore.getState();
    const entry = getEntry(entryIds[mode]);
    const size = entry ? sizeForSource(entry, current.size, input) : null;
    if (!size) return;
    update({ size });
    const said = `Output size set to ${size.replace('x', '×')} to match this image's shape (it was ${current.size.replace('x', '×')}).`;
    useSourceStore.setState({ notice: [...notices, said].join(' ') });
  } catch (caught) {
    useSourceStore.setState({
      problem:
        caught instanceof SourceError
          ? caught.message
          : `${name} could not be opened. Try another PNG, JPEG, WebP or PSD file.`,
    });
  } finally {
    useSourceStore.setState({ loading: false });
  }
}

async function openImage(file: Blob, name: string, origin: SourceOrigin) {
  const source = await loadSourceFile(file, name);
  const { blob, width, height, scaledFrom } = source;
  const input: OpenInput = {
    image: blob,
    name,
    width,
    height,
    ...(scaledFrom ? { scaledFrom } : {}),
    ...(origin.assetPath ? { assetPath: origin.assetPath } : {}),
    ...(origin.fromImageId ? { fromImageId: origin.fromImageId } : {}),
  };
  return { input, notices: [] };
}

async function openPsd(file: Blob, name: string) {
  const read = await readPsdFile(file, name).catch(() => {
    throw new SourceError(
      `${name} could not be read as a Photoshop file. Save it again as a PSD (not PSB) and retry.`,
    );
  });
  const { width, height } = read.input;
  const { maxEdge, maxPixels } = GPT_IMAGE_2_LIMITS;
  if (Math.max(width, height) > maxEdge || width * height > maxPixels) {
    throw new SourceError(
      `${name} is ${width}×${height}; the models take at most ${maxEdge} px on a side and ${(maxPixels / 1e6).toFixed(1)} megapixels. Reduce the image size in your editor and open it again.`,
    );
  }
  return read;
}
