import { describe, expect, it } from 'vitest';
import {
  acceptCandidate,
  blobsInUse,
  createDocument,
  discardAllCandidates,
  discardCandidate,
  mergeDown,
  moveLayer,
  redo,
  removeLayer,
  showCandidate,
  shownCandidate,
  stageCandidates,
  undo,
  updateLayer,
  UNDO_LIMIT,
} from './operations.ts';
import type { Candidate, DocumentRecord } from './schema.ts';

const hash = (n: number) => n.toString(16).padStart(64, '0');

const fresh = () =>
  createDocument({ id: 'doc', name: 'cat.png', width: 8, height: 8, createdAt: 0, base: hash(1) });

const candidate = (jobId: string, index: number, kind: Candidate['kind'] = 'inpaint'): Candidate => ({
  id: `${jobId}/${index}`,
  jobId,
  kind,
  name: `prompt of ${jobId}`,
  pixels: hash(100 + index),
  mask: kind === 'inpaint' ? hash(200) : null,
  feather: kind === 'inpaint' ? 6 : 0,
});

const three = () =>
  stageCandidates(
    fresh(),
    'job1',
    [0, 1, 2].map((i) => candidate('job1', i)),
  );
const names = (doc: DocumentRecord) => doc.content.layers.map((l) => l.name);
const ids = (doc: DocumentRecord) => doc.content.layers.map((l) => l.id);

describe('candidates', () => {
  it('are staged once per job, the first new one shown, and arrival is no undo step', () => {
    const doc = three();
    expect(doc.content.candidates).toHaveLength(3);
    expect(doc.past).toHaveLength(0);
    expect(stageCandidates(doc, 'job1', [candidate('job1', 0)])).toBe(doc);
    const more = stageCandidates(doc, 'job2', [candidate('job2', 0)]);
    expect(more.content.candidates.map((c) => c.id)).toEqual(['job1/0', 'job1/1', 'job1/2', 'job2/0']);
    expect(more.shown).toBe(3);
  });

  it('step with wrap-around', () => {
    let doc = three();
    doc = showCandidate(showCandidate(doc, 1), 1);
    expect(shownCandidate(doc)?.id).toBe('job1/2');
    expect(shownCandidate(showCandidate(doc, 1))?.id).toBe('job1/0');
    expect(shownCandidate(showCandidate(fresh(), -1))).toBeUndefined();
  });

  it('→ twice then accept makes the third a layer named by its prompt, with its mask', () => {
    let doc = showCandidate(showCandidate(three(), 1), 1);
    doc = acceptCandidate(doc, 'layer-a');
    expect(doc.content.layers).toEqual([
      {
        id: 'layer-a',
        name: 'prompt of job1',
        pixels: hash(102),
        mask: hash(200),
        feather: 6,
        opacity: 1,
        visible: true,
        origin: { kind: 'inpaint', jobId: 'job1', imageId: 'job1/2' },
      },
    ]);
    expect(doc.content.candidates.map((c) => c.id)).toEqual(['job1/0', 'job1/1']);
    expect(doc.shown).toBe(1);
  });

  it('undo takes an accept back (the candidate returns), redo does it again', () => {
    const staged = three();
    const accepted = acceptCandidate(staged, 'layer-a', 'job1/1');
    const undone = undo(accepted);
    expect(undone.content).toEqual(staged.content);
    expect(redo(undone).content).toEqual(accepted.content);
    expect(redo(accepted)).toBe(accepted);
    expect(undo(fresh()).content).toEqual(fresh().content);
  });

  it('discard one, discard all, each one undo step; undo brings them back', () => {
    const staged = three();
    const one = discardCandidate(staged, 'job1/0');
    expect(one.content.candidates.map((c) => c.id)).toEqual(['job1/1', 'job1/2']);
    const none = discardAllCandidates(one);
    expect(none.content.candidates).toEqual([]);
    expect(discardAllCandidates(none)).toBe(none);
    expect(undo(none).content.candidates).toHaveLength(2);
    expect(undo(undo(none)).content.candidates).toHaveLength(3);
  });

  it('arriving after an accept, candidates survive undoing that accept', () => {
    const accepted = acceptCandidate(three(), 'layer-a', 'job1/0');
    const more = stageCandidates(accepted, 'job2', [candidate('job2', 0, 'edit')]);
    const undone = undo(more);
    expect(undone.content.layers).toEqual([]);
    expect(undone.content.candidates.map((c) => c.id)).toEqual(['job1/0', 'job1/1', 'job1/2', 'job2/0']);
  });
});

describe('layers', () => {
  const twoLayers = () => {
    const doc = acceptCandidate(three(), 'a', 'job1/0');
    return acceptCandidate(doc, 'b', 'job1/1');
  };

  it('hide, fade and rename are each one step; a no-op is none', () => {
    let doc = twoLayers();
    const steps = doc.past.length;
    doc = updateLayer(doc, 'a', { visible: false });
    doc = updateLayer(doc, 'a', { opacity: 0.5 });
    doc = updateLayer(doc, 'b', { name: 'sky' });
    expect(updateLayer(doc, 'b', { name: 'sky' })).toBe(doc);
    expect(updateLayer(doc, 'missing', { name: 'x' })).toBe(doc);
    expect(doc.past.length).toBe(steps + 3);
    expect(doc.content.layers[0]).toMatchObject({ visible: false, opacity: 0.5 });
    expect(names(doc)).toEqual(['prompt of job1', 'sky']);
    expect(undo(doc).content.layers[1]!.name).toBe('prompt of job1');
  });

  it('reorder and delete', () => {
    let doc = twoLayers();
    doc = moveLayer(doc, 'b', 0);
    expect(ids(doc)).toEqual(['b', 'a']);
    expect(moveLayer(doc, 'b', 0)).toBe(doc);
    doc = moveLayer(doc, 'b', 99);
    expect(ids(doc)).toEqual(['a', 'b']);
    doc = removeLayer(doc, 'a');
    expect(ids(doc)).toEqual(['b']);
    expect(ids(undo(doc))).toEqual(['a', 'b']);
  });

  it('merge down replaces two layers by one, or the bottom layer and the base by a new base', () => {
    const doc = twoLayers();
    const merged = mergeDown(doc, 'b', {
      into: 'layer',
      layer: { ...doc.content.layers[0]!, id: 'ab', pixels: hash(300), mask: hash(301) },
    });
    expect(ids(merged)).toEqual(['ab']);
    expect(mergeDown(doc, 'a', { into: 'layer', layer: doc.content.layers[0]! })).toBe(doc);
    const intoBase = mergeDown(doc, 'a', { into: 'base', base: hash(400) });
    expect(intoBase.content.base).toBe(hash(400));
    expect(ids(intoBase)).toEqual(['b']);
    expect(undo(intoBase).content.base).toBe(hash(1));
  });

  it('a redo is lost once something new is done', () => {
    const doc = undo(updateLayer(twoLayers(), 'a', { visible: false }));
    expect(doc.future).toHaveLength(1);
    expect(removeLayer(doc, 'b').future).toEqual([]);
  });

  it('keeps at most UNDO_LIMIT steps', () => {
    let doc = twoLayers();
    for (let i = 0; i < UNDO_LIMIT + 10; i++) doc = updateLayer(doc, 'a', { opacity: (i % 2) / 2 });
    expect(doc.past).toHaveLength(UNDO_LIMIT);
  });

  it('knows every blob its history still needs', () => {
    const doc = removeLayer(twoLayers(), 'a');
    const used = blobsInUse(doc);
    expect(used.has(hash(100))).toBe(true);
    expect(used.has(hash(1))).toBe(true);
    expect(used.has(hash(999))).toBe(false);
  });
});
