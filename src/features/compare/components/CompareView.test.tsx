import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CompareStoreContext, createCompareStore, type CompareData } from '../store.ts';
import { CompareView, type CompareViewProps } from './CompareView.tsx';
import type { CompareImage } from './types.ts';

const images: CompareImage[] = [
  { id: 'j/0', url: '/api/image?url=a', label: 'Variation 1', width: 1024, height: 768, starred: true },
  { id: 'j/1', url: '/api/image?url=b', label: 'Variation 2', width: 1024, height: 768, winner: true },
  { id: 'j/2', url: '/api/image?url=c', label: 'Variation 3', width: 1024, height: 768 },
];
const source = { url: 'blob:source', width: 1024, height: 768 };
const noop = () => {};

/** The first render of the board, on a fresh store that starts in the given state. */
function render(props: Omit<CompareViewProps, 'onClose'>, board: Partial<CompareData> = {}): string {
  return renderToStaticMarkup(
    <CompareStoreContext value={createCompareStore(board)}>
      <CompareView {...props} onClose={noop} />
    </CompareStoreContext>,
  );
}

const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;
const panes = (html: string) => count(html, /data-testid="compare-pane"/);
/** The opening tag of the element that carries `attribute`. */
const tagWith = (html: string, attribute: string) =>
  html.match(new RegExp(`<[^>]*${attribute}[^>]*>`))?.[0] ?? '';

describe('CompareView', () => {
  it('shows one pane per image side by side, with the modes, the zoom and the pane actions', () => {
    const html = render({ images, onToggleStar: noop, onMarkWinner: noop });
    expect(panes(html)).toBe(3);
    expect(html).toContain('role="radiogroup"');
    for (const label of ['Side by side', 'Slider', 'Difference'])
      expect(html).toContain(`<span>${label}</span>`);
    expect(tagWith(html, 'value="side-by-side"')).toContain('checked=""');
    expect(tagWith(html, 'value="slider"')).not.toContain('checked');
    expect(html).toContain('Zoom 100 %');
    expect(tagWith(html, 'aria-label="Star Variation 1"')).toContain('aria-pressed="true"');
    expect(tagWith(html, 'aria-label="Star Variation 2"')).toContain('aria-pressed="false"');
    expect(count(html, /Mark winner/)).toBe(3);
    expect(count(html, /class="compare-winner-badge"/)).toBe(1);
    expect(html).not.toContain('role="switch"');
  });

  it('leaves out star and winner buttons when there are no callbacks for them', () => {
    const html = render({ images });
    expect(html).not.toContain('Mark winner');
    expect(html).not.toContain('aria-label="Star');
  });

  it('draws every image at the reference size under the shared transform', () => {
    const html = render({ images, source }, { view: { scale: 1.5, x: 12, y: -8 } });
    expect(html).toContain('Zoom 150 %');
    expect(count(html, /width:1024px;height:768px;transform:translate\(12px, -8px\) scale\(1.5\)/)).toBe(3);
  });

  it('shows a keyboard slider between the source and the chosen result in slider mode', () => {
    const html = render({ images, source }, { mode: 'slider', sliderTargetId: 'j/2' });
    expect(panes(html)).toBe(1);
    const slider = tagWith(html, 'role="slider"');
    expect(slider).toContain('aria-valuenow="50"');
    expect(slider).toContain('aria-valuemin="0"');
    expect(slider).toContain('aria-valuemax="100"');
    expect(slider).toContain('tabindex="0"');
    expect(slider).toContain('Divider between Source and Variation 3');
    expect(html).toContain('src="blob:source"');
    expect(html).toMatch(/<option value="j\/2" selected="">Variation 3<\/option>/);
  });

  it('compares against the first image when there is no source', () => {
    const html = render({ images }, { mode: 'difference' });
    expect(panes(html)).toBe(2);
    expect(html).toContain('Variation 2 vs Variation 1');
    expect(html).toContain('Variation 3 vs Variation 1');
    expect(html).toContain('Threshold');
  });

  it('compares every image against the source when there is one', () => {
    const html = render({ images, source }, { mode: 'difference' });
    expect(panes(html)).toBe(3);
    expect(html).toContain('Variation 1 vs Source');
  });

  it('offers the mask readouts and switches for inpaint results', () => {
    const mask = new Uint8ClampedArray(1024 * 768);
    const html = render({ images, source, maskCoverage: mask }, { preserveOutsideMask: true });
    expect(count(html, /Changes outside mask/)).toBe(3);
    expect(tagWith(html, 'role="switch"[^>]*aria-checked="true"')).toContain(
      'Puts the result over the source',
    );
    expect(count(html, /role="switch"/)).toBe(2);
    expect(html).toContain('Feather');
  });

  it('says so when the mask does not match the source', () => {
    const html = render({ images, source, maskCoverage: new Uint8ClampedArray(10) });
    expect(html).toContain('role="alert"');
    expect(html).toContain('does not match the source');
    expect(html).not.toContain('role="switch"');
  });
});
