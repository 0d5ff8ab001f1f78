import { libraryDb } from './db.ts';
import { recordRecent } from './repository.ts';

/** Tells an open library panel that a prompt was run, so its recent list refreshes. */
export const recentChanges = new EventTarget();

/**
 * Files a prompt the user just ran in the library's recent list. The jobs pipeline calls it
 * once per job sent; it rejects with a sentence when the library cannot be opened.
 */
export async function recordRecentPrompt(prompt: string, now: number = Date.now()): Promise<void> {
  await recordRecent(await libraryDb(), prompt, now);
  recentChanges.dispatchEvent(new Event('change'));
}
