/** A Photoshop file starts with "8BPS". */
export function isPsd(bytes: Uint8Array): boolean {
  return bytes[0] === 0x38 && bytes[1] === 0x42 && bytes[2] === 0x50 && bytes[3] === 0x53;
}
