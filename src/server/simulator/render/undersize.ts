import sharp, { type Sharp } from 'sharp';
import { parsePixelSize, type PixelSize } from '../../../catalog/index.ts';
import type { SimUndersize } from '../control-schema.ts';

/** The size the simulator answers when asked for `requested`, under the `undersize` knob. */
export function deliveredSize(requested: PixelSize, undersize: SimUndersize | null): PixelSize {
  if (undersize === null) return requested;
  if (typeof undersize === 'string') return parsePixelSize(undersize) ?? requested;
  return {
    width: Math.max(1, Math.round(requested.width * undersize)),
    height: Math.max(1, Math.round(requested.height * undersize)),
  };
}

/**
 * The rendered picture scaled to the delivered size. It is rendered at the asked size first,
 * so an undersized answer shows the same picture as a full-size one, only smaller.
 */
export async function toDeliveredSize(
  image: Sharp,
  requested: PixelSize,
  delivered: PixelSize,
): Promise<Sharp> {
  if (delivered.width === requested.width && delivered.height === requested.height) return image;
  // Sharp resizes before it composites; a fresh pipeline on the rendered bytes resizes the result.
  const rendered = await image.png().toBuffer();
  return sharp(rendered).resize(delivered.width, delivered.height, { fit: 'fill' });
}
