import { describe, expect, it } from 'vitest';
import { isLoopbackName } from './host-guard.ts';

describe('isLoopbackName', () => {
  it('knows the loopback addresses and names', () => {
    for (const name of [
      '127.0.0.1',
      '127.1.2.3',
      'localhost',
      'LOCALHOST',
      'studio.localhost',
      '::1',
      '[::1]',
    ]) {
      expect(isLoopbackName(name), name).toBe(true);
    }
  });

  it('counts everything else as reachable from elsewhere, so a studio bound there is not guarded', () => {
    for (const name of [
      '0.0.0.0',
      '::',
      '192.168.1.10',
      'studio.example',
      'localhost.evil.example',
      '127.0.0.1.nip.io',
    ]) {
      expect(isLoopbackName(name), name).toBe(false);
    }
  });
});
