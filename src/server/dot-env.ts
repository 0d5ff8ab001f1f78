import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `.env` file in `cwd` as a map, or nothing when there is none. */
export function readDotEnv(cwd: string = process.cwd()): Record<string, string> {
  const path = join(cwd, '.env');
  return existsSync(path) ? parseDotEnv(readFileSync(path, 'utf8')) : {};
}

/**
 * `KEY=VALUE` lines: blank lines and `#` comments skipped, an optional `export ` prefix,
 * values in single or double quotes taken literally (double quotes understand \n), and an
 * unquoted value ends at ` #`.
 */
export function parseDotEnv(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const match = /^(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
    if (!match) continue;
    const [, key, rest] = match as unknown as [string, string, string];
    out[key] = parseValue(rest);
  }
  return out;
}

function parseValue(rest: string): string {
  const quote = rest[0];
  if (quote === '"' || quote === "'") {
    const end = rest.indexOf(quote, 1);
    if (end > 0) {
      const inner = rest.slice(1, end);
      return quote === '"' ? inner.replace(/\\n/g, '\n') : inner;
    }
  }
  return rest.replace(/\s+#.*$/, '').trim();
}
