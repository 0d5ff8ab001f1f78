import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { loadOnIdle } from './load-on-idle.ts';

/**
 * A component whose code is left out of the first chunk, fetched when the browser is first
 * idle (see `loadOnIdle`) or at the latest when the component first renders (then `fallback`
 * shows meanwhile). The Suspense boundary is its own, so callers mount it like any component.
 */
export function lazyOnIdle<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode = null,
): ComponentType<P> {
  const Loaded = lazy(loadOnIdle(() => load().then((component) => ({ default: component }))));
  function Deferred(props: P) {
    return (
      <Suspense fallback={fallback}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
