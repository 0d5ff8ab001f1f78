import type Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Group, Image as KonvaImage } from 'react-konva';
import { getBlob } from '../blob-store.ts';
import type { BlobHash, DocumentRecord } from '../schema.ts';
import { runDocumentTask } from '../worker-client.ts';
import { MAX_PICTURE_WAIT_MS, cacheStep, visiblePictureIds } from './picture-cache.ts';

/**
 * The document on a Konva layer, one image per picture at (0, 0) in image pixels: the base,
 * each layer through its mask at its opacity, and the candidate on show over them. Hidden
 * layers and the other candidates stay mounted but invisible, so a toggle or an arrow key
 * shows them at once, without decoding again. The layers and the candidate are one group,
 * cached as one bitmap after each change: pan and zoom draw two images, however many layers.
 * While a picture that shows is on its way from the worker, the last cache stays on screen
 * (picture-cache.ts): ten arriving layers make one cache, not ten.
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
  const picturesRef = useRef<Konva.Group>(null);
  const shownOnce = useRef(false);
  // The pictures whose bitmap has arrived (or failed to), by layer or candidate id.
  const [ready, setReady] = useState<ReadonlySet<string>>(() => new Set());
  const onReady = useCallback((id: string, isReady: boolean) => {
    setReady((before) => {
      if (before.has(id) === isReady) return before;
      const after = new Set(before);
      if (isReady) after.add(id);
      else after.delete(id);
      return after;
    });
  }, []);
  const shown = visiblePictureIds(doc, hideCandidate);
  const pending = shown.filter((id) => !ready.has(id));
  const waiting = pending.length;
  // Changes only when a picture that shows arrives: the others' arrival needs no new cache.
  const shownReady = shown.filter((id) => ready.has(id)).join(' ');
  // The pictures still awaited when the wait ran out; an arrival starts the wait again.
  const pendingKey = pending.join(' ');
  const [waitedOutFor, setWaitedOutFor] = useState<string | null>(null);
  const waitedOut = waiting > 0 && waitedOutFor === pendingKey;
  useEffect(() => {
    if (!pendingKey) return;
    const timer = setTimeout(() => setWaitedOutFor(pendingKey), MAX_PICTURE_WAIT_MS);
    return () => clearTimeout(timer);
  }, [pendingKey]);
  useLayoutEffect(() => {
    const group = picturesRef.current;
    if (!group) return;
    const pictures = group.getChildren().length;
    const step = cacheStep({ pictures, preview: preview !== null, waiting, waitedOut });
    if (step === 'wait') {
      // Until it is first shown the group would draw each arrived layer on every frame; once
      // shown (cached, or live after an opacity drag) it stays as it is while the rest arrive.
      if (!shownOnce.current) group.visible(false);
      return;
    }
    // Remade on each step of an opacity drag the cache would cost more than it saves: the
    // layers draw live until the slider is let go.
    if (step === 'clear') group.clearCache();
    // Drawn one by one, ten 4K layers cost a software canvas 100+ ms a frame, so pan and zoom
    // crawl (bench/document-canvas.ts). Cached once per change at the bitmaps' own density, a
    // frame draws one image. Not cached at the zoom's scale: making the cache costs as much at
    // any scale, and it would then be made again after every zoom.
    else group.cache({ x: 0, y: 0, width, height, pixelRatio: shownScale({ width, height }) });
    group.visible(true);
    shownOnce.current = true;
    group.getLayer()?.batchDraw();
  }, [shownReady, waiting, waitedOut, content, doc.shown, hideCandidate, preview, width, height]);
  return (
    <>
      <BaseImage hash={content.base} {...size} />
      <Group ref={picturesRef} listening={false}>
        {content.layers.map((layer) => (
          <PictureImage
            key={layer.id}
            pixels={layer.pixels}
            mask={layer.mask}
            id={layer.id}
            opacity={preview?.layerId === layer.id ? preview.opacity : layer.opacity}
            visible={layer.visible}
            onReady={onReady}
            {...size}
          />
        ))}
        {content.candidates.map((candidate, index) => (
          <PictureImage
            key={candidate.id}
            pixels={candidate.pixels}
            mask={candidate.mask}
            id={candidate.id}
            opacity={1}
            visible={!hideCandidate && index === doc.shown}
            onReady={onReady}
            {...size}
          />
        ))}
      </Group>
    </>
  );
}

/**
 * Layers are shown from bitmaps no longer than this on their long side: about a screen's worth
 * (CANVAS.md: cached at screen resolution); a 4K layer at full size would hold 33 MB each.
 */
const SHOWN_MAX_EDGE = 2560;

/** The shown bitmaps' pixels per image pixel. */
const shownScale = ({ width, height }: Size) => Math.min(1, SHOWN_MAX_EDGE / Math.max(width, height));

type Size = { width: number; height: number };

function BaseImage({ hash, width, height }: { hash: BlobHash } & Size) {
  const [image, setImage] = useState<{ hash: BlobHash; bitmap: ImageBitmap } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let made: ImageBitmap | null = null;
    // Decoded off the page's thread: an <img> on a canvas is decoded on it at its first draw,
    // a 0.2–1.5 s task for a 4K PNG (bench/document-canvas.ts).
    void (async () => {
      made = await createImageBitmap(await getBlob(hash));
      if (cancelled) made.close();
      else setImage({ hash, bitmap: made });
    })().catch((error: unknown) => console.warn('The base image could not be shown.', error));
    return () => {
      cancelled = true;
      made?.close();
    };
  }, [hash]);
  if (image?.hash !== hash) return null;
  return (
    <KonvaImage
      image={image.bitmap}
      width={width}
      height={height}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}

function PictureImage({
  id,
  pixels,
  mask,
  opacity,
  visible,
  onReady,
  width,
  height,
}: {
  id: string;
  pixels: BlobHash;
  mask: BlobHash | null;
  opacity: number;
  visible: boolean;
  /** Told when this picture's bitmap has arrived (or failed to), and when it has gone. */
  onReady: (id: string, ready: boolean) => void;
} & Size) {
  const key = `${pixels} ${mask}`;
  // `image` null: the bitmap could not be made, and the canvas should not wait for it.
  const [bitmap, setBitmap] = useState<{ key: string; image: ImageBitmap | null } | null>(null);
  useEffect(() => {
    let cancelled = false;
    let made: ImageBitmap | null = null;
    void (async () => {
      const picture = { pixels: await getBlob(pixels), mask: mask ? await getBlob(mask) : null };
      made = await runDocumentTask('showable', picture, SHOWN_MAX_EDGE);
      if (cancelled) made.close();
      else setBitmap({ key, image: made });
    })().catch((error: unknown) => {
      console.warn('A layer could not be shown.', error);
      if (!cancelled) setBitmap({ key, image: null });
    });
    return () => {
      cancelled = true;
      // The bitmap leaves the screen with this picture: its memory goes at once, not at GC.
      made?.close();
    };
  }, [key, pixels, mask]);
  const settled = bitmap?.key === key;
  useLayoutEffect(() => {
    if (!settled) return;
    onReady(id, true);
    return () => onReady(id, false);
  }, [settled, id, onReady]);
  const shown = settled ? bitmap.image : null;
  if (!shown) return null;
  return (
    <KonvaImage
      image={shown}
      width={width}
      height={height}
      opacity={opacity}
      visible={visible}
      listening={false}
      perfectDrawEnabled={false}
    />
  );
}
