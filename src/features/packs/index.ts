/**
 * Deliverable packs: one picture (a result, a history image, an open document, a batch) to
 * every target of a pack at its exact pixel size, crops where the picture allows, new picture
 * through the one jobs pipeline where it does not, one zip out. The dialog is its own chunk;
 * what the backup needs is in index.lazy.ts.
 */
export { Deliverables } from './components/Deliverables.tsx';
export { openDeliverables } from './deliverables-store.ts';
export type { PackPicture } from './picture.ts';
