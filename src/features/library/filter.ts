import type { SavedPrompt } from './schema.ts';

type PromptFilter = { search: string; tag: string };

/** Prompts with the tag (if one is picked) whose name, text or tags hold every searched word. */
export function filterPrompts(prompts: readonly SavedPrompt[], { search, tag }: PromptFilter): SavedPrompt[] {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return prompts.filter((prompt) => {
    if (tag && !prompt.tags.includes(tag)) return false;
    const haystack = [prompt.name, prompt.prompt, ...prompt.tags].join('\n').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}

/** Every tag in use, sorted. */
export function libraryTags(prompts: readonly SavedPrompt[]): string[] {
  return [...new Set(prompts.flatMap((prompt) => prompt.tags))].sort((a, b) => a.localeCompare(b));
}

/** Tags typed as a comma list: trimmed, blanks and repeats dropped. */
export function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ];
}
