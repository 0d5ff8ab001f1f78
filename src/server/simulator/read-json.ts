import type { Context } from 'hono';

export type JsonBody = { ok: true; value: unknown } | { ok: false };

/** The request's JSON body, or `ok: false` when it is not JSON. */
export async function readJson(c: Context): Promise<JsonBody> {
  try {
    return { ok: true, value: await c.req.json() };
  } catch {
    return { ok: false };
  }
}
