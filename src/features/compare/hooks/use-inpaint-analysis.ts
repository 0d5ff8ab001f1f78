import { useMemo } from 'react';
import { alignToSource } from '../align.ts';
import { compositeOverSource, featherMask } from '../composite.ts';
import type { RgbaImage } from '../image.ts';
import { maskLeakage, type MaskLeakage } from '../leakage.ts';

export type InpaintAnalysis = {
  leakage: MaskLeakage;
  /** The result over the source through the feathered mask; null while the switch is off. */
  composite: RgbaImage | null;
};

type AnalysisInput = {
  source: RgbaImage | null;
  results: readonly RgbaImage[] | null;
  maskCoverage: Uint8ClampedArray | undefined;
  threshold: number;
  preserve: boolean;
  featherRadius: number;
};

/** Leakage of each result outside the mask and, when preserving, its composite; null until pixels are in. */
export function useInpaintAnalysis({
  source,
  results,
  maskCoverage,
  threshold,
  preserve,
  featherRadius,
}: AnalysisInput): InpaintAnalysis[] | null {
  const leakages = useMemo(
    () =>
      source && results && maskCoverage
        ? results.map((result) => maskLeakage(alignToSource(source, result), maskCoverage, threshold))
        : null,
    [source, results, maskCoverage, threshold],
  );
  const feathered = useMemo(
    () =>
      source && maskCoverage && preserve
        ? featherMask(maskCoverage, source.width, source.height, featherRadius)
        : null,
    [source, maskCoverage, preserve, featherRadius],
  );
  const composites = useMemo(
    () =>
      source && results && feathered
        ? results.map((result) => compositeOverSource(source, result, feathered))
        : null,
    [source, results, feathered],
  );
  return useMemo(
    () => leakages?.map((leakage, i) => ({ leakage, composite: composites?.[i] ?? null })) ?? null,
    [leakages, composites],
  );
}
