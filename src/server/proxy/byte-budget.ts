import { ProxyError } from './errors.ts';

/** Waits until `bytes` fit and holds them; answers the function that gives them back. */
type Acquire = (bytes: number, signal: AbortSignal, maxWaitMs: number) => Promise<() => void>;

export type ClientByteBudgets = {
  /** Holds `bytes` of the client's share and of the total, waiting at most `maxWaitMs` for both. */
  acquire(client: string, bytes: number, signal: AbortSignal, maxWaitMs: number): Promise<() => void>;
};

const othersBusy = () =>
  new ProxyError(
    'unavailable',
    503,
    'The studio is busy with other large edits just now. Try again in a minute.',
    { 'Retry-After': '30' },
  );
const ownBusy = () =>
  new ProxyError(
    'unavailable',
    503,
    'Your earlier large edit is still being sent. Wait for it to finish, then try again.',
    { 'Retry-After': '30' },
  );

/**
 * Bytes held at once, per client and in all: one client holds at most `perClient` bytes (so its
 * own bodies wait behind each other, and a slow one blocks only its sender), and all clients
 * together at most `total`, the memory the server spends on bodies. A request waits for its
 * client's share first, then for room in the total; a client's idle share is forgotten.
 */
export function createClientByteBudgets(perClient: number, total: number): ClientByteBudgets {
  const all = createByteBudget(total, othersBusy);
  const clients = new Map<string, { acquire: Acquire; users: number }>();
  return {
    async acquire(client, bytes, signal, maxWaitMs) {
      const share = clients.get(client) ?? { acquire: createByteBudget(perClient, ownBusy), users: 0 };
      clients.set(client, share);
      share.users += 1;
      const leave = () => {
        share.users -= 1;
        if (share.users === 0) clients.delete(client);
      };
      const started = Date.now();
      let releaseShare: (() => void) | undefined;
      try {
        releaseShare = await share.acquire(bytes, signal, maxWaitMs);
        const releaseAll = await all(bytes, signal, Math.max(0, maxWaitMs - (Date.now() - started)));
        return once(() => {
          releaseAll();
          releaseShare!();
          leave();
        });
      } catch (error) {
        releaseShare?.();
        leave();
        throw error;
      }
    },
  };
}

/**
 * Bytes held at once across the requests that share it, first come first served: at most
 * `capacity`; the rest wait (their bytes stay in the sender's socket) for at most their
 * `maxWaitMs`, then are refused with `busy`.
 */
function createByteBudget(capacity: number, busy: () => ProxyError): Acquire {
  let free = capacity;
  const queue: { bytes: number; grant: () => void }[] = [];

  const wake = () => {
    while (queue.length > 0 && queue[0]!.bytes <= free) {
      const next = queue.shift()!;
      free -= next.bytes;
      next.grant();
    }
  };
  const holder = (bytes: number) =>
    once(() => {
      free += bytes;
      wake();
    });

  return (bytes, signal, maxWaitMs) => {
    if (bytes > capacity || signal.aborted) return Promise.reject(busy());
    if (queue.length === 0 && bytes <= free) {
      free -= bytes;
      return Promise.resolve(holder(bytes));
    }
    return new Promise((resolve, reject) => {
      const entry = {
        bytes,
        grant: () => {
          clearTimeout(timer);
          signal.removeEventListener('abort', leave);
          resolve(holder(bytes));
        },
      };
      const leave = () => {
        clearTimeout(timer);
        signal.removeEventListener('abort', leave);
        const at = queue.indexOf(entry);
        if (at >= 0) queue.splice(at, 1);
        wake();
        reject(busy());
      };
      const timer = setTimeout(leave, maxWaitMs);
      signal.addEventListener('abort', leave, { once: true });
      queue.push(entry);
    });
  };
}

/** `give` run on the first call only: giving back twice gives back once. */
function once(give: () => void): () => void {
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    give();
  };
}
