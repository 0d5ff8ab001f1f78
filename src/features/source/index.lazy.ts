/** Reading image files and hashing bytes, for the chunks that take sources (batch, backup, packs, jobs). */
export { loadSourceFile, sha256 } from './load-source.ts';
export { formatBytes } from './format-bytes.ts';
