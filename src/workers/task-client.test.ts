import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTaskClient } from './task-client.ts';
import type { TaskReply, TaskRequest } from './task-protocol.ts';

/** A worker that answers every task with its first argument doubled, or fails to start. */
class FakeWorker {
  onmessage: ((event: MessageEvent<TaskReply>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  terminate = vi.fn();
  postMessage({ id, args }: TaskRequest) {
    queueMicrotask(() =>
      this.onmessage?.({
        data: { id, ok: true, result: (args[0] as number) * 2 },
      } as MessageEvent<TaskReply>),
    );
  }
}

type Tasks = { double: (n: number) => number };

afterEach(() => vi.unstubAllGlobals());

describe('a task client', () => {
  it('starts its worker with the first task, and says so', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    let made: FakeWorker | undefined;
    const run = createTaskClient<Tasks>(() => (made = new FakeWorker()) as unknown as Worker);
    expect(run.started()).toBe(false);
    await expect(run('double', 21)).resolves.toBe(42);
    expect(run.started()).toBe(true);
    // A worker that stops is no longer running; the next task starts another.
    made?.onerror?.({ message: 'gone' } as ErrorEvent);
    expect(run.started()).toBe(false);
  });
});
