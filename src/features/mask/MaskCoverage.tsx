import { useEffect } from 'react';
import { useMaskCoverage } from './use-mask-coverage.ts';

/**
 * Reports the painted fraction of the current mask (see `useMaskCoverage`) to a component that
 * does not carry the mask's code: the Run panel mounts it in Inpaint only.
 */
export function MaskCoverage({
  width,
  height,
  onCoverage,
}: {
  width: number;
  height: number;
  onCoverage: (fraction: number) => void;
}) {
  const fraction = useMaskCoverage(width, height);
  useEffect(() => onCoverage(fraction), [fraction, onCoverage]);
  return null;
}
