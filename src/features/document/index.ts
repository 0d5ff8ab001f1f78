/**
 * The document room: one image being worked on (its base, its layers, the candidates waiting
 * on it, its undo history), kept in IndexedDB. It sits low: it reads nothing of the other
 * features. Its canvas pictures (Konva) are in index.lazy.ts, so the first screen does not
 * carry them.
 */
export {
  activateDocument,
  changeDocument,
  closeDocument,
  openDocument,
  restoreDocuments,
  useActiveDocument,
  useDocumentStore,
  type OpenInput,
} from './store.ts';
export {
  acceptCandidate,
  discardAllCandidates,
  discardCandidate,
  moveLayer,
  redo,
  removeLayer,
  showCandidate,
  undo,
  updateLayer,
} from './operations.ts';
export { compositionKey, flattenedImage } from './flattened.ts';
export {
  documentPng,
  documentPsd,
  mergeLayerDown,
  readPsdFile,
  stageResults,
  type CandidatePicture,
} from './actions.ts';
export type { DocumentRecord, Layer } from './schema.ts';
