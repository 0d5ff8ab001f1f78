import { create } from 'zustand';
import { keepOnly, putBlob } from './blob-store.ts';
import { documentDb } from './db.ts';
import { blobsInUse, createDocument } from './operations.ts';
import { DocumentRecord, type Layer } from './schema.ts';

/**
 * The open documents: each with its layers, waiting candidates and undo history, kept in
 * IndexedDB and read back after a reload. One is in front; the studio's source is its
 * flattened image.
 */
type DocumentsState = {
  documents: Readonly<Record<string, DocumentRecord>>;
  /** Open documents in tab order. */
  order: readonly string[];
  activeId: string | null;
  /** Set once the documents of an earlier visit have been read back. */
  restored: boolean;
};

export const useDocumentStore = create<DocumentsState>(() => ({
  documents: {},
  order: [],
  activeId: null,
  restored: false,
}));

export const activeDocument = (state: DocumentsState): DocumentRecord | undefined =>
  state.activeId ? state.documents[state.activeId] : undefined;

export function useActiveDocument(): DocumentRecord | undefined {
  return useDocumentStore(activeDocument);
}

// Writes of one document go in order: a later state never lands before an earlier one.
let writing: Promise<unknown> = Promise.resolve();
function save(write: (db: Awaited<ReturnType<typeof documentDb>>) => Promise<unknown>) {
  writing = writing
    .then(async () => write(await documentDb()))
    .catch((error: unknown) => console.warn('A document could not be saved for the next visit.', error));
  return writing;
}

const saveSession = () => {
  const { order, activeId } = useDocumentStore.getState();
  return save((db) => db.put('session', { order: [...order], activeId }, 'open'));
};

/** One picture of a new document's layers, as a file brings it (a PSD). */
export type OpenedLayer = Pick<Layer, 'name' | 'opacity' | 'visible'> & { pixels: Blob; mask: Blob | null };

export type OpenInput = {
  image: Blob;
  name: string;
  width: number;
  height: number;
  assetPath?: string;
  fromImageId?: string;
  scaledFrom?: { width: number; height: number };
  layers?: readonly OpenedLayer[];
};

/**
 * Opens an image (and any layers it brings) as a new document, in front of the others. The
 * same image without layers, already open, is brought to the front instead of opened twice.
 */
export async function openDocument(input: OpenInput): Promise<DocumentRecord> {
  const { image, layers = [], ...fields } = input;
  const base = await putBlob(image);
  const { documents, order } = useDocumentStore.getState();
  const open =
    layers.length === 0 ? order.map((id) => documents[id]!).find((d) => d.content.base === base) : undefined;
  if (open) {
    activateDocument(open.id);
    return open;
  }
  const stored = await Promise.all(
    layers.map(async ({ pixels, mask, ...rest }): Promise<Layer> => ({
      ...rest,
      id: crypto.randomUUID(),
      pixels: await putBlob(pixels),
      mask: mask ? await putBlob(mask) : null,
      feather: 0,
      origin: { kind: 'psd' },
    })),
  );
  const doc = createDocument({
    ...fields,
    id: crypto.randomUUID(),
    createdAt: Date.now(),
    base,
    layers: stored,
  });
  useDocumentStore.setState((state) => ({
    documents: { ...state.documents, [doc.id]: doc },
    order: [...state.order, doc.id],
    activeId: doc.id,
  }));
  void save((db) => db.put('documents', doc));
  void saveSession();
  return doc;
}

/** Applies one operation (operations.ts) to a document and keeps the outcome. */
export function changeDocument(id: string, change: (doc: DocumentRecord) => DocumentRecord): void {
  const doc = useDocumentStore.getState().documents[id];
  if (!doc) return;
  const next = change(doc);
  if (next === doc) return;
  useDocumentStore.setState((state) => ({ documents: { ...state.documents, [id]: next } }));
  void save((db) => db.put('documents', next));
}

export function activateDocument(id: string): void {
  if (!useDocumentStore.getState().documents[id]) return;
  useDocumentStore.setState({ activeId: id });
  void saveSession();
}

/** Closes a document for good: its record goes, and the pixels no open document needs. */
export async function closeDocument(id: string): Promise<void> {
  useDocumentStore.setState((state) => {
    const { [id]: _closed, ...documents } = state.documents;
    const index = state.order.indexOf(id);
    const order = state.order.filter((other) => other !== id);
    const activeId =
      state.activeId === id ? (order[Math.min(index, order.length - 1)] ?? null) : state.activeId;
    return { documents, order, activeId };
  });
  await saveSession();
  await save((db) => db.delete('documents', id));
  const used = new Set(
    Object.values(useDocumentStore.getState().documents).flatMap((doc) => [...blobsInUse(doc)]),
  );
  await keepOnly(used).catch((error: unknown) =>
    console.warn('Unused layer pixels could not be freed.', error),
  );
}

/** Reads back the documents an earlier visit left open, unless one was opened meanwhile. */
export async function restoreDocuments(): Promise<void> {
  try {
    const db = await documentDb();
    const session = await db.get('session', 'open');
    const records = await db.getAll('documents');
    // A document opened meanwhile wins: the earlier visit's stay stored, as they were.
    if (useDocumentStore.getState().order.length > 0) {
      useDocumentStore.setState({ restored: true });
      return;
    }
    const documents: Record<string, DocumentRecord> = {};
    for (const record of records) {
      const parsed = DocumentRecord.safeParse(record);
      if (parsed.success) documents[parsed.data.id] = parsed.data;
    }
    const order = (session?.order ?? []).filter((id) => documents[id]);
    const activeId = session?.activeId && documents[session.activeId] ? session.activeId : (order[0] ?? null);
    useDocumentStore.setState({ documents, order, activeId, restored: true });
  } catch (error) {
    console.warn('The documents of the last visit could not be read.', error);
    useDocumentStore.setState({ restored: true });
  }
}
