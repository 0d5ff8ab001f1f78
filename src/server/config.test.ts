import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, EnvSchema, loadConfig, needsSimulator } from './config.ts';
import { parseDotEnv } from './dot-env.ts';

function dirWithDotEnv(text?: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'studio-config-'));
  if (text !== undefined) writeFileSync(join(dir, '.env'), text);
  return dir;
}

describe('loadConfig', () => {
  it('applies the defaults, and without keys both providers run on the simulator', () => {
    const config = loadConfig({}, dirWithDotEnv());
    expect(config).toMatchObject({
      host: '127.0.0.1',
      port: 5178,
      onemin: { apiKey: undefined, baseUrl: 'https://api.1min.ai', assetBase: 'https://asset.1min.ai' },
      gptimageapi: { apiKey: undefined, baseUrl: 'https://api.gptimageapi.dev' },
      upstreamTimeoutMs: 300_000,
      maxUploadBytes: 50 * 1024 * 1024,
      jobs: { ttlMs: 30 * 60_000, maxCount: 500 },
      simulator: { latencyMs: 1500, port: 0 },
      logFile: undefined,
      rateLimits: { paidPerMinute: 60, apiPerMinute: 600 },
    });
    expect(needsSimulator(config)).toBe(true);
  });

  it('reads .env from the directory, the process environment winning', () => {
    const dir = dirWithDotEnv('ONEMIN_API_KEY=from-file\nGPTIMAGEAPI_API_KEY="file-key"\nPORT=6000\n');
    const config = loadConfig({ PORT: '7000' }, dir);
    expect(config.onemin.apiKey).toBe('from-file');
    expect(config.gptimageapi.apiKey).toBe('file-key');
    expect(config.port).toBe(7000);
    expect(needsSimulator(config)).toBe(false);
  });

  it('treats an empty value as unset, so ONEMIN_API_KEY= in the environment forces the simulator', () => {
    const config = loadConfig(
      { ONEMIN_API_KEY: '', GPTIMAGEAPI_API_KEY: 'k' },
      dirWithDotEnv('ONEMIN_API_KEY=from-file'),
    );
    expect(config.onemin.apiKey).toBeUndefined();
    expect(needsSimulator(config)).toBe(true);
  });

  it('trims trailing slashes off base URLs and reads the simulator settings', () => {
    const config = loadConfig(
      {
        ONEMIN_BASE_URL: 'http://127.0.0.1:9000/onemin/',
        SIM_LATENCY_MS: '0',
        SIM_FAIL: '429',
        SIM_PORT: '5191',
      },
      dirWithDotEnv(),
    );
    expect(config.onemin.baseUrl).toBe('http://127.0.0.1:9000/onemin');
    expect(config.simulator).toEqual({ latencyMs: 0, fail: '429', port: 5191 });
  });

  it('names every invalid variable and never its value', () => {
    let error: unknown;
    try {
      loadConfig(
        { PORT: 'eighty', ONEMIN_BASE_URL: 'ftp://secret-value', UPSTREAM_TIMEOUT_MS: '-1' },
        dirWithDotEnv(),
      );
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/ONEMIN_BASE_URL: must be an http\(s\) URL/);
    expect(message).toMatch(/UPSTREAM_TIMEOUT_MS/);
    expect(message).not.toContain('secret-value');
  });

  it('reads the rate limits, and refuses a limit that is not a positive whole number', () => {
    const config = loadConfig(
      { RATE_LIMIT_PAID_PER_MIN: '5', RATE_LIMIT_API_PER_MIN: '50' },
      dirWithDotEnv(),
    );
    expect(config.rateLimits).toEqual({ paidPerMinute: 5, apiPerMinute: 50 });
    for (const value of ['0', '-3', '2.5', 'lots']) {
      expect(() => loadConfig({ RATE_LIMIT_PAID_PER_MIN: value }, dirWithDotEnv())).toThrow(
        /RATE_LIMIT_PAID_PER_MIN/,
      );
    }
  });

  it('reads the trusted proxies (addresses and ranges) and the sign-in limits', () => {
    const config = loadConfig(
      { STUDIO_TRUSTED_PROXIES: '10.0.0.2, fd00::/8', STUDIO_SIGN_IN_MAX_DELAY_S: '60' },
      dirWithDotEnv(),
    );
    expect(config.access.trustedProxies).toEqual(['10.0.0.2', 'fd00::/8']);
    expect(config.access.signIn).toEqual({
      perAddressPerMinute: 30,
      freeFailures: 5,
      freeFailuresPerAddress: 20,
      nameCeiling: 100,
      maxDelayMs: 60_000,
    });
    expect(() => loadConfig({ STUDIO_TRUSTED_PROXIES: 'proxy.local' }, dirWithDotEnv())).toThrow(
      /STUDIO_TRUSTED_PROXIES.*must be IP addresses or CIDR ranges/,
    );
  });

  it('reads 1min.ai’s prior credits per megapixel, each quality left out keeping its default', () => {
    expect(loadConfig({}, dirWithDotEnv()).onemin.priorPerMegapixel).toEqual({
      low: 10_000,
      medium: 40_000,
      high: 150_000,
    });
    const config = loadConfig({ ONEMIN_PRIOR_CREDITS_PER_MP: 'high=90000, low=2500.5' }, dirWithDotEnv());
    expect(config.onemin.priorPerMegapixel).toEqual({ low: 2500.5, medium: 40_000, high: 90_000 });
    for (const value of ['high=0', 'ultra=5', 'low=-1', 'low', 'medium=lots']) {
      expect(() => loadConfig({ ONEMIN_PRIOR_CREDITS_PER_MP: value }, dirWithDotEnv())).toThrow(
        /ONEMIN_PRIOR_CREDITS_PER_MP: must be like low=10000/,
      );
    }
  });

  it('refuses an unknown SIM_FAIL', () => {
    expect(() => loadConfig({ SIM_FAIL: 'explode' }, dirWithDotEnv())).toThrow(ConfigError);
  });
});

describe('.env.example', () => {
  const example = readFileSync(join(import.meta.dirname, '..', '..', '.env.example'), 'utf8');

  it('lists every variable the studio reads, and the simulator knobs', () => {
    const listed = Object.keys(parseDotEnv(example));
    for (const name of [
      ...Object.keys(EnvSchema.shape),
      'SIM_LATENCY_MS',
      'SIM_FAIL',
      'SIM_URL_TTL_S',
      'SIM_UNDERSIZE',
      'SIM_STORE_MEMORY_BYTES',
      'SIM_STORE_DISK_BYTES',
    ]) {
      expect(listed).toContain(name);
    }
  });

  it('is a working configuration as it stands: simulator for both providers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'studio-env-'));
    writeFileSync(join(dir, '.env'), example);
    const config = loadConfig({}, dir);
    expect(needsSimulator(config)).toBe(true);
    expect(config.port).toBe(5178);
    expect(config.simulator.latencyMs).toBe(1500);
  });
});
