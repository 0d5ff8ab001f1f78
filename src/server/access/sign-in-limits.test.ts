import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRedisProcess, type RedisProcess } from '../state/redis-process.ts';
import { startTestProxy, type TestProxy } from '../proxy/test-support.ts';
import { hashPassword } from './password.ts';
import { writeUsers } from './users-file.ts';

const PASSWORD = 'the sign-in limits password';
/** The TLS proxy in front of the studio, as the deployment guide recommends. */
const PROXY = '127.0.0.9';

type Answer = { status: number; retryAfter: string | undefined; cookie: string | undefined };

/** `POST /api/session` from `from` (a loopback address of its own), optionally through the proxy. */
function signIn(url: string, body: { name: string; password: string }, from: string, forwardedFor?: string) {
  return new Promise<Answer>((resolve, reject) => {
    const req = httpRequest(
      `${url}/api/session`,
      {
        method: 'POST',
        localAddress: from,
        headers: {
          'Content-Type': 'application/json',
          ...(forwardedFor ? { 'X-Forwarded-For': forwardedFor } : {}),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            retryAfter: res.headers['retry-after'],
            cookie: res.headers['set-cookie']?.[0]?.split(';')[0],
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

let redis: RedisProcess;
let usersPath: string;
beforeAll(async () => {
  redis = await startRedisProcess();
  usersPath = join(mkdtempSync(join(tmpdir(), 'studio-sign-in-')), 'users.json');
  const passwordHash = await hashPassword(PASSWORD);
  writeUsers(usersPath, [
    { name: 'alice', passwordHash },
    { name: 'bob', passwordHash },
  ]);
});
afterAll(() => redis.stop());

describe.each(['memory', 'redis'] as const)('sign-in limits stop guessing, not people (%s state)', (kind) => {
  let proxy: TestProxy;
  let time = Date.UTC(2026, 0, 5, 9);
  // Each test signs in from addresses of its own, so the tests do not share limits.
  let block = 0;
  const addresses = () => {
    block += 1;
    return (host: number) => `127.${kind === 'memory' ? 10 : 20}.${block}.${host}`;
  };
  const documentation = () => {
    block += 1;
    return (host: number) => `198.${kind === 'memory' ? 18 : 19}.${block}.${host}`;
  };

  beforeAll(async () => {
    proxy = await startTestProxy(
      () => ({
        STUDIO_USERS_FILE: usersPath,
        STUDIO_TRUSTED_PROXIES: PROXY,
        // Lower than the defaults (20 and 100), so the tests need fewer slow password checks.
        STUDIO_SIGN_IN_FREE_FAILURES_PER_ADDRESS: '10',
        STUDIO_SIGN_IN_NAME_CEILING: '20',
        ...(kind === 'redis' ? { REDIS_URL: redis.url } : {}),
      }),
      () => time,
    );
  });
  afterAll(() => proxy.close());

  const wrong = (name: string, i: number) => ({ name, password: `guess number ${i}` });
  const right = (name: string) => ({ name, password: PASSWORD });

  it("an attacker's wrong passwords for a name do not lock out its user elsewhere", async () => {
    const at = addresses();
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await signIn(proxy.url, wrong('alice', i), at(1))).status);
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // Alice, at her own desk, signs in.
    const alice = await signIn(proxy.url, right('alice'), at(2));
    expect(alice.status).toBe(200);
    expect(alice.cookie).toMatch(/^studio_session=/);
  });

  it('holds a guessing address with delays that grow: 1 s, 2 s, 4 s…', async () => {
    const at = addresses();
    for (let i = 0; i < 5; i++) expect((await signIn(proxy.url, wrong('bob', i), at(1))).status).toBe(401);
    const waits: string[] = [];
    for (let round = 0; round < 3; round++) {
      const held = await signIn(proxy.url, wrong('bob', 9), at(1));
      expect(held.status).toBe(429);
      waits.push(held.retryAfter ?? '');
      time += Number(held.retryAfter) * 1000;
      expect((await signIn(proxy.url, wrong('bob', round), at(1))).status).toBe(401);
    }
    expect(waits).toEqual(['1', '2', '4']);
    // The right password, once the wait is over, still signs in from there, and clears the delays.
    time += 8_000;
    expect((await signIn(proxy.url, right('bob'), at(1))).status).toBe(200);
    expect((await signIn(proxy.url, wrong('bob', 1), at(1))).status).toBe(401);
  });

  it('behind the TLS proxy, junk sign-ins from one browser do not lock out the team', async () => {
    const browser = documentation();
    const junk: number[] = [];
    for (let i = 0; i < 15; i++) {
      junk.push((await signIn(proxy.url, wrong(`nobody${i}`, i), PROXY, `${browser(1)}`)).status);
    }
    expect(junk.slice(0, 10).every((status) => status === 401)).toBe(true);
    // The guessing browser is held, whatever name it tries…
    expect(junk.at(-1)).toBe(429);
    // …while everyone else, arriving through the same proxy, signs in.
    expect((await signIn(proxy.url, right('alice'), PROXY, browser(2))).status).toBe(200);
    expect((await signIn(proxy.url, right('bob'), PROXY, `10.9.9.9, ${browser(3)}`)).status).toBe(200);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const at = addresses();
    const statuses: number[] = [];
    // A client that names a new address each time is still one address.
    for (let i = 0; i < 15; i++) {
      statuses.push((await signIn(proxy.url, wrong(`nobody${i}`, i), at(1), `203.0.113.${i}`)).status);
    }
    expect(statuses.at(-1)).toBe(429);
  });

  it('a name under attack from many addresses: held for those that failed, open to the rest', async () => {
    const botnet = documentation();
    let held = 0;
    for (let i = 1; i <= 30; i++) {
      const status = (await signIn(proxy.url, wrong('alice', i), PROXY, botnet(i % 10))).status;
      if (status === 429) held += 1;
    }
    // Each address got a few tries; past the name's ceiling the addresses that failed wait.
    expect(held).toBeGreaterThan(0);
    expect((await signIn(proxy.url, right('alice'), PROXY, botnet(1))).status).toBe(429);
    // Alice, from an address that has not failed, signs in.
    expect((await signIn(proxy.url, right('alice'), PROXY, botnet(200))).status).toBe(200);
  });
});
