// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CompareStoreContext, createCompareStore, type CompareData } from '../store.ts';
import type { CompareReplies, CompareRequests, InpaintPane } from '../worker-protocol.ts';
import { CompareView, type CompareViewProps } from './CompareView.tsx';
import { stubBrowserParts } from './test-dom.ts';
import type { CompareImage } from './types.ts';

type Asked = {
  kind: keyof CompareRequests;
  request: CompareRequests[keyof CompareRequests];
  answer: (value: unknown) => void;
  fail: (error: Error) => void;
};
const asked: Asked[] = [];

// The worker itself needs a browser; here the board's side of the conversation is what is tested.
vi.mock('../worker-client.ts', () => ({
  askCompareWorker: (kind: Asked['kind'], request: Asked['request']) =>
    new Promise((answer, fail) => asked.push({ kind, request, answer, fail })),
  forgetComparePixels: () => {},
  SupersededError: class extends Error {},
}));

beforeAll(stubBrowserParts);

afterEach(() => {
  cleanup();
  asked.length = 0;
});

const images: CompareImage[] = [
  { id: 'j/0', url: 'blob:result-0', label: 'Variation 1', width: 1024, height: 768 },
  { id: 'j/1', url: 'blob:result-1', label: 'Variation 2', width: 1024, height: 768 },
];
const source = { url: 'blob:source', width: 1000, height: 750 };

function renderBoard(props: Omit<CompareViewProps, 'onClose'>, board: Partial<CompareData> = {}) {
  render(
    <CompareStoreContext value={createCompareStore(board)}>
      <CompareView {...props} onClose={() => {}} />
    </CompareStoreContext>,
  );
}

/** The board's latest question of one kind, once it has asked it. */
async function question<K extends keyof CompareRequests>(kind: K, count = 1) {
  await waitFor(() => expect(asked.filter((a) => a.kind === kind)).toHaveLength(count));
  const last = asked.filter((a) => a.kind === kind).at(-1)!;
  return {
    request: last.request as CompareRequests[K],
    answer: (value: CompareReplies[K]) => act(() => last.answer(value)),
    fail: (message: string) => act(() => last.fail(new Error(message))),
  };
}

const png = () => new Blob(['png'], { type: 'image/png' });
const clean = (composite: Blob | null = null): InpaintPane => ({
  leakage: { changedOutsideFraction: 0, protectedCount: 600_000, changedCount: 0 },
  heatmap: png(),
  composite,
});

describe('CompareView and the compare worker', () => {
  it('asks for the differences when the user picks the difference view, and shows what comes back', async () => {
    renderBoard({ images });
    await userEvent.click(screen.getByRole('radio', { name: 'Difference' }));
    const { request, answer } = await question('difference');
    // No source: the second image against the first, both at the first one's size.
    expect(request).toMatchObject({
      reference: 'blob:result-0',
      targets: ['blob:result-1'],
      size: { width: 1024, height: 768 },
      referenceIsSource: false,
      threshold: 24,
    });
    expect(screen.getByText('Changed …')).toBeTruthy();
    await answer([{ image: new Blob(['png']), changedFraction: 0.25 }]);
    expect(
      screen.getByRole('img', { name: 'Difference of Variation 2 vs Variation 1' }).getAttribute('src'),
    ).toMatch(/^blob:picture-/);
    expect(screen.getByText('Changed 25.0 %')).toBeTruthy();
  });

  it('keeps the difference up while a new threshold is computed, then shows the new one', async () => {
    renderBoard({ images, source }, { mode: 'difference' });
    const first = await question('difference');
    expect(first.request.referenceIsSource).toBe(true);
    expect(first.request.targets).toEqual(['blob:result-0', 'blob:result-1']);
    await first.answer([
      { image: new Blob(['a']), changedFraction: 0.2 },
      { image: new Blob(['b']), changedFraction: 0.3 },
    ]);

    fireEvent.change(screen.getByLabelText('Threshold'), { target: { value: '60' } });
    const second = await question('difference', 2);
    expect(second.request.threshold).toBe(60);
    // Still the previous figures and images, not the loading state.
    expect(screen.getByText('Changed 20.0 %')).toBeTruthy();
    expect(screen.getAllByRole('img', { name: /^Difference of/ })).toHaveLength(2);

    await second.answer([
      { image: new Blob(['c']), changedFraction: 0.05 },
      { image: new Blob(['d']), changedFraction: 0 },
    ]);
    expect(screen.getByText('Changed 5.0 %')).toBeTruthy();
    expect(screen.getByText('Changed 0.0 %')).toBeTruthy();
  });

  it('shows the leakage the worker measured, and asks for composites once the user preserves outside the mask', async () => {
    const maskCoverage = new Uint8ClampedArray(source.width * source.height);
    // Preserving is the default; this board starts from the raw results to see the switch turn it on.
    renderBoard({ images, source, maskCoverage }, { preserveOutsideMask: false });
    const first = await question('inpaint');
    expect(first.request).toMatchObject({
      source: 'blob:source',
      results: ['blob:result-0', 'blob:result-1'],
      threshold: 24,
      featherRadius: null,
    });
    expect(first.request.mask).toBe(maskCoverage);
    expect(screen.getAllByText('Changes outside mask …')).toHaveLength(2);
    await first.answer([clean(), clean()]);
    expect(screen.getAllByText('Changes outside mask 0.0 %')).toHaveLength(2);

    await userEvent.click(screen.getByRole('switch', { name: 'Preserve outside mask' }));
    const second = await question('inpaint', 2);
    expect(second.request.featherRadius).toBe(6);
    await second.answer([clean(png()), clean(png())]);
    expect(screen.getByRole('img', { name: 'Variation 1, preserved outside the mask' })).toBeTruthy();
    expect(screen.getAllByText('· kept as source')).toHaveLength(2);
  });

  it('says what went wrong when the worker cannot read the images', async () => {
    renderBoard({ images, source }, { mode: 'difference' });
    const { fail } = await question('difference');
    await fail('The image could not be loaded (HTTP 404).');
    expect(screen.getByRole('alert').textContent).toBe(
      'The images could not be read for comparison: The image could not be loaded (HTTP 404).',
    );
  });
});
