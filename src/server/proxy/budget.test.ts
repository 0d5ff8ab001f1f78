import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiErrorBody, IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import { jobCredits } from '../simulator/onemin/ai-record.ts';
import { SessionAnswer } from '../../wire/session.ts';
import { hashPassword } from '../access/password.ts';
import { writeUsers } from '../access/users-file.ts';
import { generateBody, pngBytes, postJson, startTestProxy, type TestProxy } from './test-support.ts';

const PASSWORD = 'budget test password';

describe('daily credit budgets', () => {
  let proxy: TestProxy;
  let alice: Record<string, string>;
  let dan: Record<string, string>;
  const session = async (name: string) => {
    const signedIn = await postJson(`${proxy.url}/api/session`, { name, password: PASSWORD });
    expect(signedIn.status).toBe(200);
    return { Cookie: signedIn.headers.get('set-cookie')!.split(';')[0]! };
  };
  const spend = async (headers: Record<string, string>) =>
    SessionAnswer.parse(await (await fetch(`${proxy.url}/api/session`, { headers })).json()).spend;

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'studio-budget-')), 'users.json');
    const passwordHash = await hashPassword(PASSWORD);
    writeUsers(path, [
      { name: 'alice', passwordHash, dailyBudget: 16 },
      { name: 'dan', passwordHash },
    ]);
    proxy = await startTestProxy(() => ({ STUDIO_USERS_FILE: path, STUDIO_DAILY_BUDGET: '1000000' }));
    [alice, dan] = [await session('alice'), await session('dan')];
  });
  afterAll(() => proxy.close());

  it('lets a 16-credit user make one high-quality edit, then refuses the next before it reaches upstream', async () => {
    const image = `data:image/png;base64,${(await pngBytes(16, 16)).toString('base64')}`;
    const edit = () =>
      postJson(
        `${proxy.url}/api/gptimageapi/images/edit`,
        { prompt: 'Make it blue', image, quality: 'high' },
        alice,
      );
    expect((await edit()).status).toBe(200);
    expect(await spend(alice)).toMatchObject({ today: 16, budget: 16 });

    const refused = await edit();
    expect(refused.status).toBe(429);
    const { error } = ApiErrorBody.parse(await refused.json());
    expect(error.code).toBe('over_budget');
    expect(error.message).toMatch(
      /Your daily budget is 16 credits and you have spent 16 today\..* resets at \d\d:\d\d UTC/,
    );
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await proxy.simStats()).requests.edit).toBe(1);
  });

  it('charges a 1min.ai job its reservation while the account total is unknown, then what it cost; the browser sees the cost, never the account', async () => {
    const before = await spend(dan);
    const charged: number[] = [];
    for (const prompt of ['A kite', 'A boat']) {
      const answer = await postJson(
        `${proxy.url}/api/onemin/features`,
        generateBody({ prompt, quality: 'high' }),
        dan,
      );
      expect(answer.status).toBe(200);
      const json = (await answer.json()) as { aiRecord: Record<string, unknown>; studioCredits: number };
      expect(json.aiRecord).not.toHaveProperty('teamUser');
      charged.push(json.studioCredits);
    }
    const cost = jobCredits('high', { width: 1024, height: 1024 }, 1);
    // The first answer has no earlier total to compare with: it keeps its (upper-bound) reservation.
    expect(charged[0]).toBeGreaterThan(cost);
    expect(charged[1]).toBe(cost);
    expect((await spend(dan)).today - before.today).toBe(charged[0]! + charged[1]!);
  });
});

describe('who pays for a 1min.ai job', () => {
  let proxy: TestProxy;
  const users = new Map<string, Record<string, string>>();
  const spent = async (name: string) =>
    SessionAnswer.parse(await (await fetch(`${proxy.url}/api/session`, { headers: users.get(name) })).json())
      .spend.today;
  const generate = (name: string, promptObject: Record<string, unknown>, key?: string) =>
    postJson(`${proxy.url}/api/onemin/features`, generateBody(promptObject), {
      ...users.get(name),
      ...(key ? { [IDEMPOTENCY_HEADER]: key } : {}),
    });
  const used = async () => (await proxy.simStats()).usedCredit;

  beforeAll(async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'studio-who-pays-')), 'users.json');
    const passwordHash = await hashPassword(PASSWORD);
    const names = ['ops', 'carol', 'dave', 'erin'];
    writeUsers(
      path,
      names.map((name) => ({ name, passwordHash })),
    );
    proxy = await startTestProxy(() => ({ STUDIO_USERS_FILE: path, UPSTREAM_TIMEOUT_MS: '1000' }));
    for (const name of names) {
      const signedIn = await postJson(`${proxy.url}/api/session`, { name, password: PASSWORD });
      users.set(name, { Cookie: signedIn.headers.get('set-cookie')!.split(';')[0]! });
    }
  });
  afterAll(() => proxy.close());

  it('charges a cancelled and a timed-out job to their users, and the next job only its own cost', async () => {
    // A job alone makes the account's total known.
    expect((await generate('ops', { quality: 'low' })).status).toBe(200);
    const start = await used();

    // 1min.ai bills as it accepts a job here, so the cancelled and timed-out jobs are paid for.
    await proxy.simControl({ billing: 'start', latencyMs: 5000 });
    const carolJob = generate('carol', { prompt: 'Cancelled', quality: 'high' }, 'who-pays-carol');
    await vi.waitFor(async () => expect(await used()).toBeGreaterThan(start), { timeout: 5000 });
    await fetch(`${proxy.url}/api/jobs/who-pays-carol`, { method: 'DELETE', headers: users.get('carol') });
    expect((await carolJob).status).toBe(409);
    expect((await generate('dave', { prompt: 'Timed out', quality: 'high', n: 2 })).status).toBe(504);

    await proxy.simControl({ latencyMs: 0 });
    const erinAnswer = await generate('erin', { prompt: 'Small', quality: 'low' });
    expect(erinAnswer.status).toBe(200);
    const moved = (await used()) - start;

    const cost = {
      carol: jobCredits('high', { width: 1024, height: 1024 }, 1),
      dave: jobCredits('high', { width: 1024, height: 1024 }, 2),
      erin: jobCredits('low', { width: 1024, height: 1024 }, 1),
    };
    expect(moved).toBe(cost.carol + cost.dave + cost.erin);
    const charged = { carol: await spent('carol'), dave: await spent('dave'), erin: await spent('erin') };
    // Nobody's job is charged to someone else: each within a small margin of its own cost…
    expect(charged.erin).toBeLessThan(2 * cost.erin);
    expect(charged.carol).toBeGreaterThan(cost.carol / 2);
    expect(charged.dave).toBeGreaterThan(cost.dave / 2);
    // …and every credit the account spent is counted.
    expect(charged.carol + charged.dave + charged.erin).toBeGreaterThanOrEqual(moved);
    expect(((await erinAnswer.json()) as { studioCredits: number }).studioCredits).toBe(charged.erin);
    await proxy.simControl({ billing: 'end' });
  });

  it('gives back the reservation of a job the provider refused', async () => {
    const before = await spent('erin');
    await proxy.simControl({ fail: '402', failCount: 1 });
    expect((await generate('erin', { prompt: 'Refused', quality: 'high' })).status).toBe(402);
    expect(await spent('erin')).toBe(before);
  });
});
