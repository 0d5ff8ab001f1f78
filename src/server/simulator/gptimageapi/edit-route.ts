import { randomInt } from 'node:crypto';
import type { Context } from 'hono';
import { parseAspectRatio, snapGptImage2Size } from '../../../catalog/index.ts';
import { parseGptImageApiEditRequest } from '../../../wire/gptimageapi/request.ts';
import { abortableSleep, clientGoneResponse } from '../abort.ts';
import type { Simulator } from '../context.ts';
import { admitPaidRequest, errorResponse } from '../failures.ts';
import { readJson } from '../read-json.ts';
import { alphaTreatment, editedImage } from '../render/edit.ts';
import { CONTENT_TYPES, encodeImage } from '../render/encode.ts';
import { deliveredSize, toDeliveredSize } from '../render/undersize.ts';
import { editKey, IMAGE_ROUTES } from '../served-images.ts';
import { resolveEditSource } from './image-source.ts';

/** gptimageapi.dev answers about one megapixel. */
const EDIT_PIXELS = 1024 * 1024;

/**
 * `POST /v1/images/edit`. Refusals (bad body, unreadable image) answer HTTP 400 with
 * `{ code: 400, message }`: non-2xx so a client's status check catches them, and code ≠ 0
 * as the seed's clients test.
 */
export async function handleEdit(sim: Simulator, c: Context): Promise<Response> {
  const failed = await admitPaidRequest(sim, c, 'edit');
  if (failed) return failed;
  const json = await readJson(c);
  if (!json.ok) return errorResponse('gptimageapi', 400, 'The body must be JSON.');
  const check = parseGptImageApiEditRequest(json.value);
  if (!check.ok) return errorResponse('gptimageapi', 400, check.message);
  const body = check.body;
  const source = await resolveEditSource(sim, body.image, c.req.url);
  if (!source.ok) return errorResponse('gptimageapi', 400, source.message);

  const n = body.n ?? check.entry.n.default;
  const aspect = parseAspectRatio(body.size ?? check.entry.size.initial) ?? 1;
  const size = snapGptImage2Size(aspect, EDIT_PIXELS);
  const delivered = deliveredSize(size, sim.state.undersize);
  const signal = c.req.raw.signal;
  if (!(await abortableSleep(sim.state.latencyMs * n, signal))) return clientGoneResponse();

  const alpha = alphaTreatment('auto', 'png', false);
  const images: Buffer[] = [];
  for (let variation = 0; variation < n; variation++) {
    if (signal.aborted) return clientGoneResponse();
    images.push(
      await encodeImage(
        await toDeliveredSize(
          await editedImage(source.bytes, { prompt: body.prompt, size, variation, alpha }),
          size,
          delivered,
        ),
        'png',
      ),
    );
  }
  const origin = new URL(c.req.url).origin;
  const expiresAt = Date.now() + sim.urlTtlSeconds * 1000;
  const urls = images.map((bytes) => {
    const file = `${Date.now()}${randomInt(100_000, 1_000_000)}.png`;
    sim.store.put(editKey(file), { bytes, contentType: CONTENT_TYPES.png, ...delivered, expiresAt });
    return { url: `${origin}${IMAGE_ROUTES.edits}${file}` };
  });
  return c.json({ code: 0, message: 'ok', data: { images: urls } });
}
