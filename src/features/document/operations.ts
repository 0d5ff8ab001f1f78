import type { BlobHash, Candidate, DocumentContent, DocumentRecord, Layer } from './schema.ts';

/**
 * Everything that changes a document, as pure functions of its record. Each user action is
 * one undo step: the content before it goes on `past`. Layers and candidates are immutable
 * values, so a step holds references to stored pixels, never the pixels.
 */

/** Undo steps kept per document; older ones are forgotten. */
export const UNDO_LIMIT = 100;

export type NewDocument = Pick<DocumentRecord, 'id' | 'name' | 'width' | 'height' | 'createdAt'> &
  Partial<Pick<DocumentRecord, 'assetPath' | 'fromImageId' | 'scaledFrom'>> & {
    base: BlobHash;
    layers?: Layer[];
  };

export function createDocument({ base, layers = [], ...fields }: NewDocument): DocumentRecord {
  return {
    ...fields,
    content: { base, layers, candidates: [] },
    past: [],
    future: [],
    shown: 0,
    staged: [],
  };
}

function commit(doc: DocumentRecord, content: DocumentContent): DocumentRecord {
  const past = [...doc.past, doc.content].slice(-UNDO_LIMIT);
  return { ...doc, content, past, future: [], shown: clampShown(doc.shown, content) };
}

const clampShown = (shown: number, content: DocumentContent) =>
  Math.max(0, Math.min(shown, content.candidates.length - 1));

export function undo(doc: DocumentRecord): DocumentRecord {
  const previous = doc.past.at(-1);
  if (!previous) return doc;
  return {
    ...doc,
    content: previous,
    past: doc.past.slice(0, -1),
    future: [doc.content, ...doc.future],
    shown: clampShown(doc.shown, previous),
  };
}

export function redo(doc: DocumentRecord): DocumentRecord {
  const [next, ...rest] = doc.future;
  if (!next) return doc;
  return {
    ...doc,
    content: next,
    past: [...doc.past, doc.content],
    future: rest,
    shown: clampShown(doc.shown, next),
  };
}

/**
 * Offers a job's results on the document, once per job. Arrival is not a user action, so it
 * is no undo step: the candidates join every step of the history, and undoing an accept or a
 * discard later brings the candidate back instead of losing it.
 */
export function stageCandidates(
  doc: DocumentRecord,
  jobId: string,
  candidates: readonly Candidate[],
): DocumentRecord {
  if (doc.staged.includes(jobId)) return doc;
  const join = (content: DocumentContent): DocumentContent => ({
    ...content,
    candidates: [...content.candidates, ...candidates],
  });
  return {
    ...doc,
    content: join(doc.content),
    past: doc.past.map(join),
    future: doc.future.map(join),
    staged: [...doc.staged, jobId],
    // The first of the new ones is shown: it is what the designer ran the job for.
    shown: candidates.length > 0 ? doc.content.candidates.length : doc.shown,
  };
}

/** Steps through the waiting candidates, wrapping around. */
export function showCandidate(doc: DocumentRecord, step: 1 | -1): DocumentRecord {
  const count = doc.content.candidates.length;
  if (count === 0) return doc;
  return { ...doc, shown: (doc.shown + step + count) % count };
}

export const shownCandidate = (doc: DocumentRecord): Candidate | undefined =>
  doc.content.candidates[doc.shown];

/** The candidate becomes the top layer, named after its job's prompt. */
export function acceptCandidate(doc: DocumentRecord, layerId: string, candidateId?: string): DocumentRecord {
  const candidate = candidateId
    ? doc.content.candidates.find((c) => c.id === candidateId)
    : shownCandidate(doc);
  if (!candidate) return doc;
  const layer: Layer = {
    id: layerId,
    name: candidate.name,
    pixels: candidate.pixels,
    mask: candidate.mask,
    feather: candidate.feather,
    opacity: 1,
    visible: true,
    origin: { kind: candidate.kind, jobId: candidate.jobId, imageId: candidate.id },
  };
  return commit(doc, {
    ...doc.content,
    layers: [...doc.content.layers, layer],
    candidates: doc.content.candidates.filter((c) => c !== candidate),
  });
}

export function discardCandidate(doc: DocumentRecord, candidateId?: string): DocumentRecord {
  const candidate = candidateId
    ? doc.content.candidates.find((c) => c.id === candidateId)
    : shownCandidate(doc);
  if (!candidate) return doc;
  return commit(doc, { ...doc.content, candidates: doc.content.candidates.filter((c) => c !== candidate) });
}

export function discardAllCandidates(doc: DocumentRecord): DocumentRecord {
  if (doc.content.candidates.length === 0) return doc;
  return commit(doc, { ...doc.content, candidates: [] });
}

export type LayerPatch = Partial<Pick<Layer, 'name' | 'opacity' | 'visible'>>;

export function updateLayer(doc: DocumentRecord, layerId: string, patch: LayerPatch): DocumentRecord {
  const layers = doc.content.layers;
  const layer = layers.find((l) => l.id === layerId);
  if (!layer) return doc;
  const changed = (Object.keys(patch) as (keyof LayerPatch)[]).some((key) => patch[key] !== layer[key]);
  if (!changed) return doc;
  const next = layers.map((l) => (l === layer ? { ...l, ...patch } : l));
  return commit(doc, { ...doc.content, layers: next });
}

/** Moves a layer to a place in the stack (0 is the bottom, just over the base). */
export function moveLayer(doc: DocumentRecord, layerId: string, to: number): DocumentRecord {
  const layers = [...doc.content.layers];
  const from = layers.findIndex((l) => l.id === layerId);
  const target = Math.max(0, Math.min(to, layers.length - 1));
  if (from < 0 || from === target) return doc;
  const [layer] = layers.splice(from, 1);
  layers.splice(target, 0, layer!);
  return commit(doc, { ...doc.content, layers });
}

export function removeLayer(doc: DocumentRecord, layerId: string): DocumentRecord {
  const layers = doc.content.layers.filter((l) => l.id !== layerId);
  if (layers.length === doc.content.layers.length) return doc;
  return commit(doc, { ...doc.content, layers });
}

/** What merging a layer down produced: a layer in place of the two, or a new base. */
export type Merged = { into: 'layer'; layer: Layer } | { into: 'base'; base: BlobHash };

/**
 * The layer and the one under it (or the base, for the bottom layer) replaced by their
 * composite, which the caller has made with the same flatten the canvas uses.
 */
export function mergeDown(doc: DocumentRecord, layerId: string, merged: Merged): DocumentRecord {
  const layers = doc.content.layers;
  const index = layers.findIndex((l) => l.id === layerId);
  if (index < 0) return doc;
  if (merged.into === 'base') {
    if (index !== 0) return doc;
    return commit(doc, { ...doc.content, base: merged.base, layers: layers.slice(1) });
  }
  if (index === 0) return doc;
  const next = [...layers.slice(0, index - 1), merged.layer, ...layers.slice(index + 1)];
  return commit(doc, { ...doc.content, layers: next });
}

/** Every stored blob the document still needs, its history included. */
export function blobsInUse(doc: DocumentRecord): Set<BlobHash> {
  const used = new Set<BlobHash>();
  for (const content of [doc.content, ...doc.past, ...doc.future]) {
    used.add(content.base);
    for (const picture of [...content.layers, ...content.candidates]) {
      used.add(picture.pixels);
      if (picture.mask) used.add(picture.mask);
    }
  }
  return used;
}
