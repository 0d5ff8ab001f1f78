import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { studioDevServer } from './src/server/dev-plugin.ts';

/**
 * The lazy chunks the first render requests, by file name. e2e/first-render.spec.ts fails, and
 * bench/bundle-size.ts names the chunk, when one the first render asks for has imports that
 * arrive a round trip late: add it here.
 */
const FIRST_RENDER_CHUNK =
  /\/(BoardTools|HistoryPanel|RunPanel|SessionFollower|SpendBadge|start-queries|open-source|health-badges|SignInForm|SourcePanel|DocumentStage|MaskEditor)-/;

export default defineConfig({
  plugins: [react(), studioDevServer()],
  build: {
    outDir: 'dist',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    modulePreload: {
      // A lazy chunk the first render asks for (Generate's, or the source panel and canvas of
      // Edit and Inpaint) keeps Vite's list of its imports, fetched with it in one round trip. A
      // chunk fetched on idle loads its own imports: nobody waits on it, and the lists of all
      // such chunks put 0.7 KB gzip of file names in the first file. Stylesheets stay listed.
      resolveDependencies: (chunk, deps, { hostType }) =>
        hostType === 'html' || FIRST_RENDER_CHUNK.test(chunk) ? deps : [],
    },
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
