/**
 * Prompt templates: `{name}` marks a variable, filled with one or more values per run.
 * Names are trimmed and matched as written, so `{product}` and `{ product }` are the same field.
 */

const VARIABLE = /\{([^{}\n]+)\}/g;

/** The most jobs one fill may start: past this a typo (a pasted list) would cost real credits. */
export const MAX_COMBINATIONS = 100;

/** The variables of a prompt, each once, in the order they first appear. */
export function promptVariables(prompt: string): string[] {
  const names = [...prompt.matchAll(VARIABLE)].map((match) => (match[1] ?? '').trim()).filter(Boolean);
  return [...new Set(names)];
}

/**
 * The values typed for one variable: one per line, or, on a single line, separated by commas.
 * Blank entries and repeats are dropped.
 */
export function splitValues(text: string): string[] {
  const parts = text.includes('\n') ? text.split('\n') : text.split(',');
  return [...new Set(parts.map((part) => part.trim()).filter(Boolean))];
}

export type Combination = { prompt: string; label: string };

type Expansion = { ok: true; items: Combination[] } | { ok: false; message: string; missing: string[] };

/**
 * Every combination of the values, in order (the first variable changes slowest), each with the
 * prompt filled in and a label of its values ("mug · marble").
 */
export function expandPrompt(prompt: string, values: Readonly<Record<string, readonly string[]>>): Expansion {
  const names = promptVariables(prompt);
  const missing = names.filter((name) => (values[name] ?? []).length === 0);
  if (missing.length > 0) {
    return { ok: false, message: `Give at least one value for ${missing.join(', ')}.`, missing };
  }
  const count = names.reduce((total, name) => total * (values[name]?.length ?? 1), 1);
  if (count > MAX_COMBINATIONS) {
    return {
      ok: false,
      message: `These values make ${count} combinations; at most ${MAX_COMBINATIONS} run at once.`,
      missing: [],
    };
  }
  let rows: Record<string, string>[] = [{}];
  for (const name of names) {
    rows = rows.flatMap((row) => (values[name] ?? []).map((value) => ({ ...row, [name]: value })));
  }
  return {
    ok: true,
    items: rows.map((row) => ({
      prompt: prompt.replace(VARIABLE, (whole, name: string) => row[name.trim()] ?? whole),
      label: names.map((name) => row[name]).join(' · '),
    })),
  };
}
