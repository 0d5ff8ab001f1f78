import { FULL } from './coverage-stats.ts';
import { strokeRadius, tangentQuad } from './geometry.ts';
import type { StrokeOp } from './ops.ts';

/**
 * Paints one brush or erase stroke into a coverage buffer (0..255 per pixel). A pixel
 * belongs to the stroke when its centre does, so a hard stroke writes only 255 (erase: 0);
 * a soft one fades with smoothstep over the outer `softness` × radius. Strokes combine with
 * what is there by max (erase: by min).
 */

export function paintStroke(coverage: Uint8ClampedArray, width: number, height: number, op: StrokeOp): void {
  const { points, pressures, size, softness } = op;
  const erase = op.type === 'erase';
  const x = (i: number) => points[2 * i] as number;
  const y = (i: number) => points[2 * i + 1] as number;
  const r = (i: number) => strokeRadius(size, pressures?.[i]);
  // Consecutive repeats (a click records its point twice) would make segments of length 0.
  const kept: number[] = [0];
  for (let i = 1; i < points.length / 2; i++) {
    const last = kept[kept.length - 1] as number;
    if (x(i) !== x(last) || y(i) !== y(last)) kept.push(i);
  }
  const k = (m: number) => kept[m] as number;
  // Each pixel is painted once or twice, not once per overlapping disc: a segment owns the
  // band beside it, a point owns the part of its disc beyond both of its segments.
  for (let m = 0; m + 1 < kept.length; m++) {
    const a = k(m);
    const b = k(m + 1);
    paintBand(coverage, width, height, x(a), y(a), r(a), x(b), y(b), r(b), softness, erase);
  }
  for (let m = 0; m < kept.length; m++) {
    const j = k(m);
    const prev = m > 0 ? k(m - 1) : -1;
    const next = m + 1 < kept.length ? k(m + 1) : -1;
    paintJoint(coverage, width, height, x, y, r(j), j, prev, next, softness, erase);
  }
}

// Scratch space reused by every segment: painting allocates nothing per row or pixel. The
// current row's span [lo, hi] lives in a typed array rather than in module variables, which
// the engine reads and writes several times slower inside the per-row loops.
const outerQuad = new Float64Array(8);
const coreQuad = new Float64Array(8);
const outerEdges = new Float64Array(24);
const coreEdges = new Float64Array(24);
const span = new Float64Array(2);
const LO = 0;
const HI = 1;

/**
 * A quad's four edges as the rows need them: lowest and highest y, then both ends (ax, ay,
 * bx, by), so a row the edge does not reach is skipped with two comparisons.
 */
function edgesOf(quad: Float64Array, out: Float64Array): Float64Array {
  for (let e = 0; e < 4; e++) {
    const ax = quad[2 * e] as number;
    const ay = quad[2 * e + 1] as number;
    const bx = quad[(2 * e + 2) % 8] as number;
    const by = quad[(2 * e + 3) % 8] as number;
    out[6 * e] = ay < by ? ay : by;
    out[6 * e + 1] = ay < by ? by : ay;
    out[6 * e + 2] = ax;
    out[6 * e + 3] = ay;
    out[6 * e + 4] = bx;
    out[6 * e + 5] = by;
  }
  return out;
}

function discSpan(yc: number, cx: number, cy: number, r: number): void {
  const dy = yc - cy;
  const h = r * r - dy * dy;
  if (h < 0) return;
  const half = Math.sqrt(h);
  if (cx - half < (span[LO] as number)) span[LO] = cx - half;
  if (cx + half > (span[HI] as number)) span[HI] = cx + half;
}

function edgesSpan(yc: number, edges: Float64Array): void {
  for (let o = 0; o < 24; o += 6) {
    if (yc < (edges[o] as number) || yc > (edges[o + 1] as number)) continue;
    const ax = edges[o + 2] as number;
    const ay = edges[o + 3] as number;
    const bx = edges[o + 4] as number;
    const by = edges[o + 5] as number;
    let lo: number;
    let hi: number;
    if (ay === by) {
      lo = Math.min(ax, bx);
      hi = Math.max(ax, bx);
    } else {
      lo = hi = ax + ((yc - ay) * (bx - ax)) / (by - ay);
    }
    if (lo < (span[LO] as number)) span[LO] = lo;
    if (hi > (span[HI] as number)) span[HI] = hi;
  }
}

/** The x-extent of the convex hull of two discs on the line y = yc (empty when lo > hi). */
function hullSpan(
  yc: number,
  x0: number,
  y0: number,
  r0: number,
  x1: number,
  y1: number,
  r1: number,
  edges: Float64Array | null,
): void {
  span[LO] = Infinity;
  span[HI] = -Infinity;
  discSpan(yc, x0, y0, r0);
  discSpan(yc, x1, y1, r1);
  if (edges) edgesSpan(yc, edges);
}

// Half a millionth of slack so a pixel on the shared boundary is never left to neither side.
const SLACK = 5e-7;

/**
 * Narrows the span to where the projection t onto (x0,y0)+t·(vx,vy) lies within [lo, hi];
 * `loVV` and `hiVV` are (lo − slack)·|v|² and (hi + slack)·|v|², the same for every row.
 */
function limitProjection(
  yc: number,
  x0: number,
  y0: number,
  vx: number,
  vy: number,
  vv: number,
  lo: number,
  hi: number,
  loVV: number,
  hiVV: number,
): void {
  const along = (yc - y0) * vy;
  if (vx === 0) {
    const t = along / vv;
    if (t < lo - SLACK || t > hi + SLACK) span[HI] = -Infinity;
    return;
  }
  const a = x0 + (loVV - along) / vx;
  const b = x0 + (hiVV - along) / vx;
  span[LO] = Math.max(span[LO] as number, Math.min(a, b));
  span[HI] = Math.min(span[HI] as number, Math.max(a, b));
}

/** First pixel whose centre lies in the current span, clipped to the row. */
const firstPixel = () => Math.max(0, Math.ceil((span[LO] as number) - 0.5));
/** Last pixel whose centre lies in the current span, clipped to the row. */
const lastPixel = (width: number) => Math.min(width - 1, Math.floor((span[HI] as number) - 0.5));

/** coverage.fill, with short runs (most of a stroke's rows) written in a plain loop: cheaper than the call. */
function fillRun(coverage: Uint8ClampedArray, value: number, from: number, to: number): void {
  if (to - from > 64) coverage.fill(value, from, to);
  else for (let i = from; i < to; i++) coverage[i] = value;
}

function rowsOf(top: number, bottom: number, height: number): [number, number] {
  return [Math.max(0, Math.floor(top)), Math.min(height - 1, Math.ceil(bottom))];
}

function paintBand(
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
  x0: number,
  y0: number,
  r0: number,
  x1: number,
  y1: number,
  r1: number,
  softness: number,
  erase: boolean,
): void {
  if (Math.max(x0 + r0, x1 + r1) < 0 || Math.min(x0 - r0, x1 - r1) > width) return;
  const outer = tangentQuad(x0, y0, r0, x1, y1, r1, outerQuad) ? edgesOf(outerQuad, outerEdges) : null;
  // Inside the core of a soft stroke every pixel is fully covered, so it is filled without
  // per-pixel work (worked out only for an even width, where the core is a plain capsule).
  const coreRadius = r0 * (1 - softness);
  const hasCore = softness > 0 && r0 === r1 && coreRadius > 0;
  const core =
    hasCore && tangentQuad(x0, y0, coreRadius, x1, y1, coreRadius, coreQuad)
      ? edgesOf(coreQuad, coreEdges)
      : null;
  const vx = x1 - x0;
  const vy = y1 - y0;
  const vv = vx * vx + vy * vy;
  const loVV = (0 - SLACK) * vv;
  const hiVV = (1 + SLACK) * vv;
  // The band lies within the wider radius of the segment, between its ends' perpendiculars.
  const reach = (Math.max(r0, r1) * Math.abs(x1 - x0)) / Math.hypot(x1 - x0, y1 - y0);
  const [top, bottom] = rowsOf(Math.min(y0, y1) - reach, Math.max(y0, y1) + reach, height);
  const solid = erase ? 0 : FULL;
  for (let py = top; py <= bottom; py++) {
    const yc = py + 0.5;
    const row = py * width;
    hullSpan(yc, x0, y0, r0, x1, y1, r1, outer);
    limitProjection(yc, x0, y0, vx, vy, vv, 0, 1, loVV, hiVV);
    const a = firstPixel();
    const b = lastPixel(width);
    if (a > b) continue;
    if (softness === 0) {
      fillRun(coverage, solid, row + a, row + b + 1);
      continue;
    }
    let coreA = b + 1;
    let coreB = b;
    if (hasCore) {
      hullSpan(yc, x0, y0, coreRadius, x1, y1, coreRadius, core);
      coreA = Math.max(a, firstPixel());
      coreB = Math.min(b, lastPixel(width));
      if (coreA <= coreB) coverage.fill(solid, row + coreA, row + coreB + 1);
      else coreA = b + 1;
    }
    softRun(coverage, row, a, Math.min(coreA - 1, b), yc, x0, y0, r0, x1, y1, r1, softness, erase);
    softRun(coverage, row, Math.max(coreB + 1, a), b, yc, x0, y0, r0, x1, y1, r1, softness, erase);
  }
}

/** The part of point j's disc beyond both segments that meet there (all of it for a lone point). */
function paintJoint(
  coverage: Uint8ClampedArray,
  width: number,
  height: number,
  x: (i: number) => number,
  y: (i: number) => number,
  r: number,
  j: number,
  prev: number,
  next: number,
  softness: number,
  erase: boolean,
): void {
  const cx = x(j);
  const cy = y(j);
  if (cx + r < 0 || cx - r > width) return;
  const [top, bottom] =
    prev >= 0 && next >= 0
      ? wedgeRows(cx - x(prev), cy - y(prev), x(next) - cx, y(next) - cy, cy, r, height)
      : rowsOf(cy - r, cy + r, height);
  // Beyond the arriving segment (t >= 1 along it) and before the leaving one (t <= 0).
  const px0 = prev >= 0 ? x(prev) : 0;
  const py0 = prev >= 0 ? y(prev) : 0;
  const pvx = cx - px0;
  const pvy = cy - py0;
  const pvv = pvx * pvx + pvy * pvy;
  const nvx = next >= 0 ? x(next) - cx : 0;
  const nvy = next >= 0 ? y(next) - cy : 0;
  const nvv = nvx * nvx + nvy * nvy;
  const pLoVV = (1 - SLACK) * pvv;
  const pHiVV = (Infinity + SLACK) * pvv;
  const nLoVV = (-Infinity - SLACK) * nvv;
  const nHiVV = (0 + SLACK) * nvv;
  const solid = erase ? 0 : FULL;
  for (let py = top; py <= bottom; py++) {
    const yc = py + 0.5;
    span[LO] = Infinity;
    span[HI] = -Infinity;
    discSpan(yc, cx, cy, r);
    if (prev >= 0) limitProjection(yc, px0, py0, pvx, pvy, pvv, 1, Infinity, pLoVV, pHiVV);
    if (next >= 0) limitProjection(yc, cx, cy, nvx, nvy, nvv, -Infinity, 0, nLoVV, nHiVV);
    const a = firstPixel();
    const b = lastPixel(width);
    if (softness === 0) {
      if (a <= b) fillRun(coverage, solid, py * width + a, py * width + b + 1);
    } else softRun(coverage, py * width, a, b, yc, cx, cy, r, cx, cy, r, softness, erase);
  }
}

/**
 * Rows spanned by the sector of a disc (centre y = cy) between two joined segments with
 * directions d1 (arriving) and d2 (leaving): the points v with v·d1 >= 0 and v·d2 <= 0. On a
 * gently curving stroke it is a sliver, so bounding it saves most of the disc's rows.
 */
function wedgeRows(
  d1x: number,
  d1y: number,
  d2x: number,
  d2y: number,
  cy: number,
  r: number,
  height: number,
): [number, number] {
  const l1 = Math.hypot(d1x, d1y);
  const l2 = Math.hypot(d2x, d2y);
  // Its edges: the perpendicular of d1 on the side away from d2, and of d2 on the side of d1.
  const e1y = (d1x * d2y - d1y * d2x >= 0 ? -d1x : d1x) / l1;
  const e2y = (d2x * d1y - d2y * d1x <= 0 ? -d2x : d2x) / l2;
  const up = d1y <= 0 && d2y >= 0 ? -1 : Math.min(0, e1y, e2y);
  const down = d1y >= 0 && d2y <= 0 ? 1 : Math.max(0, e1y, e2y);
  return rowsOf(cy + r * up, cy + r * down, height);
}

/** Per-pixel coverage for the fading rim of a soft stroke, combined by max (erase: by min). */
function softRun(
  coverage: Uint8ClampedArray,
  row: number,
  from: number,
  to: number,
  yc: number,
  x0: number,
  y0: number,
  r0: number,
  x1: number,
  y1: number,
  r1: number,
  softness: number,
  erase: boolean,
): void {
  const vx = x1 - x0;
  const vy = y1 - y0;
  const vv = vx * vx + vy * vy;
  const perVV = vv > 0 ? 1 / vv : 0;
  const dr = r1 - r0;
  const perFeather = 1 / softness;
  const qy = yc - y0;
  for (let px = from; px <= to; px++) {
    const qx = px + 0.5 - x0;
    let t = (qx * vx + qy * vy) * perVV;
    t = t < 0 ? 0 : t > 1 ? 1 : t;
    const ex = qx - t * vx;
    const ey = qy - t * vy;
    const radius = r0 + t * dr;
    // How far inside the edge, in feather widths (softness × radius).
    const depth = ((radius - Math.sqrt(ex * ex + ey * ey)) * perFeather) / radius;
    if (depth <= 0) continue;
    const value = depth >= 1 ? FULL : (SMOOTHSTEP[(depth * SMOOTHSTEP_STEPS) | 0] as number);
    const i = row + px;
    const current = coverage[i] as number;
    if (erase) {
      if (FULL - value < current) coverage[i] = FULL - value;
    } else if (value > current) coverage[i] = value;
  }
}

/** The soft edge's profile, smoothstep(depth) × 255, tabulated over depth 0..1. */
const SMOOTHSTEP_STEPS = 1024;
const SMOOTHSTEP = new Uint8Array(SMOOTHSTEP_STEPS + 1);
for (let i = 0; i <= SMOOTHSTEP_STEPS; i++) {
  const d = (i + 0.5) / SMOOTHSTEP_STEPS;
  SMOOTHSTEP[i] = Math.round(FULL * Math.min(1, d * d * (3 - 2 * d)));
}
