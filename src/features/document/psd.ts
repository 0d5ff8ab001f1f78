import { initializeCanvas, readPsd, writePsdUint8Array, type Layer as PsdLayer } from 'ag-psd';
import { bakeBlend, canBake } from './blend-modes.ts';
import { flatten } from './flatten.ts';
import { createRgba, splitAlpha, withMaskAsAlpha, type RgbaImage } from './pixels.ts';

/**
 * A document to and from Photoshop's format with ag-psd, on raw pixels (no canvas, so it runs
 * in a worker or in Node alike). The base is the bottom layer; each layer a pixel layer with
 * its name, opacity and visibility, its mask as the layer's transparency.
 */

// Raw pixels only: ag-psd asks for image data to fill, never for a canvas to draw on.
initializeCanvas(
  () => {
    throw new Error('ag-psd asked for a canvas; the studio reads and writes raw pixels only.');
  },
  (width, height) => ({ ...createRgba(width, height), colorSpace: 'srgb' }) as ImageData,
);

export type PsdPicture = {
  name: string;
  opacity: number;
  visible: boolean;
  pixels: RgbaImage;
  mask: Uint8ClampedArray | null;
};

export type LayeredImage = { width: number; height: number; base: RgbaImage; layers: PsdPicture[] };

/** The bottom layer's name: Photoshop's own for a base picture. */
export const BASE_LAYER_NAME = 'Background';

export function writeLayeredPsd(image: LayeredImage): Uint8Array {
  const { width, height, base, layers } = image;
  const composite = flatten(
    base,
    layers.filter((l) => l.visible),
  );
  return writePsdUint8Array(
    {
      width,
      height,
      imageData: composite,
      children: [
        { name: BASE_LAYER_NAME, imageData: base },
        ...layers.map((layer): PsdLayer => ({
          name: layer.name,
          opacity: layer.opacity,
          hidden: !layer.visible,
          blendMode: 'normal',
          imageData: withMaskAsAlpha(layer.pixels, layer.mask),
        })),
      ],
    },
    // Inpaint layers are mostly transparent: trimmed, they weigh what they change.
    { trimImageData: true },
  );
}

export type ReadPsd = LayeredImage & {
  /** What could not be kept as it was, said to the user once the file is open. */
  notices: string[];
};

/** Reads a PSD's pixel layers (groups opened out), baking what a document cannot hold. */
export function readLayeredPsd(bytes: Uint8Array): ReadPsd {
  const psd = readPsd(bytes, { useImageData: true, skipThumbnail: true, skipLinkedFilesData: true });
  const { width, height } = psd;
  const notices = new Set<string>();
  const leaves = leafLayers(psd.children ?? [], { visible: true, opacity: 1 }, notices);
  const pictures: PsdPicture[] = [];
  // What lies under each layer, for baking blend modes.
  let backdrop = createRgba(width, height);
  for (const { layer, visible, opacity } of leaves) {
    const rgba = placeOnDocument(layer, width, height);
    if (!rgba) {
      notices.add('Layers without pixels (adjustments, empty layers) were left out.');
      continue;
    }
    if (layer.mask?.imageData && !layer.mask.disabled) {
      applyLayerMask(rgba, layer, width);
      notices.add('Layer masks were applied to their layers’ pixels.');
    }
    const mode = layer.blendMode ?? 'normal';
    if (mode !== 'normal' && mode !== 'pass through') {
      if (canBake(mode)) {
        bakeBlend(mode, rgba.data, backdrop.data);
        notices.add(`Blend modes were baked into the layers’ pixels (${mode}).`);
      } else notices.add(`The “${mode}” blend mode is drawn as Normal.`);
    }
    const { pixels, mask } = splitAlpha(rgba);
    const picture = { name: layer.name ?? 'Layer', opacity, visible, pixels, mask };
    pictures.push(picture);
    if (visible) backdrop = flatten(backdrop, [picture]);
  }
  const [bottom, ...rest] = pictures;
  if (bottom && bottom.mask === null && bottom.opacity === 1 && bottom.visible) {
    return { width, height, base: bottom.pixels, layers: rest, notices: [...notices] };
  }
  // No opaque bottom layer: the base is the composite's white paper, every layer kept.
  const paper = createRgba(width, height);
  paper.data.fill(255);
  return { width, height, base: paper, layers: pictures, notices: [...notices] };
}

type Leaf = { layer: PsdLayer; visible: boolean; opacity: number };

function leafLayers(children: PsdLayer[], parent: Omit<Leaf, 'layer'>, notices: Set<string>): Leaf[] {
  return children.flatMap((layer) => {
    const visible = parent.visible && !layer.hidden;
    // A PSD keeps opacity as a byte; the studio's are whole percents.
    const opacity = Math.round(parent.opacity * (layer.opacity ?? 1) * 100) / 100;
    if (layer.children) {
      notices.add('Groups were opened out into their layers.');
      return leafLayers(layer.children, { visible, opacity }, notices);
    }
    return [{ layer, visible, opacity }];
  });
}

/** A layer's pixels (trimmed to its bounds in the file) placed on a document-size image. */
function placeOnDocument(layer: PsdLayer, width: number, height: number): RgbaImage | null {
  const source = layer.imageData;
  if (!source || source.width === 0 || source.height === 0) return null;
  const out = createRgba(width, height);
  const left = layer.left ?? 0;
  const top = layer.top ?? 0;
  for (let y = Math.max(0, -top); y < source.height && y + top < height; y++) {
    const from = y * source.width;
    const startX = Math.max(0, -left);
    const endX = Math.min(source.width, width - left);
    if (endX <= startX) continue;
    const row = source.data.subarray((from + startX) * 4, (from + endX) * 4);
    out.data.set(row, ((y + top) * width + left + startX) * 4);
  }
  return out;
}

/** Multiplies the layer's alpha by its (user) mask; outside the mask's bounds, its default colour. */
function applyLayerMask(rgba: RgbaImage, layer: PsdLayer, width: number): void {
  const mask = layer.mask!;
  const data = mask.imageData!;
  const left = mask.left ?? 0;
  const top = mask.top ?? 0;
  const outside = mask.defaultColor ?? 0;
  for (let i = 0; i < rgba.width * rgba.height; i++) {
    const x = (i % width) - left;
    const y = Math.floor(i / width) - top;
    const inside = x >= 0 && y >= 0 && x < data.width && y < data.height;
    const value = inside ? data.data[(y * data.width + x) * 4]! : outside;
    rgba.data[i * 4 + 3] = Math.round((rgba.data[i * 4 + 3]! * value) / 255);
  }
}
