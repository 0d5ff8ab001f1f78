import { getBlob, putBlob } from './blob-store.ts';
import { documentDb } from './db.ts';
import type { BlobHash, DocumentRecord } from './schema.ts';
import { runDocumentTask } from './worker-client.ts';

/** What the flattened image depends on: the base and the visible layers, bottom to top. */
export function compositionOf(doc: DocumentRecord) {
  const pictures = doc.content.layers
    .filter((layer) => layer.visible && layer.opacity > 0)
    .map(({ pixels, mask, opacity }) => ({ pixels, mask, opacity }));
  return { width: doc.width, height: doc.height, base: doc.content.base, pictures };
}

/** Names a composition: equal keys flatten to equal pixels. */
export const compositionKey = (doc: DocumentRecord): string => JSON.stringify(compositionOf(doc));

const known = new Map<string, Promise<BlobHash>>();

/**
 * The document as one image at its pixel size: the next job's source and the PNG download.
 * With no visible layer it is the base, byte for byte (an uploaded base is not sent again);
 * otherwise a PNG flattened in the worker, kept by composition so a reload or an undo back to
 * an earlier look does not flatten again.
 */
export async function flattenedImage(
  doc: DocumentRecord,
): Promise<{ blob: Blob; hash: BlobHash; layered: boolean }> {
  const composition = compositionOf(doc);
  if (composition.pictures.length === 0) {
    return { blob: await getBlob(composition.base), hash: composition.base, layered: false };
  }
  const key = JSON.stringify(composition);
  const flat = async () => {
    let hash = known.get(key);
    if (!hash) {
      hash = flattenOnce(key, composition);
      known.set(key, hash);
    }
    try {
      return await getBlob(await hash);
    } catch (error) {
      known.delete(key);
      throw error;
    }
  };
  // Freed with a closed document meanwhile: flattened afresh, once.
  const blob = await flat().catch(flat);
  return { blob, hash: await known.get(key)!, layered: true };
}

async function flattenOnce(key: string, composition: ReturnType<typeof compositionOf>): Promise<BlobHash> {
  const db = await documentDb();
  const stored = await db.get('flattened', key);
  if (stored && (await db.getKey('blobs', stored)) !== undefined) return stored;
  const { width, height, base, pictures } = composition;
  const blobs = await Promise.all(
    pictures.map(async ({ pixels, mask, opacity }) => ({
      pixels: await getBlob(pixels),
      mask: mask ? await getBlob(mask) : null,
      opacity,
    })),
  );
  const png = await runDocumentTask('flatten', { width, height }, await getBlob(base), blobs);
  const hash = await putBlob(png);
  await db.put('flattened', hash, key);
  return hash;
}
