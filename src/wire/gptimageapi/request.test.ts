import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import { GPTIMAGEAPI_SEED_REQUEST } from './fixtures.ts';
import {
  buildGptImageApiEditRequest,
  GPTIMAGEAPI_EDIT_ENTRY_ID,
  GptImageApiImageRef,
  parseGptImageApiEditRequest,
} from './request.ts';

/** A 1x1 transparent PNG. */
const PNG_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';

function refusal(body: unknown): string {
  const result = parseGptImageApiEditRequest(body);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(body)}`);
  return result.message;
}

describe('parseGptImageApiEditRequest', () => {
  it('takes the seed’s request body verbatim', () => {
    const result = parseGptImageApiEditRequest(GPTIMAGEAPI_SEED_REQUEST);
    expect(result.ok && result.entry.id).toBe(GPTIMAGEAPI_EDIT_ENTRY_ID);
    expect(result.ok && result.body).toStrictEqual(GPTIMAGEAPI_SEED_REQUEST);
  });

  it('takes a base64 data URL image', () => {
    expect(parseGptImageApiEditRequest({ ...GPTIMAGEAPI_SEED_REQUEST, image: PNG_DATA_URL }).ok).toBe(true);
    const webp = 'data:image/webp;base64,UklGRg==';
    expect(parseGptImageApiEditRequest({ ...GPTIMAGEAPI_SEED_REQUEST, image: webp }).ok).toBe(true);
  });

  it('takes only prompt and image when the rest is left out', () => {
    expect(parseGptImageApiEditRequest({ prompt: 'brighter', image: 'https://example.com/a.png' }).ok).toBe(
      true,
    );
  });

  it.each([
    '',
    'example.com/image.jpg',
    'ftp://example.com/image.jpg',
    'https://example.com/has space.jpg',
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'data:image/png,rawbytes',
    'data:image/png;base64,not base64!',
    'data:text/plain;base64,aGVsbG8=',
  ])('refuses the image %j', (image) => {
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, image })).toContain('http(s) URL or a base64 data URL');
    expect(GptImageApiImageRef.safeParse(image).success).toBe(false);
  });

  it('refuses a missing image and wrong types', () => {
    const { image: _image, ...noImage } = GPTIMAGEAPI_SEED_REQUEST;
    expect(refusal(noImage)).toContain('image');
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, n: '1' })).toContain('n');
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, quality: 'ultra' })).toContain('quality');
    expect(refusal(null)).toContain('body');
  });

  it('refuses unknown fields', () => {
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, background: 'transparent' })).toContain('background');
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, mask: 'https://example.com/m.png' })).toContain('mask');
  });

  it('refuses another model', () => {
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, model: 'gpt-image-1' })).toContain('model');
  });

  it.each(['1:1', '4:3', '16:9', '9:21', '1:2', '2:1'])('takes the aspect ratio %s', (size) => {
    expect(parseGptImageApiEditRequest({ ...GPTIMAGEAPI_SEED_REQUEST, size }).ok).toBe(true);
  });

  it.each(['3:2', '21:9', '1024x1024', 'square'])('refuses the size %s, listing the ratios', (size) => {
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, size })).toBe(
      'Aspect ratio must be one of 1:1, 4:3, 16:9, 9:21, 1:2, 2:1.',
    );
  });

  it('refuses an empty prompt, an over-long prompt and n outside 1..10', () => {
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, prompt: '' })).toContain('Describe the image');
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, prompt: 'a'.repeat(4001) })).toContain('4,001 characters');
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, n: 0 })).toContain('from 1 to 10');
    expect(refusal({ ...GPTIMAGEAPI_SEED_REQUEST, n: 11 })).toContain('from 1 to 10');
  });
});

describe('buildGptImageApiEditRequest', () => {
  const entry = getEntry(GPTIMAGEAPI_EDIT_ENTRY_ID);
  if (!entry) throw new Error('catalog lacks the gptimageapi.dev entry');

  it('gives the seed’s request body exactly', () => {
    const settings = {
      ...initialSettings(entry, GPTIMAGEAPI_SEED_REQUEST.prompt),
      size: '4:3',
      quality: 'high' as const,
      n: 1,
    };
    expect(buildGptImageApiEditRequest(settings, GPTIMAGEAPI_SEED_REQUEST.image)).toStrictEqual(
      GPTIMAGEAPI_SEED_REQUEST,
    );
  });

  it('builds bodies that parse, with a data URL image', () => {
    const body = buildGptImageApiEditRequest({ ...initialSettings(entry, 'sharper'), n: 4 }, PNG_DATA_URL);
    expect(parseGptImageApiEditRequest(body).ok).toBe(true);
  });
});
