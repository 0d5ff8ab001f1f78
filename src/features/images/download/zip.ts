import { zipSync, type Zippable } from 'fflate';

export type ZipEntry = { name: string; bytes: Uint8Array };

/**
 * A zip of the files as they are: stored, not deflated, since PNG, JPEG and WebP are
 * compressed already. Names that clash (ignoring case, as Windows and macOS do) get
 * " (2)", " (3)"… before the extension; path separators become hyphens.
 */
export function zipFiles(files: ZipEntry[]): Uint8Array<ArrayBuffer> {
  const entries: Zippable = {};
  const taken = new Set<string>();
  for (const file of files) {
    const name = uniqueName(file.name.replace(/[/\\]/g, '-') || 'file', taken);
    taken.add(name.toLowerCase());
    entries[name] = [file.bytes, { level: 0 }];
  }
  return zipSync(entries);
}

function uniqueName(name: string, taken: Set<string>): string {
  if (!taken.has(name.toLowerCase())) return name;
  const dot = name.lastIndexOf('.');
  const stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot) : '';
  for (let copy = 2; ; copy++) {
    const candidate = `${stem} (${copy})${extension}`;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}
