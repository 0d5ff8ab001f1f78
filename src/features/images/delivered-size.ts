import {
  parseAspectRatio,
  parsePixelSize,
  type CatalogEntry,
  type JobSettings,
  type OutputFormat,
  type PixelSize,
} from '../../catalog/index.ts';

/** What a result turned out to be, read from its decoded bytes. */
type DeliveredImage = PixelSize & { format: OutputFormat };

/**
 * How a result compares with what its job asked for:
 * - `match`: the asked pixel size and format;
 * - `shown`: the provider picks the pixels for an aspect ratio (gptimageapi.dev), so the size
 *   is shown, not flagged;
 * - `mismatch`: each difference as a sentence, and the asked size when the pixels differ (the
 *   target of "fit to the requested size").
 */
type SizeVerdict =
  | { status: 'match'; text: string }
  | { status: 'shown'; text: string }
  | { status: 'mismatch'; text: string; problems: string[]; requested?: PixelSize };

/** How far an aspect-ratio answer may stray from the ratio: providers snap edges to a 16-px grid. */
const ASPECT_TOLERANCE = 0.02;

const FORMAT_NAMES: Record<OutputFormat, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WebP' };

/** "1536×1024 PNG". */
function describeDelivered({ width, height, format }: DeliveredImage): string {
  return `${width}×${height} ${FORMAT_NAMES[format]}`;
}

/**
 * Compares a decoded result with the job's size and format. The format is compared only when
 * the entry lets the user choose one; a size the studio cannot read (never sent by the
 * studio) is shown rather than flagged.
 */
export function checkDeliveredSize(
  entry: CatalogEntry,
  settings: Pick<JobSettings, 'size' | 'outputFormat'>,
  delivered: DeliveredImage,
): SizeVerdict {
  const text = describeDelivered(delivered);
  const problems: string[] = [];
  if (entry.outputFormat && delivered.format !== settings.outputFormat) {
    problems.push(
      `Asked for ${FORMAT_NAMES[settings.outputFormat]}, received ${FORMAT_NAMES[delivered.format]}.`,
    );
  }
  if (entry.size.kind === 'aspect') {
    const ratio = parseAspectRatio(settings.size);
    const off = ratio !== null && Math.abs(delivered.width / delivered.height / ratio - 1) > ASPECT_TOLERANCE;
    if (off) problems.push(`Asked for ${settings.size}, received ${delivered.width}×${delivered.height}.`);
    return problems.length > 0
      ? { status: 'mismatch', text, problems }
      : { status: 'shown', text: `${text} (${settings.size})` };
  }
  const requested = parsePixelSize(settings.size);
  if (!requested)
    return problems.length > 0 ? { status: 'mismatch', text, problems } : { status: 'shown', text };
  const sizeDiffers = requested.width !== delivered.width || requested.height !== delivered.height;
  if (sizeDiffers) {
    problems.push(
      `Asked for ${requested.width}×${requested.height}, received ${delivered.width}×${delivered.height}.`,
    );
  }
  if (problems.length === 0) return { status: 'match', text };
  return sizeDiffers
    ? { status: 'mismatch', text, problems, requested }
    : { status: 'mismatch', text, problems };
}
