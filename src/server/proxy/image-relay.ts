import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import type { Readable } from 'node:stream';
import type { ProxyError } from './errors.ts';
import type { Deadline } from './upstream-call.ts';

/** Bytes `sniffImageType` needs to decide. */
const MAGIC_BYTES = 12;

type RelayOptions = {
  maxBytes: number;
  /** Ended with the body, however it ends; its failure names what went wrong. */
  deadline: Deadline;
  /** The response's headers for the body's first bytes; throws if they will not do. */
  headersFor(head: Buffer): OutgoingHttpHeaders;
  tooLarge(): ProxyError;
};

/**
 * Pipes `source` into Node's response once its first bytes are in and `headersFor` has accepted
 * them: the headers go out in the same write as those bytes, each chunk is written as it
 * arrived (no copy, no web stream), the host is paused while the browser reads slower than it
 * sends, and the body is cut off past `maxBytes`. Resolves once the headers are written; a
 * failure before then rejects (to be answered as JSON), one after cuts the response off.
 */
export function relayBody(source: Readable, outgoing: ServerResponse, options: RelayOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    new BodyRelay(source, outgoing, options, resolve, reject).listen();
  });
}

/** One relay's state; methods rather than closures, so a request makes no named functions. */
class BodyRelay {
  private received = 0;
  private started = false;
  private finished = false;
  private readonly head: Buffer[] = [];
  private readonly source: Readable;
  private readonly outgoing: ServerResponse;
  private readonly options: RelayOptions;
  private readonly resolve: () => void;
  private readonly reject: (error: ProxyError) => void;

  constructor(
    source: Readable,
    outgoing: ServerResponse,
    options: RelayOptions,
    resolve: () => void,
    reject: (error: ProxyError) => void,
  ) {
    this.source = source;
    this.outgoing = outgoing;
    this.options = options;
    this.resolve = resolve;
    this.reject = reject;
  }

  listen(): void {
    const { source, outgoing } = this;
    source.on('data', (chunk: Buffer) => this.data(chunk));
    outgoing.on('drain', () => source.resume());
    source.once('end', () => this.end());
    source.on('error', (error: unknown) => this.fail(error));
    // Closed with neither an end nor an error (the Error is built only then, not for every image).
    source.once('close', () => {
      if (!this.finished) this.fail(new Error('The image host closed the connection early.'));
    });
  }

  private data(chunk: Buffer): void {
    if (this.finished) return;
    this.received += chunk.length;
    if (this.received > this.options.maxBytes) return this.fail(this.options.tooLarge());
    if (this.started) {
      if (!this.outgoing.write(chunk)) this.source.pause();
      return;
    }
    this.head.push(chunk);
    if (this.received >= MAGIC_BYTES) this.start();
  }

  private end(): void {
    if (this.finished || (!this.started && !this.start())) return;
    this.finished = true;
    this.options.deadline.end();
    this.outgoing.end();
  }

  /** Writes the headers with the first bytes, if they are accepted; false if they were not. */
  private start(): boolean {
    const { head, outgoing } = this;
    let headers: OutgoingHttpHeaders;
    try {
      // Almost always the first chunk holds the magic bytes: looked at as it is, not copied.
      headers = this.options.headersFor(head.length === 1 ? head[0]! : Buffer.concat(head));
    } catch (error) {
      this.fail(error);
      return false;
    }
    this.started = true;
    outgoing.writeHead(200, headers);
    let ready = true;
    for (const chunk of head) ready = outgoing.write(chunk);
    head.length = 0;
    if (!ready) this.source.pause();
    this.resolve();
    return true;
  }

  private fail(cause: unknown): void {
    if (this.finished) return;
    this.finished = true;
    const { deadline } = this.options;
    const error = deadline.failure(cause);
    deadline.end();
    this.source.destroy();
    if (this.started) this.outgoing.destroy(error);
    else this.reject(error);
  }
}
