export type PixelSize = { width: number; height: number };

export function parsePixelSize(text: string): PixelSize | null {
  const match = /^\s*(\d{1,5})\s*[x×X]\s*(\d{1,5})\s*$/.exec(text);
  if (!match) return null;
  return { width: Number(match[1]), height: Number(match[2]) };
}

export function formatPixelSize({ width, height }: PixelSize): string {
  return `${width}x${height}`;
}

export function megapixels({ width, height }: PixelSize): number {
  return (width * height) / 1_000_000;
}

/** The five size constraints of gpt-image-2, as its seeds give them. */
export const GPT_IMAGE_2_LIMITS = {
  block: 16,
  minPixels: 655_360,
  maxPixels: 8_294_400,
  maxEdge: 3_840,
  maxAspect: 3,
} as const;

export type SizeRuleId = 'block-size' | 'minimum-pixels' | 'maximum-pixels' | 'maximum-edge' | 'aspect-ratio';

export type SizeRule = {
  id: SizeRuleId;
  /** The rule's name as the seed's table names it. */
  name: string;
  /** The rule as the seed states it. */
  statement: string;
  check: (size: PixelSize) => boolean;
};

const L = GPT_IMAGE_2_LIMITS;

export const GPT_IMAGE_2_SIZE_RULES: readonly SizeRule[] = [
  {
    id: 'block-size',
    name: 'Block size',
    statement: `width and height must both be divisible by ${L.block}`,
    check: ({ width, height }) => width % L.block === 0 && height % L.block === 0,
  },
  {
    id: 'minimum-pixels',
    name: 'Minimum pixels',
    statement: `width × height must be at least ${L.minPixels.toLocaleString('en-US')}`,
    check: ({ width, height }) => width * height >= L.minPixels,
  },
  {
    id: 'maximum-pixels',
    name: 'Maximum pixels',
    statement: `width × height must be at most ${L.maxPixels.toLocaleString('en-US')}`,
    check: ({ width, height }) => width * height <= L.maxPixels,
  },
  {
    id: 'maximum-edge',
    name: 'Maximum edge',
    statement: `the longer edge must be at most ${L.maxEdge.toLocaleString('en-US')} px`,
    check: ({ width, height }) => Math.max(width, height) <= L.maxEdge,
  },
  {
    id: 'aspect-ratio',
    name: 'Aspect ratio',
    statement: `the longer edge may be at most ${L.maxAspect}× the shorter (3:1)`,
    check: ({ width, height }) =>
      Math.min(width, height) > 0 && Math.max(width, height) <= L.maxAspect * Math.min(width, height),
  },
];

export type SizeViolation = { rule: SizeRuleId; message: string };

/** Every gpt-image-2 rule the size breaks, each named, in the seed's order. */
export function checkGptImage2Size(size: PixelSize): SizeViolation[] {
  return GPT_IMAGE_2_SIZE_RULES.filter((rule) => !rule.check(size)).map((rule) => ({
    rule: rule.id,
    message: `${rule.name}: ${rule.statement} (${formatPixelSize(size)} breaks it).`,
  }));
}

export function isValidGptImage2Size(size: PixelSize): boolean {
  return GPT_IMAGE_2_SIZE_RULES.every((rule) => rule.check(size));
}

/**
 * The valid gpt-image-2 size nearest to a wanted aspect ratio (width / height) and pixel
 * budget. Ratios past 3:1 are clamped to 3:1 and budgets to the pixel and edge limits; among the
 * candidates on the 16-pixel grid the one whose ratio and area are closest wins. The ratio
 * counts far more than the area: a designer wants 1000x750 to stay 4:3 (1024x768), not to
 * keep its pixel count at a slightly different shape (1008x752).
 */
export function snapGptImage2Size(aspect: number, pixelBudget: number): PixelSize {
  const ratio = Math.min(
    L.maxAspect,
    Math.max(1 / L.maxAspect, Number.isFinite(aspect) && aspect > 0 ? aspect : 1),
  );
  // The longer edge caps the area too: at 3:1 no more than 3840x1280 fits.
  const edgeBudget = L.maxEdge ** 2 * Math.min(ratio, 1 / ratio);
  const wanted = Number.isFinite(pixelBudget) ? pixelBudget : L.minPixels;
  const budget = Math.min(L.maxPixels, edgeBudget, Math.max(L.minPixels, wanted));
  const idealWidth = Math.sqrt(budget * ratio);
  let best: PixelSize | null = null;
  let bestScore = Infinity;
  const center = Math.round(idealWidth / L.block);
  for (let step = center - 40; step <= center + 40; step++) {
    const width = step * L.block;
    if (width < L.block || width > L.maxEdge) continue;
    for (const height of heightsNear(width / ratio)) {
      const size = { width, height };
      if (!isValidGptImage2Size(size)) continue;
      const score =
        Math.abs(Math.log(width / height / ratio)) * 20 + Math.abs(Math.log((width * height) / budget));
      if (score < bestScore) {
        bestScore = score;
        best = size;
      }
    }
  }
  return best ?? { width: 1024, height: 1024 };
}

function heightsNear(height: number): number[] {
  const base = Math.floor(height / L.block) * L.block;
  return [base - L.block, base, base + L.block, base + 2 * L.block].filter(
    (h) => h >= L.block && h <= L.maxEdge,
  );
}

/** Aspect ratios written `W:H`, as gptimageapi.dev takes them. */
export function parseAspectRatio(text: string): number | null {
  const match = /^(\d+):(\d+)$/.exec(text);
  if (!match) return null;
  const w = Number(match[1]);
  const h = Number(match[2]);
  return w > 0 && h > 0 ? w / h : null;
}
