import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CANARY, PORTS } from './support/env.ts';

const debianChromium = '/usr/bin/chromium';

/** The production build and its proxy, on the simulator, as a designer would run it. */
const studioEnv = {
  PORT: String(PORTS.studio),
  HOST: '127.0.0.1',
  SIM_PORT: String(PORTS.studioSimulator),
  SIM_LATENCY_MS: '0',
  // Long enough for the simulator's 'slow' answer (20 s), short enough to test a timeout.
  UPSTREAM_TIMEOUT_MS: '25000',
  ONEMIN_API_KEY: '',
  GPTIMAGEAPI_API_KEY: '',
};

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: '../test-results',
  fullyParallel: false,
  // One studio and one simulator serve every spec; failure injection is global to them.
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORTS.studio}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: existsSync(debianChromium) ? debianChromium : undefined,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: 'npx tsx src/server/start.ts',
      cwd: '..',
      url: `http://127.0.0.1:${PORTS.studio}/api/health`,
      env: studioEnv,
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: 'npx tsx src/server/simulator/main.ts',
      cwd: '..',
      url: `http://127.0.0.1:${PORTS.canarySimulator}/_sim/stats`,
      env: { SIM_PORT: String(PORTS.canarySimulator), SIM_HOST: '127.0.0.1', SIM_LATENCY_MS: '0' },
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // Live mode against the simulator with a canary key: nothing the browser sees may hold it.
      command: 'npx tsx src/server/start.ts',
      cwd: '..',
      url: `http://127.0.0.1:${PORTS.canaryStudio}/api/health`,
      env: {
        PORT: String(PORTS.canaryStudio),
        HOST: '127.0.0.1',
        SIM_LATENCY_MS: '0',
        ONEMIN_API_KEY: CANARY.onemin,
        ONEMIN_BASE_URL: `http://127.0.0.1:${PORTS.canarySimulator}/onemin`,
        ONEMIN_ASSET_BASE: `http://127.0.0.1:${PORTS.canarySimulator}/onemin/asset`,
        GPTIMAGEAPI_API_KEY: CANARY.gptimageapi,
        GPTIMAGEAPI_BASE_URL: `http://127.0.0.1:${PORTS.canarySimulator}/gptimageapi`,
        STUDIO_LOG_FILE: 'e2e/.artifacts/canary-server.log',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
