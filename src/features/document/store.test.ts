import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { getBlob } from './blob-store.ts';
import { documentDb } from './db.ts';
import { acceptCandidate, stageCandidates } from './operations.ts';
import {
  activateDocument,
  changeDocument,
  closeDocument,
  openDocument,
  restoreDocuments,
  useDocumentStore,
} from './store.ts';

const png = (text: string) => new Blob([text], { type: 'image/png' });

/** Waits for the store's queued IndexedDB writes. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeEach(async () => {
  useDocumentStore.setState({ documents: {}, order: [], activeId: null, restored: false });
  const db = await documentDb();
  await Promise.all(
    ['documents', 'blobs', 'session', 'flattened'].map((store) => db.clear(store as 'blobs')),
  );
});

describe('the document store', () => {
  it('opens documents in front, and the same image again brings its document back', async () => {
    const a = await openDocument({ image: png('a'), name: 'a.png', width: 4, height: 4 });
    const b = await openDocument({ image: png('b'), name: 'b.png', width: 4, height: 4 });
    expect(useDocumentStore.getState().order).toEqual([a.id, b.id]);
    expect(useDocumentStore.getState().activeId).toBe(b.id);
    const again = await openDocument({ image: png('a'), name: 'a copy.png', width: 4, height: 4 });
    expect(again.id).toBe(a.id);
    expect(useDocumentStore.getState().activeId).toBe(a.id);
    expect(await (await getBlob(a.content.base)).text()).toBe('a');
  });

  it('keeps documents, their layers and undo history, and which is in front, across a reload', async () => {
    const a = await openDocument({ image: png('a'), name: 'a.png', width: 4, height: 4 });
    const b = await openDocument({ image: png('b'), name: 'b.png', width: 4, height: 4 });
    const candidate = {
      id: 'job/0',
      jobId: 'job',
      kind: 'edit' as const,
      name: 'brighter',
      pixels: b.content.base,
      mask: null,
      feather: 0,
    };
    changeDocument(a.id, (doc) => acceptCandidate(stageCandidates(doc, 'job', [candidate]), 'layer-1'));
    activateDocument(a.id);
    await settle();

    useDocumentStore.setState({ documents: {}, order: [], activeId: null, restored: false });
    await restoreDocuments();
    const state = useDocumentStore.getState();
    expect(state.restored).toBe(true);
    expect(state.order).toEqual([a.id, b.id]);
    expect(state.activeId).toBe(a.id);
    const restored = state.documents[a.id]!;
    expect(restored.content.layers.map((l) => l.name)).toEqual(['brighter']);
    expect(restored.past).toHaveLength(1);
    expect(restored.staged).toEqual(['job']);
  });

  it('a document opened before the earlier visit is read back wins, and restoring still finishes', async () => {
    await openDocument({ image: png('old'), name: 'old.png', width: 4, height: 4 });
    await settle();
    useDocumentStore.setState({ documents: {}, order: [], activeId: null, restored: false });
    const fresh = await openDocument({ image: png('new'), name: 'new.png', width: 4, height: 4 });
    await restoreDocuments();
    expect(useDocumentStore.getState().order).toEqual([fresh.id]);
    expect(useDocumentStore.getState().restored).toBe(true);
  });

  it('closing a document brings its neighbour to the front and frees the pixels nobody else needs', async () => {
    const a = await openDocument({ image: png('a'), name: 'a.png', width: 4, height: 4 });
    const b = await openDocument({ image: png('b'), name: 'b.png', width: 4, height: 4 });
    await closeDocument(b.id);
    expect(useDocumentStore.getState().activeId).toBe(a.id);
    const db = await documentDb();
    expect(await db.getAllKeys('blobs')).toEqual([a.content.base]);
    expect(await db.get('documents', b.id)).toBeUndefined();
    await closeDocument(a.id);
    expect(useDocumentStore.getState().activeId).toBeNull();
  });

  it('a record that no longer parses is left out, not fatal', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const db = await documentDb();
    await db.put('documents', { id: 'broken' } as never);
    await db.put('session', { order: ['broken'], activeId: 'broken' }, 'open');
    await restoreDocuments();
    expect(useDocumentStore.getState().order).toEqual([]);
    expect(useDocumentStore.getState().activeId).toBeNull();
    warn.mockRestore();
  });
});
