/**
 * Runs every bench in turn, each as its own process (`tsx bench/<name>.ts`), and sums up.
 * `npm run bench` runs them all; `npx tsx bench/run-all.ts mask-export history-open` runs some.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describeMachine } from './support/machine.ts';
import { repoPath } from './support/paths.ts';
import { printBlock } from './support/stats.ts';

const BENCHES = [
  'mask-export',
  'mask-tools',
  'stroke-paint',
  'bundle-size',
  'history-open',
  'compare-diff',
  'document-canvas',
  'pack-crops',
  'proxy-overhead',
  'upload-rss',
] as const;

/** A bench that runs longer than this is stopped and counted as failed. */
const LIMIT_MS = 6 * 60_000;
/** Benches given longer: history-open writes and measures a history of 5,000 jobs and one of 50,000. */
const LIMITS_MS: Partial<Record<(typeof BENCHES)[number], number>> = { 'history-open': 15 * 60_000 };

type Outcome = { name: string; status: string; seconds: number; ok: boolean };

function runOne(name: string): Promise<Outcome> {
  const limitMs = LIMITS_MS[name as keyof typeof LIMITS_MS] ?? LIMIT_MS;
  const file = repoPath('bench', `${name}.ts`);
  if (!existsSync(file)) return Promise.resolve({ name, status: 'missing', seconds: 0, ok: false });
  const started = performance.now();
  const child = spawn(repoPath('node_modules', '.bin', 'tsx'), [file], { cwd: repoPath(), stdio: 'inherit' });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    child.kill('SIGTERM');
  }, limitMs);
  return new Promise((resolve) => {
    const finish = (status: string, ok: boolean) => {
      clearTimeout(timer);
      resolve({ name, status, ok, seconds: (performance.now() - started) / 1000 });
    };
    child.once('error', (error) => finish(`could not start: ${error.message}`, false));
    child.once('exit', (code, signal) => {
      if (timedOut) finish(`stopped after ${limitMs / 60_000} min`, false);
      else if (code === 0) finish('ok', true);
      else finish(signal ? `killed by ${signal}` : `failed (exit ${code})`, false);
    });
  });
}

async function main(): Promise<void> {
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(BENCHES as readonly string[]).includes(name));
  if (unknown.length > 0) {
    console.error(`No bench called ${unknown.join(', ')}. The benches: ${BENCHES.join(', ')}.`);
    process.exit(2);
  }
  const names = asked.length > 0 ? asked : [...BENCHES];
  printBlock('Machine:', describeMachine());
  const outcomes: Outcome[] = [];
  for (const name of names) outcomes.push(await runOne(name));
  printBlock(
    'Summary:',
    outcomes.map((o) => [o.name, `${o.status} in ${o.seconds.toFixed(0)} s`]),
  );
  if (outcomes.some((o) => !o.ok)) process.exit(1);
}

void main();
