import { Hono } from 'hono';
import { describeIssues } from '../../wire/onemin/request.ts';
import type { Simulator } from './context.ts';
import { SimControlBody } from './control-schema.ts';
import { readJson } from './read-json.ts';

function fromOwnOrigin(origin: string | undefined, site: string | undefined, host: string): boolean {
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return false;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** `/_sim/*`: stats and live control for tests and demos. Never subject to injected failures. */
export function controlRoutes(sim: Simulator): Hono {
  const app = new Hono();
  app.get('/stats', (c) =>
    c.json({ ...sim.state.stats(), rssBytes: process.memoryUsage.rss(), store: sim.store.usage() }),
  );
  app.get('/control', (c) => c.json(sim.state.controlState()));
  app.post('/control', async (c) => {
    // Only the page or tool on the simulator's own origin may change it: a JSON body (which a
    // cross-site page cannot send without a preflight, never granted) and no foreign Origin.
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
      return c.json({ message: 'Send the control body as JSON, with Content-Type: application/json.' }, 415);
    }
    if (!fromOwnOrigin(c.req.header('origin'), c.req.header('sec-fetch-site'), new URL(c.req.url).host)) {
      return c.json({ message: 'The simulator takes control requests only from its own origin.' }, 403);
    }
    const json = await readJson(c);
    if (!json.ok) return c.json({ message: 'The body must be JSON.' }, 400);
    const parsed = SimControlBody.safeParse(json.value);
    if (!parsed.success) return c.json({ message: describeIssues(parsed.error) }, 400);
    return c.json(sim.state.control(parsed.data));
  });
  return app;
}
