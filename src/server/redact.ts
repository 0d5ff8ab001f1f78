/** HTML's named references for the punctuation a key may hold (HTML5 names, case as written). */
const NAMED_REFERENCES: Record<string, readonly string[]> = {
  _: ['lowbar', 'UnderBar'],
  '.': ['period'],
  ':': ['colon'],
  '/': ['sol'],
  '+': ['plus'],
  '=': ['equals'],
  '&': ['amp', 'AMP'],
  '<': ['lt', 'LT'],
  '>': ['gt', 'GT'],
  '"': ['quot', 'QUOT'],
  "'": ['apos'],
  '~': ['tilde'],
  '!': ['excl'],
  '#': ['num'],
  $: ['dollar'],
  '%': ['percnt'],
  '*': ['ast', 'midast'],
  ',': ['comma'],
  ';': ['semi'],
  '?': ['quest'],
  '@': ['commat'],
};

/**
 * The ways a text may carry a secret, as patterns to blank it out with. Each character may be
 * written as itself in any letter case, as a JSON `\uXXXX` or a `\xXX` escape, as URL `%XX`
 * escapes (of its UTF-8 bytes, also percent-encoded again: `%25XX`), or as an HTML character
 * reference (decimal, hex or named). The secret as a whole may be written in hex (either case)
 * or in base64, standard or URL-safe, at each of the three byte alignments it can have inside
 * a longer encoded text (whose first and last characters it shares with its neighbours).
 */
export type SecretPattern = readonly RegExp[];

/** Base64 shorter than this says too little to tell a secret from chance. */
const MIN_BASE64_CHARS = 8;

export function secretPattern(secrets: readonly string[]): SecretPattern | undefined {
  const present = secrets.filter(Boolean);
  if (present.length === 0) return undefined;
  const anyCase = present.flatMap((secret) => [characterForms(secret), hexForm(secret)]);
  const base64 = present.flatMap(base64Forms);
  return [
    new RegExp(anyCase.join('|'), 'giu'),
    ...(base64.length ? [new RegExp(base64.join('|'), 'gu')] : []),
  ];
}

/** The secret character by character, each in any of the ways a text may write it. */
function characterForms(secret: string): string {
  return [...secret]
    .map((char) => {
      const code = char.codePointAt(0)!;
      const hex = code.toString(16);
      const forms = [
        escapeRegExp(char),
        `&#0*${code};?`,
        `&#x0*${hex};?`,
        [...Buffer.from(char)].map((byte) => `%(?:25)*${byte.toString(16).padStart(2, '0')}`).join(''),
        ...(NAMED_REFERENCES[char] ?? []).map((name) => `&${name};?`),
      ];
      if (code <= 0xffff) forms.push(`\\\\u${hex.padStart(4, '0')}`);
      if (code <= 0xff) forms.push(`\\\\x${hex.padStart(2, '0')}`);
      return `(?:${forms.join('|')})`;
    })
    .join('');
}

function hexForm(secret: string): string {
  return Buffer.from(secret).toString('hex');
}

/**
 * The base64 characters that only the secret's own bytes decide, for each alignment `a` (the
 * bytes before it in the encoded text, modulo 3): character i covers bits [6i, 6i + 6).
 * `+` and `/` also match their URL-safe and percent-encoded spellings.
 */
function base64Forms(secret: string): string[] {
  const bytes = Buffer.from(secret);
  return [0, 1, 2].flatMap((a) => {
    const encoded = Buffer.concat([Buffer.alloc(a), bytes]).toString('base64');
    const core = encoded.slice(Math.ceil((8 * a) / 6), Math.floor((8 * (a + bytes.length)) / 6));
    if (core.length < MIN_BASE64_CHARS) return [];
    return [
      [...core]
        .map((char) => (char === '+' ? '(?:\\+|-|%2[bB])' : char === '/' ? '(?:/|_|%2[fF])' : char))
        .join(''),
    ];
  });
}

export function redactText(text: string, pattern: SecretPattern | undefined): string {
  return pattern ? pattern.reduce((blanked, form) => blanked.replace(form, '[key]'), text) : text;
}

/** A parsed JSON value with the secret blanked out of every string in it, names included. */
export function redactValue(value: unknown, pattern: SecretPattern | undefined): unknown {
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
