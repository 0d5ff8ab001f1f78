import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

/** H held: the canvas shows the document without the candidate on show. */
export const usePeekStore = create<{ peeking: boolean }>(() => ({ peeking: false }));

/** An opacity slider being dragged: the canvas shows the value live; the document takes it on release. */
export const useLayerPreviewStore = create<{ preview: { layerId: string; opacity: number } | null }>(() => ({
  preview: null,
}));

/**
 * The layers panel beside the canvas: shown by itself once a document has layers (until the
 * designer says otherwise, remembered), so a fresh image leaves the canvas all the room.
 */
const LayersPanelChoice = z.object({ layersPanel: z.catch(z.enum(['auto', 'open', 'closed']), 'auto') });
type LayersPanelChoice = z.infer<typeof LayersPanelChoice>;

export const useLayersPanelStore = create<LayersPanelChoice>()(
  persist(() => LayersPanelChoice.parse({}), {
    name: 'image-studio:layers-panel',
    storage: createJSONStorage(() => localStorage),
    merge: (stored, current) => ({ ...current, ...LayersPanelChoice.parse(stored ?? {}) }),
  }),
);

export function layersPanelShown(choice: LayersPanelChoice['layersPanel'], layerCount: number): boolean {
  return choice === 'open' || (choice === 'auto' && layerCount > 0);
}
