import { documentDb } from './db.ts';
import { hashBlob } from './hash.ts';
import type { BlobHash } from './schema.ts';
import { runDocumentTask } from './worker-client.ts';

/** Pixels by content: the same bytes are stored once, and a hash names them for good. */

/**
 * Hashed in the document worker once it runs: reading a 15 MB layer and handing it to the digest
 * costs the page's thread about 10 ms a picture, 20 of them for a PSD (bench/document-canvas.ts).
 * Before then (the first plain image opened) the page hashes, rather than wait for the worker's
 * code (ag-psd, 89 KB gzip); so it does where no worker starts (Node, a strict CSP).
 */
const hashOf = (blob: Blob): Promise<BlobHash> =>
  runDocumentTask.started() ? runDocumentTask('hash', blob).catch(() => hashBlob(blob)) : hashBlob(blob);

/** Blobs read this page's life; each is small to hold (the browser keeps the bytes). */
const loaded = new Map<BlobHash, Blob>();

export async function putBlob(blob: Blob): Promise<BlobHash> {
  const hash = await hashOf(blob);
  const db = await documentDb();
  if ((await db.getKey('blobs', hash)) === undefined) await db.put('blobs', blob, hash);
  loaded.set(hash, blob);
  return hash;
}

export async function getBlob(hash: BlobHash): Promise<Blob> {
  const known = loaded.get(hash);
  if (known) return known;
  const blob = await (await documentDb()).get('blobs', hash);
  if (!blob) throw new Error('A layer’s pixels are missing from this browser’s storage.');
  loaded.set(hash, blob);
  return blob;
}

/** Deletes the stored blobs that no open document needs any more. */
export async function keepOnly(used: ReadonlySet<BlobHash>): Promise<void> {
  const db = await documentDb();
  const transaction = db.transaction(['blobs', 'flattened'], 'readwrite');
  const blobs = transaction.objectStore('blobs');
  for (const hash of await blobs.getAllKeys()) {
    if (used.has(hash)) continue;
    loaded.delete(hash);
    await blobs.delete(hash);
  }
  // A flattened image is remade on demand; its entry goes once its layers have gone.
  const flattened = transaction.objectStore('flattened');
  for (let cursor = await flattened.openCursor(); cursor; cursor = await cursor.continue()) {
    if (!used.has(cursor.value)) await cursor.delete();
  }
  await transaction.done;
}
