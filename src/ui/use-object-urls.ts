import { useEffect, useState } from 'react';

/** Object URLs for a list of blobs while the component shows them, all revoked together. */
export function useObjectUrls(blobs: readonly Blob[] | undefined): string[] | null {
  const [entry, setEntry] = useState<{ blobs: readonly Blob[]; urls: string[] } | null>(null);
  useEffect(() => {
    if (!blobs) return;
    const urls = blobs.map((blob) => URL.createObjectURL(blob));
    // The URLs must exist only while mounted (StrictMode remounts), so the effect owns them.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEntry({ blobs, urls });
    return () => urls.forEach((url) => URL.revokeObjectURL(url));
  }, [blobs]);
  return entry && entry.blobs === blobs ? entry.urls : null;
}
