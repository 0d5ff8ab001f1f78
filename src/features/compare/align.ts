import { createImage, type RgbaImage } from './image.ts';
import { footprint, resample, type AxisMap } from './resample.ts';

type Size = { width: number; height: number };
/** A rectangle of source pixels, right and bottom exclusive. */
type PixelRect = { left: number; top: number; right: number; bottom: number };

/**
 * Where an answer of another size sits on its source. The simulator scales the source to
 * cover the output size and crops the middle (sharp's `fit: 'cover'`: one uniform scale, the
 * target rounded to whole pixels, the crop offset rounded up); the board assumes the hosted
 * models place it the same way, which for the same shape is a plain rescale.
 */
type Cover = { scale: number; left: number; top: number };

function cover(source: Size, output: Size): Cover {
  const scale = Math.max(output.width / source.width, output.height / source.height);
  const crop = (sourceSide: number, outputSide: number) =>
    Math.floor((Math.round(sourceSide * scale) - outputSide + 1) / 2);
  return {
    scale,
    left: crop(source.width, output.width),
    top: crop(source.height, output.height),
  };
}

/**
 * Source → output, as sharp does it: an enlargement samples output pixel o at source
 * position (o + crop) / scale − 0.5 (pixel centres), a reduction at (o + crop + 0.5) / scale − 0.5.
 */
function toOutput(scale: number, crop: number): AxisMap {
  return scale > 1
    ? { start: (crop - 0.5) / scale, step: 1 / scale }
    : { start: crop / scale, step: 1 / scale };
}

/** Output → source: the exact inverse of toOutput, so a pixel lands back where it came from. */
function toSource(scale: number, crop: number): AxisMap {
  return scale > 1 ? { start: 0.5 - crop, step: scale } : { start: -crop, step: scale };
}

/** A result brought to its source's pixel grid, with what the measure must leave out. */
export type AlignedResult = {
  /** The result at the source's size. */
  result: RgbaImage;
  /**
   * What `result` would be had the model changed nothing: the source itself when the sizes
   * match, otherwise the source sent through the same round trip (to the output size and
   * back), so resampling shows on both sides and cancels out.
   */
  expected: RgbaImage;
  /**
   * Source pixels this close (Chebyshev distance) to an edited pixel may take colour from
   * it through the two resamplings alone; 0 when the sizes match.
   */
  band: number;
  /** The source pixels the result shows; a cover crop drops the rest. */
  covered: PixelRect;
};

/** A result on its source's grid: the result at the source's size, and the source pixels it shows. */
export type PlacedResult = Pick<AlignedResult, 'result' | 'covered'>;

/** Brings a result onto a source of `size`, whatever size the model answered at. */
export function placeOnSource(size: Size, result: RgbaImage): PlacedResult {
  const { width, height } = size;
  if (result.width === width && result.height === height) {
    return { result, covered: { left: 0, top: 0, right: width, bottom: height } };
  }
  const placed = cover(size, result);
  const back = { x: toSource(placed.scale, placed.left), y: toSource(placed.scale, placed.top) };
  return {
    result: resample(result, width, height, back.x, back.y),
    covered: {
      left: Math.max(0, Math.ceil(placed.left / placed.scale)),
      top: Math.max(0, Math.ceil(placed.top / placed.scale)),
      right: Math.min(width, Math.floor((placed.left + result.width) / placed.scale)),
      bottom: Math.min(height, Math.floor((placed.top + result.height) / placed.scale)),
    },
  };
}

/** Brings an inpaint result onto its source's grid, whatever size the model answered at. */
export function alignToSource(source: RgbaImage, result: RgbaImage): AlignedResult {
  const placed = placeOnSource(source, result);
  if (result.width === source.width && result.height === source.height) {
    return { ...placed, expected: source, band: 0 };
  }
  const onGrid = cover(source, result);
  const forward = { x: toOutput(onGrid.scale, onGrid.left), y: toOutput(onGrid.scale, onGrid.top) };
  const back = { x: toSource(onGrid.scale, onGrid.left), y: toSource(onGrid.scale, onGrid.top) };
  const roundTrip = resample(flattenOnWhite(source), result.width, result.height, forward.x, forward.y);
  const reach = (there: AxisMap, home: AxisMap) => footprint(there) + footprint(home) / onGrid.scale;
  return {
    ...placed,
    expected: resample(roundTrip, source.width, source.height, back.x, back.y),
    band: Math.ceil(Math.max(reach(forward.x, back.x), reach(forward.y, back.y))) + 1,
  };
}

/** The source as the model is sent it: transparency flattened onto white (as the simulator does). */
function flattenOnWhite(image: RgbaImage): RgbaImage {
  const out = createImage(image.width, image.height);
  const data = image.data;
  for (let offset = 0; offset < data.length; offset += 4) {
    const alpha = data[offset + 3]!;
    for (let channel = offset; channel < offset + 3; channel++) {
      out.data[channel] = (data[channel]! * alpha + 255 * (255 - alpha)) / 255;
    }
    out.data[offset + 3] = 255;
  }
  return out;
}
