import { validateSettings, type CatalogEntry, type JobSettings } from '../../catalog/index.ts';
import type { MaskDocument } from '../mask/index.ts';
import type { SourceImage } from '../source/index.ts';
import { missingInputs } from './missing-inputs.ts';
import type { JobRequest } from './job.ts';

/** One job of a batch: what it changes of the form, and the label the stage shows above it. */
export type BatchVariant = {
  label: string;
  prompt?: string;
  /** Its own source (a batch over sources); the form's otherwise. */
  source?: SourceImage;
  /** Its own mask (made for its source); the form's otherwise. */
  mask?: MaskDocument;
};

type Form = { entry: CatalogEntry; settings: JobSettings; source: SourceImage | null; mask: MaskDocument };

/** Whether a mask paints nothing on its source, rendered exactly as it will be sent. */
export type MaskIsEmpty = (mask: MaskDocument, source: SourceImage) => Promise<boolean>;

/**
 * The requests of a batch made from the form, or every reason (each once) why none may be sent:
 * a batch is sent whole or not at all, so no job of it is paid for while another is refused.
 */
export async function batchRequests(
  form: Form,
  variants: readonly BatchVariant[],
  maskIsEmpty: MaskIsEmpty,
): Promise<{ ok: true; requests: JobRequest[] } | { ok: false; problems: string[] }> {
  const { entry } = form;
  const problems = new Set<string>();
  if (variants.length === 0) problems.add('Nothing to run.');
  // One mask at a time: a batch of twenty 4K masks must not hold twenty rasters at once.
  const requests: JobRequest[] = [];
  for (const variant of variants) {
    const settings = {
      ...form.settings,
      ...(variant.prompt !== undefined ? { prompt: variant.prompt } : {}),
    };
    const source = variant.source ?? form.source;
    const mask = variant.mask ?? form.mask;
    const maskEmpty = !entry.needsMask || !source || (await maskIsEmpty(mask, source));
    for (const problem of missingInputs(entry, source, maskEmpty)) problems.add(problem);
    for (const issue of validateSettings(entry, settings)) problems.add(issue.message);
    requests.push({
      entry,
      settings,
      source: entry.needsSource ? source : null,
      mask: entry.needsMask ? mask : null,
      label: variant.label,
    });
  }
  return problems.size > 0 ? { ok: false, problems: [...problems] } : { ok: true, requests };
}
