import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { readUsers, type UserRecord } from './users-file.ts';

/** The users file as the server reads it: again whenever it changed, so `npm run user` needs no restart. */
export function createUserDirectory(path: string) {
  let cached: { mtimeMs: number; users: Map<string, UserRecord> } | undefined;
  return {
    find(name: string): UserRecord | undefined {
      const mtimeMs = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
      if (cached?.mtimeMs !== mtimeMs) {
        cached = { mtimeMs, users: new Map(readUsers(path).map((user) => [user.name, user])) };
      }
      return cached.users.get(name);
    },
  };
}
export type UserDirectory = ReturnType<typeof createUserDirectory>;

/**
 * A fingerprint of the user's password hash, kept with their sessions: a new password (or the
 * same one set again, with a new salt) changes it, and so ends every session made before.
 */
export function credentialOf(user: UserRecord): string {
  return createHash('sha256').update(user.passwordHash).digest('base64url').slice(0, 22);
}
