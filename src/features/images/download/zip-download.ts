import { sniffImageType } from '../../../wire/image-type.ts';
import { downloadBlob } from '../../../ui/download-blob.ts';
import { SOFTWARE_NAME } from './embed-settings.ts';
import { pngWithText } from './png-text.ts';
import { zipFiles } from './zip.ts';

/** One file of a zip download: PNGs get `text` written into them, with the studio as "Software". */
export type ZipDownloadFile = { name: string; bytes: Uint8Array; text?: Record<string, string> };

/** The files as one zip under `name`, saved as the browser's own download. */
export function prepareZip(files: readonly ZipDownloadFile[]): Blob {
  const entries = files.map(({ name, bytes, text }) => ({
    name,
    bytes:
      text && sniffImageType(bytes) === 'png'
        ? pngWithText(bytes, { ...text, Software: SOFTWARE_NAME })
        : bytes,
  }));
  return new Blob([zipFiles(entries)], { type: 'application/zip' });
}

export function downloadZip(files: readonly ZipDownloadFile[], name: string): void {
  downloadBlob(prepareZip(files), name);
}
