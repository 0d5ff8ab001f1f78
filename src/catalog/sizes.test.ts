import { describe, expect, it } from 'vitest';
import {
  checkGptImage2Size,
  formatPixelSize,
  GPT_IMAGE_2_LIMITS,
  isValidGptImage2Size,
  megapixels,
  parseAspectRatio,
  parsePixelSize,
  snapGptImage2Size,
  type PixelSize,
  type SizeRuleId,
} from './sizes.ts';
import { PixelSizeText } from './schema.ts';

function size(text: string): PixelSize {
  const parsed = parsePixelSize(text);
  if (!parsed) throw new Error(`test size ${text} does not parse`);
  return parsed;
}

function brokenRules(text: string): SizeRuleId[] {
  return checkGptImage2Size(size(text)).map((v) => v.rule);
}

describe('gpt-image-2 size rules: the examples of the seeds (001, 000, 003)', () => {
  // Each example illustrates the rule of its table row; some break another rule as well
  // (3840x864 passes "Maximum edge" but is 4.4:1, so the "Aspect ratio" row refuses it).
  it.each([
    ['1024x1024', 'block-size', true, []],
    ['1000x1000', 'block-size', false, ['block-size']],
    ['1024x640', 'minimum-pixels', true, []],
    ['2880x2880', 'maximum-pixels', true, []],
    ['3840x864', 'maximum-edge', true, ['aspect-ratio']],
    ['4096x1024', 'maximum-edge', false, ['maximum-edge', 'aspect-ratio']],
    ['3072x1024', 'aspect-ratio', true, []],
    ['3840x512', 'aspect-ratio', false, ['aspect-ratio']],
    ['4096x256', 'aspect-ratio', false, ['maximum-edge', 'aspect-ratio']],
  ] as const)('%s: its row (%s) says %s; all rules broken: %j', (text, row, passesRow, broken) => {
    expect(brokenRules(text).includes(row)).toBe(!passesRow);
    expect(brokenRules(text)).toEqual(broken);
    expect(isValidGptImage2Size(size(text))).toBe(broken.length === 0);
  });

  it('the seeds’ boundary examples sit exactly on the limits', () => {
    expect(1024 * 640).toBe(GPT_IMAGE_2_LIMITS.minPixels);
    expect(2880 * 2880).toBe(GPT_IMAGE_2_LIMITS.maxPixels);
    expect(3072 / 1024).toBe(GPT_IMAGE_2_LIMITS.maxAspect);
  });
});

describe('checkGptImage2Size messages', () => {
  it.each([
    ['1000x1000', 'Block size', 'divisible by 16'],
    ['1008x640', 'Minimum pixels', '655,360'],
    ['2896x2880', 'Maximum pixels', '8,294,400'],
    ['3856x1296', 'Maximum edge', '3,840'],
    ['3072x1008', 'Aspect ratio', '3:1'],
  ])('%s names the rule "%s" and its limit', (text, name, limit) => {
    const violations = checkGptImage2Size(size(text));
    expect(violations).toHaveLength(1);
    const message = violations[0]?.message ?? '';
    expect(message.startsWith(`${name}:`)).toBe(true);
    expect(message).toContain(limit);
    expect(message).toContain(`${text} breaks it`);
  });

  it('lists every broken rule, in the seed’s order', () => {
    // Not a multiple of 16, over 8.3 MP, over 3840 px and wider than 3:1.
    const violations = checkGptImage2Size({ width: 9000, height: 1001 });
    expect(violations.map((v) => v.rule)).toEqual([
      'block-size',
      'maximum-pixels',
      'maximum-edge',
      'aspect-ratio',
    ]);
    expect(violations.map((v) => v.message.split(':')[0])).toEqual([
      'Block size',
      'Maximum pixels',
      'Maximum edge',
      'Aspect ratio',
    ]);
  });

  it('refuses a zero edge by the aspect rule rather than dividing by zero', () => {
    expect(checkGptImage2Size({ width: 1024, height: 0 }).map((v) => v.rule)).toEqual([
      'minimum-pixels',
      'aspect-ratio',
    ]);
  });
});

describe('gpt-image-2 size rules: one block either side of each limit', () => {
  it('block size', () => {
    expect(brokenRules('1024x1040')).toEqual([]);
    expect(brokenRules('1024x1032')).toEqual(['block-size']);
    expect(brokenRules('1040x1024')).toEqual([]);
    expect(brokenRules('1025x1024')).toEqual(['block-size']);
  });

  it('minimum pixels (1024x640 is exactly the minimum)', () => {
    expect(brokenRules('1024x656')).toEqual([]);
    expect(brokenRules('1024x624')).toEqual(['minimum-pixels']);
    expect(brokenRules('1008x640')).toEqual(['minimum-pixels']);
    expect(brokenRules('1040x640')).toEqual([]);
  });

  it('maximum pixels (2880x2880 is exactly the maximum)', () => {
    expect(brokenRules('2864x2880')).toEqual([]);
    expect(brokenRules('2896x2880')).toEqual(['maximum-pixels']);
    expect(brokenRules('2880x2896')).toEqual(['maximum-pixels']);
  });

  it('maximum edge (3840 either way round)', () => {
    expect(brokenRules('3840x1296')).toEqual([]);
    expect(brokenRules('3856x1296')).toEqual(['maximum-edge']);
    expect(brokenRules('1296x3840')).toEqual([]);
    expect(brokenRules('1296x3856')).toEqual(['maximum-edge']);
  });

  it('aspect ratio (exactly 3:1 passes, either orientation)', () => {
    expect(brokenRules('3072x1024')).toEqual([]);
    expect(brokenRules('3072x1008')).toEqual(['aspect-ratio']);
    expect(brokenRules('1024x3072')).toEqual([]);
    expect(brokenRules('1008x3072')).toEqual(['aspect-ratio']);
    expect(brokenRules('3088x1024')).toEqual(['aspect-ratio']);
  });
});

describe('parsePixelSize', () => {
  it('reads WxH with spaces, × and X', () => {
    expect(parsePixelSize('1536x1024')).toEqual({ width: 1536, height: 1024 });
    expect(parsePixelSize(' 1536 x 1024 ')).toEqual({ width: 1536, height: 1024 });
    expect(parsePixelSize('1536×1024')).toEqual({ width: 1536, height: 1024 });
    expect(parsePixelSize('1536 X 1024')).toEqual({ width: 1536, height: 1024 });
  });

  it.each([
    '',
    'x',
    '1024',
    '1024x',
    'x1024',
    '1024*1024',
    '1024x1024x3',
    '-1024x1024',
    '10.5x20',
    'abcxdef',
    '16:9',
    '123456x1',
  ])('returns null for %j', (text) => {
    expect(parsePixelSize(text)).toBeNull();
  });

  it('round-trips through formatPixelSize', () => {
    expect(formatPixelSize(parsePixelSize(' 2048 × 1152 ') ?? { width: 0, height: 0 })).toBe('2048x1152');
  });
});

describe('PixelSizeText (the wire spelling)', () => {
  it('takes only the canonical WxH', () => {
    expect(PixelSizeText.safeParse('1024x1024').success).toBe(true);
    expect(PixelSizeText.safeParse('1024 x 1024').success).toBe(false);
    expect(PixelSizeText.safeParse('1024×1024').success).toBe(false);
    expect(PixelSizeText.safeParse('4:3').success).toBe(false);
  });
});

describe('parseAspectRatio and megapixels', () => {
  it('reads W:H', () => {
    expect(parseAspectRatio('16:9')).toBeCloseTo(16 / 9, 10);
    expect(parseAspectRatio('9:21')).toBeCloseTo(9 / 21, 10);
    expect(parseAspectRatio('0:1')).toBeNull();
    expect(parseAspectRatio('16x9')).toBeNull();
  });

  it('counts megapixels', () => {
    expect(megapixels({ width: 2000, height: 1000 })).toBe(2);
  });
});

describe('snapGptImage2Size', () => {
  it('always returns a valid size, for ratios 0.1..10 and budgets 1e5..2e7', () => {
    let checked = 0;
    for (let aspect = 0.1; aspect <= 10; aspect *= 1.09) {
      for (let budget = 1e5; budget <= 2e7; budget *= 1.4) {
        const snapped = snapGptImage2Size(aspect, budget);
        if (!isValidGptImage2Size(snapped))
          throw new Error(`${aspect}, ${budget} → ${formatPixelSize(snapped)}`);
        const wanted = Math.min(3, Math.max(1 / 3, aspect));
        const drift = Math.abs(Math.log(snapped.width / snapped.height / wanted));
        if (drift > 0.03) {
          throw new Error(`${aspect}, ${budget} → ${formatPixelSize(snapped)} loses the ratio`);
        }
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(800);
  });

  it('keeps 16:9 at 2 MP within 1% of the ratio and 3% of the area (the ratio counts more)', () => {
    const snapped = snapGptImage2Size(16 / 9, 2_000_000);
    expect(isValidGptImage2Size(snapped)).toBe(true);
    expect(Math.abs(snapped.width / snapped.height / (16 / 9) - 1)).toBeLessThan(0.01);
    expect(Math.abs((snapped.width * snapped.height) / 2_000_000 - 1)).toBeLessThan(0.03);
  });

  it('gives the exact sizes for ordinary ratios', () => {
    expect(snapGptImage2Size(1, 1024 * 1024)).toEqual({ width: 1024, height: 1024 });
    expect(snapGptImage2Size(3 / 2, 1536 * 1024)).toEqual({ width: 1536, height: 1024 });
    expect(snapGptImage2Size(2 / 3, 1536 * 1024)).toEqual({ width: 1024, height: 1536 });
  });

  it('clamps ratios past 3:1 to 3:1, in both orientations', () => {
    const wide = snapGptImage2Size(10, 1_500_000);
    expect(wide.width / wide.height).toBeCloseTo(3, 1);
    expect(isValidGptImage2Size(wide)).toBe(true);
    const tall = snapGptImage2Size(0.1, 1_500_000);
    expect(tall.height / tall.width).toBeCloseTo(3, 1);
    expect(isValidGptImage2Size(tall)).toBe(true);
  });

  it('keeps wide ratios at the largest budgets by capping the area at the maximum edge', () => {
    expect(snapGptImage2Size(3, GPT_IMAGE_2_LIMITS.maxPixels)).toEqual({ width: 3840, height: 1280 });
    expect(snapGptImage2Size(1 / 3, 2e7)).toEqual({ width: 1280, height: 3840 });
    const wide = snapGptImage2Size(2.5, 2e7);
    expect(wide.width).toBe(3840);
    expect(wide.width / wide.height).toBeCloseTo(2.5, 1);
  });

  it('raises tiny budgets to the minimum and lowers huge ones to the maximum', () => {
    const tiny = snapGptImage2Size(1, 1000);
    expect(tiny.width * tiny.height).toBeGreaterThanOrEqual(GPT_IMAGE_2_LIMITS.minPixels);
    expect(tiny.width * tiny.height).toBeLessThan(GPT_IMAGE_2_LIMITS.minPixels * 1.1);
    const huge = snapGptImage2Size(1, 1e9);
    expect(huge).toEqual({ width: 2880, height: 2880 });
  });

  it('treats a non-finite or non-positive ratio as square', () => {
    for (const aspect of [Number.NaN, 0, -2, Number.POSITIVE_INFINITY]) {
      const snapped = snapGptImage2Size(aspect, 1024 * 1024);
      expect(snapped).toEqual({ width: 1024, height: 1024 });
    }
  });
});

describe('snapGptImage2Size keeps a source shape exactly when the grid allows', () => {
  it('gives 1024x768 for a 1000x750 source rather than a near-4:3 of the same area', () => {
    expect(snapGptImage2Size(1000 / 750, 1000 * 750)).toEqual({ width: 1024, height: 768 });
  });
});
