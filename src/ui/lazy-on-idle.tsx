import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';

/**
 * A component whose code is left out of the first chunk. Its chunk is fetched the first time
 * the browser is idle after the page loads, so it is usually there before anyone asks for it,
 * or at the latest when the component first renders (then `fallback` shows meanwhile). The
 * Suspense boundary is its own, so callers mount it like any component.
 */
export function lazyOnIdle<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () =>
    (loading ??= load().then(
      (component) => ({ default: component }),
      (error: unknown) => {
        // A chunk that failed to arrive (a network blip) is asked for again on the next try.
        loading = undefined;
        throw error;
      },
    ));
  // A failed prefetch is no error: rendering tries again and shows its own failure.
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => void start().catch(() => {}));
  const Loaded = lazy(start);
  function Deferred(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
