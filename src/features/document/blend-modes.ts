/**
 * Photoshop's separable blend modes, per channel on 0..255 values: backdrop `b`, layer `s`.
 * A PSD layer in one of these is baked on import: its colour becomes the blend over what lies
 * under it, drawn normally through its own alpha, which looks the same over that backdrop.
 */
const BLENDS: Record<string, (b: number, s: number) => number> = {
  multiply: (b, s) => (b * s) / 255,
  screen: (b, s) => b + s - (b * s) / 255,
  darken: Math.min,
  lighten: Math.max,
  overlay: (b, s) => (b < 128 ? (2 * b * s) / 255 : 255 - (2 * (255 - b) * (255 - s)) / 255),
  'hard light': (b, s) => (s < 128 ? (2 * b * s) / 255 : 255 - (2 * (255 - b) * (255 - s)) / 255),
  difference: (b, s) => Math.abs(b - s),
  exclusion: (b, s) => b + s - (2 * b * s) / 255,
  'linear dodge': (b, s) => Math.min(255, b + s),
  subtract: (b, s) => Math.max(0, b - s),
};

export const canBake = (mode: string): boolean => mode in BLENDS;

/** The layer's colour blended over the backdrop, in place; alpha is untouched. */
export function bakeBlend(mode: string, layer: Uint8ClampedArray, backdrop: Uint8ClampedArray): void {
  const blend = BLENDS[mode];
  if (!blend) return;
  for (let offset = 0; offset < layer.length; offset += 4) {
    for (let c = offset; c < offset + 3; c++) layer[c] = blend(backdrop[c]!, layer[c]!);
  }
}
