/**
 * Grow and shrink by an exact Euclidean radius in two separable passes, linear in the pixels
 * whatever the radius: first the vertical distance from each pixel to the nearest seed in its
 * column (capped just past the radius), then, along each row, the union of the discs' chords:
 * a seed column q at vertical distance g reaches |x − q| ≤ ⌊√(r² − g²)⌋. N repeated 3×3
 * dilations would cost N passes and grow a square, not a disc.
 */

const HALF = 128;

/**
 * Grows (radius > 0) or shrinks (radius < 0) the mask in place. A pixel counts as masked from
 * half coverage up; the result is hard (0 or 255). Growing adds every pixel whose centre lies
 * within |radius| of a masked pixel's centre; shrinking removes every masked pixel within
 * |radius| of an unmasked one. The image's border is neither: a mask touching it stays there.
 */
export function growMask(coverage: Uint8ClampedArray, width: number, height: number, radius: number): void {
  const grow = radius >= 0;
  const seeds = new Uint8Array(coverage.length);
  // Growing spreads the masked pixels; shrinking spreads the unmasked ones and keeps the rest.
  for (let i = 0; i < coverage.length; i++) seeds[i] = (coverage[i] as number) >= HALF === grow ? 1 : 0;
  const near = withinRadius(seeds, width, height, Math.abs(radius));
  for (let i = 0; i < coverage.length; i++) coverage[i] = (near[i] === 1) === grow ? 255 : 0;
}

/** 1 where some seed's centre lies within `radius` of the pixel's centre, else 0. */
export function withinRadius(seeds: Uint8Array, width: number, height: number, radius: number): Uint8Array {
  const cap = radius + 1;
  // Pass 1, down then up the image a whole row at a time (cache-friendly): vertical distance.
  const vertical = new Uint16Array(seeds.length);
  for (let x = 0; x < width; x++) vertical[x] = seeds[x] ? 0 : cap;
  for (let y = 1; y < height; y++) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const above = (vertical[row - width + x] as number) + 1;
      vertical[row + x] = seeds[row + x] ? 0 : above < cap ? above : cap;
    }
  }
  for (let y = height - 2; y >= 0; y--) {
    const row = y * width;
    for (let x = 0; x < width; x++) {
      const below = (vertical[row + width + x] as number) + 1;
      if (below < (vertical[row + x] as number)) vertical[row + x] = below;
    }
  }
  // Half the chord of the disc at each vertical distance; -1 where the disc does not reach.
  const chord = new Int32Array(cap + 1).fill(-1);
  for (let g = 0; g <= radius; g++) chord[g] = Math.floor(Math.sqrt(radius * radius - g * g));
  // Pass 2, along each row: reach from the left, then from the right.
  const out = new Uint8Array(seeds.length);
  for (let y = 0; y < height; y++) {
    const row = y * width;
    let reach = -1;
    for (let x = 0; x < width; x++) {
      const end = x + (chord[vertical[row + x] as number] as number);
      if (end > reach && (chord[vertical[row + x] as number] as number) >= 0) reach = end;
      if (reach >= x) out[row + x] = 1;
    }
    reach = width;
    for (let x = width - 1; x >= 0; x--) {
      const half = chord[vertical[row + x] as number] as number;
      if (half >= 0 && x - half < reach) reach = x - half;
      if (reach <= x) out[row + x] = 1;
    }
  }
  return out;
}
