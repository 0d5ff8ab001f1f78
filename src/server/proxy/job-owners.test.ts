import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IDEMPOTENCY_HEADER, JobStatusAnswer } from '../../wire/proxy.ts';
import { hashPassword } from '../access/password.ts';
import { writeUsers } from '../access/users-file.ts';
import { startRedisProcess, type RedisProcess } from '../state/redis-process.ts';
import { generateBody, postJson, startTestProxy, type TestProxy } from './test-support.ts';

const PASSWORD = 'a password for the owners test';

async function usersFile(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'studio-owners-')), 'users.json');
  const passwordHash = await hashPassword(PASSWORD);
  writeUsers(path, [
    { name: 'alice', passwordHash },
    // Bob has spent his budget before he starts: he may not have anything paid.
    { name: 'bob', passwordHash, dailyBudget: 0 },
    { name: 'carol', passwordHash },
  ]);
  return path;
}

let redis: RedisProcess;
beforeAll(async () => {
  redis = await startRedisProcess();
});
afterAll(() => redis.stop());

describe.each(['memory', 'redis'] as const)('jobs belong to their user (%s state)', (kind) => {
  let proxy: TestProxy;
  const cookies = new Map<string, Record<string, string>>();
  let counter = 0;
  const newKey = () => `${kind}-owned-${(counter += 1)}`;

  beforeAll(async () => {
    const path = await usersFile();
    proxy = await startTestProxy(() => ({
      STUDIO_USERS_FILE: path,
      ...(kind === 'redis' ? { REDIS_URL: redis.url } : {}),
    }));
    for (const name of ['alice', 'bob', 'carol']) {
      const signedIn = await postJson(`${proxy.url}/api/session`, { name, password: PASSWORD });
      expect(signedIn.status).toBe(200);
      cookies.set(name, { Cookie: signedIn.headers.get('set-cookie')!.split(';')[0]! });
    }
  });
  afterAll(() => proxy.close());

  const as = (name: string) => cookies.get(name)!;
  const generate = (name: string, key: string) =>
    postJson(`${proxy.url}/api/onemin/features`, generateBody(), { ...as(name), [IDEMPOTENCY_HEADER]: key });
  const job = (name: string, key: string, method = 'GET') =>
    fetch(`${proxy.url}/api/jobs/${key}`, { method, headers: as(name) });
  const featureCalls = async () => (await proxy.simStats()).requests.features;

  it("answers another user's job id as unknown, to GET and DELETE", async () => {
    const key = newKey();
    const sent = await generate('alice', key);
    expect(sent.status).toBe(200);
    for (const method of ['GET', 'DELETE']) {
      const response = await job('carol', key, method);
      expect(response.status).toBe(404);
      expect((await response.json()).error.code).toBe('not_found');
    }
    const own = JobStatusAnswer.parse(await (await job('alice', key)).json());
    expect(own).toMatchObject({ id: key, state: 'done' });
    expect(own.answer).toEqual(await sent.json());
  });

  it("never gives another user's paid answer to a request with the same key", async () => {
    const key = newKey();
    const first = await (await generate('alice', key)).json();
    const before = await featureCalls();

    // Over his budget, Bob is refused as for any new job; he does not collect Alice's answer.
    const bob = await generate('bob', key);
    expect(bob.status).toBe(429);
    expect((await bob.json()).error.code).toBe('over_budget');

    // Carol's request with the same key is a job of her own.
    const carol = await generate('carol', key);
    expect(carol.status).toBe(200);
    expect(await carol.json()).not.toEqual(first);
    expect((await featureCalls()) - before).toBe(1);
  });

  it("cannot cancel or join another user's running job", async () => {
    await proxy.simControl({ latencyMs: 400 });
    try {
      const key = newKey();
      const running = generate('alice', key);
      await expect.poll(async () => (await job('alice', key)).status, { interval: 20 }).toBe(200);
      expect((await job('carol', key, 'DELETE')).status).toBe(404);
      expect((await job('carol', key)).status).toBe(404);
      const finished = await running;
      expect(finished.status).toBe(200);
      expect(JobStatusAnswer.parse(await (await job('alice', key)).json()).state).toBe('done');
    } finally {
      await proxy.simControl({ latencyMs: 0 });
    }
  });
});
