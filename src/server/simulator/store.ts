import { mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** One image the simulator holds: uploads, results and gptimageapi.dev edits alike. */
export type StoredImage = {
  bytes: Buffer;
  contentType: string;
  width: number;
  height: number;
  /** When its URL stops working (gptimageapi.dev edits); absent for asset paths. */
  expiresAt?: number;
};

/** Bytes of images kept in memory, and on disk once memory is spent (`SIM_STORE_*_BYTES`). */
export type StoreLimits = { memoryBytes: number; diskBytes: number };

export const DEFAULT_STORE_LIMITS: StoreLimits = {
  memoryBytes: 128 * 1024 * 1024,
  diskBytes: 1024 * 1024 * 1024,
};

type Entry = Omit<StoredImage, 'bytes'> & { size: number; bytes?: Buffer; file?: string };

/** Folders of spilled images, removed when the process exits. */
const spillFolders = new Set<string>();
let cleanupRegistered = false;

/**
 * Images by key, in order of last use. Past the memory cap the least recently used move to a
 * folder of their own under the system's temporary folder; past the disk cap they are dropped.
 * So however many large uploads arrive, the simulator's memory holds at most the cap.
 */
export class ImageStore {
  private readonly entries = new Map<string, Entry>();
  private memoryBytes = 0;
  private diskBytes = 0;
  private folder: string | undefined;
  private spilled = 0;

  constructor(private readonly limits: StoreLimits = DEFAULT_STORE_LIMITS) {}

  put(key: string, image: StoredImage): void {
    this.delete(key);
    const { bytes, ...fields } = image;
    this.entries.set(key, { ...fields, size: bytes.length, bytes });
    this.memoryBytes += bytes.length;
    this.spill();
  }

  get(key: string): StoredImage | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    const { size: _size, bytes, file, ...fields } = entry;
    // Read from disk for each use: it stays there, so memory stays within the cap.
    return { ...fields, bytes: bytes ?? readFileSync(file!) };
  }

  usage(): { images: number; memoryBytes: number; diskBytes: number } {
    return { images: this.entries.size, memoryBytes: this.memoryBytes, diskBytes: this.diskBytes };
  }

  private spill(): void {
    for (const entry of this.entries.values()) {
      if (this.memoryBytes <= this.limits.memoryBytes) break;
      if (!entry.bytes) continue;
      entry.file = join(this.spillFolder(), String((this.spilled += 1)));
      writeFileSync(entry.file, entry.bytes);
      entry.bytes = undefined;
      this.memoryBytes -= entry.size;
      this.diskBytes += entry.size;
    }
    for (const [key, entry] of this.entries) {
      if (this.diskBytes <= this.limits.diskBytes) break;
      if (entry.file) this.delete(key);
    }
  }

  private spillFolder(): string {
    if (!this.folder) {
      this.folder = mkdtempSync(join(tmpdir(), 'studio-sim-images-'));
      spillFolders.add(this.folder);
      if (!cleanupRegistered) {
        cleanupRegistered = true;
        process.once('exit', () => {
          for (const folder of spillFolders) rmSync(folder, { recursive: true, force: true });
        });
      }
    }
    return this.folder;
  }

  private delete(key: string): void {
    const existing = this.entries.get(key);
    if (!existing) return;
    this.entries.delete(key);
    if (existing.file) {
      unlinkSync(existing.file);
      this.diskBytes -= existing.size;
    } else this.memoryBytes -= existing.size;
  }
}
