import { z } from 'zod';
import { readDotEnv } from './dot-env.ts';
import { Quality } from '../catalog/schema.ts';
import type { SignInLimits } from './access/sign-in-limits.ts';
import { isLoopbackName } from './host-guard.ts';
import { isAddressOrRange } from './proxy/client-address.ts';
import type { RateLimits } from './proxy/rate-limit.ts';
import { simulatorOptionsFromEnv, type SimulatorOptions } from './simulator/index.ts';

const MB = 1024 * 1024;

/** The simulator's latency when the studio starts it: slow enough to show progress, as the real API does. */
const STUDIO_SIM_LATENCY_MS = 1500;

const optionalKey = z.string().trim().min(1).optional();
const httpUrl = z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' });
const positiveInt = z.coerce.number().int().positive();
const commaList = z
  .string()
  .default('')
  .transform((text) =>
    text
      .split(',')
      .map((item) => item.trim())
      .filter(Boolean),
  );

/**
 * 1min.ai's credits per megapixel asked before the studio has seen what its jobs cost: an upper
 * bound (1min.ai bills by tokens, which grow with pixels and quality, and publishes no table).
 */
const DEFAULT_ONEMIN_PRIOR: Record<Quality, number> = { low: 10_000, medium: 40_000, high: 150_000 };

/** `low=10000,medium=40000,high=150000`: any quality left out keeps its default. */
const qualityFigures = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const figures = { ...DEFAULT_ONEMIN_PRIOR };
    for (const part of text.split(',').filter((item) => item.trim())) {
      const [name, value] = part.split('=').map((item) => item.trim());
      const quality = Quality.safeParse(name);
      const figure = Number(value);
      if (!quality.success || !(figure > 0)) {
        ctx.addIssue({ code: 'custom', message: 'must be like low=10000,medium=40000,high=150000' });
        return z.NEVER;
      }
      figures[quality.data] = figure;
    }
    return figures;
  });

/** Every variable the studio reads; `.env.example` lists each one (a test holds it to that). */
export const EnvSchema = z.object({
  ONEMIN_API_KEY: optionalKey,
  ONEMIN_BASE_URL: httpUrl.default('https://api.1min.ai'),
  ONEMIN_ASSET_BASE: httpUrl.default('https://asset.1min.ai'),
  ONEMIN_PRIOR_CREDITS_PER_MP: qualityFigures,
  GPTIMAGEAPI_API_KEY: optionalKey,
  GPTIMAGEAPI_BASE_URL: httpUrl.default('https://api.gptimageapi.dev'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(5178),
  UPSTREAM_TIMEOUT_MS: positiveInt.default(300_000),
  IMAGE_TIMEOUT_MS: positiveInt.default(60_000),
  MAX_UPLOAD_BYTES: positiveInt.default(50 * MB),
  MAX_IMAGE_BYTES: positiveInt.default(50 * MB),
  JOB_TTL_MS: positiveInt.default(30 * 60_000),
  JOB_MAX_COUNT: positiveInt.default(500),
  JOB_MAX_FAILURES: positiveInt.default(500),
  JOB_MAX_BYTES: positiveInt.default(64 * MB),
  SIM_PORT: z.coerce.number().int().min(0).max(65535).default(0),
  STUDIO_LOG_FILE: z.string().optional(),
  STUDIO_HOSTS: commaList,
  RATE_LIMIT_PAID_PER_MIN: positiveInt.default(60),
  RATE_LIMIT_API_PER_MIN: positiveInt.default(600),
  JOB_MAX_RUNNING: positiveInt.default(300),
  UPLOAD_HEAD_TIMEOUT_MS: positiveInt.default(15_000),
  STUDIO_USERS_FILE: z.string().optional(),
  STUDIO_AUTH_HEADER: z
    .string()
    .regex(/^[A-Za-z0-9-]+$/, 'must be a header name such as X-Forwarded-Email')
    .optional(),
  STUDIO_TRUSTED_PROXIES: commaList.pipe(
    z.array(z.string().refine(isAddressOrRange, 'must be IP addresses or CIDR ranges, comma-separated')),
  ),
  STUDIO_OPEN: z.enum(['true', 'false']).default('false'),
  STUDIO_DAILY_BUDGET: z.coerce.number().int().nonnegative().optional(),
  STUDIO_SESSION_HOURS: positiveInt.default(12),
  STUDIO_SIGN_IN_PER_MIN: positiveInt.default(30),
  STUDIO_SIGN_IN_FREE_FAILURES: positiveInt.default(5),
  STUDIO_SIGN_IN_FREE_FAILURES_PER_ADDRESS: positiveInt.default(20),
  STUDIO_SIGN_IN_NAME_CEILING: positiveInt.default(100),
  STUDIO_SIGN_IN_MAX_DELAY_S: positiveInt.default(900),
  REDIS_URL: z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// URL' }).optional(),
  HEADERS_TIMEOUT_MS: positiveInt.default(20_000),
  REQUEST_TIMEOUT_MS: positiveInt.default(300_000),
  KEEP_ALIVE_TIMEOUT_MS: positiveInt.default(5_000),
  CONNECTIONS_PER_ADDRESS: positiveInt.default(128),
  MAX_CONNECTIONS: positiveInt.optional(),
  BODY_MIN_BYTES_PER_SEC: positiveInt.default(64 * 1024),
  BODY_RATE_GRACE_MS: positiveInt.default(10_000),
  EDIT_BODY_WAIT_MS: positiveInt.default(60_000),
  EDIT_BODIES_AT_ONCE: positiveInt.default(4),
});

/** How the studio knows who sends a request; `open` when neither sign-in nor a proxy is configured. */
export type AccessConfig = {
  usersFile: string | undefined;
  /** The identity header a trusted reverse proxy sets, lower-cased. */
  proxyHeader: string | undefined;
  /** Reverse proxies whose identity header and `X-Forwarded-For` are believed: addresses and CIDR ranges. */
  trustedProxies: string[];
  signIn: SignInLimits;
  /** Credits a user may spend per UTC day when the users file gives none; undefined is no limit. */
  defaultBudget: number | undefined;
  sessionTtlMs: number;
};

export type StudioConfig = {
  host: string;
  port: number;
  onemin: {
    apiKey: string | undefined;
    baseUrl: string;
    assetBase: string;
    /** Credits per megapixel reserved before a price is learned: an upper bound, by quality. */
    priorPerMegapixel: Record<Quality, number>;
  };
  gptimageapi: { apiKey: string | undefined; baseUrl: string };
  upstreamTimeoutMs: number;
  imageTimeoutMs: number;
  maxUploadBytes: number;
  maxImageBytes: number;
  jobs: { ttlMs: number; maxCount: number; maxFailures: number; maxBytes: number; maxRunning: number };
  uploadHeadTimeoutMs: number;
  access: AccessConfig;
  /** Shared state for several instances; memory when unset. */
  redisUrl: string | undefined;
  /** How the simulator runs when a provider has no key; `port` 0 picks a free one. */
  simulator: SimulatorOptions & { port: number };
  /** A file that receives the request log too. */
  logFile: string | undefined;
  /** Names (besides IP addresses) a studio served beyond loopback answers to. */
  studioHosts: string[];
  /** Requests per minute per client address: paid (generate, edit) and every other `/api` route. */
  rateLimits: RateLimits;
  connections: ConnectionLimits;
  bodies: BodyLimits;
};

/** How long a connection may take and stay idle, and how many one address and all may hold. */
export type ConnectionLimits = {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  perAddress: number;
  /** Undefined: half the process's open-file limit. */
  total: number | undefined;
};

/** How fast a request body must arrive, and how edit bodies share the memory they are read into. */
export type BodyLimits = {
  minBytesPerSecond: number;
  graceMs: number;
  editWaitMs: number;
  editBodiesAtOnce: number;
};

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * The studio's settings, read once: the process environment over a `.env` file in `cwd`.
 * Empty values count as unset. Throws a `ConfigError` naming every bad variable (never a value).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): StudioConfig {
  const merged = withoutEmpty({ ...readDotEnv(cwd), ...env });
  const parsed = EnvSchema.safeParse(merged);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`The studio's environment is not valid. ${lines.join('; ')}.`);
  }
  const e = parsed.data;
  checkAccess(e);
  if (e.HEADERS_TIMEOUT_MS > e.REQUEST_TIMEOUT_MS) {
    // Node refuses it too, less clearly.
    throw new ConfigError(
      'HEADERS_TIMEOUT_MS is longer than REQUEST_TIMEOUT_MS: the headers are part of the request, so make it at most as long.',
    );
  }
  return {
    host: e.HOST,
    port: e.PORT,
    onemin: {
      apiKey: e.ONEMIN_API_KEY,
      baseUrl: trimSlash(e.ONEMIN_BASE_URL),
      assetBase: trimSlash(e.ONEMIN_ASSET_BASE),
      priorPerMegapixel: e.ONEMIN_PRIOR_CREDITS_PER_MP,
    },
    gptimageapi: { apiKey: e.GPTIMAGEAPI_API_KEY, baseUrl: trimSlash(e.GPTIMAGEAPI_BASE_URL) },
    upstreamTimeoutMs: e.UPSTREAM_TIMEOUT_MS,
    imageTimeoutMs: e.IMAGE_TIMEOUT_MS,
    maxUploadBytes: e.MAX_UPLOAD_BYTES,
    maxImageBytes: e.MAX_IMAGE_BYTES,
    jobs: {
      ttlMs: e.JOB_TTL_MS,
      maxCount: e.JOB_MAX_COUNT,
      maxFailures: e.JOB_MAX_FAILURES,
      maxBytes: e.JOB_MAX_BYTES,
      maxRunning: e.JOB_MAX_RUNNING,
    },
    uploadHeadTimeoutMs: e.UPLOAD_HEAD_TIMEOUT_MS,
    access: {
      usersFile: e.STUDIO_USERS_FILE,
      proxyHeader: e.STUDIO_AUTH_HEADER?.toLowerCase(),
      trustedProxies: e.STUDIO_TRUSTED_PROXIES,
      signIn: {
        perAddressPerMinute: e.STUDIO_SIGN_IN_PER_MIN,
        freeFailures: e.STUDIO_SIGN_IN_FREE_FAILURES,
        freeFailuresPerAddress: e.STUDIO_SIGN_IN_FREE_FAILURES_PER_ADDRESS,
        nameCeiling: e.STUDIO_SIGN_IN_NAME_CEILING,
        maxDelayMs: e.STUDIO_SIGN_IN_MAX_DELAY_S * 1000,
      },
      defaultBudget: e.STUDIO_DAILY_BUDGET,
      sessionTtlMs: e.STUDIO_SESSION_HOURS * 3_600_000,
    },
    redisUrl: e.REDIS_URL,
    simulator: { ...readSimulatorOptions(merged), port: e.SIM_PORT },
    logFile: e.STUDIO_LOG_FILE,
    studioHosts: e.STUDIO_HOSTS.map((name) => name.toLowerCase()),
    rateLimits: { paidPerMinute: e.RATE_LIMIT_PAID_PER_MIN, apiPerMinute: e.RATE_LIMIT_API_PER_MIN },
    connections: {
      headersTimeoutMs: e.HEADERS_TIMEOUT_MS,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
      perAddress: e.CONNECTIONS_PER_ADDRESS,
      total: e.MAX_CONNECTIONS,
    },
    bodies: {
      minBytesPerSecond: e.BODY_MIN_BYTES_PER_SEC,
      graceMs: e.BODY_RATE_GRACE_MS,
      editWaitMs: e.EDIT_BODY_WAIT_MS,
      editBodiesAtOnce: e.EDIT_BODIES_AT_ONCE,
    },
  };
}

/**
 * A studio others can reach must know who spends the credits: it refuses to start without
 * sign-in or a trusted proxy, unless `STUDIO_OPEN=true` says it is open on purpose.
 */
function checkAccess(e: z.infer<typeof EnvSchema>): void {
  if (e.STUDIO_AUTH_HEADER && e.STUDIO_TRUSTED_PROXIES.length === 0) {
    throw new ConfigError(
      'STUDIO_AUTH_HEADER is set but STUDIO_TRUSTED_PROXIES is empty: list the reverse proxy addresses whose header the studio may believe.',
    );
  }
  if (isLoopbackName(e.HOST) || e.STUDIO_OPEN === 'true') return;
  if (e.STUDIO_USERS_FILE || e.STUDIO_AUTH_HEADER) return;
  throw new ConfigError(
    `HOST=${e.HOST} lets other machines reach the studio, so it needs access control. Set STUDIO_USERS_FILE (its own sign-in; add users with "npm run user -- add NAME"), or STUDIO_AUTH_HEADER with STUDIO_TRUSTED_PROXIES (identity from a reverse proxy), or STUDIO_OPEN=true to serve it open to anyone who reaches it.`,
  );
}

function readSimulatorOptions(env: NodeJS.ProcessEnv): SimulatorOptions {
  try {
    const options = simulatorOptionsFromEnv(env);
    return env.SIM_LATENCY_MS === undefined ? { ...options, latencyMs: STUDIO_SIM_LATENCY_MS } : options;
  } catch (error) {
    throw new ConfigError(`The simulator's environment is not valid. ${(error as Error).message}`);
  }
}

/** True when at least one provider has no key and so runs on the simulator. */
export function needsSimulator(config: StudioConfig): boolean {
  return !config.onemin.apiKey || !config.gptimageapi.apiKey;
}

function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value.trim() !== ''),
  );
}

function trimSlash(url: string): string {
  return url.replace(/\/+$/, '');
}
