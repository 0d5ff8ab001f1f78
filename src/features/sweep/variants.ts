import * as z from 'zod/mini';
import {
  adaptSettings,
  checkSize,
  entriesForMode,
  getEntry,
  parsePixelSize,
  type CatalogEntry,
} from '../../catalog/index.ts';
import { JobSettings, Quality } from '../../catalog/schema.ts';
import { SIZE_PRESETS, orientation } from '../settings/index.ts';

/** The one setting a sweep varies; everything else stays as the user set it. */
export const SweepDimension = z.enum(['quality', 'size', 'model']);
export type SweepDimension = z.infer<typeof SweepDimension>;

/** A field a variant can differ in from the base: the model, or any job setting. */
export type SweepField = 'model' | keyof JobSettings;

export type SweepBase = { entry: CatalogEntry; settings: JobSettings };

/** One value the dimension can take; `value` is a quality, a size or a catalog entry id. */
export type SweepChoice = { value: string; label: string; hint?: string };

export type SweepVariant = {
  entry: CatalogEntry;
  settings: JobSettings;
  /** The fields whose value is not the base's, in display order. */
  differs: SweepField[];
  /** The varied value in words: "high quality", "1536×1024", "GPT Image 1 Mini · 1min.ai". */
  label: string;
  /** The choice this variant was built from. */
  value: string;
};

export const SWEEP_MIN = 2;
export const SWEEP_MAX = 4;

const NOUNS: Record<SweepDimension, { one: string; many: string }> = {
  quality: { one: 'quality', many: 'qualities' },
  size: { one: 'size', many: 'sizes' },
  model: { one: 'model', many: 'models' },
};

const SETTING_FIELDS = z.keyof(JobSettings).options;

export class SweepError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SweepError';
  }
}

/** "1536×1024" for pixel sizes; aspect ratios stay as they are. */
export function formatSize(size: string): string {
  return parsePixelSize(size) ? size.replace('x', '×') : size;
}

/** The values the dimension can take for the base's entry, in the order they are offered. */
export function sweepChoices(base: SweepBase, dimension: SweepDimension): SweepChoice[] {
  const { entry, settings } = base;
  const hint = (...parts: (string | false | null | undefined)[]) => {
    const text = parts.filter(Boolean).join(' · ');
    return text ? { hint: text } : {};
  };
  if (dimension === 'quality') {
    return entry.quality.values.map((quality) => ({
      value: quality,
      label: quality.charAt(0).toUpperCase() + quality.slice(1),
      ...hint(
        quality === settings.quality && 'current',
        entry.creditsPerImage && `${entry.creditsPerImage[quality]} credits / image`,
      ),
    }));
  }
  if (dimension === 'model') {
    return entriesForMode(entry.mode).map((option) => ({
      value: option.id,
      label: option.label,
      ...hint(option.id === entry.id && 'current'),
    }));
  }
  const spec = entry.size;
  if (spec.kind === 'custom') {
    const current = checkSize(entry, settings.size).length === 0 ? settings.size : null;
    const presets = SIZE_PRESETS.map((preset) => ({
      value: preset.size,
      label: formatSize(preset.size),
      ...hint(preset.size === current && 'current', preset.label),
    }));
    const currentIsPreset = presets.some((preset) => preset.value === current);
    return current && !currentIsPreset
      ? [{ value: current, label: formatSize(current), hint: 'current' }, ...presets]
      : presets;
  }
  return spec.options.map((option) => {
    const pixels = parsePixelSize(option);
    return {
      value: option,
      label: formatSize(option),
      ...hint(option === settings.size && 'current', pixels && orientation(pixels)),
    };
  });
}

/** How many choices a sweep over the dimension may pick: at least 2, at most 4 (or all there are). */
export function pickLimits(choiceCount: number): { min: number; max: number } {
  return { min: SWEEP_MIN, max: Math.min(SWEEP_MAX, choiceCount) };
}

/** Why the dimension cannot be swept for this entry, or null when it can. */
export function dimensionProblem(base: SweepBase, dimension: SweepDimension): string | null {
  if (sweepChoices(base, dimension).length >= SWEEP_MIN) return null;
  if (dimension === 'model')
    return `Only one model does ${base.entry.mode}, so there are no models to compare.`;
  return `${base.entry.label} offers only one ${NOUNS[dimension].one}.`;
}

/** The dimensions that have at least two choices for this entry. */
export function sweepDimensions(base: SweepBase): SweepDimension[] {
  return SweepDimension.options.filter((dimension) => dimensionProblem(base, dimension) === null);
}

/** What to pick before the user has picked: the natural comparison, kept cheap where it can grow. */
export function defaultPicks(base: SweepBase, dimension: SweepDimension): string[] {
  const choices = sweepChoices(base, dimension).map((choice) => choice.value);
  const { max } = pickLimits(choices.length);
  if (dimension !== 'size') return choices.slice(0, max);
  const current = choices.find((value) => value === base.settings.size);
  const others = choices.filter((value) => value !== current);
  return [...(current ? [current] : []), ...others].slice(0, SWEEP_MIN);
}

/** Why these picks cannot make a sweep (too few, too many), or null when they can. */
export function pickProblem(
  base: SweepBase,
  dimension: SweepDimension,
  picks: readonly string[],
): string | null {
  const unavailable = dimensionProblem(base, dimension);
  if (unavailable) return unavailable;
  const { min, max } = pickLimits(sweepChoices(base, dimension).length);
  const count = new Set(picks).size;
  const nouns = NOUNS[dimension];
  if (count < min) return `Pick at least ${min} ${nouns.many} to compare.`;
  if (count > max) return `Pick at most ${max} ${nouns.many}; each one is a separate paid job.`;
  return null;
}

/**
 * The jobs of a sweep: the base once per picked value, in the order the choices are offered.
 * A model variant's settings are adapted to what that model takes, so every variant of a
 * valid base is valid too; `differs` names exactly the fields that are not the base's.
 */
export function buildSweepVariants(
  base: SweepBase,
  dimension: SweepDimension,
  picks: readonly string[],
): SweepVariant[] {
  const choices = sweepChoices(base, dimension);
  const unknown = picks.find((pick) => !choices.some((choice) => choice.value === pick));
  if (unknown !== undefined) {
    throw new SweepError(`${unknown} is not a ${NOUNS[dimension].one} ${base.entry.label} offers.`);
  }
  const problem = pickProblem(base, dimension, picks);
  if (problem) throw new SweepError(problem);
  return choices
    .filter((choice) => picks.includes(choice.value))
    .map((choice) => {
      const { entry, settings } = applyChoice(base, dimension, choice.value);
      return {
        entry,
        settings,
        differs: differingFields(base, entry, settings),
        label: dimension === 'quality' ? `${choice.value} quality` : choice.label,
        value: choice.value,
      };
    });
}

function applyChoice(base: SweepBase, dimension: SweepDimension, value: string): SweepBase {
  if (dimension === 'model') {
    const entry = getEntry(value);
    if (!entry) throw new SweepError(`The catalog has no model ${value}.`);
    return { entry, settings: adaptSettings(entry, base.settings) };
  }
  const patch = dimension === 'quality' ? { quality: Quality.parse(value) } : { size: value };
  return { entry: base.entry, settings: { ...base.settings, ...patch } };
}

/** The fields in which a variant is not the base: the model first, then the settings in schema order. */
export function differingFields(base: SweepBase, entry: CatalogEntry, settings: JobSettings): SweepField[] {
  const fields: SweepField[] = entry.id === base.entry.id ? [] : ['model'];
  for (const field of SETTING_FIELDS) if (settings[field] !== base.settings[field]) fields.push(field);
  return fields;
}
