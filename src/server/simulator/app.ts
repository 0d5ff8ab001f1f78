import { Hono } from 'hono';
import { createSimulator } from './context.ts';
import { controlRoutes } from './control-route.ts';
import { handleEdit } from './gptimageapi/edit-route.ts';
import { handleAssetUpload } from './onemin/assets-route.ts';
import { handleFeature } from './onemin/features-route.ts';
import type { SimulatorOptions } from './options.ts';
import { SimulatedConnectionReset } from './refusal.ts';
import { findServedImage, IMAGE_ROUTES, servedImageResponse } from './served-images.ts';

/** The simulator as a fetch-able Hono app (nothing listens): both upstream APIs, their images and `/_sim`. */
export function createSimulatorApp(options: SimulatorOptions = {}): Hono {
  const sim = createSimulator(options);
  const app = new Hono();

  app.post('/onemin/api/assets', (c) => handleAssetUpload(sim, c));
  app.post('/onemin/api/features', (c) => handleFeature(sim, c));
  app.post('/gptimageapi/v1/images/edit', (c) => handleEdit(sim, c));
  for (const prefix of Object.values(IMAGE_ROUTES)) {
    app.get(`${prefix}*`, (c) => {
      const url = new URL(c.req.url);
      const found = findServedImage(sim, url.pathname, url.searchParams);
      return found ? servedImageResponse(found) : c.json({ message: 'No such image.' }, 404);
    });
  }
  app.route('/_sim', controlRoutes(sim));

  app.notFound((c) =>
    c.json({ message: `No route ${c.req.method} ${new URL(c.req.url).pathname} in the simulator.` }, 404),
  );
  app.onError((error, c) => {
    if (error instanceof SimulatedConnectionReset) throw error;
    console.error('simulator:', error);
    return c.json({ message: 'The simulator failed to answer.' }, 500);
  });
  return app;
}
