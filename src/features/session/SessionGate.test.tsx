// @vitest-environment happy-dom
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { QueriesProvider } from '../../api/queries.tsx';
import { checkSessionAtStart, useGateState } from './gate-state.ts';
import { SessionGate } from './SessionGate.tsx';

const apiFetch = vi.fn<(path: string) => Promise<unknown>>();
vi.mock('../../api/client.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  apiFetch: (path: string) => apiFetch(path),
}));

const SIGNED_IN = {
  access: 'password',
  user: { name: 'ada' },
  spend: { today: 2, budget: 10, resetsAt: '2026-12-04T00:00:00.000Z' },
};
const NOBODY = new ApiError('unauthorized', 'Sign in first.', 401);

function studio(client: QueryClient | undefined) {
  return (
    <QueriesProvider client={client}>
      <SessionGate>
        <p>The studio</p>
      </SessionGate>
    </QueriesProvider>
  );
}

beforeEach(() => {
  apiFetch.mockReset();
  useGateState.setState({ state: 'checking' });
});
afterEach(cleanup);

describe('SessionGate', () => {
  it('shows the studio on the start-up answer, before the query client arrives', async () => {
    apiFetch.mockResolvedValue(SIGNED_IN);
    checkSessionAtStart();
    render(studio(undefined));
    expect(screen.getByRole('status').textContent).toBe('Checking who is signed in…');
    expect(await screen.findByText('The studio')).toBeTruthy();
  });

  it('asks for the sign-in form on a 401, and the session query reuses that answer', async () => {
    apiFetch.mockRejectedValue(NOBODY);
    checkSessionAtStart();
    const { rerender } = render(studio(undefined));
    // The form's code reads a mutation: it waits for the query client, the studio stays hidden.
    await vi.waitFor(() => expect(useGateState.getState().state).toBe('signed-out'));
    expect(screen.getByRole('status').textContent).toBe('Checking who is signed in…');
    rerender(studio(new QueryClient()));
    expect(await screen.findByRole('heading', { name: 'Sign in to Image Studio' })).toBeTruthy();
    expect(screen.queryByText('The studio')).toBeNull();
    expect(apiFetch).toHaveBeenCalledTimes(1);
  });

  it('asks for the form again when a later look finds the session gone', async () => {
    apiFetch.mockResolvedValueOnce(SIGNED_IN).mockRejectedValue(NOBODY);
    checkSessionAtStart();
    const client = new QueryClient();
    render(studio(client));
    expect(await screen.findByText('The studio')).toBeTruthy();
    await client.refetchQueries();
    expect(await screen.findByRole('heading', { name: 'Sign in to Image Studio' })).toBeTruthy();
  });
});
