import { describe, expect, it } from 'vitest';
import type { StateStorage } from 'zustand/middleware';
import { checkSize, getEntry, parsePixelSize } from '../../catalog/index.ts';
import { browserStorage, createSettingsStore, restoreSettings } from './store.ts';

function memoryStorage(initial: Record<string, string> = {}): StateStorage & { data: Map<string, string> } {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const freshStore = (storage = memoryStorage()) => createSettingsStore(browserStorage(() => storage));

describe('settings store', () => {
  it('starts in generate mode with the first generate entry and its initial settings', () => {
    const state = freshStore().getState();
    expect(state.mode).toBe('generate');
    expect(state.entryIds.generate).toBe('onemin:gpt-image-2:generate');
    expect(state.settings).toMatchObject({
      prompt: '',
      size: '1024x1024',
      quality: 'medium',
      n: 1,
      outputFormat: 'png',
    });
  });

  it('stores what the user types as it is, even when a rule breaks', () => {
    const store = freshStore();
    store.getState().update({ size: '1000x1000', prompt: 'x'.repeat(5000) });
    expect(store.getState().settings.size).toBe('1000x1000');
    expect(store.getState().settings.prompt).toHaveLength(5000);
  });

  it('gives each model back the size last chosen with it', () => {
    const store = freshStore();
    store.getState().setMode('edit');
    store.getState().update({ size: '1280x720' });
    store.getState().selectEntry('onemin:gpt-image-1-mini:edit');
    expect(store.getState().settings.size).not.toBe('1280x720');
    store.getState().update({ size: '1024x1536' });
    store.getState().selectEntry('onemin:gpt-image-2:edit');
    expect(store.getState().settings.size).toBe('1280x720');
    store.getState().selectEntry('onemin:gpt-image-1-mini:edit');
    expect(store.getState().settings.size).toBe('1024x1536');
  });

  it('gives a model back the size it showed when left, also one it took along from another mode', () => {
    const store = freshStore();
    store.getState().update({ size: '1280x720' });
    // A 1280×720 result used as source: Edit takes the size along, the source's shape already.
    store.getState().setMode('edit');
    expect(store.getState().settings.size).toBe('1280x720');
    store.getState().selectEntry('gptimageapi:gpt-image-2:edit');
    expect(store.getState().settings.size).toBe('16:9');
    store.getState().selectEntry('onemin:gpt-image-2:edit');
    expect(store.getState().settings.size).toBe('1280x720');
  });

  it('gives a mode back the size its model showed when the mode was left', () => {
    const store = freshStore();
    store.getState().update({ size: '1280x720' });
    store.getState().setMode('edit');
    store.getState().setMode('generate');
    store.getState().update({ size: '1024x1536' });
    store.getState().setMode('edit');
    expect(store.getState().settings.size).toBe('1280x720');
    store.getState().setMode('generate');
    expect(store.getState().settings.size).toBe('1024x1536');
  });

  it('keeps what fits and fixes what does not when the model changes', () => {
    const store = freshStore();
    store.getState().setMode('edit');
    store
      .getState()
      .update({ size: '1536x1024', quality: 'high', background: 'opaque', n: 3, prompt: 'Keep me' });
    store.getState().selectEntry('onemin:gpt-image-1-mini:edit');
    let { settings, entryIds } = store.getState();
    expect(entryIds.edit).toBe('onemin:gpt-image-1-mini:edit');
    expect(settings).toMatchObject({
      size: '1536x1024',
      quality: 'high',
      n: 3,
      prompt: 'Keep me',
      background: 'auto',
    });

    store.getState().selectEntry('gptimageapi:gpt-image-2:edit');
    settings = store.getState().settings;
    expect(settings.size).toBe('4:3');
    expect(settings.quality).toBe('high');

    // Inpaint has shown no size yet: it takes the ratio along as pixels.
    store.getState().setMode('inpaint');
    ({ settings, entryIds } = store.getState());
    const inpaint = getEntry('onemin:gpt-image-2:inpaint')!;
    expect(checkSize(inpaint, settings.size)).toEqual([]);
    const { width, height } = parsePixelSize(settings.size)!;
    expect(width / height).toBeCloseTo(4 / 3, 1);
    expect(entryIds.edit).toBe('gptimageapi:gpt-image-2:edit');
  });

  it('leaves the current settings alone when an entry of another mode is chosen', () => {
    const store = freshStore();
    store.getState().update({ size: '2048x1152' });
    store.getState().selectEntry('gptimageapi:gpt-image-2:edit');
    expect(store.getState().mode).toBe('generate');
    expect(store.getState().settings.size).toBe('2048x1152');
    expect(store.getState().entryIds.edit).toBe('gptimageapi:gpt-image-2:edit');
  });

  it('survives a reload', () => {
    const storage = memoryStorage();
    const first = freshStore(storage);
    first
      .getState()
      .update({ prompt: 'A fox in snow', size: '1024x1536', quality: 'high', n: 4, outputFormat: 'webp' });

    const reloaded = freshStore(storage).getState();
    expect(reloaded.settings).toMatchObject({
      prompt: 'A fox in snow',
      size: '1024x1536',
      quality: 'high',
      n: 4,
      outputFormat: 'webp',
    });
  });
});

describe('restoreSettings', () => {
  it('falls back to defaults for what it cannot read', () => {
    expect(restoreSettings('garbage').settings.size).toBe('1024x1024');
    const restored = restoreSettings({
      mode: 'sketch',
      entryIds: { generate: 'gone:model' },
      settings: { quality: 'ultra' },
    });
    expect(restored.mode).toBe('generate');
    expect(restored.entryIds.generate).toBe('onemin:gpt-image-2:generate');
    expect(restored.settings.quality).toBe('medium');
  });

  it('fixes a stored value that the stored entry refuses', () => {
    const restored = restoreSettings({
      mode: 'edit',
      entryIds: { edit: 'onemin:gpt-image-1-mini:edit' },
      settings: { size: '2048x1152', background: 'opaque', n: 40, prompt: 'kept' },
    });
    expect(restored.settings).toMatchObject({ size: '1536x1024', background: 'auto', n: 10, prompt: 'kept' });
  });
});
