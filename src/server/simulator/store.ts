/** One image the simulator holds: uploads, results and gptimageapi.dev edits alike. */
export type StoredImage = {
  bytes: Buffer;
  contentType: string;
  width: number;
  height: number;
  /** When its URL stops working (gptimageapi.dev edits); absent for asset paths. */
  expiresAt?: number;
};

export const DEFAULT_STORE_BYTES = 512 * 1024 * 1024;

/** In-memory images by key, least recently used dropped first once the byte budget is spent. */
export class ImageStore {
  private readonly images = new Map<string, StoredImage>();
  private bytes = 0;

  constructor(private readonly maxBytes = DEFAULT_STORE_BYTES) {}

  put(key: string, image: StoredImage): void {
    this.delete(key);
    this.images.set(key, image);
    this.bytes += image.bytes.length;
    for (const [oldest, old] of this.images) {
      if (this.bytes <= this.maxBytes || oldest === key) break;
      this.images.delete(oldest);
      this.bytes -= old.bytes.length;
    }
  }

  get(key: string): StoredImage | undefined {
    const image = this.images.get(key);
    if (image) {
      this.images.delete(key);
      this.images.set(key, image);
    }
    return image;
  }

  get totalBytes(): number {
    return this.bytes;
  }

  private delete(key: string): void {
    const existing = this.images.get(key);
    if (!existing) return;
    this.images.delete(key);
    this.bytes -= existing.bytes.length;
  }
}
