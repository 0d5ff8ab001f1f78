import { sniffImageType } from '../../wire/image-type.ts';
import { compositionKey, flattenedImage, restoreDocuments, useDocumentStore } from '../document/index.ts';
import type { DocumentRecord } from '../document/index.ts';
import { useSourceStore } from './store.ts';

/**
 * Keeps the source the flattened document in front: after a layer is accepted, hidden or
 * removed, the next job is sent the document as it now looks, at its pixel size, exactly.
 * A document with no visible layer sends its base's own bytes (and any asset path they have).
 */
let shownKey: string | null = null;
let settled: Promise<void> = Promise.resolve();

/** Resolves once the source shows the document in front (a document just opened, say). */
export const sourceSettled = (): Promise<void> => settled;

function follow(): Promise<void> {
  const { documents, activeId, restored } = useDocumentStore.getState();
  const doc = activeId ? documents[activeId] : undefined;
  const key = doc ? `${doc.id} ${compositionKey(doc)}` : null;
  // The same look as last time: whatever is under way for it is what to wait for.
  if (key === shownKey || !restored) return settled;
  shownKey = key;
  if (!doc) {
    useSourceStore.getState().setSource(null);
    return Promise.resolve();
  }
  useSourceStore.setState({ loading: true });
  return sourceOf(doc)
    .then((source) => {
      if (shownKey === key) useSourceStore.getState().setSource(source);
    })
    .catch((error: unknown) => {
      if (shownKey !== key) return;
      shownKey = null;
      const reason = error instanceof Error ? error.message : String(error);
      useSourceStore.setState({ problem: `The document could not be prepared as the source: ${reason}` });
    })
    .finally(() => {
      if (shownKey === key || shownKey === null) useSourceStore.setState({ loading: false });
    });
}

let following = false;

/** Brings back the documents of an earlier visit and keeps the source the one in front; once a page. */
export function followDocuments(): void {
  if (following) return;
  following = true;
  useDocumentStore.subscribe(() => {
    settled = follow();
  });
  settled = restoreDocuments().then(() => {
    useSourceStore.setState({ restored: true });
    return follow();
  });
}

async function sourceOf(doc: DocumentRecord) {
  const { blob, hash, layered } = await flattenedImage(doc);
  const type = sniffImageType(new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
  if (!type) throw new Error('its image is not a PNG, JPEG or WebP');
  const { width, height, name, id } = doc;
  return {
    blob,
    type,
    width,
    height,
    name,
    hash,
    documentId: id,
    baseHash: doc.content.base,
    // The base's own facts hold only while what is sent is the base.
    ...(layered
      ? {}
      : {
          ...(doc.assetPath ? { assetPath: doc.assetPath } : {}),
          ...(doc.fromImageId ? { fromImageId: doc.fromImageId } : {}),
          ...(doc.scaledFrom ? { scaledFrom: doc.scaledFrom } : {}),
        }),
  };
}
