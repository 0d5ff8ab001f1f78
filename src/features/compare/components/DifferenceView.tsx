import { useMemo } from 'react';
import { diffImages } from '../diff.ts';
import { formatPercent } from '../format.ts';
import type { RgbaImage } from '../image.ts';
import { ComparePane, ViewLayer } from './ComparePane.tsx';
import { PixelCanvas } from './PixelCanvas.tsx';
import type { Camera, CompareImage, PaneCallbacks } from './types.ts';

type DifferenceViewProps = {
  /** The images compared with the reference, each with its pixels once loaded. */
  targets: readonly CompareImage[];
  targetPixels: readonly RgbaImage[] | null;
  reference: { label: string; pixels: RgbaImage | null };
  threshold: number;
  camera: Camera;
  callbacks: PaneCallbacks;
};

/** Each image against the reference: changed pixels highlighted, with the changed share. */
export function DifferenceView({
  targets,
  targetPixels,
  reference,
  threshold,
  camera,
  callbacks,
}: DifferenceViewProps) {
  const referencePixels = reference.pixels;
  const diffs = useMemo(
    () =>
      referencePixels && targetPixels
        ? targetPixels.map((pixels) => diffImages(referencePixels, pixels, threshold))
        : null,
    [referencePixels, targetPixels, threshold],
  );
  return (
    <div className="compare-panes" data-count={targets.length}>
      {targets.map((image, i) => {
        const diff = diffs?.[i];
        const label = `${image.label} vs ${reference.label}`;
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
              {diff ? (
                <PixelCanvas image={diff.image} label={`Difference of ${label}`} />
              ) : (
                <img
                  className="compare-image is-loading"
                  src={image.url}
                  alt={image.label}
                  draggable={false}
                />
              )}
            </ViewLayer>
          </ComparePane>
        );
      })}
    </div>
  );
}
