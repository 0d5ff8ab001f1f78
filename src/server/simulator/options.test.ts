import { describe, expect, it } from 'vitest';
import { simulatorOptionsFromEnv } from './index.ts';
import { ImageStore } from './store.ts';

describe('simulatorOptionsFromEnv', () => {
  it('reads SIM_LATENCY_MS, SIM_URL_TTL_S and SIM_FAIL', () => {
    expect(simulatorOptionsFromEnv({ SIM_LATENCY_MS: '1500', SIM_URL_TTL_S: '60', SIM_FAIL: '429' })).toEqual(
      {
        latencyMs: 1500,
        urlTtlSeconds: 60,
        fail: '429',
      },
    );
    expect(simulatorOptionsFromEnv({ SIM_FAIL: ' ' })).toEqual({});
  });

  it('throws on malformed values, naming the variable', () => {
    expect(() => simulatorOptionsFromEnv({ SIM_LATENCY_MS: 'fast' })).toThrow('SIM_LATENCY_MS');
    expect(() => simulatorOptionsFromEnv({ SIM_FAIL: '418' })).toThrow('SIM_FAIL must be one of');
  });
});

describe('ImageStore', () => {
  it('drops the least recently used images once over its byte budget', () => {
    const store = new ImageStore(250);
    const image = (size: number) => ({
      bytes: Buffer.alloc(size),
      contentType: 'image/png',
      width: 1,
      height: 1,
    });
    store.put('a', image(100));
    store.put('b', image(100));
    expect(store.get('a')).toBeDefined();
    store.put('c', image(100));
    expect(store.get('b')).toBeUndefined();
    expect(store.get('a')).toBeDefined();
    expect(store.totalBytes).toBe(200);
  });
});
