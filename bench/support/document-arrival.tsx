/**
 * A layered document arriving in the studio, on the bench page of bench/document-canvas.ts:
 * opened with its layers (as a PSD brings them), then four inpaint results staged on it as
 * candidates, then one accepted. Each goes through the studio's own store and blob store
 * (hashing, IndexedDB) and ends when its pictures are on the canvas (DocumentPicture on the
 * studio's MaskStage), as the studio does after the worker has read the PSD or made the results.
 */
import Konva from 'konva';
import { createRoot, type Root } from 'react-dom/client';
import { stageResults, type CandidatePicture } from '../../src/features/document/actions.ts';
import { acceptCandidate } from '../../src/features/document/operations.ts';
import {
  changeDocument,
  closeDocument,
  openDocument,
  useActiveDocument,
  useDocumentStore,
} from '../../src/features/document/store.ts';
import { runDocumentTask } from '../../src/features/document/worker-client.ts';
import { Canvas } from './document-stage.tsx';

type Size = { width: number; height: number };
export type Picture = { name: string; pixels: Blob; mask: Blob | null; opacity: number };
type Files = Size & { base: Blob; layers: Picture[]; candidates: Picture[] };

let files: Files | null = null;
let root: Root | null = null;
let url = '';
let docId = '';

/** The document's Blobs, read once by the page. */
export function setArrivalFiles(loaded: Files): void {
  files = loaded;
}

function ActiveCanvas() {
  const doc = useActiveDocument();
  return doc ? <Canvas doc={doc} url={url} /> : null;
}

const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** The Konva images with their bitmap: the base, the layers and every candidate, once arrived. */
const shownImages = () =>
  Konva.stages[0]?.find('Image').filter((node) => (node as Konva.Image).image()).length ?? 0;

async function untilShown(count: number): Promise<void> {
  while (shownImages() !== count) await new Promise((resolve) => setTimeout(resolve, 20));
  await nextFrames();
}

const need = (): Files => {
  if (!files) throw new Error('load first');
  return files;
};

/** Opens the base with every layer as a new document and waits until all are on the canvas. */
async function openLayered(): Promise<{ ms: number }> {
  const { base, layers, width, height } = need();
  const container = document.getElementById('root');
  if (!container) throw new Error('The bench page has no #root.');
  url = URL.createObjectURL(base);
  root = createRoot(container);
  root.render(<ActiveCanvas />);
  const started = performance.now();
  const opened = await openDocument({
    image: base,
    name: 'arrival.psd',
    width,
    height,
    layers: layers.map(({ name, pixels, mask, opacity }) => ({ name, pixels, mask, opacity, visible: true })),
  });
  docId = opened.id;
  await untilShown(1 + layers.length);
  return { ms: performance.now() - started };
}

/** Stages the candidates as one job's inpaint results on the open document. */
async function stageCandidates(): Promise<{ ms: number }> {
  const { layers, candidates } = need();
  const doc = openedDocument();
  const started = performance.now();
  const pictures: CandidatePicture[] = candidates.map(({ name, pixels, mask }, i) => ({
    id: `bench-job/${i}`,
    kind: 'inpaint',
    name,
    pixels,
    mask,
    feather: 16,
  }));
  await stageResults(doc, 'bench-job', pictures);
  await untilShown(1 + layers.length + candidates.length);
  return { ms: performance.now() - started };
}

/** Accepts the candidate on show: it becomes the top layer. */
async function acceptShown(): Promise<{ ms: number }> {
  const { layers, candidates } = need();
  const started = performance.now();
  changeDocument(openedDocument(), (doc) => acceptCandidate(doc, crypto.randomUUID()));
  // The candidate's picture leaves at once; the layer's arrives from the worker.
  await nextFrames();
  await untilShown(1 + layers.length + candidates.length);
  return { ms: performance.now() - started };
}

function openedDocument(): string {
  docId = useDocumentStore.getState().activeId ?? '';
  if (!docId) throw new Error('openLayered first');
  return docId;
}

/** Unmounts the canvas and closes the document: its pixels leave the blob store. */
async function closeLayered(): Promise<void> {
  root?.unmount();
  root = null;
  URL.revokeObjectURL(url);
  if (docId) await closeDocument(docId);
  docId = '';
}

/**
 * The floor of an opening: the same pictures made showable by the same worker task, then drawn
 * once, each at its opacity, on a canvas of the cache's size. No store, no hashing, no React.
 */
async function openFloor(): Promise<{ ms: number }> {
  const { base, layers, width, height } = need();
  const started = performance.now();
  const scale = Math.min(1, 2560 / Math.max(width, height));
  const [bitmap, ...shown] = await Promise.all([
    createImageBitmap(base),
    ...layers.map(({ pixels, mask }) => runDocumentTask('showable', { pixels, mask }, 2560)),
  ]);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d');
  if (!context || !bitmap) throw new Error('No canvas.');
  context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
  shown.forEach((picture, i) => {
    context.globalAlpha = layers[i]!.opacity;
    context.drawImage(picture, 0, 0, canvas.width, canvas.height);
  });
  // Read one pixel back so the draws are done, not only recorded.
  context.getImageData(0, 0, 1, 1);
  const ms = performance.now() - started;
  for (const picture of [bitmap, ...shown]) picture.close();
  return { ms };
}

export const arrival = { openLayered, stageCandidates, acceptShown, closeLayered, openFloor };
