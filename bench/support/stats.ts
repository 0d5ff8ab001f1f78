/** Small statistics and the one output format every bench prints. */

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile (p in 0..100) of the values; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[Math.min(sorted.length, rank) - 1] as number;
}

export type Spread = { count: number; p50: number; p95: number; p99: number; max: number; total: number };

export function spread(values: readonly number[]): Spread {
  return {
    count: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : Number.NaN,
    total: values.reduce((sum, value) => sum + value, 0),
  };
}

export const ms = (value: number, digits = 1) => `${value.toFixed(digits)} ms`;
export const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
export const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
export const times = (value: number) => `${value.toFixed(2)}×`;

export function describeSpread(s: Spread, unit = ms): string {
  return `n=${s.count}  p50 ${unit(s.p50)}  p95 ${unit(s.p95)}  max ${unit(s.max)}`;
}

/** A titled block of label/value rows, aligned. */
export function printBlock(title: string, rows: readonly (readonly [string, string])[]): void {
  const width = Math.max(...rows.map(([label]) => label.length));
  console.info(`\n${title}`);
  for (const [label, value] of rows) console.info(`  ${label.padEnd(width)}  ${value}`);
}

export function printHeading(name: string, what: string): void {
  console.info(`\n=== ${name}: ${what}`);
}
