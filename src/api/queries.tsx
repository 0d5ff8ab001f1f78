import { QueryClientContext, type QueryClient } from '@tanstack/react-query';
import { useContext, useEffect, type ReactNode } from 'react';

/**
 * Provides the query client once its chunk has arrived (main.tsx asks for it at once). Until
 * then the first screen shows without it and the parts that read queries wait
 * (`useQueriesReady`), so TanStack Query is not in the first file. Only the context is read
 * here, which the library keeps in a module of its own.
 */
export function QueriesProvider({
  client,
  children,
}: {
  client: QueryClient | undefined;
  children: ReactNode;
}) {
  // What QueryClientProvider does: the client follows focus and the network while mounted.
  useEffect(() => {
    if (!client) return;
    client.mount();
    return () => client.unmount();
  }, [client]);
  return <QueryClientContext.Provider value={client}>{children}</QueryClientContext.Provider>;
}

/** Whether the query client is there, so that a part reading queries may render. */
export function useQueriesReady(): boolean {
  return useContext(QueryClientContext) !== undefined;
}
