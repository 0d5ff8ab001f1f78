import { mkdtempSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../wire/proxy.ts';
import { SessionAnswer } from '../../wire/session.ts';
import { generateBody, postJson, startTestProxy, type TestProxy } from '../proxy/test-support.ts';
import { hashPassword } from './password.ts';
import { writeUsers } from './users-file.ts';

const PASSWORD = 'correct horse battery staple';

async function usersFile(): Promise<string> {
  const path = join(mkdtempSync(join(tmpdir(), 'studio-users-')), 'users.json');
  writeUsers(path, [
    { name: 'alice', passwordHash: await hashPassword(PASSWORD), dailyBudget: 20_000 },
    { name: 'bob', passwordHash: await hashPassword(`${PASSWORD} 2`) },
  ]);
  return path;
}

const signIn = (proxy: TestProxy, name: string, password: string) =>
  postJson(`${proxy.url}/api/session`, { name, password });

describe('the studio’s own sign-in', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    const path = await usersFile();
    proxy = await startTestProxy(() => ({ STUDIO_USERS_FILE: path }));
  });
  afterAll(() => proxy.close());

  it('refuses /api routes without a session (401 JSON) but answers health', async () => {
    const features = await postJson(`${proxy.url}/api/onemin/features`, generateBody());
    expect(features.status).toBe(401);
    expect(ApiErrorBody.parse(await features.json()).error).toMatchObject({
      code: 'unauthorized',
      status: 401,
    });
    expect((await fetch(`${proxy.url}/api/jobs/any`)).status).toBe(401);
    expect((await fetch(`${proxy.url}/api/session`)).status).toBe(401);
    expect((await fetch(`${proxy.url}/api/health`)).status).toBe(200);
  });

  it('signs in with a HttpOnly SameSite=Strict cookie that opens the API, and signs out', async () => {
    const signedIn = await signIn(proxy, 'alice', PASSWORD);
    expect(signedIn.status).toBe(200);
    const cookie = signedIn.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^studio_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    const session = { Cookie: cookie.split(';')[0]! };

    const features = await postJson(`${proxy.url}/api/onemin/features`, generateBody(), session);
    expect(features.status).toBe(200);
    const answer = SessionAnswer.parse(
      await (await fetch(`${proxy.url}/api/session`, { headers: session })).json(),
    );
    expect(answer).toMatchObject({ access: 'password', user: { name: 'alice' }, spend: { budget: 20_000 } });
    expect(answer.spend.today).toBeGreaterThan(0);

    expect((await fetch(`${proxy.url}/api/session`, { method: 'DELETE', headers: session })).status).toBe(
      204,
    );
    expect((await postJson(`${proxy.url}/api/onemin/features`, generateBody(), session)).status).toBe(401);
  });

  it('marks the cookie Secure behind https', async () => {
    const signedIn = await postJson(
      `${proxy.url}/api/session`,
      { name: 'bob', password: `${PASSWORD} 2` },
      {
        'X-Forwarded-Proto': 'https',
      },
    );
    expect(signedIn.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('refuses a wrong password, and answers 429 to repeated guesses at one name', async () => {
    const wrong = await signIn(proxy, 'alice', 'not the password');
    expect(wrong.status).toBe(401);
    expect(ApiErrorBody.parse(await wrong.json()).error.message).toMatch(/do not match/);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await signIn(proxy, 'alice', `guess ${i}`)).status);
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses.at(-1)).toBe(429);
    // Even the right password waits now, from the address that guessed (see sign-in-limits.test.ts).
    expect((await signIn(proxy, 'alice', PASSWORD)).status).toBe(429);
  });
});

/** A GET from `localAddress` with `headers`. */
function getFrom(url: string, localAddress: string, headers: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { localAddress, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('identity from a trusted reverse proxy', () => {
  let proxy: TestProxy;
  beforeAll(async () => {
    proxy = await startTestProxy(() => ({
      STUDIO_AUTH_HEADER: 'X-Forwarded-Email',
      STUDIO_TRUSTED_PROXIES: '127.0.0.5',
    }));
  });
  afterAll(() => proxy.close());

  it('believes the header only from a trusted address', async () => {
    const who = { 'X-Forwarded-Email': 'carol@example.com' };
    expect(await getFrom(`${proxy.url}/api/jobs/none`, '127.0.0.5', who)).toBe(404);
    expect(await getFrom(`${proxy.url}/api/jobs/none`, '127.0.0.6', who)).toBe(401);
    expect(await getFrom(`${proxy.url}/api/jobs/none`, '127.0.0.5', {})).toBe(401);
  });
});
