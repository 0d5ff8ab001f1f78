import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import { checkDeliveredSize } from './delivered-size.ts';

const entry = (id: string) => getEntry(id)!;
const generate = entry('onemin:gpt-image-2:generate');
const mini = entry('onemin:gpt-image-1-mini:edit');
const gptimageapi = entry('gptimageapi:gpt-image-2:edit');
const asked = (size: string, outputFormat: 'png' | 'jpeg' | 'webp' = 'png') => ({ size, outputFormat });

describe('checkDeliveredSize', () => {
  it('passes the asked pixel size and format', () => {
    expect(
      checkDeliveredSize(generate, asked('1536x1024'), { width: 1536, height: 1024, format: 'png' }),
    ).toEqual({ status: 'match', text: '1536×1024 PNG' });
  });

  it('flags a smaller image with the asked size to fit to', () => {
    expect(checkDeliveredSize(mini, asked('1024x1536'), { width: 512, height: 768, format: 'png' })).toEqual({
      status: 'mismatch',
      text: '512×768 PNG',
      problems: ['Asked for 1024×1536, received 512×768.'],
      requested: { width: 1024, height: 1536 },
    });
  });

  it('flags another format, alone or with the size', () => {
    const format = checkDeliveredSize(generate, asked('1024x1024', 'webp'), {
      width: 1024,
      height: 1024,
      format: 'png',
    });
    expect(format).toEqual({
      status: 'mismatch',
      text: '1024×1024 PNG',
      problems: ['Asked for WebP, received PNG.'],
    });
    const both = checkDeliveredSize(generate, asked('1024x1024', 'jpeg'), {
      width: 1000,
      height: 1024,
      format: 'png',
    });
    expect(both.status === 'mismatch' && both.problems).toHaveLength(2);
  });

  it('shows, never flags, the pixels gptimageapi.dev picks for an aspect ratio', () => {
    const settings = initialSettings(gptimageapi);
    expect(
      checkDeliveredSize(
        gptimageapi,
        { ...settings, size: '4:3' },
        { width: 1152, height: 864, format: 'png' },
      ),
    ).toEqual({ status: 'shown', text: '1152×864 PNG (4:3)' });
    // An undersized answer of the same shape is still that ratio's size: shown.
    expect(
      checkDeliveredSize(gptimageapi, asked('16:9', 'jpeg'), { width: 680, height: 384, format: 'png' })
        .status,
    ).toBe('shown');
  });

  it('flags an aspect-ratio answer of another shape, without a pixel size to fit to', () => {
    expect(
      checkDeliveredSize(gptimageapi, asked('16:9'), { width: 1024, height: 1024, format: 'png' }),
    ).toEqual({
      status: 'mismatch',
      text: '1024×1024 PNG',
      problems: ['Asked for 16:9, received 1024×1024.'],
    });
  });
});
