import {
  entriesForMode,
  formatPixelSize,
  initialSettings,
  validateSettings,
  type CatalogEntry,
  type JobSettings,
  type Quality,
} from '../../catalog/index.ts';
import { padPicture } from '../compare/index.lazy.ts';
import { doneJobsWithSource, type ImageRef, type JobRecord } from '../history/index.lazy.ts';
import type { JobRequest } from '../jobs/index.ts';
import { extensionMask, MaskDocument } from '../mask/index.lazy.ts';
import { sha256 } from '../source/index.lazy.ts';
import { EXTEND_PROMPT } from './defaults.ts';
import type { LoadedPicture } from './picture.ts';
import type { PlannedExtension } from './work.ts';

/** The outpainting entry: gpt-image-2's inpainter, the one whose sizes a pack's canvases follow. */
export function extendEntry(): CatalogEntry {
  const entry = entriesForMode('inpaint').find(
    (candidate) => candidate.size.kind === 'custom' && candidate.size.rules === 'gpt-image-2',
  );
  if (!entry) throw new Error('No gpt-image-2 inpainter is in the catalog, so no canvas can be extended.');
  return entry;
}

export type ExtensionJob = PlannedExtension & {
  request: JobRequest;
  /** The same job, done earlier and kept in the history: nothing to pay. */
  earlier: { job: JobRecord; image: ImageRef } | null;
};

export type ExtendOptions = { prompt: string; quality: Quality };

function settingsFor(entry: CatalogEntry, planned: PlannedExtension, options: ExtendOptions): JobSettings {
  const settings = {
    ...initialSettings(entry, options.prompt.trim() || EXTEND_PROMPT),
    size: formatPixelSize(planned.extension.canvas),
    quality: options.quality,
    n: 1,
  };
  const issues = validateSettings(entry, settings);
  if (issues.length > 0) throw new Error(issues.map((issue) => issue.message).join(' '));
  return settings;
}

const sameMask = (a: MaskDocument | undefined, b: MaskDocument) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

/**
 * One extension made ready to send: the picture on its canvas (padded in the compare worker,
 * transparent around), the mask over the new area through the feathered band, the settings;
 * and the job that already made it, if the history has one (same source bytes, entry, size,
 * quality, prompt and mask), so a second export pays nothing.
 */
export async function prepareExtension(
  picture: LoadedPicture,
  planned: PlannedExtension,
  options: ExtendOptions,
): Promise<ExtensionJob> {
  const entry = extendEntry();
  const settings = settingsFor(entry, planned, options);
  const { canvas, at, placed } = planned.extension;
  const blob = await padPicture({ picture: picture.blob, canvas, at, placed });
  const hash = await sha256(new Uint8Array(await blob.arrayBuffer()));
  // Parsed as the history parses it, so the two compare alike.
  const mask = MaskDocument.parse(await extensionMask(placed, at, canvas));
  const stem = picture.name.replace(/\.[a-z0-9]+$/i, '') || 'image';
  const source = {
    blob,
    type: 'png' as const,
    ...canvas,
    name: `${stem}-${canvas.width}x${canvas.height}.png`,
    hash,
    ...(picture.fromImageId ? { fromImageId: picture.fromImageId } : {}),
  };
  const label = `${picture.name} · ${planned.targets.map(({ target }) => target.name).join(', ')}`;
  const history = await doneJobsWithSource(hash).catch(() => []);
  const job = history.find(
    (candidate) =>
      candidate.entryId === entry.id &&
      candidate.settings.size === settings.size &&
      candidate.settings.quality === settings.quality &&
      candidate.settings.prompt === settings.prompt &&
      sameMask(candidate.mask, mask) &&
      candidate.images.length > 0,
  );
  return {
    ...planned,
    request: { entry, settings, source, mask, label },
    earlier: job ? { job, image: job.images[0]! } : null,
  };
}
