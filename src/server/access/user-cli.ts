import { resolve } from 'node:path';
import { readDotEnv } from '../dot-env.ts';
import { hashPassword } from './password.ts';
import { readUsers, UserName, writeUsers } from './users-file.ts';

const USAGE = `Usage:
  npm run user -- add NAME [--budget CREDITS]   add a user, or set a new password (and budget; ends their sessions)
  npm run user -- remove NAME
  npm run user -- list
The file is STUDIO_USERS_FILE (from the environment or .env), or --file PATH.
The password is asked on the terminal, or read from the first line of standard input.`;

const MIN_PASSWORD_CHARS = 10;

class UsageError extends Error {}

async function main(args: string[]): Promise<void> {
  const option = (name: string) => {
    const at = args.indexOf(name);
    if (at < 0) return undefined;
    const value = args[at + 1];
    if (value === undefined) throw new UsageError(`${name} needs a value.`);
    args.splice(at, 2);
    return value;
  };
  const file = option('--file') ?? usersFileFromEnv();
  const budgetText = option('--budget');
  const [command, name, ...rest] = args;
  if (!file) throw new UsageError('Set STUDIO_USERS_FILE (in .env or the environment) or pass --file PATH.');
  if (rest.length > 0) throw new UsageError(`Unexpected: ${rest.join(' ')}`);
  const users = readUsers(file);

  if (command === 'list' && name === undefined) {
    for (const user of users) {
      console.info(
        `${user.name}\t${user.dailyBudget === undefined ? 'default budget' : `${user.dailyBudget} credits/day`}`,
      );
    }
    if (users.length === 0) console.info(`No users in ${file}.`);
    return;
  }
  const checked = UserName.safeParse(name);
  if (!checked.success) throw new UsageError(checked.error.issues[0]?.message ?? 'Give a user name.');
  if (command === 'remove') {
    if (!users.some((user) => user.name === checked.data))
      throw new UsageError(`There is no user ${checked.data}.`);
    writeUsers(
      file,
      users.filter((user) => user.name !== checked.data),
    );
    console.info(`Removed ${checked.data}. Their session ends at its next request.`);
    return;
  }
  if (command !== 'add') throw new UsageError(`Unknown command ${command ?? '(none)'}.`);
  const dailyBudget = budgetText === undefined ? undefined : Number(budgetText);
  if (dailyBudget !== undefined && !(Number.isInteger(dailyBudget) && dailyBudget >= 0)) {
    throw new UsageError('--budget takes a whole number of credits per day.');
  }
  const password = await readPassword(`Password for ${checked.data}: `);
  if (password.length < MIN_PASSWORD_CHARS) {
    throw new UsageError(`Use a password of at least ${MIN_PASSWORD_CHARS} characters.`);
  }
  const record = {
    name: checked.data,
    passwordHash: await hashPassword(password),
    ...(dailyBudget !== undefined ? { dailyBudget } : {}),
  };
  const others = users.filter((user) => user.name !== checked.data);
  writeUsers(file, [...others, record]);
  const updated = others.length < users.length;
  console.info(
    updated
      ? `Updated ${checked.data} in ${file}. Their sessions end: they sign in again with the new password.`
      : `Added ${checked.data} in ${file}.`,
  );
}

function usersFileFromEnv(): string | undefined {
  const dotEnv = readDotEnv();
  const path = process.env.STUDIO_USERS_FILE || dotEnv.STUDIO_USERS_FILE;
  return path ? resolve(path) : undefined;
}

/** The terminal's answer without echoing it, or standard input's first line when it is not a terminal. */
async function readPassword(prompt: string): Promise<string> {
  const input = process.stdin;
  if (!input.isTTY) {
    let text = '';
    for await (const chunk of input) text += String(chunk);
    return text.split(/\r?\n/)[0] ?? '';
  }
  process.stdout.write(prompt);
  input.setRawMode(true);
  input.setEncoding('utf8');
  return new Promise((resolveAnswer, reject) => {
    let answer = '';
    const onData = (chars: string) => {
      for (const char of chars) {
        if (char === '\r' || char === '\n') return finish(() => resolveAnswer(answer));
        if (char === '\u0003') return finish(() => reject(new UsageError('Cancelled.')));
        answer = char === '\u007f' || char === '\b' ? answer.slice(0, -1) : answer + char;
      }
    };
    const finish = (then: () => void) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stdout.write('\n');
      then();
    };
    input.on('data', onData);
    input.resume();
  });
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof UsageError ? `${error.message}\n\n${USAGE}` : (error as Error).message);
  process.exit(1);
});
