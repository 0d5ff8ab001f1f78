import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import { BENCH_OUT, REPO_ROOT, benchPath } from './paths.ts';

/**
 * Builds for the benches, into bench/.out: the studio itself (rebuilt only when its inputs
 * changed, so benches run one after another share it) and tiny single-entry bundles.
 * The shared dist/ is left alone: other work (the e2e suite) builds it with its own settings.
 */

const STUDIO_INPUTS = ['src', 'public', 'index.html', 'vite.config.ts', 'package.json', 'package-lock.json'];

/** Newest modification time among the files that make up the SPA build (tests and server code excluded). */
function newestInput(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      if (path === join(REPO_ROOT, 'src', 'server')) return;
      for (const name of readdirSync(path)) visit(join(path, name));
    } else if (!/\.test\.tsx?$/.test(path)) {
      newest = Math.max(newest, stat.mtimeMs);
    }
  };
  for (const input of STUDIO_INPUTS) visit(join(REPO_ROOT, input));
  return newest;
}

/** The production build of the studio in bench/.out/dist, built first if missing or older than its sources. */
export async function ensureStudioBuild(): Promise<string> {
  const outDir = benchPath('dist');
  const stamp = benchPath('dist.stamp');
  const newest = newestInput();
  const built = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : -1;
  if (built >= newest && existsSync(join(outDir, 'index.html'))) return outDir;
  mkdirSync(BENCH_OUT, { recursive: true });
  await build({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
  // The inputs' time from before the build: an edit made while building makes the next run rebuild.
  writeFileSync(stamp, String(newest));
  return outDir;
}

/**
 * The studio built again with source maps, into bench/.out/dist-maps, to tell what fills its
 * chunks; answers the directory. Same config as the studio's build otherwise.
 */
export async function buildStudioWithSourceMaps(): Promise<string> {
  const outDir = benchPath('dist-maps');
  await build({
    root: REPO_ROOT,
    configFile: join(REPO_ROOT, 'vite.config.ts'),
    // Errors only: a slow build on a busy machine warns about plugin timings, which is no figure.
    logLevel: 'error',
    build: { outDir, emptyOutDir: true, sourcemap: true },
  });
  return outDir;
}

const PRODUCTION = { 'process.env.NODE_ENV': JSON.stringify('production') };

/** One entry built as the studio's app build would build it (same minifier, production React); answers its JS files. */
export async function buildAppEntry(entry: string, outName: string): Promise<string[]> {
  const outDir = benchPath(outName);
  await build({
    root: REPO_ROOT,
    configFile: false,
    publicDir: false,
    // Errors only: TanStack Query's "use client" directives are a warning in every such build.
    logLevel: 'error',
    define: PRODUCTION,
    build: { outDir, emptyOutDir: true, rolldownOptions: { input: entry } },
  });
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((name) => name.endsWith('.js'))
    .map((name) => join(assets, name));
}
