import { MAX_TARGET_SIDE, type PackTarget } from './schema.ts';

/** Why a target the user typed cannot be added, as sentences; none when it can. */
export function targetProblems(name: string, width: number, height: number, taken: readonly PackTarget[]) {
  const problems: string[] = [];
  if (!name.trim()) problems.push('Give the target a name.');
  for (const [side, value] of [
    ['width', width],
    ['height', height],
  ] as const) {
    if (!Number.isInteger(value) || value < 1 || value > MAX_TARGET_SIDE) {
      problems.push(`The ${side} must be a whole number of pixels from 1 to ${MAX_TARGET_SIDE}.`);
    }
  }
  const same = taken.find((t) => t.width === width && t.height === height && t.name.trim() === name.trim());
  if (same) problems.push(`${same.name} at ${width}×${height} is in the pack already.`);
  return problems;
}
