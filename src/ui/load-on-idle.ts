/**
 * A module left out of the first chunk: fetched the first time the browser is idle after the
 * page loads, so it is usually there before anyone needs it, or at the latest on the first call.
 * A fetch that failed (a network blip) is tried again on the next call.
 */
export function loadOnIdle<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  const start = () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
  // A failed prefetch is no error: the first real call tries again and reports its own failure.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void start().catch(() => {}));
  return start;
}
