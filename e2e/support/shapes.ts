import sharp from 'sharp';

/** A 1200×800 test image of flat colours, drawn pixel by pixel so no edge is antialiased. */
export const SHAPES = { width: 1200, height: 800 };
/** Pixel indices, inclusive: the red rectangle. */
export const RED_RECT = { x0: 150, y0: 200, x1: 449, y1: 399 };
const BLUE_DISC = { cx: 800, cy: 450, r: 150 };
const BACKGROUND = [236, 232, 220];

export const inRedRect = (x: number, y: number) =>
  x >= RED_RECT.x0 && x <= RED_RECT.x1 && y >= RED_RECT.y0 && y <= RED_RECT.y1;

export async function makeShapesPng(width = SHAPES.width, height = SHAPES.height): Promise<Buffer> {
  const rgb = Buffer.alloc(width * height * 3);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const blue = (x - BLUE_DISC.cx) ** 2 + (y - BLUE_DISC.cy) ** 2 <= BLUE_DISC.r ** 2;
      const colour = inRedRect(x, y) ? [210, 40, 40] : blue ? [40, 70, 200] : BACKGROUND;
      rgb.set(colour, (y * width + x) * 3);
    }
  }
  return sharp(rgb, { raw: { width, height, channels: 3 } })
    .png()
    .toBuffer();
}
