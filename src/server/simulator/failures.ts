import type { HttpBindings } from '@hono/node-server';
import type { Context } from 'hono';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import { abortableSleep, clientGoneResponse, untilAborted } from './abort.ts';
import type { Simulator } from './context.ts';
import type { SimFailure, SimRoute } from './control-schema.ts';
import { SimulatedConnectionReset } from './refusal.ts';

/** How long a 'slow' request takes before it answers correctly. */
export const SLOW_MS = 20_000;

/** Each provider's error body: 1min.ai `{ message }`, gptimageapi.dev `{ code, message }` with code ≠ 0. */
export type Dialect = 'onemin' | 'gptimageapi';

export function errorResponse(
  dialect: Dialect,
  status: number,
  message: string,
  headers?: Record<string, string>,
): Response {
  const body = dialect === 'onemin' ? { message } : { code: status, message, data: null };
  return Response.json(body, { status, ...(headers ? { headers } : {}) });
}

const TRUNCATED_JSON: Record<Dialect, string> = {
  onemin: '{"aiRecord":{"uuid":"',
  gptimageapi: '{"code":0,"message":"ok","data":{"images":[{"url":"',
};

/**
 * Counts a paid/upload request and answers with the injected failure, if any; `null` means
 * go on ('slow' returns `null` after its wait). Never keeps the key, only whether one came.
 */
export async function admitPaidRequest(
  sim: Simulator,
  c: Context,
  route: SimRoute,
): Promise<Response | null> {
  const dialect: Dialect = route === 'edit' ? 'gptimageapi' : 'onemin';
  const carriedKey =
    dialect === 'gptimageapi'
      ? /^Bearer\s+\S/i.test(c.req.header('authorization') ?? '')
      : !!c.req.header('api-key')?.trim();
  sim.state.record(route, carriedKey, c.req.header(IDEMPOTENCY_HEADER) || undefined);
  const failure = sim.state.takeFailure();
  return failure ? injectFailure(c, failure, dialect) : null;
}

async function injectFailure(c: Context, failure: SimFailure, dialect: Dialect): Promise<Response | null> {
  const signal = c.req.raw.signal;
  switch (failure) {
    case '401':
      return errorResponse(dialect, 401, 'Invalid API key');
    case '402':
      return errorResponse(dialect, 402, 'Insufficient credits');
    case '429':
      return errorResponse(dialect, 429, 'Too many requests; retry in 7 seconds.', { 'Retry-After': '7' });
    case '500':
      return errorResponse(dialect, 500, 'Internal server error');
    case 'bad-json':
      return new Response(TRUNCATED_JSON[dialect], {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    case 'timeout':
      await untilAborted(signal);
      return clientGoneResponse();
    case 'slow':
      return (await abortableSleep(SLOW_MS, signal)) ? null : clientGoneResponse();
    case 'reset':
      return resetConnection(c);
  }
}

/** Drops the TCP connection when there is one; in-process (`app.request`) the thrown error rejects the call instead. */
function resetConnection(c: Context): never {
  const socket = (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket;
  if (socket && !socket.destroyed) socket.resetAndDestroy();
  throw new SimulatedConnectionReset();
}
