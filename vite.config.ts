import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { studioDevServer } from './src/server/dev-plugin.ts';

export default defineConfig({
  plugins: [react(), studioDevServer()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // Load tests run on their own (`npm run test:load`), so the unit suite stays fast.
    exclude: ['**/node_modules/**', 'src/**/*.load.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
