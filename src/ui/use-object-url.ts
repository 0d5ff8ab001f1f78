import { useMemo } from 'react';
import { useObjectUrls } from './use-object-urls.ts';

/** An object URL for a blob while the component shows it, revoked as soon as it does not. */
export function useObjectUrl(blob: Blob | null | undefined): string | null {
  const blobs = useMemo(() => (blob ? [blob] : undefined), [blob]);
  return useObjectUrls(blobs)?.[0] ?? null;
}
