import type { BlobHash } from './schema.ts';

/** Names pixels by content: the SHA-256 of a Blob's bytes, in hex. */
export async function hashBlob(blob: Blob): Promise<BlobHash> {
  const digest = await crypto.subtle.digest('SHA-256', await blob.arrayBuffer());
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}
