import { createHash } from 'node:crypto';

export type Rgb = { r: number; g: number; b: number };

/** A stable 32-bit number for a text. */
export function hashText(text: string): number {
  return createHash('sha256').update(text).digest().readUInt32BE(0);
}

/** A small seeded generator (mulberry32): the same seed gives the same picture. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `h` in degrees, `s` and `l` in 0..1. */
export function hslToRgb(h: number, s: number, l: number): Rgb {
  const hue = (((h % 360) + 360) % 360) / 60;
  const chroma = (1 - Math.abs(2 * l - 1)) * s;
  const x = chroma * (1 - Math.abs((hue % 2) - 1));
  const [r1, g1, b1] =
    hue < 1
      ? [chroma, x, 0]
      : hue < 2
        ? [x, chroma, 0]
        : hue < 3
          ? [0, chroma, x]
          : hue < 4
            ? [0, x, chroma]
            : hue < 5
              ? [x, 0, chroma]
              : [chroma, 0, x];
  const m = l - chroma / 2;
  const channel = (v: number) => Math.round((v + m) * 255);
  return { r: channel(r1), g: channel(g1), b: channel(b1) };
}

export function toHex({ r, g, b }: Rgb): string {
  return `#${[r, g, b].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

/** The prompt picks the base hue; each variation turns it by the golden angle so neighbours differ plainly. */
export function variationHue(prompt: string, variation: number): number {
  return ((hashText(prompt) % 360) + variation * 137.508) % 360;
}

/** The colour an edit of this prompt and variation is tinted with. */
export function tintColour(prompt: string, variation: number): Rgb {
  return hslToRgb(variationHue(prompt, variation), 0.8, 0.5);
}
