import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

export type SimulatorProcess = { url: string; stop(): Promise<void> };

/**
 * The simulator in a Node process of its own on a free loopback port, as the real API would be
 * another machine: the caller's memory and event loop then hold only the studio's side.
 * Resolves once the simulator prints its URL.
 */
export function spawnSimulatorProcess(env: NodeJS.ProcessEnv = {}): Promise<SimulatorProcess> {
  const child = spawn(`${REPO_ROOT}node_modules/.bin/tsx`, [`${REPO_ROOT}src/server/simulator/main.ts`], {
    cwd: REPO_ROOT,
    env: { ...process.env, SIM_HOST: '127.0.0.1', SIM_PORT: '0', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  return new Promise((resolveProcess, reject) => {
    let output = '';
    const onExit = (code: number | null) => reject(new Error(`The simulator exited (${code}): ${output}`));
    child.once('exit', onExit);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+/.exec(output)?.[0];
      if (!url) return;
      child.off('exit', onExit);
      resolveProcess({
        url,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      });
    });
  });
}
