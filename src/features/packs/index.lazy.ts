/** For the backup: saved packs travel with the history. */
export { SavedPack } from './schema.ts';
export { restoreSavedPacks, savedPacksForBackup } from './backup.ts';
