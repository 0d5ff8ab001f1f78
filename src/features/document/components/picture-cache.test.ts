import { describe, expect, it } from 'vitest';
import { acceptCandidate, createDocument, stageCandidates, updateLayer } from '../operations.ts';
import type { Candidate, DocumentRecord } from '../schema.ts';
import { cacheStep, visiblePictureIds } from './picture-cache.ts';

const hash = (n: number) => n.toString(16).padStart(64, '0');

const candidate = (index: number): Candidate => ({
  id: `job/${index}`,
  jobId: 'job',
  kind: 'inpaint',
  name: 'a prompt',
  pixels: hash(100 + index),
  mask: hash(200),
  feather: 6,
});

/** A document with two layers (the second hidden) and three candidates, the second on show. */
function document(): DocumentRecord {
  const layer = (n: number) => ({
    id: `layer-${n}`,
    name: `Layer ${n}`,
    pixels: hash(n),
    mask: null,
    feather: 0,
    opacity: 1,
    visible: true,
    origin: { kind: 'psd' as const },
  });
  const doc = createDocument({
    id: 'doc',
    name: 'a.psd',
    width: 8,
    height: 8,
    createdAt: 0,
    base: hash(1),
    layers: [layer(2), layer(3)],
  });
  const staged = stageCandidates(
    updateLayer(doc, 'layer-3', { visible: false }),
    'job',
    [0, 1, 2].map(candidate),
  );
  return { ...staged, shown: 1 };
}

describe('the pictures the canvas caches', () => {
  it('are the visible layers and the candidate on show, bottom to top', () => {
    expect(visiblePictureIds(document(), false)).toEqual(['layer-2', 'job/1']);
  });

  it('leave the candidate out while it is hidden (H held)', () => {
    expect(visiblePictureIds(document(), true)).toEqual(['layer-2']);
  });

  it('take an accepted candidate as the new top layer, by its layer id', () => {
    const accepted = acceptCandidate(document(), 'layer-new');
    expect(visiblePictureIds(accepted, false)).toEqual([
      'layer-2',
      'layer-new',
      accepted.content.candidates[accepted.shown]!.id,
    ]);
  });
});

describe('when the canvas caches its pictures', () => {
  it('waits while a visible picture is on its way, however many have arrived', () => {
    expect(cacheStep({ pictures: 9, preview: false, waitedOut: false, waiting: 1 })).toBe('wait');
    expect(cacheStep({ pictures: 0, preview: false, waitedOut: false, waiting: 10 })).toBe('wait');
  });

  it('caches what has arrived once the wait for the rest has run out', () => {
    expect(cacheStep({ pictures: 9, preview: false, waitedOut: true, waiting: 1 })).toBe('cache');
    expect(cacheStep({ pictures: 0, preview: false, waitedOut: true, waiting: 10 })).toBe('clear');
  });

  it('caches once every visible picture is there', () => {
    expect(cacheStep({ pictures: 10, preview: false, waitedOut: false, waiting: 0 })).toBe('cache');
  });

  it('draws the layers live during an opacity drag, arrived or not', () => {
    expect(cacheStep({ pictures: 10, preview: true, waitedOut: false, waiting: 0 })).toBe('clear');
    expect(cacheStep({ pictures: 10, preview: true, waitedOut: false, waiting: 2 })).toBe('clear');
  });

  it('has nothing to cache without pictures', () => {
    expect(cacheStep({ pictures: 0, preview: false, waitedOut: false, waiting: 0 })).toBe('clear');
  });
});
