/// <reference lib="webworker" />

/** Messages between a task client (task-client.ts) and its worker: one task per message, answered by id. */

type AnyTasks = Record<string, (...args: never[]) => unknown>;

export type TaskRequest = { id: number; task: string; args: unknown[] };

export type TaskReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** The buffers and bitmaps in a result, moved rather than copied across threads. */
function transferablesOf(result: unknown): Transferable[] {
  if (ArrayBuffer.isView(result)) return [result.buffer as ArrayBuffer];
  if (typeof ImageBitmap !== 'undefined' && result instanceof ImageBitmap) return [result];
  return [];
}

/** A worker's side: runs each task asked of it and answers, the error's message on failure. */
export function serveTasks(tasks: AnyTasks): void {
  const scope = self as unknown as DedicatedWorkerGlobalScope;
  scope.onmessage = async (event: MessageEvent<TaskRequest>) => {
    const { id, task, args } = event.data;
    try {
      const run = tasks[task] as (...a: unknown[]) => unknown;
      const result = await run(...args);
      scope.postMessage({ id, ok: true, result } satisfies TaskReply, transferablesOf(result));
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      scope.postMessage({ id, ok: false, error: message } satisfies TaskReply);
    }
  };
}
