import type { LeakageFigures } from './leakage.ts';

type Size = { width: number; height: number };
type Rect = Size & { x: number; y: number };

/**
 * What the compare worker is asked. Images go by same-origin URL (blob: or /api/image) so
 * the worker fetches and decodes them itself and the page never holds their pixels.
 */
export type CompareRequests = {
  /** Each target against the reference, at the reference's size. */
  difference: {
    reference: string;
    targets: string[];
    size: Size;
    /** The reference is the edited source: results of another size are aligned to it, not stretched. */
    referenceIsSource: boolean;
    threshold: number;
  };
  /** Leakage outside the mask of each result and, with a feather radius, its composite. */
  inpaint: {
    source: string;
    results: string[];
    mask: Uint8ClampedArray;
    threshold: number;
    /** null: "preserve outside mask" is off, no composite. */
    featherRadius: number | null;
  };
  /** "Preserve outside mask" as a PNG to download or use as the next source. */
  preserve: { source: string | Blob; result: string | Blob; mask: Uint8ClampedArray; featherRadius: number };
  /**
   * A result as a document layer: on the document's grid (at its size), opaque, with how much of
   * it shows as a grey mask (the feathered inpaint mask, the result's own transparency, the
   * part a cover crop left it); no mask when all of it shows.
   */
  layer: { size: Size; result: string | Blob; mask: Uint8ClampedArray | null; featherRadius: number };
  /**
   * Frames cut from a picture, each resampled to exactly its size (a deliverable pack). With
   * `over`, the picture is first a source under a result: "preserve outside mask", its
   * transparent pixels (new canvas) taking the result whole.
   */
  frames: {
    picture: Blob;
    over?: { result: Blob; mask: Uint8ClampedArray; featherRadius: number };
    frames: { rect: Rect; width: number; height: number }[];
  };
  /** A picture on a larger transparent canvas, at `at` and `placed` size (an outpainting source). */
  pad: { picture: Blob; canvas: Size; at: { x: number; y: number }; placed: Size };
  /** Drops every decoded image: the board closed and its object URLs died with it. */
  forget: Record<string, never>;
};

/*
 * Pictures come back as PNGs, not bitmaps: the page shows them as images, which the browser
 * decodes and tiles off the page's thread. A 4K canvas would be handed to the compositor
 * whole, on the page's thread (about 50 ms each time it changes).
 */
export type DifferencePane = { image: Blob; changedFraction: number };
export type InpaintPane = { leakage: LeakageFigures; heatmap: Blob; composite: Blob | null };

export type CompareReplies = {
  difference: DifferencePane[];
  inpaint: InpaintPane[];
  preserve: Blob;
  layer: { pixels: Blob; mask: Blob | null };
  frames: Blob[];
  pad: Blob;
  forget: null;
};

export type CompareKind = keyof CompareRequests;

/**
 * One message to the worker. Requests on the same `channel` replace each other: one still
 * waiting when a newer arrives is answered `superseded` and never computed (a threshold
 * dragged across twenty values costs one computation, not twenty).
 */
export type CompareMessage = {
  [K in CompareKind]: { id: number; channel: string; kind: K; request: CompareRequests[K] };
}[CompareKind];

export type CompareAnswer =
  | { id: number; outcome: 'done'; value: CompareReplies[CompareKind] }
  | { id: number; outcome: 'superseded' }
  | { id: number; outcome: 'failed'; message: string };
