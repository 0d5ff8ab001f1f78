/**
 * Fills a closed polygon (flat x,y pairs, in image pixels) into a coverage buffer with the
 * non-zero rule. As everywhere in the renderer, a pixel is inside when its centre is, so the
 * result holds only `value` and what was there.
 */
export function fillPolygon(
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
  points: readonly number[],
  value: number,
): void {
  const count = points.length >> 1;
  if (count < 3) return;
  let top = Infinity;
  let bottom = -Infinity;
  for (let i = 1; i < points.length; i += 2) {
    top = Math.min(top, points[i] as number);
    bottom = Math.max(bottom, points[i] as number);
  }
  const firstRow = Math.max(0, Math.ceil(top - 0.5));
  const lastRow = Math.min(height - 1, Math.floor(bottom - 0.5));
  // Crossings of one row: x and winding direction, reused for every row.
  const xs = new Float64Array(count);
  const dirs = new Int8Array(count);
  const order: number[] = [];
  for (let py = firstRow; py <= lastRow; py++) {
    const yc = py + 0.5;
    let n = 0;
    for (let i = 0; i < count; i++) {
      const j = (i + 1) % count;
      const y0 = points[2 * i + 1] as number;
      const y1 = points[2 * j + 1] as number;
      // Half-open in y, so a vertex on the row is counted once.
      if ((y0 <= yc && y1 > yc) || (y1 <= yc && y0 > yc)) {
        const x0 = points[2 * i] as number;
        const x1 = points[2 * j] as number;
        xs[n] = x0 + ((yc - y0) * (x1 - x0)) / (y1 - y0);
        dirs[n] = y1 > y0 ? 1 : -1;
        n++;
      }
    }
    if (n < 2) continue;
    order.length = n;
    for (let k = 0; k < n; k++) order[k] = k;
    order.sort((a, b) => (xs[a] as number) - (xs[b] as number));
    let winding = 0;
    const row = py * width;
    for (let k = 0; k + 1 < n; k++) {
      winding += dirs[order[k] as number] as number;
      if (winding === 0) continue;
      // Pixels whose centre lies in [x_k, x_k+1).
      const from = Math.max(0, Math.ceil((xs[order[k] as number] as number) - 0.5));
      const to = Math.min(width, Math.ceil((xs[order[k + 1] as number] as number) - 0.5));
      if (from < to) coverage.fill(value, row + from, row + to);
    }
  }
}
