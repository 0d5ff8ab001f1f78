/// <reference lib="webworker" />
import { maskTasks } from '../features/mask/tasks.ts';
import { transferablesOf, type TaskReply, type TaskRequest } from '../features/mask/worker-protocol.ts';

/** The mask editor's pixel work, off the main thread: one task per message, answered by id. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<TaskRequest>) => {
  const { id, task, args } = event.data;
  try {
    const run = maskTasks[task] as (...a: unknown[]) => unknown;
    const result = await run(...args);
    scope.postMessage({ id, ok: true, result } satisfies TaskReply, transferablesOf(result));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ id, ok: false, error: message } satisfies TaskReply);
  }
};
