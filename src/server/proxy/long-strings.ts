const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Stands in for a lifted string in the skeleton. A sender may write it too; callers accept it
 * only where a lifted string really was, by counting them.
 */
export const LIFTED = '\u0000lifted';

type Lifted = {
  /** The JSON text with every long string replaced by `LIFTED`: small enough to parse. */
  skeleton: string;
  /** The long strings' contents (still JSON-escaped, without quotes), as views of the body: not copies. */
  strings: Buffer[];
};

/**
 * Splits a JSON body into its small part and its long strings, without turning those into
 * JavaScript strings: a 60 MB data URL stays the 60 MB of bytes it arrived as, instead of
 * becoming a text copy and then a parsed copy of it. The body is only scanned for string
 * boundaries; the skeleton is then parsed as usual.
 */
export function liftLongStrings(body: Buffer, minBytes: number): Lifted {
  const kept: string[] = [];
  const strings: Buffer[] = [];
  const placeholder = JSON.stringify(LIFTED);
  let copiedTo = 0;
  let at = body.indexOf(QUOTE);
  while (at >= 0) {
    const end = closingQuote(body, at + 1);
    if (end < 0) break; // Unterminated: JSON.parse of the skeleton reports it.
    if (end - at - 1 >= minBytes) {
      kept.push(body.toString('utf8', copiedTo, at), placeholder);
      strings.push(body.subarray(at + 1, end));
      copiedTo = end + 1;
    }
    at = body.indexOf(QUOTE, end + 1);
  }
  kept.push(body.toString('utf8', copiedTo));
  return { skeleton: kept.join(''), strings };
}

/** The quote that ends a string whose content starts at `from`: one not escaped by a backslash. */
function closingQuote(body: Buffer, from: number): number {
  let at = body.indexOf(QUOTE, from);
  while (at >= 0) {
    let backslashes = 0;
    while (body[at - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return at;
    at = body.indexOf(QUOTE, at + 1);
  }
  return -1;
}
