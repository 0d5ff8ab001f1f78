import { getBlob, putBlob } from './blob-store.ts';
import { flattenedImage } from './flattened.ts';
import { mergeDown, stageCandidates } from './operations.ts';
import type { Candidate, DocumentRecord, Layer } from './schema.ts';
import { changeDocument, useDocumentStore, type OpenInput } from './store.ts';
import { runDocumentTask } from './worker-client.ts';

/** What a document does with pixels: its work runs in the document worker, its outcome goes through the store. */

/** A result made ready to wait on its document (by the images module, which owns results). */
export type CandidatePicture = Omit<Candidate, 'pixels' | 'mask' | 'jobId'> & {
  pixels: Blob;
  mask: Blob | null;
};

/** Offers a job's results on the document it was made from, once per job. */
export async function stageResults(docId: string, jobId: string, pictures: readonly CandidatePicture[]) {
  const candidates = await Promise.all(
    pictures.map(async ({ pixels, mask, ...rest }): Promise<Candidate> => ({
      ...rest,
      jobId,
      pixels: await putBlob(pixels),
      mask: mask ? await putBlob(mask) : null,
    })),
  );
  changeDocument(docId, (doc) => stageCandidates(doc, jobId, candidates));
}

const pictureBlobs = async (layer: Pick<Layer, 'pixels' | 'mask' | 'opacity'>) => ({
  pixels: await getBlob(layer.pixels),
  mask: layer.mask ? await getBlob(layer.mask) : null,
  opacity: layer.opacity,
});

/** Merges a layer into the one under it (or, for the bottom layer, into the base): one undo step. */
export async function mergeLayerDown(docId: string, layerId: string): Promise<void> {
  const doc = useDocumentStore.getState().documents[docId];
  const layers = doc?.content.layers ?? [];
  const index = layers.findIndex((l) => l.id === layerId);
  const layer = layers[index];
  if (!doc || !layer) return;
  const size = { width: doc.width, height: doc.height };
  const top = await pictureBlobs(layer);
  const below = layers[index - 1];
  if (!below) {
    const base = await runDocumentTask('mergeIntoBase', size, await getBlob(doc.content.base), top);
    const hash = await putBlob(base);
    changeDocument(docId, (current) => mergeDown(current, layerId, { into: 'base', base: hash }));
    return;
  }
  const merged = await runDocumentTask('mergeLayers', size, await pictureBlobs(below), top);
  const [pixels, mask] = await Promise.all([putBlob(merged.pixels), putBlob(merged.mask)]);
  const mergedLayer: Layer = {
    ...below,
    id: crypto.randomUUID(),
    pixels,
    mask,
    feather: 0,
    opacity: 1,
    origin: { kind: 'merge' },
  };
  changeDocument(docId, (current) => mergeDown(current, layerId, { into: 'layer', layer: mergedLayer }));
}

/** The document as a PNG, pixel for pixel its flatten. */
export async function documentPng(doc: DocumentRecord): Promise<Blob> {
  const { blob, layered } = await flattenedImage(doc);
  if (layered || blob.type === 'image/png') return blob;
  // A JPEG or WebP base with no layer: the same pixels, in the promised format.
  return runDocumentTask('flatten', { width: doc.width, height: doc.height }, blob, []);
}

/** The document as a layered PSD: the base at the bottom, each layer with its name, opacity and visibility. */
export async function documentPsd(doc: DocumentRecord): Promise<Blob> {
  const layers = await Promise.all(
    doc.content.layers.map(async (layer) => ({
      ...(await pictureBlobs(layer)),
      name: layer.name,
      visible: layer.visible,
    })),
  );
  return runDocumentTask(
    'writePsd',
    { width: doc.width, height: doc.height },
    await getBlob(doc.content.base),
    layers,
  );
}

/** A PSD file read as what opens a document: its base and its layers, and what had to change. */
export async function readPsdFile(
  file: Blob,
  name: string,
): Promise<{ input: OpenInput; notices: string[] }> {
  const read = await runDocumentTask('readPsd', file);
  return {
    input: { image: read.base, name, width: read.width, height: read.height, layers: read.layers },
    notices: read.notices,
  };
}
