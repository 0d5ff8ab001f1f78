import sharp from 'sharp';

/** A photo-like PNG of an odd size: gradients and shapes, so changes are visible in pixels. */
export async function makeFixturePng(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#g)"/>
    <circle cx="${width * 0.3}" cy="${height * 0.4}" r="${height * 0.2}" fill="#e9c46a"/>
    <rect x="${width * 0.55}" y="${height * 0.5}" width="${width * 0.3}" height="${height * 0.3}" fill="#264653"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

export type Grey = { data: Buffer; width: number; height: number };

/** An image's first channel as a flat array (a mask is grey, so one channel says it all). */
export async function decodeGrey(
  bytes: Buffer,
  resize?: { width: number; height: number },
): Promise<Grey & { channels: number; opaque: boolean }> {
  const image = resize ? sharp(bytes).resize({ ...resize, fit: 'cover' }) : sharp(bytes);
  const { data, info } = await image.raw().toBuffer({ resolveWithObject: true });
  const grey = Buffer.alloc(info.width * info.height);
  let opaque = true;
  for (let i = 0; i < grey.length; i++) {
    grey[i] = data[i * info.channels] ?? 0;
    if (info.channels === 4 && data[i * info.channels + 3] !== 255) opaque = false;
  }
  return { data: grey, width: info.width, height: info.height, channels: info.channels, opaque };
}

export async function decodeRgb(bytes: Buffer, resize?: { width: number; height: number }): Promise<Buffer> {
  const image = sharp(bytes).removeAlpha();
  return (resize ? image.resize({ ...resize, fit: 'cover' }) : image).raw().toBuffer();
}

/** RGBA pixels, optionally resized (stretched) to a size, as the compare board scales results. */
export async function decodeRgba(
  bytes: Buffer,
  resize?: { width: number; height: number },
): Promise<{ data: Uint8ClampedArray<ArrayBuffer>; width: number; height: number }> {
  const image = resize ? sharp(bytes).resize({ ...resize, fit: 'fill' }) : sharp(bytes);
  const { data, info } = await image.ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data: Uint8ClampedArray.from(data), width: info.width, height: info.height };
}
