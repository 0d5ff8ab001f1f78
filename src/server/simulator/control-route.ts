import { Hono } from 'hono';
import { describeIssues } from '../../wire/onemin/request.ts';
import type { Simulator } from './context.ts';
import { SimControlBody } from './control-schema.ts';
import { readJson } from './read-json.ts';

/** `/_sim/*`: stats and live control for tests and demos. Never subject to injected failures. */
export function controlRoutes(sim: Simulator): Hono {
  const app = new Hono();
  app.get('/stats', (c) => c.json(sim.state.stats()));
  app.get('/control', (c) => c.json(sim.state.controlState()));
  app.post('/control', async (c) => {
    const json = await readJson(c);
    if (!json.ok) return c.json({ message: 'The body must be JSON.' }, 400);
    const parsed = SimControlBody.safeParse(json.value);
    if (!parsed.success) return c.json({ message: describeIssues(parsed.error) }, 400);
    return c.json(sim.state.control(parsed.data));
  });
  return app;
}
