/** Test-only: the fuzzer's source of choices, every one drawn from a seeded PRNG. */
export type Dice = {
  /** A whole number in [0, below). */
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  /** `length` characters: printable ASCII, control characters, Cyrillic and emoji. */
  text(length: number): string;
  /** A short run of lower-case letters, digits and dashes, as in a host or file name. */
  label(): string;
};

/** mulberry32: a small, fast PRNG whose sequence depends only on the seed. */
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

const LABEL_CHARACTERS = 'abcdefghijklmnopqrstuvwxyz0123456789-';

export function dice(seed: number): Dice {
  const random = seededRandom(seed);
  const int = (below: number) => Math.floor(random() * below);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return {
    int,
    pick,
    text: (length) =>
      Array.from({ length }, () =>
        String.fromCodePoint(pick([32 + int(95), int(32), 0x400 + int(256), 0x1f600])),
      ).join(''),
    label: () =>
      Array.from({ length: 1 + int(12) }, () => LABEL_CHARACTERS[int(LABEL_CHARACTERS.length)]).join(''),
  };
}
