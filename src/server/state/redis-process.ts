import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Test-only: a throwaway redis-server on a free loopback port, without persistence. */
export type RedisProcess = {
  url: string;
  /** Stops the server (as a crash would, for the tests of an outage). */
  stop(): Promise<void>;
  /** Starts it again on the same port, empty. */
  start(): Promise<void>;
  /** Stalls it (SIGSTOP): connections stay open, commands wait unanswered, as on a frozen host. */
  pause(): void;
  /** Lets a stalled server go on (SIGCONT); it then runs whatever waited, in order. */
  resume(): void;
};

const REDIS_SERVER = process.env.REDIS_SERVER_BIN ?? 'redis-server';

export async function startRedisProcess(): Promise<RedisProcess> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const started = spawn(
        REDIS_SERVER,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      child = started;
      let output = '';
      started.once('error', () =>
        reject(
          new Error(
            'redis-server is not installed; CI installs it (see .ci/run), or apt-get install redis-server.',
          ),
        ),
      );
      started.once('exit', (code) => reject(new Error(`redis-server exited (${code}): ${output}`)));
      started.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('Ready to accept connections')) resolve();
      });
    });
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop,
    start,
    pause: () => void child?.kill('SIGSTOP'),
    resume: () => void child?.kill('SIGCONT'),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}
