import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { BlobHash, DocumentRecord } from './schema.ts';

/**
 * The open documents, kept across reloads. Records are small (they name their pixels by
 * hash); the pixels are stored once each in `blobs`, however many layers, steps and
 * documents share them.
 */
interface DocumentSchema extends DBSchema {
  documents: { key: string; value: DocumentRecord };
  blobs: { key: BlobHash; value: Blob };
  /** Which documents are open, in tab order, and which one is in front. */
  session: { key: 'open'; value: { order: string[]; activeId: string | null } };
  /** A composition (base and visible layers) → the hash of its flattened PNG, so a reload need not flatten again. */
  flattened: { key: string; value: BlobHash };
}

export type DocumentDb = IDBPDatabase<DocumentSchema>;

const DB_NAME = 'image-studio-documents';

let shared: Promise<DocumentDb> | undefined;

export function documentDb(): Promise<DocumentDb> {
  shared ??= openDB<DocumentSchema>(DB_NAME, 1, {
    upgrade(db) {
      db.createObjectStore('documents', { keyPath: 'id' });
      db.createObjectStore('blobs');
      db.createObjectStore('session');
      db.createObjectStore('flattened');
    },
  });
  return shared;
}
