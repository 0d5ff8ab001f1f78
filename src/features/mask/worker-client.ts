import type { MaskTaskName, MaskTasks } from './tasks.ts';
import type { TaskReply, TaskRequest } from './worker-protocol.ts';

/**
 * Runs a mask task in the shared worker, or right here where there is no Worker (Node, old
 * browsers): the same function either way, so results do not depend on where it ran.
 */

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  if (worker) return worker;
  try {
    worker = new Worker(new URL('../../workers/mask.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    // A page that may not start workers (a strict CSP) still gets its mask, on this thread.
    return null;
  }
  worker.onmessage = (event: MessageEvent<TaskReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply.result);
    else waiting.reject(new Error(reply.error));
  };
  worker.onerror = (event) => {
    // A worker that failed to start answers nothing: fail what waits, and start afresh next time.
    const error = new Error(event.message || 'The mask worker stopped.');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

export function runMaskTask<K extends MaskTaskName>(
  task: K,
  ...args: Parameters<MaskTasks[K]>
): Promise<Awaited<ReturnType<MaskTasks[K]>>> {
  type Result = Awaited<ReturnType<MaskTasks[K]>>;
  const target = getWorker();
  if (!target) {
    // Loaded only here, so the page's own bundle does not carry the worker's code.
    return import('./tasks.ts').then(({ maskTasks }) => {
      const run = maskTasks[task] as (...a: unknown[]) => Result | Promise<Result>;
      return run(...args);
    });
  }
  const id = nextId++;
  return new Promise<Result>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    target.postMessage({ id, task, args } satisfies TaskRequest<K>);
  });
}
