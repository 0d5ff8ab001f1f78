import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ProviderId } from '../../catalog/index.ts';
import { parseGptImageApiEditRequest } from '../../wire/gptimageapi/index.ts';
import { parseOneminFeatureRequest } from '../../wire/onemin/index.ts';
import { IDEMPOTENCY_HEADER, type HealthAnswer } from '../../wire/proxy.ts';
import { describeError, type Log } from '../log.ts';
import { PAID_ROUTES, rateLimit, type AdmissionVariables } from './admission.ts';
import {
  badRequest,
  errorResponse,
  internalError,
  notFound,
  ProxyError,
  proxyErrorResponse,
} from './errors.ts';
import { createGptImageApiClient } from './gptimageapi.ts';
import { fetchImage } from './image-route.ts';
import { createJobRunner, type PaidCall } from './jobs.ts';
import type { JobJournal } from './journal.ts';
import { createOneminClient } from './onemin.ts';
import type { RateLimits } from './rate-limit.ts';
import { closeWhenBodyUnread, jsonOnly, ownPageOnly } from './request-guards.ts';
import { requestLog } from './request-log.ts';
import { guardUpload } from './upload-guard.ts';
import type { Upstreams } from './upstreams.ts';

type ProxyEnv = { Variables: AdmissionVariables };
export type ProxyApp = Hono<ProxyEnv>;

/** A feature body is a prompt and a few settings; an edit body may carry the image as a data URL. */
const FEATURE_BODY_MAX_BYTES = 256 * 1024;

export type ProxyLimits = {
  upstreamTimeoutMs: number;
  imageTimeoutMs: number;
  maxUploadBytes: number;
  maxImageBytes: number;
  rate: RateLimits;
};

export type ProxyDeps = {
  upstreams: Upstreams;
  limits: ProxyLimits;
  journal: JobJournal;
  log: Log;
};

/** The studio's `/api/*`: the key stays here, every request is checked before it costs anything. */
export function createProxyApp({ upstreams, limits, journal, log }: ProxyDeps): ProxyApp {
  const onemin = createOneminClient(upstreams.onemin, limits.upstreamTimeoutMs);
  const gptimageapi = createGptImageApiClient(upstreams.gptimageapi, limits.upstreamTimeoutMs);
  const jobs = createJobRunner(journal, log);
  const app = new Hono<ProxyEnv>();
  app.use('*', requestLog(log));
  app.use('*', closeWhenBodyUnread());
  app.use('*', ownPageOnly());
  app.use('*', rateLimit(limits.rate, journal));

  const health: HealthAnswer = {
    ok: true,
    providers: {
      onemin: { mode: upstreams.onemin.mode, assetBase: upstreams.onemin.assetBase },
      gptimageapi: { mode: upstreams.gptimageapi.mode },
    },
  };
  app.get('/api/health', (c) => c.json(health));

  app.post('/api/onemin/assets', async (c) => {
    const upload = await guardUpload(c.req.raw, limits.maxUploadBytes);
    try {
      return c.json(await onemin.uploadAsset(upload, c.req.raw.signal));
    } catch (error) {
      throw upload.failure() ?? error;
    }
  });

  const paid = async (
    c: Context<ProxyEnv>,
    provider: ProviderId,
    body: unknown,
    call: (key: string | undefined) => PaidCall,
  ) => {
    const key = c.req.header(IDEMPOTENCY_HEADER) || undefined;
    const route = `${c.req.method} ${c.req.path}`;
    const outcome = await jobs.run(
      { key, provider, route, body, browserSignal: c.req.raw.signal, admit: c.get('admitPaid') },
      call(key),
    );
    return outcome.ok ? c.json(outcome.answer) : errorResponse(outcome.error, outcome.headers);
  };

  app.post(PAID_ROUTES.features, jsonOnly(), jsonLimit(FEATURE_BODY_MAX_BYTES), async (c) => {
    const check = parseOneminFeatureRequest(await readJson(c));
    if (!check.ok) throw badRequest(check.message);
    return paid(c, 'onemin', check.body, (key) => (signal) => onemin.runFeature(check.body, key, signal));
  });

  // A base64 data URL is a third larger than the image it holds.
  const editBodyMax = Math.ceil((limits.maxUploadBytes * 4) / 3) + FEATURE_BODY_MAX_BYTES;
  app.post(PAID_ROUTES.edit, jsonOnly(), jsonLimit(editBodyMax), async (c) => {
    const check = parseGptImageApiEditRequest(await readJson(c));
    if (!check.ok) throw badRequest(check.message);
    return paid(c, 'gptimageapi', check.body, (key) => (signal) => gptimageapi.edit(check.body, key, signal));
  });

  app.get('/api/jobs/:id', async (c) => {
    const status = await jobs.status(c.req.param('id'));
    if (!status) throw unknownJob();
    return c.json(status);
  });

  app.delete('/api/jobs/:id', async (c) => {
    const status = await jobs.cancel(c.req.param('id'));
    if (!status) throw unknownJob();
    return c.json(status);
  });

  app.get('/api/image', (c) =>
    fetchImage(
      c.req.query('url'),
      { prefixes: upstreams.imagePrefixes, timeoutMs: limits.imageTimeoutMs, maxBytes: limits.maxImageBytes },
      c.req.raw.signal,
    ),
  );

  app.notFound((c) =>
    proxyErrorResponse(
      notFound(
        `The studio's API has no ${c.req.method} ${c.req.path}. Reload the page to get the current studio.`,
      ),
    ),
  );
  app.onError((error) => {
    if (error instanceof ProxyError) return proxyErrorResponse(error);
    log(`unexpected error: ${describeError(error)}`);
    return proxyErrorResponse(internalError());
  });
  return app;
}

function jsonLimit(maxSize: number) {
  return bodyLimit({
    maxSize,
    onError: () =>
      proxyErrorResponse(
        new ProxyError(
          'payload_too_large',
          413,
          'The request is larger than the studio accepts. Use a smaller image.',
        ),
      ),
  });
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    throw badRequest('The request body must be JSON.');
  }
}

const unknownJob = () =>
  notFound(
    'The studio knows no job with that id; it may have finished too long ago. Run it again if you need it.',
  );
