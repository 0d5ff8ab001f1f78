import type {
  SimBilling,
  SimControlBody,
  SimControlState,
  SimFailure,
  SimLogEntry,
  SimRoute,
  SimStats,
  SimUndersize,
} from './control-schema.ts';

/** Log entries kept for `/_sim/stats`; older ones fall off. */
const LOG_LIMIT = 1000;

/** A fake account's figures; `usedCredit` grows with every job. */
export const FAKE_CREDIT_LIMIT = 100_000_000;
const STARTING_USED_CREDIT = 42_000;

/** The simulator's mutable state: injected failures, latency, URL expiry, undersized answers, counters and the fake account. */
export class SimState {
  fail: SimFailure | null;
  failCount: number | null = null;
  latencyMs: number;
  expireUrls = false;
  undersize: SimUndersize | null;
  usedCredit = STARTING_USED_CREDIT;
  billing: SimBilling = 'end';
  private requests: Record<SimRoute, number> = { assets: 0, features: 0, edit: 0 };
  private keysSeen = { onemin: 0, gptimageapi: 0 };
  private log: SimLogEntry[] = [];

  constructor(options: { fail?: SimFailure | null; latencyMs?: number; undersize?: SimUndersize | null }) {
    this.fail = options.fail ?? null;
    this.latencyMs = options.latencyMs ?? 0;
    this.undersize = options.undersize ?? null;
  }

  /** Counts a paid/upload request; only whether it carried a key is kept, never the key. */
  record(route: SimRoute, carriedKey: boolean, idempotencyKey: string | undefined): void {
    this.requests[route] += 1;
    if (carriedKey) this.keysSeen[route === 'edit' ? 'gptimageapi' : 'onemin'] += 1;
    this.log.push({ route, ...(idempotencyKey ? { idempotencyKey } : {}), at: new Date().toISOString() });
    if (this.log.length > LOG_LIMIT) this.log.splice(0, this.log.length - LOG_LIMIT);
  }

  /** The failure this request gets, counting down `failCount` when one is set. */
  takeFailure(): SimFailure | null {
    const failure = this.fail;
    if (failure && this.failCount !== null) {
      this.failCount -= 1;
      if (this.failCount <= 0) {
        this.fail = null;
        this.failCount = null;
      }
    }
    return failure;
  }

  control(body: SimControlBody): SimControlState {
    if (body.fail !== undefined) {
      this.fail = body.fail;
      this.failCount = null;
    }
    if (body.failCount !== undefined) this.failCount = this.fail ? body.failCount : null;
    if (body.latencyMs !== undefined) this.latencyMs = body.latencyMs;
    if (body.expireUrls !== undefined) this.expireUrls = body.expireUrls;
    if (body.undersize !== undefined) this.undersize = body.undersize;
    if (body.billing !== undefined) this.billing = body.billing;
    if (body.reset) {
      this.requests = { assets: 0, features: 0, edit: 0 };
      this.keysSeen = { onemin: 0, gptimageapi: 0 };
      this.log = [];
    }
    return this.controlState();
  }

  controlState(): SimControlState {
    return {
      fail: this.fail,
      failCount: this.failCount,
      latencyMs: this.latencyMs,
      expireUrls: this.expireUrls,
      undersize: this.undersize,
      billing: this.billing,
    };
  }

  stats(): Omit<SimStats, 'store' | 'rssBytes'> {
    return {
      requests: { ...this.requests },
      keysSeen: { ...this.keysSeen },
      log: this.log.map((entry) => ({ ...entry })),
      usedCredit: this.usedCredit,
    };
  }
}
