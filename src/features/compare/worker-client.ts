import type {
  CompareAnswer,
  CompareKind,
  CompareMessage,
  CompareReplies,
  CompareRequests,
} from './worker-protocol.ts';

/** A request that a newer one on the same channel replaced before it was computed. */
export class SupersededError extends Error {
  constructor() {
    super('A newer comparison replaced this one.');
    this.name = 'SupersededError';
  }
}

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function compareWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('../../workers/compare-worker.ts', import.meta.url), {
    type: 'module',
    name: 'compare',
  });
  started.onmessage = (event: MessageEvent<CompareAnswer>) => {
    const answer = event.data;
    const waiter = pending.get(answer.id);
    if (!waiter) return;
    pending.delete(answer.id);
    if (answer.outcome === 'done') waiter.resolve(answer.value as never);
    else if (answer.outcome === 'superseded') waiter.reject(new SupersededError());
    else waiter.reject(new Error(answer.message));
  };
  // A worker that failed to start (or crashed) fails everything it owed; the next ask starts a new one.
  started.onerror = (event) => {
    event.preventDefault();
    for (const waiter of pending.values()) waiter.reject(new Error('The comparison worker stopped.'));
    pending.clear();
    started.terminate();
    if (worker === started) worker = null;
  };
  worker = started;
  return started;
}

/**
 * Asks the compare worker. `channel` names what the answer is for: a request still waiting
 * when a newer one arrives on the same channel rejects with SupersededError. The mask is
 * copied, not transferred, so the caller keeps its own.
 */
export function askCompareWorker<K extends CompareKind>(
  kind: K,
  request: CompareRequests[K],
  channel: string,
): Promise<CompareReplies[K]> {
  const id = nextId++;
  return new Promise<CompareReplies[K]>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: never) => void, reject });
    compareWorker().postMessage({ id, channel, kind, request } as CompareMessage);
  });
}

/** Lets the worker drop its decoded images; does not start one that is not running. */
export function forgetComparePixels(): void {
  if (worker) void askCompareWorker('forget', {}, 'forget').catch(() => undefined);
}
