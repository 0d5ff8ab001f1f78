/** An RGBA image in memory, row by row, 4 bytes per pixel (the layout of canvas ImageData). */
export type RgbaImage = { data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number };

export class ImageSizeMismatchError extends Error {
  constructor(what: string, a: { width: number; height: number }, b: { width: number; height: number }) {
    super(
      `${what}: the images must be the same size, but one is ${a.width}×${a.height} and the other ${b.width}×${b.height}. Scale one to the other's size before comparing.`,
    );
    this.name = 'ImageSizeMismatchError';
  }
}

export function createImage(width: number, height: number): RgbaImage {
  return { data: new Uint8ClampedArray(width * height * 4), width, height };
}

/** Refuses images whose declared size does not match each other or their own data. */
export function assertSameSize(what: string, a: RgbaImage, b: RgbaImage): void {
  assertWellFormed(what, a);
  assertWellFormed(what, b);
  if (a.width !== b.width || a.height !== b.height) throw new ImageSizeMismatchError(what, a, b);
}

export function assertCoverageSize(
  what: string,
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
): void {
  if (coverage.length !== width * height) {
    throw new Error(
      `${what}: the mask has ${coverage.length} values but the image has ${width * height} pixels (${width}×${height}). Rasterise the mask at the source's size.`,
    );
  }
}

function assertWellFormed(what: string, image: RgbaImage): void {
  if (image.data.length !== image.width * image.height * 4) {
    throw new Error(
      `${what}: an image claims ${image.width}×${image.height} but holds ${image.data.length} bytes.`,
    );
  }
}

/**
 * How different two pixels look, 0..255: the largest channel difference after weighting
 * colour by alpha, so two fully transparent pixels are equal whatever their hidden RGB.
 */
export function pixelDifference(a: Uint8ClampedArray, b: Uint8ClampedArray, offset: number): number {
  const alphaA = a[offset + 3]!;
  const alphaB = b[offset + 3]!;
  let largest = Math.abs(alphaA - alphaB);
  for (let channel = 0; channel < 3; channel++) {
    const difference = Math.abs(a[offset + channel]! * alphaA - b[offset + channel]! * alphaB) / 255;
    if (difference > largest) largest = difference;
  }
  return largest;
}

/** Rec. 601 luma of one pixel, 0..255. */
export function luma(data: Uint8ClampedArray, offset: number): number {
  return 0.299 * data[offset]! + 0.587 * data[offset + 1]! + 0.114 * data[offset + 2]!;
}
