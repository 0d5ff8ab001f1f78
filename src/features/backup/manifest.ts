import * as z from 'zod/mini';
import { JobRecord } from '../history/index.lazy.ts';
import { SavedPack } from '../packs/index.lazy.ts';

const Sha256 = z.string().check(z.regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 content hash'));

/** Where a blob's bytes sit inside the zip. */
export const blobPath = (hash: string) => `blobs/${hash}`;

export const MANIFEST_PATH = 'manifest.json';

/**
 * `manifest.json` of a history backup: each job's record as the history stores it, and the
 * content hashes of its stored bytes. Every distinct blob is in the zip once, under its hash.
 * The saved deliverable packs ride along.
 */
export const BackupManifest = z.object({
  format: z.literal('image-studio-history-backup'),
  version: z.literal(1),
  exportedAt: z.number(),
  jobs: z.array(
    z.object({
      record: JobRecord,
      /** Full-size images by image id; an image the history had dropped has none. */
      images: z.record(z.string(), Sha256),
      thumbnails: z.record(z.string(), Sha256),
      source: z.optional(Sha256),
    }),
  ),
  /** The content type each blob had, so it comes back as the same Blob. */
  blobs: z.record(z.string(), z.object({ type: z.string() })),
  /** The saved deliverable packs (absent in backups made before packs). */
  packs: z.optional(z.array(SavedPack)),
});
export type BackupManifest = z.infer<typeof BackupManifest>;

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}
