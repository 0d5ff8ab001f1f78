import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisProcess, type RedisProcess } from '../state/redis-process.ts';
import { postJson, startTestProxy, type TestProxy } from '../proxy/test-support.ts';
import { hashPassword } from './password.ts';
import { readUsers, writeUsers } from './users-file.ts';

const OLD_PASSWORD = 'the password before';
const NEW_PASSWORD = 'the password after';

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedisProcess();
});
afterAll(() => redis.stop());

describe.each(['memory', 'redis'] as const)('a password change (%s state)', (kind) => {
  let proxy: TestProxy;
  let path: string;

  beforeAll(async () => {
    path = join(mkdtempSync(join(tmpdir(), 'studio-password-change-')), 'users.json');
    writeUsers(path, [
      { name: 'alice', passwordHash: await hashPassword(OLD_PASSWORD) },
      { name: 'bob', passwordHash: await hashPassword(OLD_PASSWORD) },
    ]);
    proxy = await startTestProxy(() => ({
      STUDIO_USERS_FILE: path,
      ...(kind === 'redis' ? { REDIS_URL: redis.url } : {}),
    }));
  });
  afterAll(() => proxy.close());

  const session = async (name: string, password: string) => {
    const signedIn = await postJson(`${proxy.url}/api/session`, { name, password });
    expect(signedIn.status).toBe(200);
    return { Cookie: signedIn.headers.get('set-cookie')!.split(';')[0]! };
  };
  const whoAmI = async (cookie: Record<string, string>) =>
    (await fetch(`${proxy.url}/api/session`, { headers: cookie })).status;
  /** What `npm run user -- add NAME` does: a fresh salted hash in place of the old one. */
  const setPassword = async (name: string, password: string) => {
    const passwordHash = await hashPassword(password);
    writeUsers(
      path,
      readUsers(path).map((user) => (user.name === name ? { ...user, passwordHash } : user)),
    );
  };

  it("ends that user's sessions, and only theirs", async () => {
    const [alice, bob] = [await session('alice', OLD_PASSWORD), await session('bob', OLD_PASSWORD)];
    expect([await whoAmI(alice), await whoAmI(bob)]).toEqual([200, 200]);

    await setPassword('alice', NEW_PASSWORD);
    expect(await whoAmI(alice)).toBe(401);
    expect(await whoAmI(bob)).toBe(200);
    expect(await whoAmI(await session('alice', NEW_PASSWORD))).toBe(200);
  });

  it('ends them too when the user is added again with the same password', async () => {
    const bob = await session('bob', OLD_PASSWORD);
    await setPassword('bob', OLD_PASSWORD);
    expect(await whoAmI(bob)).toBe(401);
  });
});
