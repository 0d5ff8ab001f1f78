import { ProxyError } from './errors.ts';

export type ByteBudget = {
  /** Waits until `bytes` fit in the budget and holds them; answers the function that gives them back. */
  acquire(bytes: number, signal: AbortSignal): Promise<() => void>;
};

const busy = () =>
  new ProxyError(
    'unavailable',
    503,
    'The studio is busy with other large edits just now. Try again in a minute.',
    { 'Retry-After': '30' },
  );

/**
 * Bytes held at once across all requests, first come first served: however many large bodies
 * arrive, the server holds at most `capacity` of them; the rest wait (their bytes stay in the
 * sender's socket) for at most `maxWaitMs`, then are refused.
 */
export function createByteBudget(capacity: number, maxWaitMs: number): ByteBudget {
  let free = capacity;
  const queue: { bytes: number; grant: () => void }[] = [];

  const wake = () => {
    while (queue.length > 0 && queue[0]!.bytes <= free) {
      const next = queue.shift()!;
      free -= next.bytes;
      next.grant();
    }
  };
  const holder = (bytes: number) => {
    let held = true;
    return () => {
      if (!held) return;
      held = false;
      free += bytes;
      wake();
    };
  };

  return {
    acquire(bytes, signal) {
      if (bytes > capacity) return Promise.reject(busy());
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
          const at = queue.indexOf(entry);
          if (at >= 0) queue.splice(at, 1);
          wake();
          reject(busy());
        };
        const timer = setTimeout(leave, maxWaitMs);
        signal.addEventListener('abort', leave, { once: true });
        queue.push(entry);
      });
    },
  };
}
