import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Log } from '../log.ts';

/** One line per request: method, route pattern (never the query), status, duration. */
export function requestLog(log: Log): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const route = routePath(c, -1);
    const ms = Math.round(performance.now() - started);
    log(`${c.req.method} ${route === '/*' || route === '*' ? c.req.path : route} ${c.res.status} ${ms}ms`);
  };
}
