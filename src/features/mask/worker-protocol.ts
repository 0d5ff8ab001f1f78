import type { MaskTaskName, MaskTasks } from './tasks.ts';

/** Messages between the mask client and its worker. */
export type TaskRequest<K extends MaskTaskName = MaskTaskName> = {
  id: number;
  task: K;
  args: Parameters<MaskTasks[K]>;
};

export type TaskReply = { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };

/** The buffers and bitmaps in a result, moved rather than copied across threads. */
export function transferablesOf(result: unknown): Transferable[] {
  if (ArrayBuffer.isView(result)) return [result.buffer as ArrayBuffer];
  if (typeof ImageBitmap !== 'undefined' && result instanceof ImageBitmap) return [result];
  return [];
}
