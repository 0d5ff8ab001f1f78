/** The mask worker's client as the studio ships it, for a bench page to call. */
export { runMaskTask } from '../../src/features/mask/worker-client.ts';
