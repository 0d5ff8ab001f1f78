import type { ZipDownloadFile } from './download/zip-download.ts';

export type { ZipDownloadFile };

/**
 * Saves files as one zip, settings written into each PNG. The zip and PNG text code (fflate) is
 * fetched on the first call, as for every download: the first screen does not carry it.
 */
export async function downloadZip(files: readonly ZipDownloadFile[], name: string): Promise<void> {
  (await import('./download/zip-download.ts')).downloadZip(files, name);
}
