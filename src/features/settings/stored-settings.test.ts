import { describe, expect, it } from 'vitest';
import { readStoredSettings } from './stored-settings.ts';

describe('readStoredSettings', () => {
  it('keeps every part that has its type', () => {
    const stored = {
      mode: 'inpaint',
      entryIds: { edit: 'onemin:gpt-image-2:edit' },
      settings: { prompt: 'a fox', size: '1536x1024', quality: 'high', n: 3, outputCompression: 70 },
      sizes: { 'onemin:gpt-image-2:edit': '1024x1536' },
    };
    expect(readStoredSettings(stored)).toEqual(stored);
  });

  it('gives defaults for what is not an object', () => {
    for (const stored of [undefined, null, 'garbage', 3, ['generate']]) {
      expect(readStoredSettings(stored)).toEqual({ mode: 'generate', entryIds: {}, settings: {}, sizes: {} });
    }
  });

  it('drops a part that does not fit and keeps the others', () => {
    const read = readStoredSettings({
      mode: 'paint',
      entryIds: { generate: 7 },
      settings: { prompt: 'kept' },
      sizes: 'none',
    });
    expect(read).toEqual({ mode: 'generate', entryIds: {}, settings: { prompt: 'kept' }, sizes: {} });
  });

  it('drops the stored settings when any field has the wrong type or value', () => {
    const bad = [
      { prompt: 42 },
      { quality: 'ultra' },
      { n: 1.5 },
      { n: '2' },
      { background: 'purple' },
      { outputFormat: 'gif' },
      { outputCompression: null },
    ];
    for (const wrong of bad) {
      expect(readStoredSettings({ settings: { prompt: 'lost', ...wrong } }).settings).toEqual({});
    }
  });

  it('ignores fields the settings do not have', () => {
    expect(readStoredSettings({ settings: { size: '1024x1024', colour: 'red' } }).settings).toEqual({
      size: '1024x1024',
    });
  });
});
