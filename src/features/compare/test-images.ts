import type { RgbaImage } from './image.ts';

/**
 * A picture that is hard on resampling: smooth gradients crossed by 8 px blocks with hard
 * edges and per-column detail, so any misplaced or mis-filtered pixel shows.
 */
export function testPicture(width: number, height: number): RgbaImage {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * 4;
      const block = ((x >> 3) + (y >> 3)) % 7 === 0;
      data[offset] = block ? 255 - (x * 255) / width : (x * 255) / width;
      data[offset + 1] = block ? (x * 7) & 255 : (y * 255) / height;
      data[offset + 2] = (x + y) & 255 ? 128 : 40;
      data[offset + 3] = 255;
    }
  }
  return { data, width, height };
}

/** Full coverage inside an ellipse centred in the image, 0 elsewhere. */
export function ellipseCoverage(width: number, height: number): Uint8ClampedArray {
  const coverage = new Uint8ClampedArray(width * height);
  const rx = width / 5;
  const ry = height / 5;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (((x - width / 2) / rx) ** 2 + ((y - height / 2) / ry) ** 2 <= 1) coverage[y * width + x] = 255;
    }
  }
  return coverage;
}
