import { describe, expect, it } from 'vitest';
import { MAX_COMPARED, createCompareStore } from './store.ts';

describe('compare store', () => {
  it('selects up to four images and refuses a fifth', () => {
    const store = createCompareStore();
    for (const id of ['a', 'b', 'c', 'd']) expect(store.getState().toggleSelected(id)).toBe(true);
    expect(store.getState().toggleSelected('e')).toBe(false);
    expect(store.getState().selectedIds).toEqual(['a', 'b', 'c', 'd']);
    expect(store.getState().selectedIds).toHaveLength(MAX_COMPARED);
  });

  it('unselects a selected image and keeps the order of the rest', () => {
    const store = createCompareStore();
    for (const id of ['a', 'b', 'c']) store.getState().toggleSelected(id);
    store.getState().toggleSelected('b');
    expect(store.getState().selectedIds).toEqual(['a', 'c']);
    store.getState().clearSelection();
    expect(store.getState().selectedIds).toEqual([]);
  });

  it('places an image in a numbered place, replacing the one there, and takes it off when placed again', () => {
    const store = createCompareStore();
    const place = (slot: number, id: string) => store.getState().placeSelected(slot, id);
    place(0, 'a');
    place(1, 'b');
    expect(store.getState().selectedIds).toEqual(['a', 'b']);
    place(0, 'c');
    expect(store.getState().selectedIds).toEqual(['c', 'b']);
    place(3, 'd');
    expect(store.getState().selectedIds).toEqual(['c', 'b', 'd']);
    place(1, 'b');
    expect(store.getState().selectedIds).toEqual(['c', 'd']);
  });

  it('starts each mode from a fitted view', () => {
    const store = createCompareStore();
    store.getState().setView({ scale: 3, x: 1, y: 2 });
    store.getState().setMode('difference');
    expect(store.getState().mode).toBe('difference');
    expect(store.getState().view).toBeNull();
  });

  it('keeps the slider, threshold and feather within their ranges', () => {
    const store = createCompareStore();
    store.getState().setSliderPosition(1.4);
    expect(store.getState().sliderPosition).toBe(1);
    store.getState().setSliderPosition(-0.2);
    expect(store.getState().sliderPosition).toBe(0);
    store.getState().setDiffThreshold(300);
    expect(store.getState().diffThreshold).toBe(254);
    store.getState().setFeatherRadius(-3);
    expect(store.getState().featherRadius).toBe(0);
  });

  it('gives each store its own state, preserving outside the mask unless told not to', () => {
    const one = createCompareStore();
    const two = createCompareStore();
    one.getState().setPreserveOutsideMask(false);
    expect(two.getState().preserveOutsideMask).toBe(true);
  });
});
