import type { InpaintPane } from '../worker-protocol.ts';
import { ComparePane, ViewLayer } from './ComparePane.tsx';
import { LeakageReadout } from './LeakageReadout.tsx';
import { ResultContent } from './ResultContent.tsx';
import type { Camera, CompareImage, PaneCallbacks } from './types.ts';

type SideBySideViewProps = {
  images: readonly CompareImage[];
  camera: Camera;
  callbacks: PaneCallbacks;
  /** One entry per image for inpaint results; null otherwise or while loading. */
  analyses: readonly InpaintPane[] | null;
  inpaint: boolean;
  showHeatmap: boolean;
};

export function SideBySideView({
  images,
  camera,
  callbacks,
  analyses,
  inpaint,
  showHeatmap,
}: SideBySideViewProps) {
  return (
    <div className="compare-panes" data-count={images.length}>
      {images.map((image, i) => (
        <ComparePane
          key={image.id}
          label={image.label}
          camera={camera}
          measured={i === 0}
          result={image}
          callbacks={callbacks}
          readout={inpaint && <LeakageReadout analysis={analyses?.[i]} />}
        >
          <ViewLayer camera={camera}>
            <ResultContent image={image} analysis={analyses?.[i]} showHeatmap={showHeatmap} />
          </ViewLayer>
        </ComparePane>
      ))}
    </div>
  );
}
