/** What the magic wand selects, in the source's RGBA pixels. */
export type WandOptions = {
  x: number;
  y: number;
  /** Largest difference in any channel (0..255) from the clicked pixel's colour. */
  tolerance: number;
  /** true: only pixels connected to the clicked one (4-neighbours); false: every match in the image. */
  contiguous: boolean;
};

/**
 * The magic wand: coverage 255 on the pixels whose colour is within tolerance of the clicked
 * pixel's, 0 elsewhere; all zero when the click is off the image. The contiguous fill walks
 * scanlines with an explicit stack, so it is linear in the area and never recurses.
 */
export function magicWand(
  rgba: Uint8ClampedArray,
  width: number,
  height: number,
  options: WandOptions,
): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height);
  const sx = Math.floor(options.x);
  const sy = Math.floor(options.y);
  if (sx < 0 || sy < 0 || sx >= width || sy >= height) return out;
  const seed = (sy * width + sx) * 4;
  const [r, g, b, a] = [rgba[seed], rgba[seed + 1], rgba[seed + 2], rgba[seed + 3]] as number[];
  const t = options.tolerance;
  const matches = (i: number) => {
    const o = i * 4;
    return (
      Math.abs((rgba[o] as number) - (r as number)) <= t &&
      Math.abs((rgba[o + 1] as number) - (g as number)) <= t &&
      Math.abs((rgba[o + 2] as number) - (b as number)) <= t &&
      Math.abs((rgba[o + 3] as number) - (a as number)) <= t
    );
  };
  if (!options.contiguous) {
    for (let i = 0; i < out.length; i++) if (matches(i)) out[i] = 255;
    return out;
  }
  const stack: number[] = [sx, sy];
  while (stack.length > 0) {
    const y = stack.pop() as number;
    const x = stack.pop() as number;
    const row = y * width;
    if (out[row + x] !== 0 || !matches(row + x)) continue;
    let left = x;
    while (left > 0 && out[row + left - 1] === 0 && matches(row + left - 1)) left--;
    let right = x;
    while (right + 1 < width && out[row + right + 1] === 0 && matches(row + right + 1)) right++;
    out.fill(255, row + left, row + right + 1);
    // Seed the rows above and below once per run of matching pixels, not once per pixel.
    for (const ny of [y - 1, y + 1]) {
      if (ny < 0 || ny >= height) continue;
      const nrow = ny * width;
      let inRun = false;
      for (let nx = left; nx <= right; nx++) {
        const open = out[nrow + nx] === 0 && matches(nrow + nx);
        if (open && !inRun) stack.push(nx, ny);
        inRun = open;
      }
    }
  }
  return out;
}

/** Coverage from transparency: fully transparent pixels are fully masked (transparent = change). */
export function coverageFromAlpha(rgba: Uint8ClampedArray): Uint8ClampedArray {
  const out = new Uint8ClampedArray(rgba.length / 4);
  for (let i = 0; i < out.length; i++) out[i] = 255 - (rgba[i * 4 + 3] as number);
  return out;
}

/** Coverage from an imported mask image: white = change, its grey kept; transparent counts as black. */
export function coverageFromMaskImage(rgba: Uint8ClampedArray): Uint8ClampedArray {
  const out = new Uint8ClampedArray(rgba.length / 4);
  for (let i = 0, o = 0; i < out.length; i++, o += 4) {
    const luma =
      0.299 * (rgba[o] as number) + 0.587 * (rgba[o + 1] as number) + 0.114 * (rgba[o + 2] as number);
    out[i] = Math.round((luma * (rgba[o + 3] as number)) / 255);
  }
  return out;
}
