import { lazy, Suspense, useEffect, type ComponentType, type ReactNode } from 'react';
import { useQueriesReady } from '../api/queries.tsx';
import { loadOnIdle } from './load-on-idle.ts';

/**
 * A component whose code is left out of the first chunk, fetched when the browser is first
 * idle (see `loadOnIdle`) or at the latest when the component first renders (then `fallback`
 * shows meanwhile). The Suspense boundary is its own, so callers mount it like any component.
 * Most such parts read queries, so each also waits for the query client (its own chunk, asked
 * for at start-up); its code is fetched meanwhile.
 */
export function lazyOnIdle<P extends object>(
  load: () => Promise<ComponentType<P>>,
  fallback: ReactNode | ((props: P) => ReactNode) = null,
): ComponentType<P> {
  const start = loadOnIdle(() => load().then((component) => ({ default: component })));
  const Loaded = lazy(start);
  function Deferred(props: P) {
    const ready = useQueriesReady();
    useEffect(() => {
      // A failed fetch is tried again, and reported, when the part renders.
      if (!ready) void start().catch(() => {});
    }, [ready]);
    const shown = typeof fallback === 'function' ? fallback(props) : fallback;
    if (!ready) return shown;
    return (
      <Suspense fallback={shown}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return Deferred;
}
