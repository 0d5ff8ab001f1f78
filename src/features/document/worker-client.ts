import type { DocumentTasks } from '../../workers/document-tasks.ts';
import { createTaskClient } from '../../workers/task-client.ts';

/** Runs the document's pixel work in its worker (ag-psd and the flatten stay out of the page's bundle). */
export const runDocumentTask = createTaskClient<DocumentTasks>(
  () =>
    new Worker(new URL('../../workers/document.worker.ts', import.meta.url), {
      type: 'module',
      name: 'document',
    }),
);
