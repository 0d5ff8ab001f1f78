import { afterEach, describe, expect, it, vi } from 'vitest';
import { fitSourceRect, fitToSize } from './fit-to-size.ts';

describe('fitSourceRect', () => {
  it('draws the whole source when resizing', () => {
    expect(fitSourceRect({ width: 512, height: 300 }, { width: 1024, height: 1024 }, 'resize')).toEqual({
      x: 0,
      y: 0,
      width: 512,
      height: 300,
    });
  });

  it('crops the overflow evenly to the target shape', () => {
    expect(fitSourceRect({ width: 1000, height: 500 }, { width: 1024, height: 1024 }, 'crop')).toEqual({
      x: 250,
      y: 0,
      width: 500,
      height: 500,
    });
    expect(fitSourceRect({ width: 600, height: 900 }, { width: 1536, height: 1024 }, 'crop')).toEqual({
      x: 0,
      y: 250,
      width: 600,
      height: 400,
    });
  });

  it('leaves a source of the target shape whole', () => {
    expect(fitSourceRect({ width: 512, height: 512 }, { width: 1024, height: 1024 }, 'crop')).toEqual({
      x: 0,
      y: 0,
      width: 512,
      height: 512,
    });
  });
});

describe('fitToSize', () => {
  /** A canvas that records what is drawn on it, standing in for the browser's. */
  function stubCanvas(decodes: boolean) {
    const drawn: number[][] = [];
    const made: { width: number; height: number; type?: string }[] = [];
    const closed = vi.fn();
    vi.stubGlobal('createImageBitmap', async () => {
      if (!decodes) throw new Error('InvalidStateError');
      return { width: 1000, height: 500, close: closed };
    });
    vi.stubGlobal(
      'OffscreenCanvas',
      class {
        constructor(
          public width: number,
          public height: number,
        ) {}
        getContext() {
          return { drawImage: (_image: unknown, ...args: number[]) => drawn.push(args) };
        }
        async convertToBlob({ type }: { type?: string }) {
          made.push({ width: this.width, height: this.height, type });
          return new Blob([], { type });
        }
      },
    );
    return { drawn, made, closed };
  }

  afterEach(() => vi.unstubAllGlobals());

  it('draws the cropped part onto exactly the asked size, in the image’s own format', async () => {
    const { drawn, made, closed } = stubCanvas(true);
    const blob = await fitToSize(new Blob([], { type: 'image/webp' }), 1024, 1024, 'crop');
    expect(drawn).toEqual([[250, 0, 500, 500, 0, 0, 1024, 1024]]);
    expect(made).toEqual([{ width: 1024, height: 1024, type: 'image/webp' }]);
    expect(blob.type).toBe('image/webp');
    expect(closed).toHaveBeenCalled();
  });

  it('stretches the whole image when resizing, and writes PNG for a type it does not know', async () => {
    const { drawn, made } = stubCanvas(true);
    await fitToSize(new Blob([]), 1536, 1024, 'resize');
    expect(drawn).toEqual([[0, 0, 1000, 500, 0, 0, 1536, 1024]]);
    expect(made[0]?.type).toBe('image/png');
  });

  it('says so when the image cannot be decoded', async () => {
    stubCanvas(false);
    await expect(fitToSize(new Blob(['x']), 10, 10, 'crop')).rejects.toThrow(
      'The image could not be decoded, so it could not be fitted to the requested size.',
    );
  });
});
