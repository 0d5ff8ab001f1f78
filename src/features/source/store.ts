import { create } from 'zustand';
import type { SourceImage } from './load-source.ts';

/**
 * The image the next edit or inpaint is sent with: the document in front, flattened
 * (document-source.ts keeps it so). The documents themselves are kept across reloads by the
 * document room.
 */
type SourceState = {
  source: SourceImage | null;
  /** Set once the documents of an earlier visit have been read back. */
  restored: boolean;
  /** Why the last image the user offered was not taken; the current source stays. */
  problem: string | null;
  /** What opening the image changed in the settings, said once. */
  notice: string | null;
  /** An image is being read, or the document flattened. */
  loading: boolean;
  setSource: (source: SourceImage | null) => void;
};

/**
 * The mask draft belongs to the document's base image: it survives accepting a layer, and the
 * same image opened again brings it back.
 */
export const maskKeyOf = (source: SourceImage): string => source.baseHash ?? source.hash;

export const useSourceStore = create<SourceState>((set) => ({
  source: null,
  restored: false,
  problem: null,
  notice: null,
  loading: false,
  setSource: (source) => {
    // The mask store follows this one: a new source brings its own mask draft (or none).
    set({ source, restored: true, problem: null });
  },
}));
