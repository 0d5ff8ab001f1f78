import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** Where the server writes its one-line records. Lines never carry keys or bodies. */
export type Log = (line: string) => void;

export const consoleLog: Log = (line) => console.info(line);

/** Writes each line to the console and appends it to `path` (made if missing). */
export function consoleAndFileLog(path: string): Log {
  mkdirSync(dirname(path), { recursive: true });
  return (line) => {
    consoleLog(line);
    appendFileSync(path, `${new Date().toISOString()} ${line}\n`);
  };
}

/** The log with every secret blanked out of each line: a second guard, should a message ever quote one. */
export function withoutSecrets(log: Log, secrets: (string | undefined)[]): Log {
  const known = secrets.filter((secret): secret is string => !!secret);
  return known.length === 0
    ? log
    : (line) => log(known.reduce((text, secret) => text.split(secret).join('[key]'), line));
}

/** An unexpected error as one line: its name and message, without the stack or any request data. */
export function describeError(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
