import type { JobSettings, Mode, ProviderId } from '../../../catalog/index.ts';
import { sniffImageType } from '../../../wire/image-type.ts';
import { pngWithText } from './png-text.ts';

export const SOFTWARE_NAME = 'Image Studio';

/** What made an image: enough to name the file and to redo the job. */
export type EmbeddedJob = {
  mode: Mode;
  provider: ProviderId;
  model: string;
  /** The settings the job was sent with; only those that applied to its model need be given. */
  settings: Pick<JobSettings, 'prompt' | 'size'> & Partial<JobSettings>;
  /** True when the bytes are the result composited over the source through the mask. */
  preservedOutsideMask?: boolean;
};

/**
 * The image bytes with the job written into them where the format has a place for text:
 * PNG gets tEXt/iTXt chunks "prompt", "parameters" (JSON of everything else) and "Software".
 * JPEG and WebP come back unchanged.
 */
export function embedSettings(bytes: Uint8Array<ArrayBuffer>, job: EmbeddedJob): Uint8Array<ArrayBuffer> {
  if (sniffImageType(bytes) !== 'png') return bytes;
  const { prompt, ...settings } = job.settings;
  const parameters = {
    mode: job.mode,
    provider: job.provider,
    model: job.model,
    ...settings,
    ...(job.preservedOutsideMask === undefined ? {} : { preservedOutsideMask: job.preservedOutsideMask }),
  };
  return pngWithText(bytes, { prompt, parameters: JSON.stringify(parameters), Software: SOFTWARE_NAME });
}
