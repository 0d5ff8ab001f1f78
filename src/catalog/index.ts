export * from './schema.ts';
export * from './sizes.ts';
export * from './entries.ts';
export * from './rules.ts';
export * from './credits.ts';
