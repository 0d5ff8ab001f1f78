import * as z from 'zod/mini';
import { API_ERROR_CODES } from './api-error-codes.ts';
import { MegapixelPrices, ProviderId } from '../catalog/schema.ts';

/**
 * The contract between the browser and the studio's own proxy (`/api/*`): error bodies,
 * health, and the job journal behind `Idempotency-Key`.
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

export const ApiErrorCode = z.enum(API_ERROR_CODES);
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

const ApiError = z.object({ code: ApiErrorCode, message: z.string(), status: z.int() });

export const ApiErrorBody = z.object({ error: ApiError });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const ProviderMode = z.enum(['live', 'simulator']);
export type ProviderMode = z.infer<typeof ProviderMode>;

export const HealthAnswer = z.object({
  ok: z.boolean(),
  providers: z.object({
    onemin: z.object({ mode: ProviderMode, assetBase: z.string() }),
    gptimageapi: z.object({ mode: ProviderMode }),
  }),
});
export type HealthAnswer = z.infer<typeof HealthAnswer>;

/**
 * `GET /api/credits`: the prices the server reserves 1min.ai jobs at, per megapixel asked, so the
 * browser shows the same estimate before a run. Only prices: never the account's totals.
 */
export const CreditPricesAnswer = z.object({ onemin: MegapixelPrices });
export type CreditPricesAnswer = z.infer<typeof CreditPricesAnswer>;

export const JobState = z.enum(['running', 'done', 'failed']);

/** `GET /api/jobs/:id`: what became of a paid request sent with that key. */
export const JobStatusAnswer = z.object({
  id: z.string(),
  provider: ProviderId,
  state: JobState,
  /** The upstream's answer (account details stripped), once done. */
  answer: z.optional(z.unknown()),
  error: z.optional(ApiError),
});
export type JobStatusAnswer = z.infer<typeof JobStatusAnswer>;
