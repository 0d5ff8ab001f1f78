// @vitest-environment happy-dom
import { QueryClient } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useGateState } from '../features/session/gate-state.ts';
import { Root } from './Root.tsx';

beforeEach(() => {
  useGateState.setState({ state: 'open' });
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

function Broken(): never {
  throw new Error('a part broke');
}

describe('Root', () => {
  it('keeps the studio on screen and says to reload when the query client chunk does not arrive', async () => {
    const missing = new TypeError('Failed to fetch dynamically imported module: /assets/start-queries.js');
    render(
      <Root queryClient={Promise.reject(missing)}>
        <p>The studio</p>
      </Root>,
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/could not be fetched.*Reload the page: your prompt, settings/);
    expect(screen.getByText('The studio')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reload' })).toBeTruthy();
  });

  it('shows no alert once the query client arrives', async () => {
    const client = new QueryClient();
    render(
      <Root queryClient={Promise.resolve(client)}>
        <p>The studio</p>
      </Root>,
    );
    await Promise.resolve();
    expect(screen.getByText('The studio')).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('replaces a part that fails while drawing with what happened and what to do', () => {
    render(
      <Root queryClient={new Promise(() => {})}>
        <Broken />
      </Root>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(
      /Part of the studio stopped working\. Reload the page/,
    );
  });
});
