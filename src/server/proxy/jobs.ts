import { createHash } from 'node:crypto';
import type { ProviderId } from '../../catalog/index.ts';
import { badRequest, cancelledError, internalError, notFound, ProxyError } from './errors.ts';
import { jobStatus, type JobJournal, type JobOutcome } from './journal.ts';
import type { JobStatusAnswer } from '../../wire/proxy.ts';
import { describeError, type Log } from '../log.ts';

/** An idempotency key the studio accepts: a job id, not free text. */
const KEY_PATTERN = /^[A-Za-z0-9._:-]{1,128}$/;

/** Recording an outcome (never a paid call) is tried this often, this far apart, while the journal is out of reach. */
const SETTLE_ATTEMPTS = 120;
const SETTLE_RETRY_MS = 1_000;

/** How long a cancel waits to see the job end. */
const CANCEL_WAIT_MS = 5_000;

const delay = (ms: number) =>
  new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), ms).unref());

export type PaidCall = (signal: AbortSignal) => Promise<unknown>;

export type PaidRequest = {
  /** Who sends it: a key names a job of this user only. */
  owner: string;
  /** The browser's `Idempotency-Key`, if it sent one. */
  key: string | undefined;
  provider: ProviderId;
  /** The route and validated body, so a key reused for another request is refused. */
  route: string;
  body: unknown;
  /** Aborts when the browser goes away: ends a call without a key; stops a keyed one only before it starts. */
  browserSignal: AbortSignal;
  /** Asked just before the request's own upstream call (never for a join); an error refuses the call. */
  admit?: () => Promise<ProxyError | undefined>;
};

/**
 * Runs paid upstream calls exactly once each. With a key, the call belongs to the journal: it
 * runs to its end whatever the browser does, a second request with the key joins it, and only
 * `cancel` aborts it. Without a key, the call follows the browser's connection.
 */
export function createJobRunner(journal: JobJournal, log: Log) {
  /** Calls running in this process, so a cancel can abort them. */
  const inflight = new Map<string, AbortController>();
  // A cancel may arrive through another instance; the journal carries it to the one running the call.
  journal.onCancelRequest((id) => {
    const controller = inflight.get(id);
    controller?.abort(cancelledError());
    return controller !== undefined;
  });

  async function run(request: PaidRequest, call: PaidCall): Promise<JobOutcome> {
    try {
      return await runAdmitted(request, call);
    } catch (error) {
      // The journal or the admission could not be asked (shared state out of reach, too many running).
      if (error instanceof ProxyError) return failed(error);
      throw error;
    }
  }

  async function runAdmitted(request: PaidRequest, call: PaidCall): Promise<JobOutcome> {
    const { key } = request;
    if (key === undefined) {
      const refused = await request.admit?.();
      return refused ? failed(refused) : settleCall(call(request.browserSignal));
    }
    if (!KEY_PATTERN.test(key)) {
      return failed(badRequest('The Idempotency-Key must be 1 to 128 letters, digits or ._:- characters.'));
    }
    const fingerprint = fingerprintOf(request.route, request.body);
    const id = journalId(request.owner, key);
    const claim = await journal.claim(id, request.provider, fingerprint);
    if (!claim.claimed) {
      if (claim.entry.fingerprint !== fingerprint) {
        return failed(
          badRequest(
            'This Idempotency-Key was already used for a different request. Send the new request with a new key.',
          ),
        );
      }
      return (await journal.outcome(id)) ?? failed(notFound('That job has been forgotten. Start it again.'));
    }
    const refused = await request.admit?.().catch(async (error: unknown) => {
      await journal.release(id, failed(error instanceof ProxyError ? error : internalError()));
      throw error;
    });
    if (refused) {
      // Forgotten at once, so the same key may be sent again once the limit allows.
      const outcome = failed(refused);
      await journal.release(id, outcome);
      return outcome;
    }
    if (request.browserSignal.aborted) {
      // The browser cancelled before the call started (its DELETE may have come first and
      // found nothing to stop): nothing has been paid, so nothing starts.
      const outcome = failed(cancelledError());
      await journal.release(id, outcome);
      return outcome;
    }
    const controller = new AbortController();
    inflight.set(id, controller);
    try {
      const outcome = await settleCall(call(controller.signal));
      await settleRecorded(id, outcome);
      return outcome;
    } finally {
      inflight.delete(id);
    }
  }

  /**
   * Aborts the owner's running job `key` and answers what became of it; undefined for an id
   * unknown to this owner (another user's job is unknown to them).
   */
  async function cancel(owner: string, key: string): Promise<JobStatusAnswer | undefined> {
    const id = journalId(owner, key);
    const entry = await journal.get(id);
    if (!entry) return undefined;
    if (entry.outcome) return jobStatus({ ...entry, id: key });
    if (!(await journal.requestCancel(id))) return jobStatus({ ...entry, id: key });
    // The instance running it records the cancelled outcome at once; should that instance be
    // gone, the job is answered as still running rather than holding the request.
    const outcome = await Promise.race([journal.outcome(id), delay(CANCEL_WAIT_MS)]);
    return jobStatus({ ...entry, id: key, outcome });
  }

  async function status(owner: string, key: string): Promise<JobStatusAnswer | undefined> {
    const entry = await journal.get(journalId(owner, key));
    return entry ? jobStatus({ ...entry, id: key }) : undefined;
  }

  /**
   * Records how a job ended. Should the journal be out of reach just then (Redis down), the
   * browser still gets its answer, and the record is tried again in the background, so that
   * whoever joined the job, or collects it later, gets it too once the journal is back.
   */
  async function settleRecorded(key: string, outcome: JobOutcome, attempt = 1): Promise<void> {
    try {
      await journal.settle(key, outcome);
    } catch (error) {
      if (attempt === 1) log(`could not record how job ${key} ended; trying again: ${describeError(error)}`);
      if (attempt < SETTLE_ATTEMPTS)
        setTimeout(() => void settleRecorded(key, outcome, attempt + 1), SETTLE_RETRY_MS).unref();
    }
  }

  async function settleCall(promise: Promise<unknown>): Promise<JobOutcome> {
    try {
      return { ok: true, answer: await promise };
    } catch (error) {
      if (error instanceof ProxyError) return failed(error);
      log(`paid request failed unexpectedly: ${describeError(error)}`);
      return failed(internalError());
    }
  }

  return { run, cancel, status };
}

function failed(error: ProxyError): JobOutcome {
  return {
    ok: false,
    error: error.toApiError(),
    ...(Object.keys(error.headers).length ? { headers: error.headers } : {}),
  };
}

/**
 * Where the journal keeps `owner`'s job `key`: each user's keys are their own, so another
 * user's job id is unknown to them (it cannot be read, cancelled or joined), and a key two
 * users happen to share names two jobs. The provider gets it as its idempotency key too.
 */
export function journalId(owner: string, key: string): string {
  return `${createHash('sha256').update(owner).digest('base64url').slice(0, 16)}:${key}`;
}

function fingerprintOf(route: string, body: unknown): string {
  return createHash('sha256').update(route).update('\n').update(JSON.stringify(body)).digest('hex');
}
