import { describe, expect, it } from 'vitest';
import { MAX_COMBINATIONS, expandPrompt, promptVariables, splitValues } from './variables.ts';

describe('promptVariables', () => {
  it('finds each variable once, in order, trimmed', () => {
    expect(promptVariables('{product} on a { surface }, soft light, {product} again')).toEqual([
      'product',
      'surface',
    ]);
  });

  it('ignores empty braces, nested braces and braces across lines', () => {
    expect(promptVariables('plain {} text {a{b}} {line\nbreak}')).toEqual(['b']);
    expect(promptVariables('no variables')).toEqual([]);
  });
});

describe('splitValues', () => {
  it('reads one value per line, keeping commas inside a line', () => {
    expect(splitValues('red mug, glossy\n\n blue vase \nred mug, glossy')).toEqual([
      'red mug, glossy',
      'blue vase',
    ]);
  });

  it('reads a single line as a comma list', () => {
    expect(splitValues(' marble, oak ,, linen ')).toEqual(['marble', 'oak', 'linen']);
    expect(splitValues('   ')).toEqual([]);
  });
});

describe('expandPrompt', () => {
  const template = '{product} on a {surface}, soft light';

  it('gives every combination, labelled by its values, first variable slowest', () => {
    const expansion = expandPrompt(template, { product: ['mug', 'vase'], surface: ['marble', 'oak'] });
    expect(expansion).toEqual({
      ok: true,
      items: [
        { prompt: 'mug on a marble, soft light', label: 'mug · marble' },
        { prompt: 'mug on a oak, soft light', label: 'mug · oak' },
        { prompt: 'vase on a marble, soft light', label: 'vase · marble' },
        { prompt: 'vase on a oak, soft light', label: 'vase · oak' },
      ],
    });
  });

  it('fills every occurrence, spaced or not, and keeps a prompt without variables as one item', () => {
    expect(expandPrompt('{a} and { a }', { a: ['x'] })).toEqual({
      ok: true,
      items: [{ prompt: 'x and x', label: 'x' }],
    });
    expect(expandPrompt('just this', {})).toEqual({ ok: true, items: [{ prompt: 'just this', label: '' }] });
  });

  it('names the variables still without a value', () => {
    expect(expandPrompt(template, { product: ['mug'], surface: [] })).toEqual({
      ok: false,
      message: 'Give at least one value for surface.',
      missing: ['surface'],
    });
  });

  it('refuses more combinations than one run may start', () => {
    const many = Array.from({ length: 11 }, (_, i) => `v${i}`);
    const expansion = expandPrompt(template, { product: many, surface: many });
    expect(expansion.ok).toBe(false);
    expect(!expansion.ok && expansion.message).toBe(
      `These values make 121 combinations; at most ${MAX_COMBINATIONS} run at once.`,
    );
  });
});
