import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, wherever the bench is started from. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Everything the benches build or keep between runs (git-ignored). */
export const BENCH_OUT = join(REPO_ROOT, 'bench', '.out');

export const benchPath = (...parts: string[]) => join(BENCH_OUT, ...parts);

export const repoPath = (...parts: string[]) => join(REPO_ROOT, ...parts);
