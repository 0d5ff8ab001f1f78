import { describe, expect, it } from 'vitest';
import { askEarlyRun, takeEarlyRun } from './early-run.ts';

describe('early run', () => {
  it('is taken once after being asked, however often it was asked', () => {
    expect(takeEarlyRun()).toBe(false);
    askEarlyRun();
    askEarlyRun();
    expect(takeEarlyRun()).toBe(true);
    expect(takeEarlyRun()).toBe(false);
  });
});
