/// <reference lib="webworker" />
import { historySearchTasks } from '../features/history/search-tasks.ts';
import { serveTasks } from './task-protocol.ts';

/** The history's prompt index, off the main thread: its memory and its scans stay out of the page. */
serveTasks(historySearchTasks);
