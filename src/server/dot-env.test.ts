import { describe, expect, it } from 'vitest';
import { parseDotEnv } from './dot-env.ts';

describe('parseDotEnv', () => {
  it('reads KEY=VALUE lines with comments, export, quotes and inline comments', () => {
    const text = [
      '# a comment',
      '',
      'PLAIN=value',
      'export EXPORTED=yes',
      '  SPACED = padded value  ',
      'DOUBLE="with # hash and \\n newline"',
      "SINGLE='literal \\n # kept'",
      'INLINE=value # trailing comment',
      'HASHED=abc#def',
      'EMPTY=',
      'not a line',
    ].join('\r\n');
    expect(parseDotEnv(text)).toEqual({
      PLAIN: 'value',
      EXPORTED: 'yes',
      SPACED: 'padded value',
      DOUBLE: 'with # hash and \n newline',
      SINGLE: 'literal \\n # kept',
      INLINE: 'value',
      HASHED: 'abc#def',
      EMPTY: '',
    });
  });
});
