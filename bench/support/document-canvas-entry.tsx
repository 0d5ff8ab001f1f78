/**
 * The document as the studio ships it, on its own page for bench/document-canvas.ts: its worker's
 * flatten and PSD tasks (through the studio's task client), the floor worker beside them, and the
 * canvas, the studio's MaskStage (as in Edit: every drag pans, the wheel zooms) drawing the
 * studio's DocumentPicture.
 */
import Konva from 'konva';
import { createRoot, type Root } from 'react-dom/client';
import { putBlob } from '../../src/features/document/blob-store.ts';
import type { DocumentRecord } from '../../src/features/document/schema.ts';
import { runDocumentTask } from '../../src/features/document/worker-client.ts';
import { createTaskClient } from '../../src/workers/task-client.ts';
import type { FloorTasks } from './document-floor.worker.ts';
import type { LayerSpec } from './document-images.ts';
import { arrival, setArrivalFiles, type Picture } from './document-arrival.tsx';
import { Canvas } from './document-stage.tsx';

type Size = { width: number; height: number };

const runFloorTask = createTaskClient<FloorTasks>(
  () => new Worker(new URL('./document-floor.worker.ts', import.meta.url), { type: 'module', name: 'floor' }),
);

let size: Size = { width: 0, height: 0 };
let base = new Blob();
let layers: Picture[] = [];

/** The files lie at the root of the page's server. */
const fetchBlob = async (name: string) => {
  const response = await fetch(`/${name}`);
  if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
  return response.blob();
};

const fetchPictures = (specs: LayerSpec[]): Promise<Picture[]> =>
  Promise.all(
    specs.map(async ({ name, pixels, mask, opacity }) => ({
      name,
      opacity,
      pixels: await fetchBlob(pixels),
      mask: mask ? await fetchBlob(mask) : null,
    })),
  );

/**
 * Reads the document's files once; every task then sends the same Blobs. The candidates are
 * the results staged on it in the arrival rounds (document-arrival.tsx).
 */
async function load(
  document: Size & { base: string; layers: LayerSpec[]; candidates: LayerSpec[] },
): Promise<number> {
  size = { width: document.width, height: document.height };
  base = await fetchBlob(document.base);
  layers = await fetchPictures(document.layers);
  const candidates = await fetchPictures(document.candidates);
  setArrivalFiles({ ...size, base, layers, candidates });
  return [base, ...layers.flatMap((l) => (l.mask ? [l.pixels, l.mask] : [l.pixels]))].reduce(
    (sum, blob) => sum + blob.size,
    0,
  );
}

/** A PNG's size from its header, so a result is checked without decoding it on this thread. */
async function pngSize(blob: Blob): Promise<Size> {
  const header = new DataView(await blob.slice(16, 24).arrayBuffer());
  return { width: header.getUint32(0), height: header.getUint32(4) };
}

type Timed = { ms: number; bytes: number; width: number; height: number };

async function timed(make: () => Promise<Blob>, png = true): Promise<Timed> {
  const started = performance.now();
  const blob = await make();
  const ms = performance.now() - started;
  return { ms, bytes: blob.size, ...(png ? await pngSize(blob) : { width: 0, height: 0 }) };
}

const tasks = {
  flatten: () =>
    timed(() =>
      runDocumentTask(
        'flatten',
        size,
        base,
        layers.map(({ pixels, mask, opacity }) => ({ pixels, mask, opacity })),
      ),
    ),
  writePsd: () =>
    timed(
      () =>
        runDocumentTask(
          'writePsd',
          size,
          base,
          layers.map((layer) => ({ ...layer, visible: true })),
        ),
      false,
    ),
  floor: () =>
    timed(() =>
      runFloorTask('drawEach', size, [
        { pixels: base, opacity: 1 },
        ...layers.map(({ pixels, opacity }) => ({ pixels, opacity })),
      ]),
    ),
};

/** Each task once on a small document: the workers start and their code compiles, in little time. */
async function warmUp(): Promise<void> {
  const small = { width: 64, height: 36 };
  const canvas = new OffscreenCanvas(small.width, small.height);
  canvas.getContext('2d')?.fillRect(0, 0, small.width, small.height);
  const png = await canvas.convertToBlob({ type: 'image/png' });
  const pictures = layers.map(({ name, opacity, mask }) => ({
    name,
    opacity,
    pixels: png,
    mask: mask && png,
  }));
  await runDocumentTask('flatten', small, png, pictures);
  await runDocumentTask(
    'writePsd',
    small,
    png,
    pictures.map((picture) => ({ ...picture, visible: true })),
  );
  await runFloorTask('drawEach', small, [{ pixels: png, opacity: 1 }, ...pictures]);
}

let root: Root | null = null;
let baseUrl = '';

const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** A document of the base and the first `count` layers, as the store would hold it. */
async function documentOf(count: number): Promise<DocumentRecord> {
  const shown = layers.slice(0, count);
  const hashes = await Promise.all(
    shown.map(async (layer) => ({
      pixels: await putBlob(layer.pixels),
      mask: layer.mask ? await putBlob(layer.mask) : null,
    })),
  );
  return {
    id: `bench-${count}`,
    name: 'bench',
    ...size,
    createdAt: 0,
    content: {
      base: await putBlob(base),
      layers: shown.map((layer, i) => ({
        id: `layer-${i}`,
        name: layer.name,
        ...hashes[i]!,
        feather: layer.mask ? 16 : 0,
        opacity: layer.opacity,
        visible: true,
        origin: { kind: 'inpaint' as const },
      })),
      candidates: [],
    },
    past: [],
    future: [],
    shown: 0,
    staged: [],
  };
}

const stage = () => Konva.stages[0];

let prepared: DocumentRecord | null = null;

/** Stores the pictures of a document with `count` layers in the blob store, as an open document has them. */
async function prepareCanvas(count: number): Promise<void> {
  prepared = await documentOf(count);
}

/** Mounts the canvas with the prepared document; answers once every picture is on the stage and drawn. */
async function showCanvas(): Promise<{ ms: number; images: number }> {
  const doc = prepared;
  if (!doc) throw new Error('prepareCanvas first');
  const count = doc.content.layers.length;
  const container = document.getElementById('root');
  if (!container) throw new Error('The bench page has no #root.');
  baseUrl = URL.createObjectURL(base);
  const started = performance.now();
  root = createRoot(container);
  root.render(<Canvas doc={doc} url={baseUrl} />);
  const ready = () =>
    stage()
      ?.find('Image')
      .filter((node) => (node as Konva.Image).image()).length ===
    count + 1;
  while (!ready()) await new Promise((resolve) => setTimeout(resolve, 20));
  await nextFrames();
  return { ms: performance.now() - started, images: stage()?.find('Image').length ?? 0 };
}

function hideCanvas(): void {
  root?.unmount();
  root = null;
  URL.revokeObjectURL(baseUrl);
}

/** Frame timestamps from `startFrames` until `stopFrames`, which answers the intervals between them. */
let frames: number[] = [];
let recording = false;
function startFrames(): void {
  frames = [];
  recording = true;
  const tick = (time: number) => {
    if (!recording) return;
    frames.push(time);
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}
function stopFrames(): number[] {
  recording = false;
  return frames.slice(1).map((time, i) => time - frames[i]!);
}

Object.assign(globalThis, {
  DocumentBench: {
    load,
    warmUp,
    ...tasks,
    prepareCanvas,
    showCanvas,
    hideCanvas,
    startFrames,
    stopFrames,
    ...arrival,
  },
});
