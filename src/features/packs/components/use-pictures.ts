import { useEffect, useState } from 'react';
import { renderMask } from '../../mask/index.lazy.ts';
import { coverageCentre, type LoadedPicture, type PackPicture } from '../picture.ts';

async function loadPicture(picture: PackPicture): Promise<Omit<LoadedPicture, 'url'>> {
  const blob = await picture.load();
  const bitmap = await createImageBitmap(blob).catch(() => {
    throw new Error(`${picture.name} could not be decoded.`);
  });
  const { width, height } = bitmap;
  bitmap.close();
  const { mask } = picture;
  // The mask is in its own pixels (a result of another size than its source is scaled alike).
  const centre =
    mask && mask.ops.length > 0
      ? coverageCentre(await renderMask(mask.ops, mask.width, mask.height), mask.width, mask.height)
      : null;
  const focal = centre ? { x: centre.x * width, y: centre.y * height } : { x: width / 2, y: height / 2 };
  return { ...picture, blob, width, height, focal: { x: Math.round(focal.x), y: Math.round(focal.y) } };
}

export type PictureSlot =
  { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; picture: LoadedPicture };

/** The pack's pictures read, each with its size, a URL to show it and its starting focal point. */
export function usePictures(pictures: readonly PackPicture[]): PictureSlot[] {
  const loading = (): PictureSlot[] => pictures.map(() => ({ status: 'loading' }));
  const [slots, setSlots] = useState(loading);
  // Other pictures offered while the dialog is open start again from loading, not from the old slots.
  const [slotsFor, setSlotsFor] = useState(pictures);
  if (slotsFor !== pictures) {
    setSlotsFor(pictures);
    setSlots(loading());
  }
  useEffect(() => {
    const urls: string[] = [];
    let live = true;
    pictures.forEach((picture, index) => {
      const settle = (slot: PictureSlot) => {
        if (live) setSlots((current) => current.map((old, i) => (i === index ? slot : old)));
      };
      loadPicture(picture)
        .then((loaded) => {
          if (!live) return;
          const url = URL.createObjectURL(loaded.blob);
          urls.push(url);
          settle({ status: 'ready', picture: { ...loaded, url } });
        })
        .catch((error: unknown) =>
          settle({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
        );
    });
    return () => {
      live = false;
      for (const url of urls) URL.revokeObjectURL(url);
    };
  }, [pictures]);
  return slots;
}
