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
  const span = 2 * box + 1;
  // Division by the box as a multiply and shift; exact for sums of equal values (see below).
  const scale = Math.ceil(2 ** 24 / span);
  const padded = new Int32Array(width + 2 * box);
  for (let y = 0; y < height; y++) {
    const start = y * width;
    for (let pass = 0; pass < 3; pass++) blurRow(coverage, start, width, box, span, scale, padded);
  }
  const sums = new Int32Array(width);
  const copy = new Uint8ClampedArray(coverage.length);
  for (let pass = 0; pass < 3; pass++) {
    copy.set(coverage);
    blurColumns(copy, coverage, width, height, box, scale, sums);
  }
}

/**
 * sum × ⌈2²⁴ / span⌉ >> 24 rounds sum / span; for sum = span × v it gives v exactly, since
 * the excess v × (span × scale − 2²⁴) stays far below 2²³.
 */
const divide = (sum: number, scale: number) => Math.floor((sum * scale + 0x800000) / 0x1000000);

function blurRow(
  data: Uint8ClampedArray,
  start: number,
  width: number,
  box: number,
  span: number,
  scale: number,
  padded: Int32Array,
): void {
  const first = data[start] as number;
  const last = data[start + width - 1] as number;
  for (let i = 0; i < box; i++) {
    padded[i] = first;
    padded[box + width + i] = last;
  }
  for (let x = 0; x < width; x++) padded[box + x] = data[start + x] as number;
  let sum = 0;
  for (let i = 0; i < span; i++) sum += padded[i] as number;
  for (let x = 0; x < width; x++) {
    data[start + x] = divide(sum, scale);
    if (x + span < padded.length) sum += (padded[x + span] as number) - (padded[x] as number);
  }
}

/** One vertical box pass from `source` into `target`, a whole row of running sums at a time. */
function blurColumns(
  source: Uint8ClampedArray,
  target: Uint8ClampedArray,
  width: number,
  height: number,
  box: number,
  scale: number,
  sums: Int32Array,
): void {
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
      target[out + x] = divide(sum, scale);
      sums[x] = sum + (source[add + x] as number) - (source[drop + x] as number);
    }
  }
}
