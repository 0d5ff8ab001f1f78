import { describe, expect, it } from 'vitest';
import { redactText, redactValue, secretPattern } from './redact.ts';

const KEY = 'sk-Live_9fQ2xZ7LmP3vR8tW';
const pattern = secretPattern([KEY]);
const blank = (text: string) => redactText(text, pattern);
const bytes = Buffer.from(KEY);
const each = (write: (code: number) => string) => [...KEY].map((char) => write(char.charCodeAt(0))).join('');
const hex = (code: number) => code.toString(16).padStart(2, '0');

describe('secretPattern', () => {
  it.each([
    ['as is', KEY],
    ['upper case', KEY.toUpperCase()],
    ['JSON escapes', each((code) => `\\u${code.toString(16).padStart(4, '0')}`)],
    ['\\x escapes', each((code) => `\\x${hex(code).toUpperCase()}`)],
    ['percent escapes', each((code) => `%${hex(code)}`)],
    ['double percent escapes', each((code) => `%25${hex(code).toUpperCase()}`)],
    ['hex', bytes.toString('hex')],
    ['upper-case hex', bytes.toString('hex').toUpperCase()],
    ['HTML decimal references', each((code) => `&#${code};`)],
    ['HTML hex references', each((code) => `&#x${hex(code)};`)],
    ['HTML references without semicolons', each((code) => `&#0${code}`)],
    ['HTML named references', KEY.replace('_', '&lowbar;')],
  ])('blanks it out written %s, inside a longer text', (_name, form) => {
    expect(blank(`before ${form} after`)).toBe('before [key] after');
  });

  it('blanks it out of base64 and base64url at each alignment, inside longer encoded data', () => {
    for (const before of ['', 'A', 'Be', 'Bearer ']) {
      for (const after of ['', '!', '\n\n']) {
        const data = Buffer.from(`${before}${KEY}${after}`);
        for (const encoding of ['base64', 'base64url'] as const) {
          const encoded = data.toString(encoding);
          const blanked = blank(`token=${encoded};`);
          expect(blanked).toContain('[key]');
          // What is left around the mark is at most the characters it shares with its neighbours.
          expect(blanked.replace('[key]', '').length).toBeLessThanOrEqual(
            `token=;`.length + Math.ceil((before.length * 8) / 6) + Math.ceil((after.length * 8) / 6) + 4,
          );
        }
      }
    }
    // Percent-encoded base64 (as in a query string).
    const encoded = Buffer.from(`??>${KEY}`).toString('base64');
    expect(blank(encodeURIComponent(encoded))).toContain('[key]');
  });

  it('leaves other text alone', () => {
    const text = 'The job failed: size 1024x1024 is not allowed (request 7f3a9c).';
    expect(blank(text)).toBe(text);
    expect(blank(KEY.slice(0, -1))).toBe(KEY.slice(0, -1));
    expect(secretPattern([])).toBeUndefined();
  });

  it('blanks every string of a parsed value, names included', () => {
    expect(redactValue({ [KEY]: [`a ${KEY}`, 1, null] }, pattern)).toEqual({ '[key]': ['a [key]', 1, null] });
  });
});
