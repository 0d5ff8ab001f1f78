/** Time for the browser to start reading the object URL before it is revoked. */
const REVOKE_DELAY_MS = 60_000;

/** Saves a blob under a file name, as the browser's own download. */
export function downloadBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel the download in some browsers; a minute later it is safe.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}
