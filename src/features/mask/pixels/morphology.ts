/**
 * Grow and shrink by an exact Euclidean distance: a distance transform of the mask in two
 * separable passes (columns, then the lower envelope of parabolas along rows; Felzenszwalb and
 * Huttenlocher), thresholded at the radius. Linear in the pixels whatever the radius, where
 * N repeated 3×3 dilations would cost N passes and grow a square, not a disc.
 */

const HALF = 128;

/**
 * Grows (radius > 0) or shrinks (radius < 0) the mask in place. A pixel counts as masked from
 * half coverage up; the result is hard (0 or 255). Growing adds every pixel whose centre lies
 * within |radius| of a masked pixel's centre; shrinking removes every masked pixel within
 * |radius| of an unmasked one. The image's border is neither: a mask touching it stays there.
 */
export function growMask(coverage: Uint8ClampedArray, width: number, height: number, radius: number): void {
  if (radius === 0) {
    for (let i = 0; i < coverage.length; i++) coverage[i] = (coverage[i] as number) >= HALF ? 255 : 0;
    return;
  }
  const grow = radius > 0;
  // Distance to the nearest "seed": masked pixels when growing, unmasked ones when shrinking.
  const distance = squaredDistanceTo(coverage, width, height, (value) => value >= HALF === grow);
  const limit = radius * radius;
  for (let i = 0; i < coverage.length; i++) {
    const near = (distance[i] as number) <= limit;
    coverage[i] = grow ? (near ? 255 : 0) : near ? 0 : 255;
  }
}

/** Squared Euclidean distance from every pixel to the nearest pixel for which `isSeed` holds. */
export function squaredDistanceTo(
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
  isSeed: (value: number) => boolean,
): Float64Array {
  const none = (width + height) ** 2;
  const columns = new Float64Array(width * height);
  // Pass 1, down each column: distance to the nearest seed above, then below.
  for (let x = 0; x < width; x++) {
    let last = -none;
    for (let y = 0; y < height; y++) {
      const i = y * width + x;
      if (isSeed(coverage[i] as number)) last = y;
      columns[i] = y - last;
    }
    last = 2 * none;
    for (let y = height - 1; y >= 0; y--) {
      const i = y * width + x;
      if (isSeed(coverage[i] as number)) last = y;
      const below = last - y;
      const above = columns[i] as number;
      columns[i] = below < above ? below : above;
    }
  }
  // Pass 2, along each row: min over q of (x - q)² + column(q)², the lower envelope of parabolas.
  const out = new Float64Array(width * height);
  const f = new Float64Array(width);
  const v = new Int32Array(width);
  const z = new Float64Array(width + 1);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let k = -1;
    for (let q = 0; q < width; q++) {
      const g = columns[row + q] as number;
      if (g >= none) continue;
      f[q] = g * g;
      let s = -Infinity;
      while (k >= 0) {
        const p = v[k] as number;
        s = ((f[q] as number) + q * q - ((f[p] as number) + p * p)) / (2 * (q - p));
        if (s > (z[k] as number)) break;
        k--;
      }
      k++;
      v[k] = q;
      z[k] = k === 0 ? -Infinity : s;
      z[k + 1] = Infinity;
    }
    if (k < 0) {
      out.fill(none * none, row, row + width);
      continue;
    }
    let j = 0;
    for (let x = 0; x < width; x++) {
      while ((z[j + 1] as number) < x) j++;
      const p = v[j] as number;
      out[row + x] = (x - p) * (x - p) + (f[p] as number);
    }
  }
  return out;
}
