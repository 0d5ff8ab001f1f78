import { z } from 'zod';
import { PixelSizeText } from '../../catalog/schema.ts';

/** A failure the simulator can inject into every paid or upload request. */
export const SimFailure = z.enum(['401', '402', '429', '500', 'timeout', 'bad-json', 'reset', 'slow']);
export type SimFailure = z.infer<typeof SimFailure>;

/** The routes that count as paid or upload requests: the only ones failures apply to. */
export const SimRoute = z.enum(['assets', 'features', 'edit']);
export type SimRoute = z.infer<typeof SimRoute>;

/**
 * Answer images smaller than asked, to exercise the studio's delivered-size check: a scale
 * between 0 and 1 applied to each edge (0.5 turns 1024x1024 into 512x512), or a fixed `WxH`
 * delivered whatever was asked.
 */
export const SimUndersize = z.union([z.number().gt(0).lt(1), PixelSizeText]);
export type SimUndersize = z.infer<typeof SimUndersize>;

/**
 * When the fake account's `usedCredit` grows: once the images are made (`end`, the default), or
 * as the job is accepted (`start`), so a job cancelled or timed out meanwhile is still paid for.
 */
export const SimBilling = z.enum(['end', 'start']);
export type SimBilling = z.infer<typeof SimBilling>;

/** Bounds that keep a control request from parking the simulator for hours. */
const MAX_LATENCY_MS = 120_000;
const MAX_FAIL_COUNT = 10_000;

/** `POST /_sim/control`: every field optional; only the given ones change. */
export const SimControlBody = z.strictObject({
  fail: SimFailure.nullable().optional(),
  /** Fail only the next N paid/upload requests, then stop failing. */
  failCount: z.number().int().positive().max(MAX_FAIL_COUNT).nullable().optional(),
  latencyMs: z.number().int().nonnegative().max(MAX_LATENCY_MS).optional(),
  /** Every image URL issued so far, and later, answers 403 until this is turned off. */
  expireUrls: z.boolean().optional(),
  /** `null` answers the asked size again. */
  undersize: SimUndersize.nullable().optional(),
  billing: SimBilling.optional(),
  /** Zero the counters and clear the log. */
  reset: z.boolean().optional(),
});
export type SimControlBody = z.infer<typeof SimControlBody>;

/** What `POST /_sim/control` answers: the state after the change. */
export const SimControlState = z.object({
  fail: SimFailure.nullable(),
  failCount: z.number().int().nullable(),
  latencyMs: z.number().int(),
  expireUrls: z.boolean(),
  undersize: SimUndersize.nullable(),
  billing: SimBilling,
});
export type SimControlState = z.infer<typeof SimControlState>;

export const SimLogEntry = z.object({
  route: SimRoute,
  idempotencyKey: z.string().optional(),
  at: z.string(),
});
export type SimLogEntry = z.infer<typeof SimLogEntry>;

/** `GET /_sim/stats`: what reached the paid/upload routes; never a key, only whether one came. */
export const SimStats = z.object({
  requests: z.record(SimRoute, z.number().int()),
  keysSeen: z.object({ onemin: z.number().int(), gptimageapi: z.number().int() }),
  log: z.array(SimLogEntry),
  /** The fake 1min.ai account's used credits, as its answers report them. */
  usedCredit: z.number(),
  /** The simulator process's resident memory. */
  rssBytes: z.number().int(),
  /** The images it holds, and their bytes in memory and on disk. */
  store: z.object({ images: z.number().int(), memoryBytes: z.number().int(), diskBytes: z.number().int() }),
});
export type SimStats = z.infer<typeof SimStats>;
