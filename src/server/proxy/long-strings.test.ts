import { describe, expect, it } from 'vitest';
import { LIFTED, liftLongStrings } from './long-strings.ts';

describe('liftLongStrings', () => {
  it('replaces strings of at least minBytes by a stand-in and keeps their bytes as views', () => {
    const body = Buffer.from('{"prompt":"short \\" one","image":"data:image/png;base64,AAAA","n":2}');
    const { skeleton, strings } = liftLongStrings(body, 20);
    expect(JSON.parse(skeleton)).toEqual({ prompt: 'short " one', image: LIFTED, n: 2 });
    expect(strings.map((s) => s.toString())).toEqual(['data:image/png;base64,AAAA']);
    expect(strings[0]!.buffer).toBe(body.buffer);
  });

  it('keeps escapes inside a lifted string as they were sent, and leaves bodies without long strings whole', () => {
    const body = Buffer.from('{"a":"x\\\\","b":"0123456789\\\\\\"9"}');
    const { skeleton, strings } = liftLongStrings(body, 10);
    expect(JSON.parse(skeleton)).toEqual({ a: 'x\\', b: LIFTED });
    expect(strings[0]!.toString()).toBe('0123456789\\\\\\"9');
    expect(liftLongStrings(Buffer.from('{"a":"b"}'), 10).skeleton).toBe('{"a":"b"}');
  });

  it('leaves an unterminated string for the parser to refuse', () => {
    expect(() => JSON.parse(liftLongStrings(Buffer.from('{"a":"never ends'), 4).skeleton)).toThrow();
  });
});
