// Plain data and functions only: the zod schemas are imported from './schema.ts' where data
// crosses a boundary, so the first screen (which imports this) carries no zod.
export * from './vocabulary.ts';
export type {
  Background,
  JobSettings,
  MegapixelPrices,
  Mode,
  OutputFormat,
  ProviderId,
  Quality,
} from './schema.ts';
export * from './sizes.ts';
export * from './entries.ts';
export * from './rules.ts';
export * from './credits.ts';
