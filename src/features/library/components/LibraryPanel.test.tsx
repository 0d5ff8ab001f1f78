// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getEntry, initialSettings, type JobSettings } from '../../../catalog/index.ts';
import { recordRecentPrompt } from '../recent.ts';
import { LibraryPanel } from './LibraryPanel.tsx';

afterEach(cleanup);
// gptimageapi.dev publishes its prices: the server's 1min.ai prices are not asked for here.
vi.mock('../../providers/index.lazy.ts', () => ({ useCreditPrices: () => undefined }));

const entry = getEntry('gptimageapi:gpt-image-2:edit')!;
const settings: JobSettings = { ...initialSettings(entry), quality: 'medium', n: 1 };

function setup(currentPrompt: string) {
  const onUse = vi.fn();
  const onRunCombinations = vi.fn();
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <LibraryPanel
        currentPrompt={currentPrompt}
        currentSettings={settings}
        entry={entry}
        onUse={onUse}
        onRunCombinations={onRunCombinations}
        now={() => 1_000}
      />
    </QueryClientProvider>,
  );
  return { user: userEvent.setup(), onUse, onRunCombinations };
}

describe('LibraryPanel', () => {
  it('saves a template, fills 2 × 2 values and runs four labelled jobs after one confirmation', async () => {
    const { user, onUse, onRunCombinations } = setup('{product} on a {surface}, soft light');
    await user.type(screen.getByLabelText('Name'), 'Product shot');
    await user.type(screen.getByLabelText('Tags'), 'product, studio');
    await user.click(screen.getByRole('button', { name: 'Save prompt' }));
    const list = await screen.findByRole('list', { name: 'Saved prompts' });
    expect(within(list).getByText('#product · #studio')).toBeTruthy();

    await user.click(within(list).getByRole('button', { name: 'Use Product shot' }));
    expect(onUse).toHaveBeenCalledWith('{product} on a {surface}, soft light', undefined);

    await user.click(within(list).getByRole('button', { name: 'Fill the variables of Product shot' }));
    await user.type(screen.getByLabelText('product'), 'mug, vase');
    await user.type(screen.getByLabelText('surface'), 'marble{Enter}oak');
    expect(screen.getByText('4 combinations')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Run 4 combinations…' }));

    const dialog = screen.getByRole('dialog', { name: 'Run 4 combinations?' });
    expect(within(dialog).getByText('4 jobs · 4 images · ≈ 32 credits')).toBeTruthy();
    expect(onRunCombinations).not.toHaveBeenCalled();
    await user.click(within(dialog).getByRole('button', { name: 'Run 4 jobs' }));
    expect(onRunCombinations).toHaveBeenCalledTimes(1);
    expect(onRunCombinations.mock.calls[0]?.[0]).toEqual([
      { prompt: 'mug on a marble, soft light', label: 'mug · marble' },
      { prompt: 'mug on a oak, soft light', label: 'mug · oak' },
      { prompt: 'vase on a marble, soft light', label: 'vase · marble' },
      { prompt: 'vase on a oak, soft light', label: 'vase · oak' },
    ]);
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('runs nothing when the confirmation is cancelled, and says which variable lacks a value', async () => {
    const { user, onRunCombinations } = setup('{animal} in {city}');
    await user.type(screen.getByLabelText('Name'), 'Travel');
    await user.click(screen.getByRole('button', { name: 'Save prompt' }));
    await user.click(await screen.findByRole('button', { name: 'Fill the variables of Travel' }));
    await user.type(screen.getByLabelText('animal'), 'fox');
    expect(screen.getByText('Give at least one value for city.')).toBeTruthy();
    expect(screen.getByRole('button', { name: /^Run/ })).toHaveProperty('disabled', true);
    await user.type(screen.getByLabelText('city'), 'Oslo');
    await user.click(screen.getByRole('button', { name: 'Run it…' }));
    await user.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Cancel' }));
    expect(onRunCombinations).not.toHaveBeenCalled();
    expect(screen.queryByRole('dialog')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Delete Travel' }));
    await user.click(screen.getByRole('button', { name: 'Keep' }));
    expect(screen.getByRole('button', { name: 'Use Travel' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Delete Travel' }));
    await user.click(screen.getByRole('button', { name: 'Delete for good' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Use Travel' })).toBeNull());
    // The open fill form of a deleted prompt goes with it.
    expect(screen.queryByLabelText('animal')).toBeNull();
  });

  it('lists recent prompts as the pipeline records them, and refuses a bad import with a reason', async () => {
    const { user, onUse } = setup('');
    expect(screen.getByRole('button', { name: 'Save prompt' })).toHaveProperty('disabled', true);
    await recordRecentPrompt('A lighthouse at dusk', 2_000);
    await user.click(await screen.findByRole('button', { name: 'Use recent prompt: A lighthouse at dusk' }));
    expect(onUse).toHaveBeenCalledWith('A lighthouse at dusk');

    const file = new File(['{"hello": 1}'], 'notes.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Prompt library file to import'), file);
    await waitFor(() =>
      expect(screen.getByRole('alert').textContent).toBe(
        'This JSON file is not an exported prompt library, so nothing was imported.',
      ),
    );
  });
});
