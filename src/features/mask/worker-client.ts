import { createTaskClient } from '../../workers/task-client.ts';
import type { MaskTasks } from './tasks.ts';

/**
 * Runs a mask task in the shared worker, or right here where there is no Worker (Node, old
 * browsers): the same function either way. The tasks module is loaded only for that fallback,
 * so the page's own bundle does not carry the worker's code.
 */
export const runMaskTask = createTaskClient<MaskTasks>(
  () => new Worker(new URL('../../workers/mask.worker.ts', import.meta.url), { type: 'module' }),
  () => import('./tasks.ts').then((m) => m.maskTasks),
);
