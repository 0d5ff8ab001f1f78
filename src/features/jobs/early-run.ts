/**
 * A run asked for (Ctrl / ⌘ + Enter) while the Run panel's code was still arriving: kept once and
 * taken once by the panel when it mounts, so the press is not lost and never starts two jobs.
 */
let asked = false;

export function askEarlyRun(): void {
  asked = true;
}

export function takeEarlyRun(): boolean {
  const was = asked;
  asked = false;
  return was;
}
