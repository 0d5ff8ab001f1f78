import { describe, expect, it } from 'vitest';
import { simulatorOptionsFromEnv } from './index.ts';

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

  it('reads the image store limits', () => {
    expect(simulatorOptionsFromEnv({ SIM_STORE_MEMORY_BYTES: '1000', SIM_STORE_DISK_BYTES: '0' })).toEqual({
      storeMemoryBytes: 1000,
      storeDiskBytes: 0,
    });
    expect(() => simulatorOptionsFromEnv({ SIM_STORE_MEMORY_BYTES: '1 GB' })).toThrow(
      'SIM_STORE_MEMORY_BYTES must be a whole number of bytes',
    );
  });

  it('throws on malformed values, naming the variable', () => {
    expect(() => simulatorOptionsFromEnv({ SIM_LATENCY_MS: 'fast' })).toThrow('SIM_LATENCY_MS');
    expect(() => simulatorOptionsFromEnv({ SIM_FAIL: '418' })).toThrow('SIM_FAIL must be one of');
  });
});
