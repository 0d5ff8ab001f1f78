/**
 * Finds a secret however a text carries it: in any letter case, and with any of its characters
 * written as a JSON `\uXXXX` escape or a URL `%XX` escape, as an upstream that echoes the key
 * might write it.
 */
export function secretPattern(secrets: readonly string[]): RegExp | undefined {
  const alternatives = secrets.filter(Boolean).map((secret) =>
    [...secret]
      .map((char) => {
        const code = char.codePointAt(0)!;
        const hex = code.toString(16).padStart(4, '0');
        const forms = [escapeRegExp(char), `\\\\u${hex}`];
        if (code < 0x80) forms.push(`%${hex.slice(2)}`);
        return `(?:${forms.join('|')})`;
      })
      .join(''),
  );
  return alternatives.length ? new RegExp(alternatives.join('|'), 'giu') : undefined;
}

export function redactText(text: string, pattern: RegExp | undefined): string {
  return pattern ? text.replace(pattern, '[key]') : text;
}

/** A parsed JSON value with the secret blanked out of every string in it, names included. */
export function redactValue(value: unknown, pattern: RegExp | undefined): unknown {
  if (!pattern) return value;
  if (typeof value === 'string') return redactText(value, pattern);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, pattern));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([name, item]) => [redactText(name, pattern), redactValue(item, pattern)]),
    );
  }
  return value;
}

/** Control characters as visible escapes, so a request path cannot start a forged log line. */
export function escapeControlCharacters(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- control characters are what it looks for
    /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
