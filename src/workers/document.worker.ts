/// <reference lib="webworker" />
import { documentTasks } from './document-tasks.ts';
import { serveTasks } from './task-protocol.ts';

/** The document's pixel work (flatten, merge, PSD, pictures to show), off the main thread. */
serveTasks(documentTasks);
