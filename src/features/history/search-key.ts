/**
 * What the history's search reads of a job without reading the job: its place in the list, the
 * two filters it answers by index (mode, model) and its prompt in lower case. None of these
 * change once a job is recorded, so a job's key is written with its row and deleted with it.
 */
export type SearchKey = [createdAt: number, id: string, mode: string, model: string, prompt: string];

export function searchKeyOf(job: {
  createdAt: number;
  id: string;
  mode: string;
  model: string;
  settings: { prompt: string };
}): SearchKey {
  return [job.createdAt, job.id, job.mode, job.model, job.settings.prompt.toLowerCase()];
}

/** The words of a search, each of which must appear in a prompt, in any case. */
export function searchWords(search: string | undefined): string[] {
  return (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
}

/** Whether a lower-cased prompt holds every word. */
export function promptHas(prompt: string, words: readonly string[]): boolean {
  return words.every((word) => prompt.includes(word));
}
