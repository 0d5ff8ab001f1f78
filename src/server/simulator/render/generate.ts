import sharp, { type Sharp } from 'sharp';
import type { PixelSize } from '../../../catalog/index.ts';
import { hashText, hslToRgb, seededRandom, toHex, variationHue } from './palette.ts';

/**
 * A picture made of a gradient and a few shapes, all drawn from the prompt's hash: the same
 * prompt, size and variation always give the same image, and variations differ in hue and layout.
 * No text, so no fonts are needed.
 */
export function generatedSvg(prompt: string, { width, height }: PixelSize, variation: number): string {
  const hue = variationHue(prompt, variation);
  const random = seededRandom(hashText(`${prompt}\n${width}x${height}\n${variation}`));
  const colour = (shift: number, light: number) => toHex(hslToRgb(hue + shift, 0.65 + random() * 0.3, light));
  const unit = Math.min(width, height);
  const shapes: string[] = [];
  const count = 7 + Math.floor(random() * 5);
  for (let i = 0; i < count; i++) {
    const x = (random() * width).toFixed(1);
    const y = (random() * height).toFixed(1);
    const size = unit * (0.08 + random() * 0.25);
    const fill = colour([0, 30, 180, 210][i % 4] ?? 0, 0.35 + random() * 0.4);
    const opacity = (0.55 + random() * 0.4).toFixed(2);
    const kind = Math.floor(random() * 3);
    if (kind === 0) {
      shapes.push(
        `<circle cx="${x}" cy="${y}" r="${size.toFixed(1)}" fill="${fill}" fill-opacity="${opacity}"/>`,
      );
    } else if (kind === 1) {
      const w = (size * 2).toFixed(1);
      const h = (size * (0.6 + random())).toFixed(1);
      const turn = (random() * 90).toFixed(1);
      shapes.push(
        `<rect x="${x}" y="${y}" width="${w}" height="${h}" rx="${(size * 0.2).toFixed(1)}" fill="${fill}" fill-opacity="${opacity}" transform="rotate(${turn} ${x} ${y})"/>`,
      );
    } else {
      const cx = Number(x);
      const cy = Number(y);
      const points = [0, 1, 2]
        .map((k) => {
          const angle = random() * 0.6 + (k * 2 * Math.PI) / 3;
          return `${(cx + Math.cos(angle) * size).toFixed(1)},${(cy + Math.sin(angle) * size).toFixed(1)}`;
        })
        .join(' ');
      shapes.push(`<polygon points="${points}" fill="${fill}" fill-opacity="${opacity}"/>`);
    }
  }
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<defs><linearGradient id="sky" x1="0" y1="0" x2="${random() > 0.5 ? 1 : 0}" y2="1">`,
    `<stop offset="0" stop-color="${colour(0, 0.75)}"/><stop offset="1" stop-color="${colour(60, 0.3)}"/>`,
    `</linearGradient></defs>`,
    `<rect width="${width}" height="${height}" fill="url(#sky)"/>`,
    ...shapes,
    '</svg>',
  ].join('');
}

/** The generated picture as an opaque sharp image of exactly the given size. */
export function generatedImage(prompt: string, size: PixelSize, variation: number): Sharp {
  return sharp(Buffer.from(generatedSvg(prompt, size, variation))).removeAlpha();
}

/** The generated picture as raw RGB bytes. */
export async function generatedRaw(prompt: string, size: PixelSize, variation: number): Promise<Buffer> {
  return generatedImage(prompt, size, variation).raw().toBuffer();
}
