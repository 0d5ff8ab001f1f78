import { describe, expect, it } from 'vitest';
import { isKnownHost, isLoopbackName } from './host-guard.ts';

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

describe('isKnownHost', () => {
  const team = { loopbackOnly: false, names: ['studio.team.example'] };

  it('on loopback answers only loopback names', () => {
    const local = { loopbackOnly: true, names: ['studio.team.example'] };
    expect(isKnownHost('localhost', local)).toBe(true);
    expect(isKnownHost('192.168.1.10', local)).toBe(false);
    expect(isKnownHost('studio.team.example', local)).toBe(false);
  });

  it('served to a team, answers IP addresses and the configured names only', () => {
    for (const name of [
      '127.0.0.1',
      '192.168.1.10',
      '[fe80::1]',
      'studio.team.example',
      'STUDIO.team.example',
    ]) {
      expect(isKnownHost(name, team), name).toBe(true);
    }
    for (const name of ['attacker.example', 'studio.team.example.evil.example', '192.168.1.10.nip.io']) {
      expect(isKnownHost(name, team), name).toBe(false);
    }
  });
});
