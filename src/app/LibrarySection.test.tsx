// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BatchVariant } from '../features/jobs/index.lazy.ts';
import { useSettingsStore } from '../features/settings/index.ts';
import { LibrarySection } from './LibrarySection.tsx';

// What the section asks the pipeline to run; the pipeline's own checks are the jobs feature's.
const runBatch = vi.fn((_variants: readonly BatchVariant[]): string[] => []);
vi.mock('../features/jobs/index.lazy.ts', () => ({ useRunBatch: () => runBatch }));
// The confirmation's price is the library's own test; no server answers here.
vi.mock('../features/providers/index.lazy.ts', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  useCreditPrices: () => undefined,
}));

afterEach(cleanup);

function setup() {
  render(
    <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
      <LibrarySection />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('LibrarySection', () => {
  it('opens on demand, runs one labelled job per combination, and says why nothing was sent', async () => {
    useSettingsStore.getState().setMode('generate');
    useSettingsStore.getState().update({ prompt: '{animal} in {city}' });
    const user = setup();
    expect(screen.queryByLabelText('Name')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Prompt library' }));
    await user.type(await screen.findByLabelText('Name'), 'Travel');
    await user.click(screen.getByRole('button', { name: 'Save prompt' }));
    await user.click(await screen.findByRole('button', { name: 'Fill the variables of Travel' }));
    await user.type(screen.getByLabelText('animal'), 'fox, owl');
    await user.type(screen.getByLabelText('city'), 'Oslo');
    await user.click(screen.getByRole('button', { name: 'Run 2 combinations…' }));
    runBatch.mockReturnValueOnce(['Wait for the running jobs to finish, or cancel them.']);
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Run 2 jobs' }));
    expect(runBatch).toHaveBeenCalledWith([
      { prompt: 'fox in Oslo', label: 'fox · Oslo' },
      { prompt: 'owl in Oslo', label: 'owl · Oslo' },
    ]);
    expect(screen.getByRole('alert').textContent).toContain('Wait for the running jobs to finish');
  });

  it('puts a saved prompt and its settings into the form, as the current model takes them', async () => {
    useSettingsStore.getState().setMode('generate');
    useSettingsStore.getState().update({ prompt: 'A red kite', quality: 'high', n: 3 });
    const user = setup();
    await user.click(screen.getByRole('button', { name: 'Prompt library' }));
    await user.type(await screen.findByLabelText('Name'), 'Kite');
    await user.click(screen.getByLabelText('Save the current settings too'));
    await user.click(screen.getByRole('button', { name: 'Save prompt' }));
    useSettingsStore.getState().update({ prompt: 'Something else', quality: 'low', n: 1 });
    await user.click(await screen.findByRole('button', { name: 'Use Kite' }));
    const { prompt, quality, n } = useSettingsStore.getState().settings;
    expect({ prompt, quality, n }).toEqual({ prompt: 'A red kite', quality: 'high', n: 3 });
  });
});
