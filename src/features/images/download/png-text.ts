import { unzlibSync } from 'fflate';
import { crc32 } from '../../../wire/crc32.ts';

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const TEXT_CHUNKS = new Set(['tEXt', 'iTXt', 'zTXt']);

type Chunk = { type: string; data: Uint8Array; start: number; end: number };

export class PngTextError extends Error {}

/**
 * The PNG with one text chunk per entry, placed right after IHDR so readers that stop early
 * still find them. Text that Latin-1 can spell goes in tEXt; anything else (CJK, emoji) in
 * an uncompressed iTXt as UTF-8. Existing text chunks with the same keywords are replaced.
 */
export function pngWithText(pngBytes: Uint8Array, entries: Record<string, string>): Uint8Array<ArrayBuffer> {
  const chunks = readChunks(pngBytes);
  const header = chunks[0];
  if (header?.type !== 'IHDR') throw new PngTextError('This PNG does not start with an IHDR chunk.');
  const keywords = new Set(Object.keys(entries));
  const added = Object.entries(entries).map(([keyword, text]) => encodeTextChunk(keyword, text));
  const kept = chunks
    .slice(1)
    .filter((chunk) => !(TEXT_CHUNKS.has(chunk.type) && keywords.has(keywordOf(chunk))));
  const parts = [
    Uint8Array.from(SIGNATURE),
    pngBytes.subarray(header.start, header.end),
    ...added,
    ...kept.map((chunk) => pngBytes.subarray(chunk.start, chunk.end)),
  ];
  return concat(parts);
}

/** Every text entry of a PNG (tEXt, zTXt and iTXt), keyword → text; later chunks win. */
export function readPngText(pngBytes: Uint8Array): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const chunk of readChunks(pngBytes)) {
    if (!TEXT_CHUNKS.has(chunk.type)) continue;
    const keyword = keywordOf(chunk);
    const rest = chunk.data.subarray(keyword.length + 1);
    if (chunk.type === 'tEXt') entries[keyword] = decodeLatin1(rest);
    if (chunk.type === 'zTXt') entries[keyword] = decodeLatin1(unzlibSync(rest.subarray(1)));
    if (chunk.type === 'iTXt') entries[keyword] = decodeInternationalText(rest);
  }
  return entries;
}

/** Keyword rules of the PNG spec: 1–79 printable Latin-1 characters, no leading, trailing or double spaces. */
function assertKeyword(keyword: string): void {
  const printable = [...keyword].every((ch) => ch !== '\n' && isTextCharacter(ch));
  if (!printable || keyword.length < 1 || keyword.length > 79 || /^ | $| {2}/.test(keyword)) {
    throw new PngTextError(`"${keyword}" cannot be a PNG text keyword (1–79 printable Latin-1 characters).`);
  }
}

/** What the spec allows in tEXt: printable Latin-1 and newline (not 127–160, not other controls). */
function isTextCharacter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return code === 10 || (code >= 32 && code <= 126) || (code >= 161 && code <= 255);
}

function encodeTextChunk(keyword: string, text: string): Uint8Array {
  assertKeyword(keyword);
  if (text.includes('\0')) throw new PngTextError(`The text for "${keyword}" contains a NUL character.`);
  const keywordBytes = encodeLatin1(keyword);
  if ([...text].every(isTextCharacter)) {
    return encodeChunk('tEXt', concat([keywordBytes, Uint8Array.of(0), encodeLatin1(text)]));
  }
  // Keyword, NUL, compression flag 0, method 0, empty language tag, NUL, empty translated keyword, NUL, text.
  const header = Uint8Array.of(0, 0, 0, 0, 0);
  return encodeChunk('iTXt', concat([keywordBytes, header, new TextEncoder().encode(text)]));
}

function decodeInternationalText(rest: Uint8Array): string {
  const compressed = rest[0] === 1;
  const languageEnd = rest.indexOf(0, 2);
  const translatedEnd = rest.indexOf(0, languageEnd + 1);
  if (languageEnd < 0 || translatedEnd < 0) throw new PngTextError('A PNG iTXt chunk is malformed.');
  const body = rest.subarray(translatedEnd + 1);
  return new TextDecoder().decode(compressed ? unzlibSync(body) : body);
}

function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const chunk = new Uint8Array(12 + data.length);
  const view = new DataView(chunk.buffer);
  view.setUint32(0, data.length);
  chunk.set(encodeLatin1(type), 4);
  chunk.set(data, 8);
  view.setUint32(8 + data.length, crc32(chunk.subarray(4, 8 + data.length)));
  return chunk;
}

function readChunks(bytes: Uint8Array): Chunk[] {
  if (!SIGNATURE.every((byte, i) => bytes[i] === byte))
    throw new PngTextError('These bytes are not a PNG image.');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const chunks: Chunk[] = [];
  let offset = SIGNATURE.length;
  while (offset + 12 <= bytes.length) {
    const length = view.getUint32(offset);
    const end = offset + 12 + length;
    if (end > bytes.length)
      throw new PngTextError('This PNG is truncated: a chunk runs past the end of the file.');
    const type = decodeLatin1(bytes.subarray(offset + 4, offset + 8));
    chunks.push({ type, data: bytes.subarray(offset + 8, offset + 8 + length), start: offset, end });
    offset = end;
    if (type === 'IEND') break;
  }
  return chunks;
}

function keywordOf(chunk: Chunk): string {
  const end = chunk.data.indexOf(0);
  return decodeLatin1(chunk.data.subarray(0, end < 0 ? chunk.data.length : end));
}

/** Byte n is U+00nn. (TextDecoder's "latin1" is really windows-1252, which differs in 0x80–0x9F.) */
function decodeLatin1(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

function encodeLatin1(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => ch.charCodeAt(0));
}

function concat(parts: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
