import type { HttpBindings } from '@hono/node-server';
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { CatalogEntry, ProviderId, Quality } from '../../catalog/index.ts';
import { parseOneminFeatureRequest, stripAccountDetails } from '../../wire/onemin/index.ts';
import { IDEMPOTENCY_HEADER, type CreditPricesAnswer, type HealthAnswer } from '../../wire/proxy.ts';
import { identify } from '../access/identify.ts';
import { sessionRoutes } from '../access/session-routes.ts';
import { createUserDirectory } from '../access/user-directory.ts';
import type { AccessConfig, BodyLimits } from '../config.ts';
import { describeError, type Log } from '../log.ts';
import type { SharedState } from '../state/contracts.ts';
import { ownerOf, PAID_ROUTES, rateLimit, type AdmissionVariables } from './admission.ts';
import { readBoundedBody } from './bounded-body.ts';
import { createClientByteBudgets } from './byte-budget.ts';
import { resolveAddress, trustedProxies } from './client-address.ts';
import { imageDigest, parseEditBody } from './edit-body.ts';
import {
  badRequest,
  errorResponse,
  internalError,
  notFound,
  ProxyError,
  proxyErrorResponse,
} from './errors.ts';
import { createGptImageApiClient } from './gptimageapi.ts';
import { relayImage } from './image-route.ts';
import { createJobRunner, journalId, type PaidCall } from './jobs.ts';
import { createOneminClient } from './onemin.ts';
import { outgoingJson } from './outgoing-json.ts';
import type { RateLimits } from './rate-limit.ts';
import { closeWhenBodyUnread, jsonOnly, ownPageOnly } from './request-guards.ts';
import { requestLog } from './request-log.ts';
import { createSpending, unanswered, type JobEnd, type JobShape } from './spending.ts';
import { guardUpload } from './upload-guard.ts';
import type { Upstreams } from './upstreams.ts';

/** Served by Node only (the studio, the dev server, the tests): the image relay writes to Node's response. */
type ProxyEnv = { Variables: AdmissionVariables; Bindings: HttpBindings };
export type ProxyApp = Hono<ProxyEnv>;

/** A feature body is a prompt and a few settings; an edit body may carry the image as a data URL. */
const FEATURE_BODY_MAX_BYTES = 256 * 1024;

export type ProxyLimits = {
  upstreamTimeoutMs: number;
  imageTimeoutMs: number;
  uploadHeadTimeoutMs: number;
  maxUploadBytes: number;
  maxImageBytes: number;
  rate: RateLimits;
  /** 1min.ai's credits per megapixel before its price is learned: an upper bound, by quality. */
  creditPrior: Record<Quality, number>;
  bodies: BodyLimits;
};

export type ProxyDeps = {
  upstreams: Upstreams;
  limits: ProxyLimits;
  state: SharedState;
  access: AccessConfig;
  log: Log;
};

/** The studio's `/api/*`: the key stays here, every request is checked before it costs anything. */
export function createProxyApp({ upstreams, limits, state, access, log }: ProxyDeps): ProxyApp {
  const onemin = createOneminClient(upstreams.onemin, limits.upstreamTimeoutMs);
  const gptimageapi = createGptImageApiClient(upstreams.gptimageapi, limits.upstreamTimeoutMs);
  const jobs = createJobRunner(state.journal, log);
  const users = access.usersFile ? createUserDirectory(access.usersFile) : undefined;
  const spending = createSpending({
    ledger: state.ledger,
    budgetOf: (user) => users?.find(user)?.dailyBudget ?? access.defaultBudget,
    prior: limits.creditPrior,
    // No call runs longer than its timeout: a job in flight for twice that was lost with its instance.
    staleMs: 2 * limits.upstreamTimeoutMs,
    log,
  });
  const app = new Hono<ProxyEnv>();
  app.use('*', requestLog(log));
  app.use('*', closeWhenBodyUnread());
  app.use('*', ownPageOnly());
  app.use('*', resolveAddress(trustedProxies(access.trustedProxies), log));
  app.use('*', identify({ access, sessions: state.sessions, users }));
  app.use('*', rateLimit(limits.rate, state, spending));

  const health: HealthAnswer = {
    ok: true,
    providers: {
      onemin: { mode: upstreams.onemin.mode, assetBase: upstreams.onemin.assetBase },
      gptimageapi: { mode: upstreams.gptimageapi.mode },
    },
  };
  app.get('/api/health', (c) => c.json(health));
  app.route('/', sessionRoutes({ access, state, users, spending }));
  app.get('/api/credits', async (c) =>
    c.json({ onemin: await spending.prices() } satisfies CreditPricesAnswer),
  );

  app.post('/api/onemin/assets', async (c) => {
    const upload = await guardUpload(c.req.raw, limits.maxUploadBytes, limits.uploadHeadTimeoutMs);
    try {
      return c.json(await onemin.uploadAsset(upload, c.req.raw.signal));
    } catch (error) {
      throw upload.failure() ?? error;
    }
  });

  type PaidJob = {
    /** What identifies the request for its `Idempotency-Key` (large values by their hash). */
    fingerprint: unknown;
    shape: JobShape;
    call: (key: string | undefined) => (signal: AbortSignal) => Promise<PaidAnswer>;
  };
  /** An answer as the browser may see it, given what the job was charged; and the 1min.ai account's total. */
  type PaidAnswer = { answer: (credits: number | undefined) => unknown; accountTotal?: number };

  const paid = async (c: Context<ProxyEnv>, provider: ProviderId, job: PaidJob) => {
    const key = c.req.header(IDEMPOTENCY_HEADER) || undefined;
    const route = `${c.req.method} ${c.req.path}`;
    const user = c.get('user');
    const owner = ownerOf(c);
    const admitRate = c.get('admitPaid');
    let settleSpend: ((end: JobEnd) => Promise<number | undefined>) | undefined;
    const admit = async () => {
      const refused = await admitRate?.();
      if (refused || user === undefined) return refused;
      const reservation = await spending.reserve(user, job.shape);
      if ('refused' in reservation) return reservation.refused;
      settleSpend = reservation.settle;
      return undefined;
    };
    let called = false;
    const call: PaidCall = async (signal) => {
      called = true;
      let result: PaidAnswer;
      try {
        result = await job.call(key === undefined ? undefined : journalId(owner, key))(signal);
      } catch (error) {
        await settleSpend?.(unanswered(error));
        throw error;
      }
      const credits = await settleSpend?.({ answered: true, accountTotal: result.accountTotal });
      return result.answer(credits);
    };
    const outcome = await jobs.run(
      { owner, key, provider, route, body: job.fingerprint, browserSignal: c.req.raw.signal, admit },
      call,
    );
    // Admitted but never sent (the browser left first): the reservation is given back.
    if (!called) await settleSpend?.({ answered: false, refused: true });
    return outcome.ok ? c.json(outcome.answer) : errorResponse(outcome.error, outcome.headers);
  };

  app.post(PAID_ROUTES.features, jsonOnly(), jsonLimit(FEATURE_BODY_MAX_BYTES), async (c) => {
    const check = parseOneminFeatureRequest(await readJson(c));
    if (!check.ok) throw badRequest(check.message);
    const po = check.body.promptObject;
    return paid(c, 'onemin', {
      fingerprint: check.body,
      shape: shapeOf('onemin', check.entry, po.quality, po.n, po.size),
      call: (key) => async (signal) => {
        const { answer, accountTotal } = await onemin.runFeature(check.body, key, signal);
        // The browser gets the job's own cost in place of the account's totals.
        return { answer: (credits) => stripAccountDetails(answer, credits), accountTotal };
      },
    });
  });

  // A base64 data URL is a third larger than the image it holds. Each client holds at most one
  // such body's bytes at a time, and all of them together at most `editBodiesAtOnce` bodies.
  const editBodyMax = Math.ceil((limits.maxUploadBytes * 4) / 3) + FEATURE_BODY_MAX_BYTES;
  const editBodies = createClientByteBudgets(editBodyMax, editBodyMax * limits.bodies.editBodiesAtOnce);
  app.post(PAID_ROUTES.edit, jsonOnly(), async (c) => {
    const job = await readEditJob(c.req.raw, c.get('client') ?? 'unknown');
    try {
      return await paid(c, 'gptimageapi', job);
    } finally {
      job.discard();
    }
  });

  /** The edit body, checked; the handler keeps no reference to it, so it goes once sent. */
  async function readEditJob(request: Request, client: string): Promise<PaidJob & { discard(): void }> {
    const { bytes, release } = await readBoundedBody(request, {
      maxBytes: editBodyMax,
      admit: (size, signal) => editBodies.acquire(client, size, signal, limits.bodies.editWaitMs),
      rate: limits.bodies,
    });
    let edit;
    try {
      edit = parseEditBody(bytes);
    } catch (error) {
      release();
      throw error;
    }
    const { settings } = edit;
    const outgoing = outgoingJson(settings, 'image', edit.image, release);
    return {
      fingerprint: { ...settings, image: imageDigest(edit) },
      shape: shapeOf('gptimageapi', edit.entry, settings.quality, settings.n, settings.size),
      call: (key) => async (signal) => {
        const answer = await gptimageapi.edit(outgoing, key, signal);
        return { answer: () => answer };
      },
      discard: outgoing.discard,
    };
  }

  app.get('/api/jobs/:id', async (c) => {
    const status = await jobs.status(ownerOf(c), c.req.param('id'));
    if (!status) throw unknownJob();
    return c.json(status);
  });

  app.delete('/api/jobs/:id', async (c) => {
    const status = await jobs.cancel(ownerOf(c), c.req.param('id'));
    if (!status) throw unknownJob();
    return c.json(status);
  });

  app.get('/api/image', async (c) => {
    await relayImage(
      c.req.query('url'),
      { prefixes: upstreams.imagePrefixes, timeoutMs: limits.imageTimeoutMs, maxBytes: limits.maxImageBytes },
      c.env.outgoing,
    );
    return RESPONSE_ALREADY_SENT;
  });

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

/** A job's quality, count and size, with the provider's defaults where the body leaves them out. */
function shapeOf(
  provider: ProviderId,
  entry: CatalogEntry,
  quality: JobShape['quality'] | undefined,
  n: number | undefined,
  size: string | undefined,
): JobShape {
  return {
    provider,
    entry,
    quality: quality ?? entry.quality.default ?? entry.quality.initial,
    n: n ?? entry.n.default,
    size: size ?? (entry.size.kind === 'fixed' ? entry.size.default : entry.size.initial),
  };
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
