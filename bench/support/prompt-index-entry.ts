/** The history's prompt index as the studio ships it, bundled on its own so a bench page can time it. */
export { openHistoryDb, SEARCH_KEYS_ADDED } from '../../src/features/history/db.ts';
export { PromptIndex } from '../../src/features/history/prompt-index.ts';
export { searchWords } from '../../src/features/history/search-key.ts';
