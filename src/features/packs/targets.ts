import { MAX_TARGET_SIDE, type PackTarget } from './schema.ts';

/** The sizes channels ask for most, as a designer's starting pack. */
export const COMMON_TARGETS: readonly PackTarget[] = [
  { id: 'instagram-square', name: 'Instagram square', width: 1080, height: 1080 },
  { id: 'instagram-portrait', name: 'Instagram portrait', width: 1080, height: 1350 },
  { id: 'story', name: 'Story', width: 1080, height: 1920 },
  { id: 'link-preview', name: 'Link preview', width: 1200, height: 628 },
  { id: 'open-graph', name: 'Open Graph', width: 1200, height: 630 },
  { id: 'web-hero', name: 'Web hero', width: 1600, height: 900 },
  { id: 'youtube-thumbnail', name: 'YouTube thumbnail', width: 1280, height: 720 },
  { id: 'full-hd', name: 'Full HD', width: 1920, height: 1080 },
  { id: 'pinterest', name: 'Pinterest pin', width: 1000, height: 1500 },
  { id: 'banner', name: 'Banner', width: 2400, height: 1000 },
];

/** The name the common targets go by in the pack list. */
export const COMMON_PACK_NAME = 'Common sizes';

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
