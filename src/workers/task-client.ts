import type { TaskReply, TaskRequest } from './task-protocol.ts';

type AnyTasks = Record<string, (...args: never[]) => unknown>;

/**
 * The page's side of a task worker: `run(task, ...args)` posts the task and resolves with its
 * answer; the worker starts with the first task. Where no Worker can start (Node, a strict CSP), `fallback` loads the same functions
 * and runs them here, so results do not depend on where they ran.
 */
export function createTaskClient<Tasks extends AnyTasks>(
  start: () => Worker,
  fallback?: () => Promise<Tasks>,
) {
  type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, Pending>();

  function getWorker(): Worker | null {
    if (worker) return worker;
    if (typeof Worker === 'undefined') return null;
    try {
      worker = start();
    } catch {
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
      const error = new Error(event.message || 'A worker stopped.');
      for (const waiting of pending.values()) waiting.reject(error);
      pending.clear();
      worker?.terminate();
      worker = null;
    };
    return worker;
  }

  function run<K extends keyof Tasks & string>(
    task: K,
    ...args: Parameters<Tasks[K]>
  ): Promise<Awaited<ReturnType<Tasks[K]>>> {
    type Result = Awaited<ReturnType<Tasks[K]>>;
    const target = getWorker();
    if (!target) {
      if (!fallback) return Promise.reject(new Error('This browser cannot start the worker this needs.'));
      return fallback().then((tasks) =>
        (tasks[task] as (...a: unknown[]) => Result | Promise<Result>)(...args),
      );
    }
    const id = nextId++;
    return new Promise<Result>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      target.postMessage({ id, task, args } satisfies TaskRequest);
    });
  }

  // `started()`: whether the worker runs now, for work that is worth moving there only when its
  // code has already arrived.
  return Object.assign(run, { started: () => worker !== null });
}
