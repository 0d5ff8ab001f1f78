import { defineConfig } from 'vitest/config';
import base from './vite.config.ts';

/** `npm run test:load`: tests that put whole server processes under load and measure them, one file at a time. */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['src/**/*.load.test.ts'],
    exclude: ['**/node_modules/**'],
    fileParallelism: false,
    testTimeout: 120_000,
  },
});
