import { create } from 'zustand';

/** H held: the canvas shows the document without the candidate on show. */
export const usePeekStore = create<{ peeking: boolean }>(() => ({ peeking: false }));

/** An opacity slider being dragged: the canvas shows the value live; the document takes it on release. */
export const useLayerPreviewStore = create<{ preview: { layerId: string; opacity: number } | null }>(() => ({
  preview: null,
}));
