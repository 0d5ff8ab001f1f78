import { useMemo } from 'react';
import { useMaskCoverage, useMaskStore } from '../mask/index.lazy.ts';
import { useCurrentEntry, useJobSettings } from '../settings/index.ts';
import { useSourceStore } from '../source/index.ts';
import { FULL_MASK, missingInputs } from '../jobs/index.lazy.ts';
import { useCreditPrices } from '../providers/index.lazy.ts';
import { sweepCredits, sweepIssues } from './preflight.ts';
import { useSweepSetup } from './store.ts';
import {
  SweepDimension,
  buildSweepVariants,
  defaultPicks,
  dimensionProblem,
  pickLimits,
  pickProblem,
  sweepChoices,
  sweepDimensions,
  type SweepBase,
} from './variants.ts';

/**
 * The sweep as the current settings, source and mask make it: the dimension and picks the
 * user chose (those the current entry still offers), the variants, and what stops them.
 */
export function useSweepPlan() {
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const source = useSourceStore((s) => s.source);
  const ops = useMaskStore((s) => s.ops);
  const wanted = useSweepSetup((s) => s.dimension);
  const storedPicks = useSweepSetup((s) => s.picks);
  const prices = useCreditPrices();

  const base: SweepBase = useMemo(() => ({ entry, settings }), [entry, settings]);
  const available = sweepDimensions(base);
  const dimension = available.includes(wanted) ? wanted : (available[0] ?? wanted);
  const choices = sweepChoices(base, dimension);
  const picks = (storedPicks[dimension] ?? defaultPicks(base, dimension)).filter((pick) =>
    choices.some((choice) => choice.value === pick),
  );
  const problem = pickProblem(base, dimension, picks);
  const variants = problem ? [] : buildSweepVariants(base, dimension, picks);

  // Measured in the mask worker as the run panel does, so a 4K mask never blocks a keystroke here.
  const coverage = useMaskCoverage(source?.width ?? 1, source?.height ?? 1);
  const mask =
    entry.needsMask && source ? { empty: coverage === 0, fraction: coverage } : { empty: true, fraction: 0 };
  const inputProblems = missingInputs(entry, source, mask.empty);
  const issues = problem ? [...inputProblems, problem] : sweepIssues(variants, inputProblems);

  return {
    base,
    source,
    ops,
    dimension,
    unavailable: SweepDimension.options.flatMap((d) => dimensionProblem(base, d) ?? []),
    available,
    choices,
    picks,
    limits: pickLimits(choices.length),
    variants,
    issues,
    credits: sweepCredits(variants, prices),
    fullMask: entry.needsMask && mask.fraction >= FULL_MASK,
  };
}
