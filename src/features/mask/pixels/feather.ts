/**
 * Feathers the mask in place: three box blurs in each direction approximate a Gaussian, and
 * turn every hard edge into a grey ramp. Each box has radius ⌊radius / 3⌋ (at least 1), so
 * the ramp reaches at most `radius` pixels to either side of the edge; flat areas keep exactly
 * 0 and 255, since a box of equal values averages to that value. Pixels past the border repeat
 * the edge, so a mask running off the image is not darkened there.
 */
export function featherMask(
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
  radius: number,
): void {
  const box = Math.max(1, Math.floor(radius / 3));
  const row = new Uint8ClampedArray(width);
  for (let pass = 0; pass < 3; pass++) {
    for (let y = 0; y < height; y++) blurRow(coverage, y * width, width, box, row);
  }
  const sums = new Int32Array(width);
  const copy = new Uint8ClampedArray(coverage.length);
  for (let pass = 0; pass < 3; pass++) {
    copy.set(coverage);
    blurColumns(copy, coverage, width, height, box, sums);
  }
}

function blurRow(
  data: Uint8ClampedArray,
  start: number,
  width: number,
  box: number,
  scratch: Uint8ClampedArray,
): void {
  const span = 2 * box + 1;
  const at = (x: number) => data[start + (x < 0 ? 0 : x >= width ? width - 1 : x)] as number;
  let sum = 0;
  for (let x = -box; x <= box; x++) sum += at(x);
  for (let x = 0; x < width; x++) {
    scratch[x] = Math.round(sum / span);
    sum += at(x + box + 1) - at(x - box);
  }
  data.set(scratch, start);
}

/** One vertical box pass from `source` into `target`, a whole row of running sums at a time. */
function blurColumns(
  source: Uint8ClampedArray,
  target: Uint8ClampedArray,
  width: number,
  height: number,
  box: number,
  sums: Int32Array,
): void {
  const span = 2 * box + 1;
  const rowAt = (y: number) => (y < 0 ? 0 : y >= height ? height - 1 : y) * width;
  sums.fill(0);
  for (let y = -box; y <= box; y++) {
    const r = rowAt(y);
    for (let x = 0; x < width; x++) sums[x] = (sums[x] as number) + (source[r + x] as number);
  }
  for (let y = 0; y < height; y++) {
    const out = y * width;
    const add = rowAt(y + box + 1);
    const drop = rowAt(y - box);
    for (let x = 0; x < width; x++) {
      const sum = sums[x] as number;
      target[out + x] = Math.round(sum / span);
      sums[x] = sum + (source[add + x] as number) - (source[drop + x] as number);
    }
  }
}
