/** Strings longer than this leave in slices of this many characters, never as one copy. */
const SLICE_CHARS = 1 << 20;

export type OutgoingJson = {
  /** The JSON body as a stream, and its length in bytes; the value is let go once the last byte is read. */
  take(): { body: ReadableStream<Uint8Array>; length: number };
  /** Lets the value go without sending it (a refused or cancelled job). */
  discard(): void;
};

/**
 * A request body sent once, without `JSON.stringify` copying it whole: a 60 MB data URL would
 * otherwise be held three times over (the value, its JSON text, the encoded bytes) for as long
 * as the upload lasts. `onDone` runs once the value is let go, sent or not.
 */
export function outgoingJson(value: Record<string, unknown>, onDone: () => void): OutgoingJson {
  let held: Record<string, unknown> | undefined = value;
  const discard = () => {
    if (held === undefined) return;
    held = undefined;
    onDone();
  };
  return {
    take() {
      if (!held) throw new Error('This request body was already sent.');
      const source = held;
      let length = 0;
      for (const piece of pieces(source)) length += Buffer.byteLength(piece);
      const iterator = pieces(source);
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = iterator.next();
          if (next.done) {
            controller.close();
            discard();
          } else controller.enqueue(Buffer.from(next.value));
        },
        cancel: discard,
      });
      return { body, length };
    },
    discard,
  };
}

/** The object's JSON text in pieces: the short fields together, each long string in slices. */
function* pieces(value: Record<string, unknown>): Generator<string> {
  const long = Object.entries(value).filter(
    (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1].length > SLICE_CHARS,
  );
  const short = JSON.stringify(Object.fromEntries(Object.entries(value).filter(([, v]) => !isLong(v))));
  yield short.slice(0, -1);
  let first = short === '{}';
  for (const [name, text] of long) {
    yield `${first ? '' : ','}${JSON.stringify(name)}:"`;
    first = false;
    // Escaping slice by slice is the same as escaping the whole: a surrogate pair cut in two
    // becomes two \u escapes, which JSON reads back as the pair.
    for (let at = 0; at < text.length; at += SLICE_CHARS) {
      yield JSON.stringify(text.slice(at, at + SLICE_CHARS)).slice(1, -1);
    }
    yield '"';
  }
  yield '}';
}

function isLong(value: unknown): boolean {
  return typeof value === 'string' && value.length > SLICE_CHARS;
}
