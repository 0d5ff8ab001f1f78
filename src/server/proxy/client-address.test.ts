import { describe, expect, it } from 'vitest';
import { forwardedAddress, isAddressOrRange, trustedProxies } from './client-address.ts';

describe('trustedProxies', () => {
  const trusted = trustedProxies(['10.0.0.2', '172.16.0.0/12', 'fd00::/8']);

  it('knows addresses and ranges, IPv4-mapped peers too', () => {
    expect(trusted.has('10.0.0.2')).toBe(true);
    expect(trusted.has('::ffff:10.0.0.2')).toBe(true);
    expect(trusted.has('172.31.255.1')).toBe(true);
    expect(trusted.has('fd12::1')).toBe(true);
    expect(trusted.has('10.0.0.3')).toBe(false);
    expect(trusted.has('not an address')).toBe(false);
    expect(trusted.has(undefined)).toBe(false);
  });

  it('accepts only addresses and CIDR ranges in the setting', () => {
    expect(['10.0.0.2', '10.0.0.0/8', '::1', 'fd00::/8'].every(isAddressOrRange)).toBe(true);
    expect(['proxy.local', '10.0.0.0/33', '10.0.0.0/8/1', '::/129', ''].some(isAddressOrRange)).toBe(false);
  });
});

describe('forwardedAddress', () => {
  const trusted = trustedProxies(['10.0.0.2', '10.0.0.3']);

  it("is the peer's own when the peer is not a trusted proxy, whatever the header says", () => {
    expect(forwardedAddress('198.51.100.7', '203.0.113.1', trusted)).toBe('198.51.100.7');
  });

  it('is the rightmost hop that is not a trusted proxy', () => {
    expect(forwardedAddress('10.0.0.2', '198.51.100.7', trusted)).toBe('198.51.100.7');
    // The browser's own claim (left) is not believed; the hop the proxy saw is.
    expect(forwardedAddress('10.0.0.2', '1.2.3.4, 198.51.100.7', trusted)).toBe('198.51.100.7');
    // Through two trusted proxies.
    expect(forwardedAddress('10.0.0.2', '1.2.3.4, 198.51.100.7, 10.0.0.3', trusted)).toBe('198.51.100.7');
    expect(forwardedAddress('10.0.0.2', '[2001:db8::1]:4711', trusted)).toBe('2001:db8::1');
    expect(forwardedAddress('10.0.0.2', '198.51.100.7:4711', trusted)).toBe('198.51.100.7');
  });

  it('stops at a hop that is no address, and is the proxy itself without a header', () => {
    expect(forwardedAddress('10.0.0.2', 'junk, 10.0.0.3', trusted)).toBe('10.0.0.3');
    expect(forwardedAddress('10.0.0.2', undefined, trusted)).toBe('10.0.0.2');
  });
});
