import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Log } from '../log.ts';
import { escapeControlCharacters } from '../redact.ts';

/** One line per request: method, route pattern (never the query), status, duration. */
export function requestLog(log: Log): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const route = routePath(c, -1);
    const ms = Math.round(performance.now() - started);
    const path = route === '/*' || route === '*' ? escapeControlCharacters(c.req.path) : route;
    log(`${c.req.method} ${path} ${c.res.status} ${ms}ms`);
  };
}
