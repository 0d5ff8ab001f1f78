/** Registers cleanup for something the bench started; cleanups run last-first. */
export type Defer = (cleanup: () => unknown) => void;

/**
 * Runs a bench as a script: stops whatever it started (on success, failure, Ctrl-C or when
 * it overruns `limitMs`), prints why it failed, and ends the process with 0 or 1.
 */
export function runBench(name: string, body: (defer: Defer) => Promise<void>, limitMs = 300_000): void {
  const cleanups: (() => unknown)[] = [];
  let ending = false;
  const end = async (code: number) => {
    if (ending) return;
    ending = true;
    clearTimeout(timer);
    for (let cleanup = cleanups.pop(); cleanup; cleanup = cleanups.pop()) {
      try {
        await cleanup();
      } catch (error) {
        console.error(`${name}: cleanup failed: ${describe(error)}`);
      }
    }
    // Something left open (a worker pool, a socket) must not keep a finished bench alive.
    process.exit(code);
  };
  const timer = setTimeout(() => {
    console.error(`${name}: gave up after ${limitMs / 1000} s.`);
    void end(1);
  }, limitMs);
  process.once('SIGINT', () => void end(130));
  process.once('SIGTERM', () => void end(143));
  body((cleanup) => cleanups.push(cleanup)).then(
    () => end(0),
    (error: unknown) => {
      console.error(`${name} failed: ${describe(error)}`);
      return end(1);
    },
  );
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
