/**
 * Thumbnails read along with the first page of the list (one IndexedDB transaction for the
 * whole first screen), as object URLs waiting for their card. A card sees its URL in its first
 * render, so it mounts with the picture rather than a frame later; the URL is then handed to
 * it once, and the card revokes it. What a later read replaces unclaimed is revoked, so the
 * page holds no more than a first screen's worth, however far the list is scrolled.
 */
const primed = new Map<string, string>();
let decodedAhead = false;

/**
 * Replaces what is waiting: a first page read again makes the earlier one stale. The page's
 * first read also starts decoding its thumbnails, while the list's code is still arriving;
 * the cards' images then find them decoded. Later reads (after each history write) find
 * their cards mounted, and decode nothing ahead.
 */
export function primeThumbnails(thumbnails: ReadonlyMap<string, Blob>): void {
  for (const url of primed.values()) URL.revokeObjectURL(url);
  primed.clear();
  const ahead = !decodedAhead && typeof Image !== 'undefined';
  decodedAhead = true;
  for (const [imageId, blob] of thumbnails) {
    const url = URL.createObjectURL(blob);
    primed.set(imageId, url);
    if (ahead) decodeAhead(url);
  }
}

function decodeAhead(url: string): void {
  const image = new Image();
  image.src = url;
  // A thumbnail that cannot be decoded says so when its card shows it.
  image.decode().catch(() => {});
}

/** The primed thumbnail URL of an image, if one waits, left in place. */
export function peekPrimedThumbnail(imageId: string): string | undefined {
  return primed.get(imageId);
}

/** The primed thumbnail URL of an image, if any, handed out once: the taker revokes it. */
export function takePrimedThumbnail(imageId: string): string | undefined {
  const url = primed.get(imageId);
  primed.delete(imageId);
  return url;
}
