import {
  BACKGROUNDS,
  MODES,
  OUTPUT_FORMATS,
  QUALITIES,
  type JobSettings,
  type Mode,
} from '../../catalog/index.ts';
import { isInteger, isOneOf, isRecord, isString, isStringRecord } from '../../wire/plain-guards.ts';

/** What localStorage gave back, each part checked on its own: a bad part falls back, the others stay. */
export type StoredSettings = {
  mode: Mode;
  entryIds: Record<string, string>;
  settings: Partial<JobSettings>;
  sizes: Record<string, string>;
};

/**
 * One check per field of `JobSettings` (the type inferred from the catalog's schema): the
 * mapped type makes a field added there fail to compile here until it is checked too. Whether a
 * value suits the entry is the catalog's rules' job (`adaptSettings`), run after this.
 */
const FIELD_CHECKS: { [K in keyof JobSettings]-?: (value: unknown) => value is JobSettings[K] } = {
  prompt: isString,
  size: isString,
  quality: (value) => isOneOf(QUALITIES, value),
  n: isInteger,
  background: (value) => isOneOf(BACKGROUNDS, value),
  outputFormat: (value) => isOneOf(OUTPUT_FORMATS, value),
  outputCompression: isInteger,
};

/** Stored settings whose every present field has its type; anything else is none. */
function partialSettings(value: unknown): Partial<JobSettings> {
  if (!isRecord(value)) return {};
  const fields = Object.keys(FIELD_CHECKS) as (keyof JobSettings)[];
  const allFit = fields.every((field) => value[field] === undefined || FIELD_CHECKS[field](value[field]));
  if (!allFit) return {};
  return Object.fromEntries(fields.filter((f) => value[f] !== undefined).map((f) => [f, value[f]]));
}

/**
 * Reads the stored settings before zod has loaded (the first screen shows them): older
 * versions and hand edits give defaults for the parts that do not fit.
 */
export function readStoredSettings(stored: unknown): StoredSettings {
  const record = isRecord(stored) ? stored : {};
  return {
    mode: isOneOf(MODES, record.mode) ? record.mode : 'generate',
    entryIds: isStringRecord(record.entryIds) ? record.entryIds : {},
    settings: partialSettings(record.settings),
    sizes: isStringRecord(record.sizes) ? record.sizes : {},
  };
}
