import { request as httpRequest, type Agent, type ClientRequest } from 'node:http';

export type PeerAnswer = { status: number; body: string; ms: number };

/**
 * Test-only: an HTTP request sent from `localAddress` (any 127.x.y.z on Linux stands for another
 * machine), answered with its status and body, or rejected after `timeoutMs`. `send` writes the
 * body (and ends the request); without it the request has none.
 */
export function requestFrom(
  localAddress: string,
  url: string,
  {
    method = 'GET',
    headers = {},
    timeoutMs = 20_000,
    agent,
    send = (request) => request.end(),
  }: {
    method?: string;
    headers?: Record<string, string>;
    timeoutMs?: number;
    agent?: Agent;
    send?: (request: ClientRequest) => void;
  } = {},
): Promise<PeerAnswer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method, headers, localAddress, ...(agent && { agent }) }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, body, ms: Math.round(performance.now() - started) }),
      );
      res.on('error', reject);
    });
    request.setTimeout(timeoutMs, () =>
      request.destroy(new Error(`no answer from ${url} within ${timeoutMs} ms`)),
    );
    request.on('error', reject);
    send(request);
  });
}
