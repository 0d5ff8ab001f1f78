import { describe, expect, it } from 'vitest';
import { askPersistence, dayRange, olderThan, readStorage } from './storage.ts';

const fakeStorage = (persisted: boolean, grant: boolean) => ({
  estimate: async () => ({ usage: 5_000, quota: 1_000_000 }),
  persisted: async () => persisted,
  persist: async () => grant,
});

describe('storage facts', () => {
  it('reads usage, quota and persistence, or nothing where the browser does not say', async () => {
    expect(await readStorage(fakeStorage(true, true))).toEqual({
      usage: 5_000,
      quota: 1_000_000,
      persisted: true,
    });
    expect(await readStorage(undefined)).toBeNull();
    expect(await askPersistence(fakeStorage(false, false))).toBe(false);
    expect(await askPersistence(undefined)).toBe(false);
  });

  it('counts days back from an injected now', () => {
    expect(olderThan(40 * 86_400_000, 30)).toBe(10 * 86_400_000);
  });
});

describe('dayRange', () => {
  it('runs from the first day’s midnight to the midnight after the last day', () => {
    expect(dayRange('2026-11-01', '2026-11-27')).toEqual({
      from: new Date(2026, 10, 1).getTime(),
      to: new Date(2026, 10, 28).getTime(),
    });
    expect(dayRange('', '2026-12-31')).toEqual({ to: new Date(2027, 0, 1).getTime() });
    expect(dayRange('2026-11-01', '')).toEqual({ from: new Date(2026, 10, 1).getTime() });
    expect(dayRange('', '')).toEqual({});
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => dayRange('2026-11-27', '2026-11-01')).toThrow('The date range ends before it starts');
    expect(dayRange('2026-11-27', '2026-11-27')).toEqual({
      from: new Date(2026, 10, 27).getTime(),
      to: new Date(2026, 10, 28).getTime(),
    });
  });
});
