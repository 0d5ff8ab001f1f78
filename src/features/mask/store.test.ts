import { afterEach, describe, expect, it, vi } from 'vitest';
import { createJSONStorage, type StateStorage } from 'zustand/middleware';
import type { MaskOp } from './ops.ts';
import { isMaskEmpty } from './coverage-stats.ts';
import { rasterizeMask } from './rasterize.ts';
import { DEFAULT_VIEW_SETTINGS, type MaskViewSettings } from './view-settings.ts';
import { useSourceStore, type SourceImage } from '../source/index.ts';
import { MAX_UNDO, createMaskStore, createMaskViewStore, forgivingStorage, useMaskStore } from './store.ts';

function memoryStorage(): StateStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (name) => data.get(name) ?? null,
    setItem: (name, value) => void data.set(name, value),
    removeItem: (name) => void data.delete(name),
  };
}

const stroke = (x: number): MaskOp => ({ type: 'brush', points: [x, 10, x + 20, 10], size: 6, softness: 0 });

function newStore(storage = memoryStorage()) {
  return { storage, store: createMaskStore(createJSONStorage(() => storage)) };
}

describe('mask store: undo and redo', () => {
  it('makes each commit one undo step, and redo brings it back', () => {
    const { store } = newStore();
    const { commit, undo, redo } = store.getState();
    commit(stroke(1));
    commit(stroke(2));
    expect(store.getState().ops).toEqual([stroke(1), stroke(2)]);
    undo();
    expect(store.getState().ops).toEqual([stroke(1)]);
    undo();
    expect(store.getState().ops).toEqual([]);
    undo();
    expect(store.getState().ops).toEqual([]);
    redo();
    redo();
    expect(store.getState().ops).toEqual([stroke(1), stroke(2)]);
    expect(store.getState().future).toEqual([]);
  });

  it('forgets the redo steps once something new is committed', () => {
    const { store } = newStore();
    const { commit, undo, redo } = store.getState();
    commit(stroke(1));
    commit(stroke(2));
    undo();
    commit(stroke(3));
    redo();
    expect(store.getState().ops).toEqual([stroke(1), stroke(3)]);
  });

  it('brings the painted mask back when a clear is undone', () => {
    const { store } = newStore();
    const { commit, clear, undo, redo } = store.getState();
    commit(stroke(5));
    clear();
    expect(isMaskEmpty(rasterizeMask(store.getState().ops, 40, 20))).toBe(true);
    undo();
    expect(isMaskEmpty(rasterizeMask(store.getState().ops, 40, 20))).toBe(false);
    redo();
    expect(store.getState().ops).toEqual([]);
  });

  it('adds no undo step for a clear of an empty mask', () => {
    const { store } = newStore();
    store.getState().clear();
    expect(store.getState().past).toHaveLength(0);
  });

  it('fills everything (dropping what the fill hides) and inverts as undoable steps', () => {
    const { store } = newStore();
    const { commit, fillAll, invert, undo } = store.getState();
    commit(stroke(1));
    fillAll();
    expect(store.getState().ops).toEqual([{ type: 'fill' }]);
    invert();
    expect(isMaskEmpty(rasterizeMask(store.getState().ops, 30, 30))).toBe(true);
    undo();
    undo();
    expect(store.getState().ops).toEqual([stroke(1)]);
  });

  it('keeps at most MAX_UNDO steps', () => {
    const { store } = newStore();
    for (let i = 0; i < MAX_UNDO + 20; i++) store.getState().commit(stroke(i));
    expect(store.getState().past).toHaveLength(MAX_UNDO);
  });
});

describe('mask store: drafts per source', () => {
  it('keeps each source its own mask, and the same key keeps the undo history', () => {
    const { store } = newStore();
    const { reset, commit } = store.getState();
    reset('photo-a');
    commit(stroke(1));
    reset('photo-a');
    expect(store.getState().past).toHaveLength(1);
    reset('photo-b');
    expect(store.getState().ops).toEqual([]);
    expect(store.getState().past).toEqual([]);
    commit(stroke(2));
    reset('photo-a');
    expect(store.getState().ops).toEqual([stroke(1)]);
    reset('photo-b');
    expect(store.getState().ops).toEqual([stroke(2)]);
  });

  it('restores the draft after a reload', () => {
    const { store, storage } = newStore();
    store.getState().reset('photo-a');
    store.getState().commit(stroke(1));
    store.getState().reset('photo-b');
    store.getState().commit(stroke(2));

    const reloaded = newStore(storage).store;
    expect(reloaded.getState().sourceKey).toBe('photo-b');
    expect(reloaded.getState().ops).toEqual([stroke(2)]);
    reloaded.getState().reset('photo-a');
    expect(reloaded.getState().ops).toEqual([stroke(1)]);
  });

  it('starts empty when the saved draft is unreadable', () => {
    const storage = memoryStorage();
    storage.data.set(
      'image-studio:mask',
      JSON.stringify({ state: { sourceKey: 7, drafts: 'x' }, version: 1 }),
    );
    const { store } = newStore(storage);
    expect(store.getState().ops).toEqual([]);
    expect(store.getState().sourceKey).toBeNull();
  });

  it('saves only the last few sources', () => {
    const { store, storage } = newStore();
    for (let i = 0; i < 9; i++) {
      store.getState().reset(`photo-${i}`);
      store.getState().commit(stroke(i));
    }
    const saved = JSON.parse(storage.data.get('image-studio:mask')!) as { state: { drafts: object } };
    expect(Object.keys(saved.state.drafts)).toHaveLength(5);
    expect(saved.state.drafts).toHaveProperty('photo-8');
  });
});

describe('mask view store', () => {
  it('clamps what it is given and survives a reload', () => {
    const storage = memoryStorage();
    const make = () => createMaskViewStore(createJSONStorage<MaskViewSettings>(() => storage));
    const store = make();
    expect(store.getState().tool).toBe(DEFAULT_VIEW_SETTINGS.tool);
    store.getState().setTool('eraser');
    store.getState().setBrushSize(5000);
    store.getState().setSoftness(0.35);
    store.getState().setOverlayOpacity(2);
    store.getState().setOverlayColor('not a colour');
    store.getState().setOverlayColor('#00ff88');
    const reloaded = make().getState();
    expect(reloaded).toMatchObject({
      tool: 'eraser',
      brushSize: 1000,
      softness: 0.35,
      overlayOpacity: 1,
      overlayColor: '#00ff88',
    });
  });
});

describe('forgivingStorage', () => {
  afterEach(() => vi.restoreAllMocks());

  it('warns instead of throwing when storage is full', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const full: StateStorage = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => {},
    };
    expect(() => forgivingStorage(() => full).setItem('k', 'v')).not.toThrow();
    expect(warn).toHaveBeenCalledOnce();
  });

  it('reads nothing where there is no storage', () => {
    expect(forgivingStorage(() => undefined).getItem('k')).toBeNull();
  });
});

describe('restore', () => {
  it('puts a saved document on a source as one undo step', () => {
    const store = createMaskStore(undefined);
    const saved = [{ type: 'rect', x: 1, y: 2, width: 3, height: 4, erase: false } as const];
    store.getState().reset('a');
    store.getState().commit({ type: 'fill' });
    store.getState().restore('b', saved);
    expect(store.getState().sourceKey).toBe('b');
    expect(store.getState().ops).toEqual(saved);
    store.getState().undo();
    expect(store.getState().ops).toEqual([]);
    store.getState().reset('a');
    expect(store.getState().ops).toEqual([{ type: 'fill' }]);
  });
});

describe('undo past an import', () => {
  it('brings back the painted mask the import replaced, pixel for pixel', async () => {
    const { encodeRegion } = await import('./pixels/region-codec.ts');
    const store = createMaskStore(undefined);
    store.getState().reset('source');
    const brush: MaskOp = { type: 'brush', points: [5, 5, 15, 5], size: 4, softness: 0 };
    store.getState().commit(brush);
    const painted = rasterizeMask(store.getState().ops, 20, 10);
    const imported = new Uint8ClampedArray(200).fill(255, 100);
    store.getState().commit({
      type: 'region',
      width: 20,
      height: 10,
      data: encodeRegion(imported),
      combine: 'replace',
      origin: 'import',
    });
    // The import replaces everything, so the document keeps only it.
    expect(store.getState().ops).toHaveLength(1);
    expect(rasterizeMask(store.getState().ops, 20, 10)).toEqual(imported);
    store.getState().undo();
    expect(store.getState().ops).toEqual([brush]);
    expect(rasterizeMask(store.getState().ops, 20, 10)).toEqual(painted);
    store.getState().redo();
    expect(rasterizeMask(store.getState().ops, 20, 10)).toEqual(imported);
  });
});

describe('the mask follows the source', () => {
  const source = (hash: string): SourceImage => ({
    blob: new Blob(),
    type: 'png',
    width: 20,
    height: 10,
    name: hash,
    hash,
  });

  it('switches to the draft of each new source, and back', () => {
    useSourceStore.setState({ source: source('first') });
    expect(useMaskStore.getState().sourceKey).toBe('first');
    useMaskStore.getState().commit(stroke(1));
    useSourceStore.setState({ source: source('second') });
    expect(useMaskStore.getState()).toMatchObject({ sourceKey: 'second', ops: [] });
    useSourceStore.setState({ source: source('first') });
    expect(useMaskStore.getState()).toMatchObject({ sourceKey: 'first', ops: [stroke(1)] });
  });

  it('keeps the document when the source is cleared', () => {
    useSourceStore.setState({ source: null });
    expect(useMaskStore.getState()).toMatchObject({ sourceKey: 'first', ops: [stroke(1)] });
  });
});
