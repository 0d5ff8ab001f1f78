import { describe, expect, it } from 'vitest';
import { MaskDocument, touchesImage, type MaskOp, type RegionOp } from './ops.ts';
import { growMask } from './pixels/morphology.ts';
import { decodeRegion, encodeRegion } from './pixels/region-codec.ts';
import { coverageFromAlpha, coverageFromMaskImage, magicWand } from './pixels/wand.ts';
import { rasterizeMask } from './rasterize.ts';

const W = 60;
const H = 40;
const polygon = (points: number[], erase = false): MaskOp => ({ type: 'polygon', points, erase });
const region = (coverage: Uint8ClampedArray, combine: RegionOp['combine'] = 'add'): RegionOp => ({
  type: 'region',
  width: W,
  height: H,
  data: encodeRegion(coverage),
  combine,
  origin: 'wand',
});
/** The pixels a predicate of the pixel centre holds for, as coverage. */
const where = (inside: (x: number, y: number) => boolean) => {
  const out = new Uint8ClampedArray(W * H);
  for (let y = 0; y < H; y++) for (let x = 0; x < W; x++) if (inside(x + 0.5, y + 0.5)) out[y * W + x] = 255;
  return out;
};
const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => a.every((v, i) => v === b[i]);
const count = (coverage: Uint8ClampedArray, test: (v: number) => boolean) => coverage.filter(test).length;

/** A flat background with a red square, a blue disc and a second red square, apart. */
function shapes(): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(W * H * 4);
  for (let y = 0; y < H; y++) {
    for (let x = 0; x < W; x++) {
      const o = (y * W + x) * 4;
      const red = (x >= 5 && x < 15 && y >= 5 && y < 15) || (x >= 45 && x < 55 && y >= 25 && y < 35);
      const blue = (x - 30) ** 2 + (y - 20) ** 2 <= 36;
      rgba.set(red ? [220, 20, 20, 255] : blue ? [20, 20, 220, 255] : [240, 240, 240, 255], o);
    }
  }
  return rgba;
}
const redSquare = where((x, y) => x > 5 && x < 15 && y > 5 && y < 15);

describe('polygon (lasso and polygon tools)', () => {
  it('fills the pixels whose centres are inside, like a rectangle of the same corners', () => {
    const drawn = rasterizeMask([polygon([10, 5, 30, 5, 30, 25, 10, 25])], W, H);
    const rect = rasterizeMask([{ type: 'rect', x: 10, y: 5, width: 20, height: 20, erase: false }], W, H);
    expect(same(drawn, rect)).toBe(true);
    expect(count(drawn, (v) => v === 255)).toBe(400);
  });

  it('fills a triangle exactly by pixel centres, with only 0 and 255', () => {
    const drawn = rasterizeMask([polygon([0, 0, 40, 0, 0, 40])], W, H);
    expect(
      same(
        drawn,
        where((x, y) => x + y < 40),
      ),
    ).toBe(true);
  });

  it('uses the non-zero rule: a loop drawn twice over itself stays filled', () => {
    const twice = [10, 10, 30, 10, 30, 30, 10, 30, 10, 10, 30, 10, 30, 30, 10, 30];
    expect(count(rasterizeMask([polygon(twice)], W, H), (v) => v === 255)).toBe(400);
  });

  it('lasso then an Alt polygon inside cuts that polygon out', () => {
    const ops = [polygon([5, 5, 55, 5, 55, 35, 5, 35]), polygon([20, 10, 40, 10, 30, 30], true)];
    const expected = where(
      (x, y) => x > 5 && x < 55 && y > 5 && y < 35 && !(y > 10 && y < 30 && Math.abs(x - 30) < (30 - y) / 2),
    );
    expect(same(rasterizeMask(ops, W, H), expected)).toBe(true);
  });
});

describe('magic wand', () => {
  it('at tolerance 0, contiguous, selects exactly the clicked shape', () => {
    expect(same(magicWand(shapes(), W, H, { x: 8, y: 8, tolerance: 0, contiguous: true }), redSquare)).toBe(
      true,
    );
  });

  it('global selects every pixel of that colour, connected or not', () => {
    const both = where(
      (x, y) => (x > 5 && x < 15 && y > 5 && y < 15) || (x > 45 && x < 55 && y > 25 && y < 35),
    );
    expect(same(magicWand(shapes(), W, H, { x: 8, y: 8, tolerance: 0, contiguous: false }), both)).toBe(true);
  });

  it('reaches colours within the tolerance, per channel', () => {
    const rgba = shapes();
    rgba.set([230, 30, 10, 255], (10 * W + 10) * 4);
    const tight = magicWand(rgba, W, H, { x: 8, y: 8, tolerance: 0, contiguous: true });
    const loose = magicWand(rgba, W, H, { x: 8, y: 8, tolerance: 10, contiguous: true });
    expect(tight[10 * W + 10]).toBe(0);
    expect(same(loose, redSquare)).toBe(true);
  });

  it('selects nothing for a click off the image', () => {
    expect(
      count(magicWand(shapes(), W, H, { x: -3, y: 8, tolerance: 0, contiguous: true }), (v) => v > 0),
    ).toBe(0);
  });

  it('replays from its stored region, added to or cut from the mask', () => {
    const wand = magicWand(shapes(), W, H, { x: 8, y: 8, tolerance: 0, contiguous: true });
    expect(same(rasterizeMask([region(wand)], W, H), redSquare)).toBe(true);
    const cut = rasterizeMask([{ type: 'fill' }, region(wand, 'subtract')], W, H);
    expect(
      same(
        cut,
        redSquare.map((v) => 255 - v),
      ),
    ).toBe(true);
  });
});

describe('grow and shrink', () => {
  it('wand then grow 3 adds exactly the pixels within 3 px of the shape', () => {
    const wand = magicWand(shapes(), W, H, { x: 8, y: 8, tolerance: 0, contiguous: true });
    const grown = rasterizeMask([region(wand), { type: 'grow', radius: 3 }], W, H);
    // Brute force: a pixel is in when some shape pixel's centre is within 3 of its centre.
    const expected = where((x, y) => {
      for (let sy = 5; sy < 15; sy++)
        for (let sx = 5; sx < 15; sx++) if ((sx + 0.5 - x) ** 2 + (sy + 0.5 - y) ** 2 <= 9) return true;
      return false;
    });
    expect(same(grown, expected)).toBe(true);
  });

  it('shrink removes the pixels within N of the outside, and stays at the border', () => {
    const shrunk = rasterizeMask(
      [
        { type: 'rect', x: 0, y: 10, width: 30, height: 20, erase: false },
        { type: 'grow', radius: -2 },
      ],
      W,
      H,
    );
    // Left edge is the image border: nothing shrinks there.
    expect(
      same(
        shrunk,
        where((x, y) => x < 28 && y > 12 && y < 28),
      ),
    ).toBe(true);
  });

  it('matches a brute-force disc test on a scattered mask, growing and shrinking', () => {
    const scattered = where((x, y) => (Math.floor(x) * 7 + Math.floor(y) * 13) % 53 < 3);
    const within = (coverage: Uint8ClampedArray, value: number, px: number, py: number, r: number) => {
      for (let y = Math.max(0, py - r); y <= Math.min(H - 1, py + r); y++)
        for (let x = Math.max(0, px - r); x <= Math.min(W - 1, px + r); x++)
          if (coverage[y * W + x] === value && (x - px) ** 2 + (y - py) ** 2 <= r * r) return true;
      return false;
    };
    for (const r of [1, 2, 5]) {
      const grown = scattered.slice();
      growMask(grown, W, H, r);
      const shrunk = grown.slice();
      growMask(shrunk, W, H, -r);
      for (let i = 0; i < W * H; i++) {
        const x = i % W;
        const y = Math.floor(i / W);
        expect(grown[i]).toBe(within(scattered, 255, x, y, r) ? 255 : 0);
        expect(shrunk[i]).toBe(grown[i] === 255 && !within(grown, 0, x, y, r) ? 255 : 0);
      }
    }
  });
});

describe('feather', () => {
  it('greys only the band within its radius of the edge; the rest stays 0 or 255', () => {
    const rect = { type: 'rect', x: 20, y: 10, width: 20, height: 20, erase: false } as const;
    const feathered = rasterizeMask([rect, { type: 'feather', radius: 6 }], W, H);
    let greys = 0;
    for (let y = 0; y < H; y++) {
      for (let x = 0; x < W; x++) {
        const value = feathered[y * W + x] as number;
        // Distance (per axis, the blur is a box) from the pixel to the rectangle's edge.
        const inside = x >= 20 && x < 40 && y >= 10 && y < 30;
        const dx = inside ? Math.min(x - 19, 40 - x) : Math.max(20 - x, x - 39, 0);
        const dy = inside ? Math.min(y - 9, 30 - y) : Math.max(10 - y, y - 29, 0);
        const edge = inside ? Math.min(dx, dy) : Math.max(dx, dy);
        if (edge > 6) expect(value).toBe(inside ? 255 : 0);
        if (value > 0 && value < 255) greys++;
      }
    }
    expect(greys).toBeGreaterThan(4 * 20 * 6);
    // A ramp: rising across the left edge.
    const row = [...feathered.subarray(20 * W + 12, 20 * W + 28)];
    expect(row).toEqual([...row].sort((a, b) => a - b));
  });
});

describe('regions from pixels', () => {
  it('round-trip through their stored text', () => {
    const coverage = new Uint8ClampedArray(W * H).map((_, i) => (i * 31) % 256);
    expect(same(decodeRegion(encodeRegion(coverage), W * H), coverage)).toBe(true);
    expect(() => decodeRegion(encodeRegion(coverage), W * H + 1)).toThrow(/2400/);
  });

  it('transparency is the mask (transparent = change), and an imported image is white = change', () => {
    const rgba = new Uint8ClampedArray([9, 9, 9, 0, 9, 9, 9, 255, 9, 9, 9, 128]);
    expect([...coverageFromAlpha(rgba)]).toEqual([255, 0, 127]);
    const image = new Uint8ClampedArray([
      255, 255, 255, 255, 0, 0, 0, 255, 255, 255, 255, 0, 128, 128, 128, 255,
    ]);
    expect([...coverageFromMaskImage(image)]).toEqual([255, 0, 0, 128]);
  });

  it('an import replaces what was painted before it', () => {
    const imported = where((x) => x < 10);
    const brush: MaskOp = { type: 'brush', points: [40, 20], size: 10, softness: 0 };
    expect(same(rasterizeMask([brush, region(imported, 'replace')], W, H), imported)).toBe(true);
  });
});

describe('documents', () => {
  it('saved documents from before the new tools still parse, and the new ops parse too', () => {
    const old = [
      { type: 'brush', points: [1, 2], size: 4 },
      { type: 'rect', x: 0, y: 0, width: 2, height: 2, erase: true },
    ];
    expect(MaskDocument.parse(old)).toHaveLength(2);
    const next = [
      polygon([0, 0, 4, 0, 0, 4]),
      region(new Uint8ClampedArray(W * H)),
      { type: 'grow', radius: -3 },
      { type: 'feather', radius: 4 },
    ];
    expect(MaskDocument.parse(JSON.parse(JSON.stringify(next)))).toEqual(next);
    expect(MaskDocument.safeParse([{ type: 'polygon', points: [0, 0, 1, 1, 2], erase: false }]).success).toBe(
      false,
    );
    expect(MaskDocument.safeParse([{ type: 'feather', radius: 0 }]).success).toBe(false);
  });

  it('a click or drag wholly outside the image is not an operation worth keeping', () => {
    const brush = (x: number, y: number): MaskOp => ({
      type: 'brush',
      points: [x, y],
      size: 10,
      softness: 0,
    });
    expect(touchesImage(brush(-20, 10), W, H)).toBe(false);
    expect(touchesImage(brush(-4, 10), W, H)).toBe(true);
    expect(touchesImage(brush(30, H + 6), W, H)).toBe(false);
    expect(touchesImage(polygon([-9, -9, -1, -9, -1, -1]), W, H)).toBe(false);
    expect(touchesImage({ type: 'rect', x: W, y: 0, width: 5, height: 5, erase: false }, W, H)).toBe(false);
    expect(touchesImage({ type: 'grow', radius: 2 }, W, H)).toBe(true);
  });
});
