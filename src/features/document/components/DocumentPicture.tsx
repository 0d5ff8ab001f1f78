import { useEffect, useState } from 'react';
import { Image as KonvaImage } from 'react-konva';
import { getBlob } from '../blob-store.ts';
import type { BlobHash, DocumentRecord } from '../schema.ts';
import { runDocumentTask } from '../worker-client.ts';

/**
 * The document on a Konva layer, one image per picture at (0, 0) in image pixels: the base,
 * each layer through its mask at its opacity, and the candidate on show over them. Hidden
 * layers and the other candidates stay mounted but invisible, so a toggle or an arrow key
 * shows them at once, without decoding again.
 */
export function DocumentPicture({
  doc,
  hideCandidate,
  preview,
}: {
  doc: DocumentRecord;
  hideCandidate: boolean;
  /** A layer's opacity while its slider is dragged, before the document takes it. */
  preview: { layerId: string; opacity: number } | null;
}) {
  const { width, height, content } = doc;
  const size = { width, height };
  return (
    <>
      <BaseImage hash={content.base} {...size} />
      {content.layers.map((layer) => (
        <PictureImage
          key={layer.id}
          pixels={layer.pixels}
          mask={layer.mask}
          opacity={preview?.layerId === layer.id ? preview.opacity : layer.opacity}
          visible={layer.visible}
          {...size}
        />
      ))}
      {content.candidates.map((candidate, index) => (
        <PictureImage
          key={candidate.id}
          pixels={candidate.pixels}
          mask={candidate.mask}
          opacity={1}
          visible={!hideCandidate && index === doc.shown}
          {...size}
        />
      ))}
    </>
  );
}

/**
 * Layers are shown from bitmaps no longer than this on their long side: about a screen's worth
 * (CANVAS.md: cached at screen resolution); a 4K layer at full size would hold 33 MB each.
 */
const SHOWN_MAX_EDGE = 2560;

type Size = { width: number; height: number };

function BaseImage({ hash, width, height }: { hash: BlobHash } & Size) {
  const [image, setImage] = useState<{ hash: BlobHash; element: HTMLImageElement } | null>(null);
  useEffect(() => {
    let url: string | null = null;
    let cancelled = false;
    const element = new window.Image();
    void getBlob(hash).then((blob) => {
      if (cancelled) return;
      url = URL.createObjectURL(blob);
      element.onload = () => !cancelled && setImage({ hash, element });
      element.src = url;
    });
    return () => {
      cancelled = true;
      if (url) URL.revokeObjectURL(url);
    };
  }, [hash]);
  if (image?.hash !== hash) return null;
  return (
    <KonvaImage
      image={image.element}
      width={width}
      height={height}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

function PictureImage({
  pixels,
  mask,
  opacity,
  visible,
  width,
  height,
}: { pixels: BlobHash; mask: BlobHash | null; opacity: number; visible: boolean } & Size) {
  const key = `${pixels} ${mask}`;
  const [bitmap, setBitmap] = useState<{ key: string; image: ImageBitmap } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let made: ImageBitmap | null = null;
    void (async () => {
      const picture = { pixels: await getBlob(pixels), mask: mask ? await getBlob(mask) : null };
      made = await runDocumentTask('showable', picture, SHOWN_MAX_EDGE);
      if (cancelled) made.close();
      else setBitmap({ key, image: made });
    })().catch((error: unknown) => console.warn('A layer could not be shown.', error));
    return () => {
      cancelled = true;
      // The bitmap leaves the screen with this picture: its memory goes at once, not at GC.
      made?.close();
    };
  }, [key, pixels, mask]);
  if (bitmap?.key !== key) return null;
  return (
    <KonvaImage
      image={bitmap.image}
      width={width}
      height={height}
      opacity={opacity}
      visible={visible}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
