import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { escapeControlCharacters, redactText, secretPattern } from './redact.ts';

/** Where the server writes its one-line records. Lines never carry keys or bodies. */
export type Log = (line: string) => void;

/** Each record stays one line: a line break inside it (from a request path, say) is written as an escape. */
export const consoleLog: Log = (line) => console.info(escapeControlCharacters(line));

/** Writes each line to the console and appends it to `path` (made if missing). */
export function consoleAndFileLog(path: string): Log {
  mkdirSync(dirname(path), { recursive: true });
  return (line) => {
    consoleLog(line);
    appendFileSync(path, `${new Date().toISOString()} ${escapeControlCharacters(line)}\n`);
  };
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
