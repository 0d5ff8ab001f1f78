import { useQuery } from '@tanstack/react-query';
import { getEntry } from '../../catalog/index.ts';
import { sniffImageType } from '../../wire/image-type.ts';
import { checkDeliveredSize } from './delivered-size.ts';
import { loadImageBlob } from './load.ts';
import type { ImageSubject } from './subject.ts';

/**
 * A result's real pixel size and format, read from its bytes (an answer's own figures may be
 * the asked ones). A stored image's size was read when it was stored, so only its format is.
 */
async function decodeDelivered(subject: ImageSubject) {
  const { image } = subject;
  const blob = await loadImageBlob(subject);
  const format = sniffImageType(new Uint8Array(await blob.slice(0, 16).arrayBuffer()));
  if (!format) throw new Error('The result is not a PNG, JPEG or WebP image.');
  if (image.cached && !image.dropped && image.width && image.height) {
    return { width: image.width, height: image.height, format };
  }
  const bitmap = await createImageBitmap(blob);
  try {
    return { width: bitmap.width, height: bitmap.height, format };
  } finally {
    bitmap.close();
  }
}

/**
 * How a result compares with what its job asked for, once its bytes are read; null meanwhile,
 * or when it cannot be read (then the card shows no verdict rather than a wrong one).
 */
export function useSizeVerdict(subject: ImageSubject) {
  const { job, image } = subject;
  const entry = getEntry(job.entryId);
  const stored = image.cached && !image.dropped;
  const delivered = useQuery({
    queryKey: ['images', 'delivered', image.id],
    queryFn: () => decodeDelivered(subject),
    enabled: entry !== undefined,
    staleTime: Infinity,
    // A stored image's verdict is 16 bytes read again from IndexedDB, so it is forgotten with
    // its tile: scrolling a long history leaves nothing behind. One fetched from the network is kept.
    ...(stored ? { gcTime: 0 } : {}),
    retry: false,
  });
  return entry && delivered.data ? checkDeliveredSize(entry, job.settings, delivered.data) : null;
}
