import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import SonicBoom from 'sonic-boom';
import { escapeControlCharacters, redactText, secretPattern } from './redact.ts';

/** Where the server writes its one-line records. Lines never carry keys or bodies. */
export type Log = (line: string) => void;

/** Each record stays one line: a line break inside it (from a request path, say) is written as an escape. */
export const consoleLog: Log = (line) => console.info(escapeControlCharacters(line));

/** Lines a stream holds while its destination is slow or failing; past this, new lines are dropped. */
const BUFFER_MAX_BYTES = 4 * 1024 * 1024;
/** How long a flush waits for a destination that does not take its lines. */
const FLUSH_MAX_MS = 2_000;

export type ServerLog = {
  log: Log;
  /** Resolves once what is buffered has been written (or has failed), within `FLUSH_MAX_MS`. */
  flush(): Promise<void>;
  /** Writes out what is still buffered at once: for an exit that cannot wait. */
  flushSync(): void;
};

/**
 * The real server's log: each line to standard output and, with `file`, appended to that file
 * (its folder made if missing) with a timestamp. Writing never blocks a request nor fails it:
 * lines are buffered and written asynchronously by sonic-boom (pino's writer), a destination
 * that fails or falls behind costs at most `BUFFER_MAX_BYTES` of lines, and a file that cannot
 * be opened or written is said once on the console, not thrown.
 */
export function createServerLog({
  file,
  output = 1,
}: {
  file?: string | undefined;
  /** The console: standard output unless a test gives a file. */
  output?: number | string;
} = {}): ServerLog {
  const stdout = streamTo(output);
  // Nowhere left to say it: a console that cannot be written loses its lines.
  stdout.on('error', () => undefined);
  const logFile = file ? openLogFile(file, (notice) => write(stdout, `${notice}\n`)) : undefined;
  return {
    log(line) {
      const text = escapeControlCharacters(line);
      write(stdout, `${text}\n`);
      if (logFile) write(logFile, `${new Date().toISOString()} ${text}\n`);
    },
    flush: () => Promise.all([stdout, logFile].map(drained)).then(() => undefined),
    flushSync() {
      for (const stream of [stdout, logFile]) {
        try {
          stream?.flushSync();
        } catch {
          // Failing: nothing more can be done at exit.
        }
      }
    },
  };
}

/** Resolves once the stream has written what it holds, has failed to, or `FLUSH_MAX_MS` has passed. */
function drained(stream: SonicBoom | undefined): Promise<void> {
  return new Promise((resolve) => {
    if (!stream) return resolve();
    const timer = setTimeout(resolve, FLUSH_MAX_MS);
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    try {
      stream.flush(done);
    } catch {
      done();
    }
  });
}

function write(stream: SonicBoom, text: string): void {
  try {
    stream.write(text);
  } catch {
    // Only a destroyed stream throws; its lines are lost, the request is not.
  }
}

/** An asynchronous stream to a descriptor, or appending to a file opened now (its folder made). */
function streamTo(target: number | string): SonicBoom {
  if (typeof target === 'string') mkdirSync(dirname(target), { recursive: true });
  const fd = typeof target === 'number' ? target : openSync(target, 'a');
  return new SonicBoom({ fd, sync: false, maxLength: BUFFER_MAX_BYTES });
}

/**
 * The log file's stream, opened at once (so lines from the first moment on reach it); `say`
 * tells the console once when opening or writing starts failing, and once when writing works again.
 */
function openLogFile(path: string, say: (notice: string) => void) {
  let stream: SonicBoom;
  let failing = false;
  const failed = (error: NodeJS.ErrnoException) => {
    if (failing) return;
    failing = true;
    say(
      `The log file ${path} cannot be written (${error.code ?? error.message}); the console still gets every line.`,
    );
  };
  try {
    stream = streamTo(path);
  } catch (error) {
    failed(error as NodeJS.ErrnoException);
    return undefined;
  }
  stream.on('error', failed);
  stream.on('write', () => {
    if (!failing) return;
    failing = false;
    say(`The log file ${path} is written again.`);
  });
  return stream;
}

/** The log with every secret blanked out of each line: a second guard, should a message ever quote one. */
export function withoutSecrets(log: Log, secrets: (string | undefined)[]): Log {
  const pattern = secretPattern(secrets.filter((secret): secret is string => !!secret));
  return pattern ? (line) => log(redactText(line, pattern)) : log;
}

/** An unexpected error as one line: its name and message, without the stack or any request data. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
