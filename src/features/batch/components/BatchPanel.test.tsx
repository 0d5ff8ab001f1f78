// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BatchVariant } from '../../jobs/index.lazy.ts';
import { useSettingsStore } from '../../settings/index.ts';
import type { SourceImage } from '../../source/index.ts';
import { useSelectionStore } from '../selection-store.ts';
import { useBatchStore } from '../store.ts';
import { BatchPanel } from './BatchPanel.tsx';
import { BatchPanelDeferred } from './BatchPanelDeferred.tsx';

// The pipeline is the jobs feature's; here, what the panel asks it to run.
const runBatch = vi.fn(async (_variants: readonly BatchVariant[]): Promise<string[]> => []);
vi.mock('../../jobs/index.ts', () => ({
  RUN_WORDS: {
    generate: { action: 'Generate' },
    edit: { action: 'Edit' },
    inpaint: { action: 'Inpaint' },
  },
}));
vi.mock('../../jobs/index.lazy.ts', () => ({ useRunBatch: () => runBatch, useRunningJobs: () => false }));

vi.mock('../../providers/index.lazy.ts', () => ({ useCreditPrices: () => undefined }));

const source = (name: string, width: number, height: number): SourceImage => ({
  blob: new Blob([name], { type: 'image/png' }),
  type: 'png',
  width,
  height,
  name,
  hash: name,
});

beforeEach(() => {
  runBatch.mockClear();
  useSelectionStore.setState({ selection: { kind: 'whole' }, selectionProblem: null });
  useBatchStore
    .getState()
    .setSources(
      [source('chair.png', 400, 200), source('lamp.png', 100, 100), source('table.png', 300, 600)],
      ['notes.txt is not a PNG, JPEG or WebP image.'],
    );
});
afterEach(cleanup);

describe('BatchPanel', () => {
  it('runs one edit per source, labelled by its file name, and says what was left out', async () => {
    useSettingsStore.getState().setMode('edit');
    useSettingsStore.getState().update({ prompt: 'Bright colours', n: 1 });
    render(<BatchPanel />);
    const user = userEvent.setup();
    expect(screen.getByRole('alert').textContent).toContain('notes.txt is not a PNG');
    expect(screen.getByRole('list', { name: 'Batch sources' }).children).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Edit 3 sources' }));
    const variants = runBatch.mock.calls[0]?.[0] ?? [];
    expect(variants.map((v) => [v.label, v.source?.name, v.mask])).toEqual([
      ['chair.png', 'chair.png', undefined],
      ['lamp.png', 'lamp.png', undefined],
      ['table.png', 'table.png', undefined],
    ]);
  });

  it('inpaints each source with the same relative rectangle, and waits while the rectangle is wrong', async () => {
    useSettingsStore.getState().setMode('inpaint');
    render(<BatchPanel />);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'The same rectangle on each' }));
    const width = screen.getByLabelText('Width %');
    await user.clear(width);
    await user.type(width, '90');
    expect(screen.getByText(/The rectangle must stay inside the image\./)).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Inpaint 3 sources' })).toHaveProperty('disabled', true);

    await user.clear(width);
    await user.type(width, '50');
    await user.click(screen.getByRole('button', { name: 'Inpaint 3 sources' }));
    const masks = (runBatch.mock.calls[0]?.[0] ?? []).map((v) => v.mask?.[0]);
    expect(masks).toEqual([
      { type: 'rect', x: 100, y: 50, width: 200, height: 100, erase: false },
      { type: 'rect', x: 25, y: 25, width: 50, height: 50, erase: false },
      { type: 'rect', x: 75, y: 150, width: 150, height: 300, erase: false },
    ]);
  });

  it('starts the next batch from the saved selection', () => {
    useSettingsStore.getState().setMode('inpaint');
    useSelectionStore
      .getState()
      .setSelection({ kind: 'rect', rect: { x: 0.1, y: 0.2, width: 0.3, height: 0.4 } }, null);
    render(<BatchPanel />);
    expect(screen.getByRole('radio', { name: 'The same rectangle on each' })).toHaveProperty('checked', true);
    expect(screen.getByLabelText('Height %')).toHaveProperty('value', '40');
    expect(JSON.parse(localStorage.getItem('image-studio:batch') ?? '{}').state.selection.kind).toBe('rect');
  });

  it('is mounted only for an edit or inpaint with sources, never while generating', async () => {
    useSettingsStore.getState().setMode('generate');
    // A lazy part shows once the query client is there.
    const client = new QueryClient();
    const { rerender } = render(
      <QueryClientProvider client={client}>
        <BatchPanelDeferred />
      </QueryClientProvider>,
    );
    expect(screen.queryByRole('region')).toBeNull();
    useSettingsStore.getState().setMode('edit');
    rerender(
      <QueryClientProvider client={client}>
        <BatchPanelDeferred />
      </QueryClientProvider>,
    );
    expect(await screen.findByRole('region', { name: 'Batch · 3 sources' })).toBeTruthy();
  });
});
