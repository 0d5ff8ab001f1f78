import {
  GPT_IMAGE_2_LIMITS,
  isValidGptImage2Size,
  snapGptImage2Size,
  type PixelSize,
} from '../../catalog/index.ts';
import {
  centreFrame,
  clampFrame,
  largestOfAspect,
  placeCrop,
  upscaleFactor,
  type Point,
  type Rect,
} from './frames.ts';

/**
 * How each target of a pack is made from one picture, as pure functions: a crop around the
 * focal point when the picture has it, else the picture extended (outpainted) on a valid
 * gpt-image-2 canvas and the target cut from that. Model rules come from the catalog.
 */

/**
 * A crop that would leave out more than this share of the picture needs new picture instead,
 * unless the crop already has the target's pixels (then it is the designer's framing to choose).
 */
export const MIN_KEPT_SHARE = 0.5;

/** The picture on an extended canvas: the canvas (the job's size), and where the picture sits on it, at what scale. */
export type Extension = {
  canvas: PixelSize;
  /** The picture's top-left corner on the canvas. */
  at: Point;
  /** The picture's size on the canvas: its own, unless the canvas limits force it smaller. */
  placed: PixelSize;
};

export type TargetPlan =
  | {
      kind: 'crop';
      /** The part of the picture the target shows, in picture pixels. */
      frame: Rect;
      /** Target pixels per frame pixel: above 1 is an upscale, and is said. */
      upscale: number;
    }
  | {
      kind: 'extend';
      extension: Extension;
      /** The part of the extended canvas the target shows, in canvas pixels. */
      frame: Rect;
      upscale: number;
    };

export type PlanInput = {
  picture: PixelSize;
  target: PixelSize;
  focal: Point;
  /** What every crop must hold (safe.ts); an extension holds the whole picture. */
  safe: Rect;
  /**
   * Where the user dragged the frame: its top-left corner in picture pixels (for an extension,
   * the canvas's top-left corner relative to the picture). Absent: placed by the focal point.
   */
  position?: Point;
};

export function planTarget({ picture, target, focal, safe, position }: PlanInput): TargetPlan {
  const size = largestOfAspect(picture, target.width / target.height);
  const crop = placeCrop(size, picture, focal, safe);
  const upscale = upscaleFactor(size, target);
  const keptShare = (size.width * size.height) / (picture.width * picture.height);
  if (crop && (upscale <= 1 || keptShare >= MIN_KEPT_SHARE)) {
    const frame = position ? clampFrame({ ...size, ...position }, picture) : crop;
    return { kind: 'crop', frame, upscale };
  }
  return planExtension(picture, target, focal, position);
}

const up = (value: number) => Math.ceil(value / GPT_IMAGE_2_LIMITS.block) * GPT_IMAGE_2_LIMITS.block;

/**
 * The smallest valid gpt-image-2 canvas near the target's shape that holds the whole picture;
 * where the limits allow none (too few pixels, or too many), the nearest valid size, with the
 * picture scaled down to fit it when it must be.
 */
function extensionCanvas(picture: PixelSize, aspect: number): { canvas: PixelSize; scale: number } {
  const { maxAspect } = GPT_IMAGE_2_LIMITS;
  const shape = Math.min(maxAspect, Math.max(1 / maxAspect, aspect));
  const holding =
    picture.width / picture.height < shape
      ? { width: picture.height * shape, height: picture.height }
      : { width: picture.width, height: picture.width / shape };
  const snug = { width: up(holding.width), height: up(holding.height) };
  const canvas = isValidGptImage2Size(snug) ? snug : snapGptImage2Size(shape, holding.width * holding.height);
  return {
    canvas,
    scale: Math.min(1, canvas.width / picture.width, canvas.height / picture.height),
  };
}

/**
 * The extension plan: the picture placed on its canvas with the focal point as near the
 * middle as the canvas allows (or where the user dragged it), and the target's frame on the
 * canvas, the largest of its exact shape, centred on the focal point.
 */
function planExtension(picture: PixelSize, target: PixelSize, focal: Point, position?: Point): TargetPlan {
  const { canvas, scale } = extensionCanvas(picture, target.width / target.height);
  const placed = {
    width: Math.min(canvas.width, Math.round(picture.width * scale)),
    height: Math.min(canvas.height, Math.round(picture.height * scale)),
  };
  // The canvas as a frame over the placed picture, moved so that the picture stays on it whole.
  const over = position
    ? clampFrame({ ...canvas, x: position.x * scale, y: position.y * scale }, placed)
    : centreFrame(canvas, { x: focal.x * scale, y: focal.y * scale }, placed);
  const at = { x: 0 - over.x, y: 0 - over.y };
  const focalOnCanvas = { x: at.x + focal.x * scale, y: at.y + focal.y * scale };
  const size = largestOfAspect(canvas, target.width / target.height);
  const frame = centreFrame(size, focalOnCanvas, canvas);
  return { kind: 'extend', extension: { canvas, at, placed }, frame, upscale: upscaleFactor(size, target) };
}

/** The frame's top-left corner in picture pixels: what dragging it moves (see PlanInput.position). */
export function framePosition(plan: TargetPlan, picture: PixelSize): Point {
  if (plan.kind === 'crop') return { x: plan.frame.x, y: plan.frame.y };
  const scale = plan.extension.placed.width / picture.width;
  return { x: (0 - plan.extension.at.x) / scale, y: (0 - plan.extension.at.y) / scale };
}

/** The frame in picture pixels (beyond the picture where it shows new picture), for previews. */
export function frameOnPicture(plan: TargetPlan, picture: PixelSize): Rect {
  if (plan.kind === 'crop') return plan.frame;
  const { at, placed } = plan.extension;
  const scale = placed.width / picture.width;
  return {
    x: (plan.frame.x - at.x) / scale,
    y: (plan.frame.y - at.y) / scale,
    width: plan.frame.width / scale,
    height: plan.frame.height / scale,
  };
}

/** One key per distinct extension: targets of the same shape share one paid job. */
export function extensionKey({ canvas, at, placed }: Extension): string {
  return `${canvas.width}x${canvas.height} at ${at.x},${at.y} as ${placed.width}x${placed.height}`;
}
