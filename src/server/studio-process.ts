import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export type StudioProcess = {
  /** The start-up line, and the URL in it. */
  line: string;
  url: string;
  pid: number;
  /** Everything printed so far, standard output and error. */
  output(): string;
  stop(): Promise<number | null>;
};

/**
 * Test-only: `tsx src/server/start.ts` in `cwd` (which holds a built `dist/`), as a process of
 * its own, resolved once it prints where it runs. Port 0 and simulator latency 0 unless `env` says.
 * `fileLimit` runs it under that many open files (`prlimit`, Linux), so exhausting them is quick.
 */
export async function spawnStudioProcess(
  cwd: string,
  env: NodeJS.ProcessEnv,
  { fileLimit }: { fileLimit?: number } = {},
): Promise<StudioProcess> {
  const command = [`${REPO_ROOT}node_modules/.bin/tsx`, `${REPO_ROOT}src/server/start.ts`];
  if (fileLimit) command.unshift('prlimit', `--nofile=${fileLimit}:${fileLimit}`, '--');
  const child = spawn(command[0]!, command.slice(1), {
    cwd,
    env: { ...process.env, PORT: '0', SIM_LATENCY_MS: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolveExit) => child.once('exit', (code) => resolveExit(code)));
  const line = await new Promise<string>((resolveLine, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start-up line; output: ${output}`)), 20_000);
    void exited.then((code) => reject(new Error(`exited (${code}) before starting; output: ${output}`)));
    child.stdout.on('data', () => {
      const match = /Image Studio running at .*\n/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolveLine(match[0].trim());
      }
    });
  });
  return {
    line,
    url: /http:\/\/\S+/.exec(line)![0],
    pid: child.pid!,
    output: () => output,
    stop: () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Test-only: how a studio that refuses to start ends: its exit code and what it printed. */
export function runStudioToExit(
  cwd: string,
  env: NodeJS.ProcessEnv,
): Promise<{ code: number | null; output: string }> {
  const child = spawn(`${REPO_ROOT}node_modules/.bin/tsx`, [`${REPO_ROOT}src/server/start.ts`], {
    cwd,
    env: { ...process.env, PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}
