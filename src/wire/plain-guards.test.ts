import { describe, expect, it } from 'vitest';
import { isInteger, isOneOf, isRecord, isString, isStringRecord } from './plain-guards.ts';

describe('plain guards', () => {
  it('takes only plain objects as records', () => {
    expect(isRecord({ a: 1 })).toBe(true);
    expect(isRecord(null)).toBe(false);
    expect(isRecord([1])).toBe(false);
    expect(isRecord('x')).toBe(false);
  });

  it('takes only the listed strings', () => {
    expect(isOneOf(['a', 'b'], 'b')).toBe(true);
    expect(isOneOf(['a', 'b'], 'c')).toBe(false);
    expect(isOneOf(['1'], 1)).toBe(false);
  });

  it('tells strings and whole numbers apart', () => {
    expect(isString('')).toBe(true);
    expect(isString(1)).toBe(false);
    expect(isInteger(3)).toBe(true);
    expect(isInteger(1.5)).toBe(false);
    expect(isInteger('3')).toBe(false);
  });

  it('takes a record of strings only when every value is one', () => {
    expect(isStringRecord({ a: 'x', b: 'y' })).toBe(true);
    expect(isStringRecord({})).toBe(true);
    expect(isStringRecord({ a: 'x', b: 2 })).toBe(false);
    expect(isStringRecord(['x'])).toBe(false);
  });
});
