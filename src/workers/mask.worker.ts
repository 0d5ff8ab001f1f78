/// <reference lib="webworker" />
import { maskTasks } from '../features/mask/tasks.ts';
import { serveTasks } from './task-protocol.ts';

/** The mask editor's pixel work, off the main thread. */
serveTasks(maskTasks);
