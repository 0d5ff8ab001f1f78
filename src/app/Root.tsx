import type { QueryClient } from '@tanstack/react-query';
import { useEffect, useState, type ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { QueriesProvider } from '../api/queries.tsx';
import { SessionGate } from '../features/session/index.ts';
import { LoadFailed } from '../ui/LoadFailed.tsx';

/**
 * The studio under its query client, which arrives as a chunk of its own while the first screen
 * shows. If that chunk, or any part, fails, the user reads what happened and how to go on.
 */
export function Root({ queryClient, children }: { queryClient: Promise<QueryClient>; children: ReactNode }) {
  const [client, setClient] = useState<QueryClient>();
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    queryClient.then(setClient, (error: unknown) => {
      console.error('The studio could not load its query client.', error);
      setFailure(error);
    });
  }, [queryClient]);
  return (
    <ErrorBoundary fallbackRender={({ error }) => <LoadFailed error={error} />}>
      {failure !== null && <LoadFailed error={failure} />}
      <QueriesProvider client={client}>
        <SessionGate>{children}</SessionGate>
      </QueriesProvider>
    </ErrorBoundary>
  );
}
