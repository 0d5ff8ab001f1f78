import { useMemo } from 'react';
import { useObjectUrls } from '../../../ui/use-object-urls.ts';
import { formatPercent } from '../format.ts';
import type { DifferencePane } from '../worker-protocol.ts';
import { ComparePane, ViewLayer } from './ComparePane.tsx';
import type { Camera, CompareImage, PaneCallbacks } from './types.ts';

type DifferenceViewProps = {
  /** The images compared with the reference. */
  targets: readonly CompareImage[];
  /** One per target from the compare worker; null while it works. */
  panes: readonly DifferencePane[] | null;
  referenceLabel: string;
  camera: Camera;
  callbacks: PaneCallbacks;
};

/** Each image against the reference: changed pixels highlighted, with the changed share. */
export function DifferenceView({ targets, panes, referenceLabel, camera, callbacks }: DifferenceViewProps) {
  const urls = useObjectUrls(useMemo(() => panes?.map((pane) => pane.image), [panes]));
  return (
    <div className="compare-panes" data-count={targets.length}>
      {targets.map((image, i) => {
        const diff = panes?.[i];
        const url = urls?.[i];
        const label = `${image.label} vs ${referenceLabel}`;
        return (
          <ComparePane
            key={image.id}
            label={label}
            camera={camera}
            measured={i === 0}
            result={image}
            callbacks={callbacks}
            readout={
              <span className={diff ? 'compare-readout' : 'compare-readout is-pending'}>
                Changed {diff ? formatPercent(diff.changedFraction) : '…'}
              </span>
            }
          >
            <ViewLayer camera={camera}>
              {url ? (
                <img
                  className="compare-image"
                  src={url}
                  alt={`Difference of ${label}`}
                  draggable={false}
                  decoding="async"
                />
              ) : (
                <img
                  className="compare-image is-loading"
                  src={image.url}
                  alt={image.label}
                  draggable={false}
                  decoding="async"
                />
              )}
            </ViewLayer>
          </ComparePane>
        );
      })}
    </div>
  );
}
