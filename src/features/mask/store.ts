import * as z from 'zod/mini';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { createJSONStorage, persist, type PersistStorage, type StateStorage } from 'zustand/middleware';
import { maskKeyOf, useSourceStore, type SourceImage } from '../source/index.ts';
import { boundDrafts, MaskDrafts } from './drafts.ts';
import { compactDocument, type MaskDocument, type MaskOp } from './ops.ts';
import {
  DEFAULT_VIEW_SETTINGS,
  MaskViewSettings,
  clampAdjust,
  clampBrushSize,
  clampTolerance,
  type MaskTool,
} from './view-settings.ts';

/** Undo steps kept; each is a list of shared op objects, so a step costs little. */
export const MAX_UNDO = 200;

export type MaskState = {
  /** The source the document belongs to (its content hash or similar); null before the first reset. */
  sourceKey: string | null;
  ops: MaskDocument;
  past: MaskDocument[];
  future: MaskDocument[];
  /** Drafts of other sources, so returning to one brings its mask back. */
  drafts: MaskDrafts;
  /** Adds one operation as one undo step. */
  commit: (op: MaskOp) => void;
  undo: () => void;
  redo: () => void;
  clear: () => void;
  fillAll: () => void;
  invert: () => void;
  /** Switches to the draft for this source (empty if it has none); the same key keeps everything. */
  reset: (sourceKey: string) => void;
  /** Puts a saved document (a reused job's mask) on this source, as one undo step. */
  restore: (sourceKey: string, ops: MaskDocument) => void;
};

type PersistedMask = { sourceKey: string | null; drafts: MaskDrafts };

const STORAGE_KEY = 'image-studio:mask';
const VIEW_STORAGE_KEY = 'image-studio:mask-view';

const PersistedShape = z.object({
  sourceKey: z.catch(z.nullable(z.string()), null),
  drafts: z.catch(MaskDrafts, {}),
});

/** The state after `ops` replaces the document as a new undo step (no step if nothing changed). */
function step(state: MaskState, ops: MaskDocument): Partial<MaskState> {
  if (ops.length === state.ops.length && ops.every((op, i) => op === state.ops[i])) return {};
  return { ops, past: [...state.past, state.ops].slice(-MAX_UNDO), future: [] };
}

/** The state on another source: the current document filed as its draft, the new one's draft loaded. */
function switchTo(state: MaskState, sourceKey: string): Partial<MaskState> {
  const drafts = { ...state.drafts };
  if (state.sourceKey !== null) drafts[state.sourceKey] = { ops: state.ops, savedAt: Date.now() };
  const { [sourceKey]: draft, ...others } = drafts;
  return { sourceKey, ops: draft?.ops ?? [], past: [], future: [], drafts: boundDrafts(others, null) };
}

/** What a reload brings back: the current source and its draft, plus the other drafts. */
export function restoreMask(stored: unknown): Pick<MaskState, 'sourceKey' | 'ops' | 'drafts'> {
  const parsed = PersistedShape.safeParse(stored);
  if (!parsed.success) return { sourceKey: null, ops: [], drafts: {} };
  const { sourceKey, drafts } = parsed.data;
  const { [sourceKey ?? '']: current, ...others } = drafts;
  return { sourceKey, ops: sourceKey === null ? [] : (current?.ops ?? []), drafts: others };
}

export function createMaskStore(storage: PersistStorage<PersistedMask> | undefined) {
  return create<MaskState>()(
    persist(
      (set) => ({
        sourceKey: null,
        ops: [],
        past: [],
        future: [],
        drafts: {},
        commit: (op) => set((state) => step(state, compactDocument([...state.ops, op]))),
        undo: () =>
          set((state) => {
            const previous = state.past.at(-1);
            if (!previous) return {};
            return { ops: previous, past: state.past.slice(0, -1), future: [state.ops, ...state.future] };
          }),
        redo: () =>
          set((state) => {
            const [next, ...future] = state.future;
            if (!next) return {};
            return { ops: next, past: [...state.past, state.ops], future };
          }),
        clear: () => set((state) => step(state, [])),
        fillAll: () => set((state) => step(state, compactDocument([...state.ops, { type: 'fill' }]))),
        invert: () => set((state) => step(state, [...state.ops, { type: 'invert' }])),
        restore: (sourceKey, ops) =>
          set((state) => {
            const switched =
              state.sourceKey === sourceKey ? state : { ...state, ...switchTo(state, sourceKey) };
            return { ...switched, ...step(switched, compactDocument(ops)) };
          }),
        reset: (sourceKey) =>
          set((state) => {
            if (sourceKey === state.sourceKey) return {};
            return switchTo(state, sourceKey);
          }),
      }),
      {
        name: STORAGE_KEY,
        version: 1,
        storage,
        partialize: ({ sourceKey, ops, drafts }) => ({
          sourceKey,
          drafts: boundDrafts(
            sourceKey === null ? drafts : { ...drafts, [sourceKey]: { ops, savedAt: Date.now() } },
            sourceKey,
          ),
        }),
        merge: (stored, current) => ({ ...current, ...restoreMask(stored) }),
      },
    ),
  );
}

export type MaskViewState = MaskViewSettings & {
  setTool: (tool: MaskTool) => void;
  setBrushSize: (size: number) => void;
  setSoftness: (softness: number) => void;
  setOverlayColor: (color: string) => void;
  setOverlayOpacity: (opacity: number) => void;
  setTolerance: (tolerance: number) => void;
  setContiguous: (contiguous: boolean) => void;
  setAdjustBy: (pixels: number) => void;
};

export function createMaskViewStore(storage: PersistStorage<MaskViewSettings> | undefined) {
  return create<MaskViewState>()(
    persist(
      (set) => ({
        ...DEFAULT_VIEW_SETTINGS,
        setTool: (tool) => set({ tool }),
        setBrushSize: (size) => set({ brushSize: clampBrushSize(size) }),
        setSoftness: (softness) => set({ softness: Math.min(1, Math.max(0, softness)) }),
        setOverlayColor: (overlayColor) => set((state) => MaskViewSettings.parse({ ...state, overlayColor })),
        setOverlayOpacity: (opacity) => set({ overlayOpacity: Math.min(1, Math.max(0, opacity)) }),
        setTolerance: (tolerance) => set({ tolerance: clampTolerance(tolerance) }),
        setContiguous: (contiguous) => set({ contiguous }),
        setAdjustBy: (pixels) => set({ adjustBy: clampAdjust(pixels) }),
      }),
      {
        name: VIEW_STORAGE_KEY,
        version: 1,
        storage,
        // The schema's own fields, and only those (it drops the actions).
        partialize: (state) => MaskViewSettings.parse(state),
        merge: (stored, current) => ({ ...current, ...MaskViewSettings.parse(stored ?? {}) }),
      },
    ),
  );
}

/**
 * localStorage that warns instead of throwing when it is full, so painting never breaks, and
 * does nothing where there is no localStorage (tests, workers).
 */
export function forgivingStorage(
  getStorage: () => StateStorage | undefined = () => globalThis.localStorage,
): StateStorage {
  return {
    getItem: (name) => getStorage()?.getItem(name) ?? null,
    setItem: (name, value) => {
      try {
        return getStorage()?.setItem(name, value);
      } catch (error) {
        console.warn('The mask draft could not be saved for the next visit.', error);
      }
    },
    removeItem: (name) => getStorage()?.removeItem(name),
  };
}

export const useMaskStore = createMaskStore(createJSONStorage<PersistedMask>(() => forgivingStorage()));
// The mask document is per source: a new source brings its own draft (or none). The mask follows
// the source store, which knows nothing of masks; its code loads after the first screen, so the
// source already open then is followed too.
const follow = (source: SourceImage | null) => {
  if (source) useMaskStore.getState().reset(maskKeyOf(source));
};
follow(useSourceStore.getState().source);
useSourceStore.subscribe(({ source }, previous) => {
  if (source !== previous.source) follow(source);
});
export const useMaskViewStore = createMaskViewStore(
  createJSONStorage<MaskViewSettings>(() => forgivingStorage()),
);

export const selectMaskOps = (state: MaskState) => state.ops;
export const selectCanUndo = (state: MaskState) => state.past.length > 0;
export const selectCanRedo = (state: MaskState) => state.future.length > 0;

export const useMaskOps = () => useMaskStore(selectMaskOps);
export const useCanUndo = () => useMaskStore(selectCanUndo);
export const useCanRedo = () => useMaskStore(selectCanRedo);
export const useMaskTool = () => useMaskViewStore((s) => s.tool);
export const useBrushSize = () => useMaskViewStore((s) => s.brushSize);
export const useSoftness = () => useMaskViewStore((s) => s.softness);
export const useOverlayColor = () => useMaskViewStore((s) => s.overlayColor);
export const useOverlayOpacity = () => useMaskViewStore((s) => s.overlayOpacity);
export const useWandOptions = () =>
  useMaskViewStore(useShallow((s) => ({ tolerance: s.tolerance, contiguous: s.contiguous })));
export const useAdjustBy = () => useMaskViewStore((s) => s.adjustBy);
