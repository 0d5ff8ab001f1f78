import { describe, expect, it } from 'vitest';
import { formatBytes } from './format-bytes.ts';

describe('formatBytes', () => {
  it('uses the unit a designer expects', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(831_488)).toBe('812 KB');
    expect(formatBytes(3_565_158)).toBe('3.4 MB');
    // Storage quotas run to gigabytes (the backup panel's meter).
    expect(formatBytes(2_254_857_830)).toBe('2.1 GB');
  });
});
