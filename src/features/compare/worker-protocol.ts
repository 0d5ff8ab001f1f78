import type { LeakageFigures } from './leakage.ts';

type Size = { width: number; height: number };

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
