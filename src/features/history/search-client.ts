import { createTaskClient } from '../../workers/task-client.ts';
import type { HistorySearchTasks } from './search-tasks.ts';

/** Runs the history's search in its worker; where none can start (tests, Node), in the page. */
export const runSearchTask = createTaskClient<HistorySearchTasks>(
  () =>
    new Worker(new URL('../../workers/history-search.worker.ts', import.meta.url), {
      type: 'module',
      name: 'history-search',
    }),
  () => import('./search-tasks.ts').then((m) => m.historySearchTasks),
);
