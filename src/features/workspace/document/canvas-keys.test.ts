import { describe, expect, it } from 'vitest';
import { canvasCommandForKey, needsCandidates } from './canvas-keys.ts';

const key = (
  k: string,
  mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {},
) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
});

describe('canvas keys', () => {
  it('map the staging area keys', () => {
    expect(canvasCommandForKey(key('ArrowLeft'), false)).toBe('previous');
    expect(canvasCommandForKey(key('ArrowRight'), false)).toBe('next');
    expect(canvasCommandForKey(key('Enter'), false)).toBe('accept');
    expect(canvasCommandForKey(key('x'), false)).toBe('discard');
    expect(canvasCommandForKey(key('Delete'), false)).toBe('discard');
    expect(canvasCommandForKey(key('Escape'), false)).toBe('discard-all');
    expect(canvasCommandForKey(key('H'), false)).toBe('peek');
    expect(canvasCommandForKey(key('q'), false)).toBeNull();
  });

  it('leave browser and mask shortcuts alone', () => {
    expect(canvasCommandForKey(key('x', { ctrlKey: true }), false)).toBeNull();
    expect(canvasCommandForKey(key('Enter', { altKey: true }), false)).toBeNull();
    // In Inpaint, plain Ctrl+Z is the mask's.
    expect(canvasCommandForKey(key('z', { ctrlKey: true }), false)).toBeNull();
  });

  it('undo and redo the document with Ctrl+Alt+Z, and Ctrl+Z where nothing is painted', () => {
    expect(canvasCommandForKey(key('z', { ctrlKey: true, altKey: true }), false)).toBe('undo');
    expect(canvasCommandForKey(key('Z', { metaKey: true, altKey: true, shiftKey: true }), false)).toBe(
      'redo',
    );
    expect(canvasCommandForKey(key('z', { ctrlKey: true }), true)).toBe('undo');
    expect(needsCandidates('undo')).toBe(false);
    expect(needsCandidates('accept')).toBe(true);
  });
});
