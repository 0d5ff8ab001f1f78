import type { JobSettings } from '../../catalog/index.ts';
import type { LibraryDb } from './db.ts';
import { LibraryFile, SavedPrompt, type RecentPrompt } from './schema.ts';

/** How many recently run prompts the library keeps. */
const RECENT_LIMIT = 20;

class LibraryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** What the save form gives; an `id` names the prompt it replaces. */
export type PromptDraft = {
  id?: string;
  name: string;
  prompt: string;
  tags: string[];
  settings?: JobSettings;
};

/** Saves a new prompt, or replaces the one with the draft's id (keeping when it was first saved). */
export async function savePrompt(
  db: LibraryDb,
  draft: PromptDraft,
  now: number,
  newId: () => string = () => crypto.randomUUID(),
): Promise<SavedPrompt> {
  const tx = db.transaction('prompts', 'readwrite');
  const existing = draft.id ? await tx.store.get(draft.id) : undefined;
  const parsed = SavedPrompt.safeParse({
    ...draft,
    id: existing?.id ?? newId(),
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  });
  if (!parsed.success) {
    tx.abort();
    // The aborted transaction rejects `done`; the parse error is what the user needs.
    await tx.done.catch(() => {});
    throw new LibraryError(parsed.error.issues.map((issue) => issue.message).join(' '));
  }
  await tx.store.put(parsed.data);
  await tx.done;
  return parsed.data;
}

export async function deletePrompt(db: LibraryDb, id: string): Promise<void> {
  await db.delete('prompts', id);
}

/** Every saved prompt, by name. */
export async function listPrompts(db: LibraryDb): Promise<SavedPrompt[]> {
  const prompts = await db.getAll('prompts');
  return prompts.sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }));
}

/** Files a prompt as just run; the oldest beyond `keep` fall off. Blank prompts are not kept. */
export async function recordRecent(
  db: LibraryDb,
  prompt: string,
  now: number,
  keep: number = RECENT_LIMIT,
): Promise<void> {
  const text = prompt.trim();
  if (!text) return;
  const tx = db.transaction('recent', 'readwrite');
  await tx.store.put({ prompt: text, usedAt: now });
  let count = await tx.store.count();
  for await (const cursor of tx.store.index('byUsed').iterate()) {
    if (count <= keep) break;
    await cursor.delete();
    count -= 1;
  }
  await tx.done;
}

/** The prompts run lately, newest first. */
export async function listRecent(db: LibraryDb): Promise<RecentPrompt[]> {
  return (await db.getAllFromIndex('recent', 'byUsed')).reverse();
}

export async function exportLibrary(db: LibraryDb): Promise<LibraryFile> {
  return { format: 'image-studio-prompt-library', version: 1, prompts: await listPrompts(db) };
}

/** Reads an exported library, or says in a sentence why the file is not one. */
export function parseLibraryFile(text: string): LibraryFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new LibraryError('This file is not JSON, so it is not an exported prompt library.');
  }
  const parsed = LibraryFile.safeParse(json);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (!issue || issue.path[0] === 'format') {
    throw new LibraryError('This JSON file is not an exported prompt library, so nothing was imported.');
  }
  throw new LibraryError(
    `This prompt library cannot be read (${issue.path.join('.')}: ${issue.message}), so nothing was imported.`,
  );
}

export type ImportReport = { added: number; updated: number; unchanged: number };

/**
 * Adds the file's prompts. A prompt already in the library (same id) is replaced only by a
 * newer edit of it, so importing the same file twice changes nothing.
 */
export async function importLibrary(db: LibraryDb, file: LibraryFile): Promise<ImportReport> {
  const report: ImportReport = { added: 0, updated: 0, unchanged: 0 };
  const tx = db.transaction('prompts', 'readwrite');
  for (const prompt of file.prompts) {
    const existing = await tx.store.get(prompt.id);
    if (existing && existing.updatedAt >= prompt.updatedAt) {
      report.unchanged += 1;
      continue;
    }
    await tx.store.put(prompt);
    report[existing ? 'updated' : 'added'] += 1;
  }
  await tx.done;
  return report;
}
