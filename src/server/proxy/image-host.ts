import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

/**
 * Connections to the image hosts stay open between images. node:http rather than fetch: fetch
 * copies every chunk of a body it reads, and wraps it in a web stream the route would wrap again.
 */
const agents = {
  'http:': new HttpAgent({ keepAlive: true }),
  'https:': new HttpsAgent({ keepAlive: true }),
};

/**
 * GETs an image: no redirect followed (node:http follows none), nothing of the browser's
 * request passed on. Resolves with the answer's head; its body is still to be read, and
 * `signal` still ends it.
 */
export function getImage(url: URL, signal: AbortSignal): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      {
        agent: url.protocol === 'https:' ? agents['https:'] : agents['http:'],
        signal,
        headers: { Accept: 'image/png,image/jpeg,image/webp' },
      },
      resolve,
    );
    // Kept for the request's whole life: an abort mid-body errors it again, after the answer.
    request.on('error', reject);
    request.end();
  });
}

/**
 * The answer's body decoded as fetch would, though only a host that ignores the absent
 * Accept-Encoding sends it encoded; `null` for an encoding the studio does not decode.
 */
export function decodedBody(answer: IncomingMessage): Readable | null {
  const encoding = answer.headers['content-encoding']?.trim().toLowerCase();
  if (!encoding || encoding === 'identity') return answer;
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : null;
  if (!decoder) return null;
  // Errors reach the decoder, which is what the route reads; the callback only keeps them handled.
  return pipeline(answer, decoder, () => {});
}
