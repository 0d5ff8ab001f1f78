/**
 * The compare board as the studio ships it, mounted on its own page for bench/compare-diff.ts,
 * next to the bare-page floor: decoding the same two images and showing them, nothing more.
 */
import { createRoot } from 'react-dom/client';
import { CompareView } from '../../src/features/compare/components/CompareView.tsx';
import { CompareStoreContext, createCompareStore } from '../../src/features/compare/store.ts';

type Picture = { url: string; width: number; height: number };

const root = () => {
  const element = document.getElementById('root');
  if (!element) throw new Error('The bench page has no #root.');
  return element;
};

const nextFrames = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/** Opens the board in its difference view on `a` and `b`; answers the readout once the difference is drawn. */
function openDifference(a: Picture, b: Picture): Promise<string> {
  const container = root();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const difference = container.querySelector<HTMLImageElement>('img[alt^="Difference"]');
      if (!difference) return;
      observer.disconnect();
      void difference
        .decode()
        .then(nextFrames)
        .then(() => resolve(container.querySelector('.compare-readout')?.textContent ?? ''));
    });
    observer.observe(container, { childList: true, subtree: true, attributes: true });
    createRoot(container).render(
      <CompareStoreContext value={createCompareStore({ mode: 'difference' })}>
        <CompareView
          images={[
            { id: 'a', label: 'Result 1', ...a },
            { id: 'b', label: 'Result 2', ...b },
          ]}
          onClose={() => {}}
        />
      </CompareStoreContext>,
    );
  });
}

/** The floor: the two images decoded by the browser and put on the page. */
async function decodeBare(a: Picture, b: Picture): Promise<string> {
  const images = [a, b].map(({ url }) => {
    const image = new Image();
    image.src = url;
    return image;
  });
  await Promise.all(images.map((image) => image.decode()));
  root().append(...images);
  await nextFrames();
  return `${images.length} images`;
}

Object.assign(globalThis, { CompareBench: { openDifference, decodeBare } });
