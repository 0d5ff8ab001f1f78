import type { JobSettings, Mode, ProviderId } from '../../catalog/index.ts';
import type { MaskDocument } from '../mask/index.ts';
import type { Point } from './frames.ts';

/** A picture a pack is made from, as the place that offers "Deliverables" knows it. */
export type PackPicture = {
  /** What the dialog and, with several pictures, the files call it. */
  name: string;
  /** The bytes to cut from: a result as delivered, a document flattened, a batch source. */
  load: () => Promise<Blob>;
  /** The history image it is, or was opened from: the paid outputs are linked to it. */
  fromImageId?: string;
  /** Its mask, if it has one (in `width` × `height` pixels): the focal point starts at its centre. */
  mask?: { ops: MaskDocument; width: number; height: number };
  /** The job that made it: its settings go into every file, as a download's do. */
  job?: { mode: Mode; provider: ProviderId; model: string; settings: JobSettings };
};

/** A picture once its bytes are read: its size, a URL to show it, and the focal point it starts with. */
export type LoadedPicture = PackPicture & {
  blob: Blob;
  url: string;
  width: number;
  height: number;
  focal: Point;
};

/**
 * The centre of mass of a mask's coverage, as fractions of its width and height; null for an
 * empty mask. The focal point of a masked picture starts there.
 */
export function coverageCentre(coverage: Uint8ClampedArray, width: number, height: number): Point | null {
  let total = 0;
  let x = 0;
  let y = 0;
  for (let row = 0; row < height; row++) {
    for (let column = 0; column < width; column++) {
      const weight = coverage[row * width + column]!;
      if (weight === 0) continue;
      total += weight;
      x += weight * (column + 0.5);
      y += weight * (row + 0.5);
    }
  }
  return total === 0 ? null : { x: x / total / width, y: y / total / height };
}
