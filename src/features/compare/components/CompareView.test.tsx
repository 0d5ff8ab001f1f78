// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { CompareStoreContext, createCompareStore, type CompareData } from '../store.ts';
import { CompareView, type CompareViewProps } from './CompareView.tsx';
import { stubBrowserParts } from './test-dom.ts';
import type { CompareImage } from './types.ts';

// The pixel work is the worker's (CompareView.worker.test.tsx); here it never answers.
vi.mock('../worker-client.ts', () => ({
  askCompareWorker: () => new Promise(() => {}),
  forgetComparePixels: () => {},
  SupersededError: class extends Error {},
}));

beforeAll(stubBrowserParts);
afterEach(cleanup);

const images: CompareImage[] = [
  { id: 'j/0', url: '/api/image?url=a', label: 'Variation 1', width: 1024, height: 768, starred: true },
  { id: 'j/1', url: '/api/image?url=b', label: 'Variation 2', width: 1024, height: 768, winner: true },
  { id: 'j/2', url: '/api/image?url=c', label: 'Variation 3', width: 1024, height: 768 },
];
const source = { url: 'blob:source', width: 1024, height: 768 };

/** The board on a fresh store that starts in the given state. */
function renderBoard(props: Omit<CompareViewProps, 'onClose'>, board: Partial<CompareData> = {}) {
  return render(
    <CompareStoreContext value={createCompareStore(board)}>
      <CompareView {...props} onClose={() => {}} />
    </CompareStoreContext>,
  );
}

const panes = () => screen.getAllByRole('article');
const paneLabels = () => panes().map((pane) => pane.getAttribute('aria-label'));

describe('CompareView', () => {
  it('shows one pane per image side by side, with the modes, the zoom and working pane actions', async () => {
    const onToggleStar = vi.fn();
    const onMarkWinner = vi.fn();
    renderBoard({ images, onToggleStar, onMarkWinner });
    expect(paneLabels()).toEqual(['Variation 1', 'Variation 2', 'Variation 3']);
    const modes = within(screen.getByRole('radiogroup', { name: 'Compare view' }));
    expect(modes.getByRole('radio', { name: 'Side by side' })).toHaveProperty('checked', true);
    expect(modes.getByRole('radio', { name: 'Slider' })).toHaveProperty('checked', false);
    expect(modes.getByRole('radio', { name: 'Difference' })).toHaveProperty('checked', false);
    expect(screen.getByText('Zoom 100 %')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Star Variation 1' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(screen.getByRole('button', { name: 'Star Variation 2' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(screen.getAllByText('Winner')).toHaveLength(1);
    expect(screen.queryByRole('switch')).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Star Variation 2' }));
    expect(onToggleStar).toHaveBeenCalledWith('j/1');
    await userEvent.click(within(panes()[2]!).getByRole('button', { name: 'Mark winner' }));
    expect(onMarkWinner).toHaveBeenCalledWith('j/2');
  });

  it('leaves out star and winner buttons when there are no callbacks for them', () => {
    renderBoard({ images });
    expect(screen.queryByRole('button', { name: 'Mark winner' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Star/ })).toBeNull();
  });

  it('draws every image at the reference size under the shared view, which the zoom buttons move', async () => {
    const { container } = renderBoard({ images, source }, { view: { scale: 1.5, x: 12, y: -8 } });
    expect(screen.getByText('Zoom 150 %')).toBeTruthy();
    const layers = [...container.querySelectorAll<HTMLElement>('.compare-layer')];
    expect(layers).toHaveLength(3);
    for (const layer of layers) {
      expect([layer.style.width, layer.style.height]).toEqual(['1024px', '768px']);
      expect(layer.style.transform).toBe('translate(12px, -8px) scale(1.5)');
    }
    await userEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
    expect(screen.getByText('Zoom 188 %')).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Actual size, 1:1' }));
    expect(screen.getByText('Zoom 100 %')).toBeTruthy();
  });

  it('shows a keyboard slider between the source and the chosen result in slider mode', async () => {
    renderBoard({ images, source }, { mode: 'slider', sliderTargetId: 'j/2' });
    expect(panes()).toHaveLength(1);
    const slider = screen.getByRole('slider', { name: 'Divider between Source and Variation 3' });
    expect(slider.getAttribute('aria-valuenow')).toBe('50');
    expect([slider.getAttribute('aria-valuemin'), slider.getAttribute('aria-valuemax')]).toEqual([
      '0',
      '100',
    ]);
    expect(screen.getByRole('img', { name: 'Source' }).getAttribute('src')).toBe('blob:source');

    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(slider.getAttribute('aria-valuenow')).toBe('51');
    await userEvent.keyboard('{End}');
    expect(slider.getAttribute('aria-valuenow')).toBe('100');

    const after = screen.getByRole('combobox', { name: 'After' });
    expect(after).toHaveProperty('value', 'j/2');
    await userEvent.selectOptions(after, 'Variation 1');
    expect(screen.getByRole('slider', { name: 'Divider between Source and Variation 1' })).toBeTruthy();
  });

  it('compares against the first image when there is no source', async () => {
    renderBoard({ images });
    await userEvent.click(screen.getByRole('radio', { name: 'Difference' }));
    expect(paneLabels()).toEqual(['Variation 2 vs Variation 1', 'Variation 3 vs Variation 1']);
    expect(screen.getByRole('slider', { name: 'Threshold' })).toHaveProperty('value', '24');
  });

  it('compares every image against the source when there is one', () => {
    renderBoard({ images, source }, { mode: 'difference' });
    expect(paneLabels()).toEqual(['Variation 1 vs Source', 'Variation 2 vs Source', 'Variation 3 vs Source']);
  });

  it('offers the mask readouts and switches for inpaint results', async () => {
    const mask = new Uint8ClampedArray(1024 * 768);
    renderBoard({ images, source, maskCoverage: mask }, { preserveOutsideMask: true });
    expect(screen.getAllByText('Changes outside mask …')).toHaveLength(3);
    const preserve = screen.getByRole('switch', { name: 'Preserve outside mask' });
    expect(preserve.getAttribute('aria-checked')).toBe('true');
    expect(preserve.getAttribute('title')).toContain('Puts the result over the source');
    expect(screen.getByRole('slider', { name: 'Feather' })).toBeTruthy();

    const heatmap = screen.getByRole('switch', { name: 'Heatmap' });
    expect(heatmap.getAttribute('aria-checked')).toBe('false');
    await userEvent.click(heatmap);
    expect(heatmap.getAttribute('aria-checked')).toBe('true');
    await userEvent.click(preserve);
    expect(preserve.getAttribute('aria-checked')).toBe('false');
    expect(screen.queryByRole('slider', { name: 'Feather' })).toBeNull();
  });

  it('says so when the mask does not match the source', () => {
    renderBoard({ images, source, maskCoverage: new Uint8ClampedArray(10) });
    expect(screen.getByRole('alert').textContent).toContain('does not match the source');
    expect(screen.queryByRole('switch')).toBeNull();
  });
});
