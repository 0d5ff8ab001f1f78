/** The image formats every provider accepts as a source or mask. */
export type SourceImageType = 'png' | 'jpeg' | 'webp';

export const IMAGE_MIME: Record<SourceImageType, string> = {
  png: 'image/png',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
};

/**
 * What an image's first bytes say it is. A file's name and declared type can lie (a text
 * file renamed .png); its magic bytes cannot, so browser and proxy both decide by these.
 */
export function sniffImageType(bytes: Uint8Array): SourceImageType | null {
  const at = (offset: number, signature: number[]) =>
    signature.every((byte, i) => bytes[offset + i] === byte);
  if (at(0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (at(0, [0xff, 0xd8, 0xff])) return 'jpeg';
  if (at(0, [0x52, 0x49, 0x46, 0x46]) && at(8, [0x57, 0x45, 0x42, 0x50])) return 'webp';
  return null;
}
