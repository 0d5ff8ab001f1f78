/** Long values leave in views of this many bytes. */
const SLICE_BYTES = 1 << 20;

export type OutgoingJson = {
  /** The JSON body as a stream, and its length in bytes; the value is let go once the last byte is read. */
  take(): { body: ReadableStream<Uint8Array>; length: number };
  /** Lets the value go without sending it (a refused or cancelled job). */
  discard(): void;
};

/**
 * A JSON object sent once, made of `fields` plus one string field `name` whose content is
 * given as JSON-escaped bytes. Those bytes go out as views, never copied: a 60 MB data URL
 * is held once, as received, for as long as the upload lasts. `onDone` runs once the value is
 * let go, sent or not.
 */
export function outgoingJson(
  fields: Record<string, unknown>,
  name: string,
  content: Buffer,
  onDone: () => void,
): OutgoingJson {
  let held: Buffer | undefined = content;
  const discard = () => {
    if (held === undefined) return;
    held = undefined;
    onDone();
  };
  return {
    take() {
      if (!held) throw new Error('This request body was already sent.');
      const small = JSON.stringify(fields);
      const head = Buffer.from(`${small.slice(0, -1)}${small === '{}' ? '' : ','}${JSON.stringify(name)}:"`);
      const tail = Buffer.from('"}');
      const pieces: Uint8Array[] = [head];
      for (let at = 0; at < held.length; at += SLICE_BYTES) pieces.push(held.subarray(at, at + SLICE_BYTES));
      pieces.push(tail);
      const length = head.length + held.length + tail.length;
      const body = new ReadableStream<Uint8Array>({
        pull(controller) {
          const next = pieces.shift();
          if (next) return controller.enqueue(next);
          controller.close();
          discard();
        },
        cancel: discard,
      });
      return { body, length };
    },
    discard,
  };
}
