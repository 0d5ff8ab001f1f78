import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';

export const UserName = z
  .string()
  .regex(/^[A-Za-z0-9._@-]{1,64}$/, 'A user name is 1 to 64 letters, digits or ._@- characters.');

export const UserRecord = z.strictObject({
  name: UserName,
  /** From `hashPassword`: scrypt, salted. */
  passwordHash: z.string().startsWith('scrypt$'),
  /** Credits this user may spend per UTC day; none means the default (`STUDIO_DAILY_BUDGET`). */
  dailyBudget: z.number().int().nonnegative().optional(),
});
export type UserRecord = z.infer<typeof UserRecord>;

const UsersFile = z.strictObject({ users: z.array(UserRecord) });
type UsersFile = z.infer<typeof UsersFile>;

/** The users in `path`; none when the file does not exist yet. Throws naming the file if it is not valid. */
export function readUsers(path: string): UserRecord[] {
  if (!existsSync(path)) return [];
  const parsed = UsersFile.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success)
    throw new Error(`The users file ${path} is not valid: ${parsed.error.issues[0]?.message}`);
  return parsed.data.users;
}

/** Writes the users whole, through a temporary file, readable by the owner only (it holds hashes). */
export function writeUsers(path: string, users: UserRecord[]): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ users } satisfies UsersFile, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, path);
}
