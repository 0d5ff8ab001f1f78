/**
 * Checks for data the first screen reads before zod has loaded (what localStorage gives back,
 * an error answer). Each caller states its shape against a type inferred from its zod schema
 * (or a plain type where there is no schema), so the type still comes from one place.
 */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

/** A record whose every value is a string; anything else is not one. */
export function isStringRecord(value: unknown): value is Record<string, string> {
  return isRecord(value) && Object.values(value).every(isString);
}
