import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';

/**
 * A layered document's pictures, made the same way every run: a photo-like base and ten layers
 * at the document's size, as an inpaint result and its feathered grey mask would be stored.
 * Eight layers are inpaints (a mask over about a fifth of the image, a 16 px feather); two are
 * whole-image edits shown at an opacity under 1 (no mask).
 */

export type LayerSpec = { pixels: string; mask: string | null; opacity: number; name: string };
export type DocumentFiles = { base: string; layers: LayerSpec[]; files: string[] };

/** Layers shown whole, at these opacities (by index); the others are inpaints through a mask. */
const FULL_LAYERS = new Map([
  [3, 0.6],
  [7, 0.8],
]);
/** Colours the pictures' gradients run between, one pair per picture. */
const PALETTE: [number, number, number][] = [
  [42, 111, 151],
  [244, 162, 97],
  [233, 196, 106],
  [38, 70, 83],
  [231, 111, 81],
  [138, 177, 125],
  [101, 84, 192],
  [250, 243, 221],
  [200, 85, 61],
  [86, 163, 166],
  [60, 60, 60],
  [212, 224, 155],
];
/** An ellipse of these radii (fractions of the width and height) covers 20 % of the image. */
const RADII = { x: 0.2, y: 0.318 };
const FEATHER_SIGMA = 16;

/**
 * A diagonal gradient with seeded grain: real photos do not compress to nothing, so the PNG
 * is about as heavy to decode as a 4K photo's (about 15 MB, 1.9 bytes a pixel).
 */
async function photoPng(width: number, height: number, index: number): Promise<Buffer> {
  const from = PALETTE[index % PALETTE.length]!;
  const to = PALETTE[(index + 5) % PALETTE.length]!;
  const raw = Buffer.alloc(width * height * 3);
  let seed = 0x9e3779b9 ^ (index * 0x85ebca6b);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      const grain = ((seed >>> 24) & 7) - 4;
      const t = (x / width + y / height) / 2;
      const offset = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) raw[offset + c] = from[c]! + (to[c]! - from[c]!) * t + grain;
    }
  }
  return sharp(raw, { raw: { width, height, channels: 3 } })
    .png({ compressionLevel: 1 })
    .toBuffer();
}

/** A grey PNG, white inside an ellipse placed by `index`, its edge blurred. */
async function maskPng(width: number, height: number, index: number): Promise<Buffer> {
  const rx = width * RADII.x;
  const ry = height * RADII.y;
  // Centres spread over the image on a fixed walk, each ellipse inside it.
  const cx = rx + ((index * 0.37) % 1) * (width - 2 * rx);
  const cy = ry + ((index * 0.61) % 1) * (height - 2 * ry);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#000"/>
    <ellipse cx="${cx}" cy="${cy}" rx="${rx}" ry="${ry}" fill="#fff"/></svg>`;
  return sharp(Buffer.from(svg)).blur(FEATHER_SIGMA).extractChannel(0).png().toBuffer();
}

/**
 * The document's files in `dir`, made there unless an earlier run left them: they are the same
 * every run, and making them takes half a minute on a busy machine. A change to this module, or
 * to the size asked for, makes them again.
 */
export async function documentFiles(
  dir: string,
  width: number,
  height: number,
  layerCount: number,
): Promise<DocumentFiles> {
  const source = readFileSync(fileURLToPath(import.meta.url));
  const stamp = createHash('sha256').update(source).update(`${width}x${height}x${layerCount}`).digest('hex');
  const index = join(dir, 'document.json');
  if (existsSync(index)) {
    const kept = JSON.parse(readFileSync(index, 'utf8')) as DocumentFiles & { stamp: string };
    if (kept.stamp === stamp && kept.files.every((name) => existsSync(join(dir, name)))) return kept;
  }
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const made = await makeDocumentFiles(width, height, layerCount);
  for (const [name, bytes] of made.files) writeFileSync(join(dir, name), bytes);
  const files = { base: made.base, layers: made.layers, files: [...made.files.keys()] };
  writeFileSync(index, JSON.stringify({ ...files, stamp }));
  return files;
}

async function makeDocumentFiles(width: number, height: number, layerCount: number) {
  const files = new Map<string, Buffer>();
  const layers: LayerSpec[] = [];
  const made: Promise<void>[] = [photoPng(width, height, 0).then((png) => void files.set('base.png', png))];
  for (let i = 1; i <= layerCount; i++) {
    const opacity = FULL_LAYERS.get(i) ?? 1;
    const full = FULL_LAYERS.has(i);
    const layer = {
      name: full ? `Edit ${i}` : `Inpaint ${i}`,
      pixels: `layer-${i}.png`,
      mask: full ? null : `mask-${i}.png`,
      opacity,
    };
    layers.push(layer);
    made.push(photoPng(width, height, i).then((png) => void files.set(layer.pixels, png)));
    const { mask } = layer;
    if (mask) made.push(maskPng(width, height, i).then((png) => void files.set(mask, png)));
  }
  await Promise.all(made);
  return { base: 'base.png', layers, files };
}
