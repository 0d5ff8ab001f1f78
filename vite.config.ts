import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { studioDevServer } from './src/server/dev-plugin.ts';

export default defineConfig({
  plugins: [react(), studioDevServer()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Everything the entry imports statically in one chunk: the page needs all of it at once,
          // and one file compresses better than the dozen shared pieces the lazy chunks would carve out.
          groups: [{ name: 'app', tags: ['$initial'] }],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
    // Load tests run on their own (`npm run test:load`), so the unit suite stays fast.
    exclude: ['**/node_modules/**', 'src/**/*.load.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
