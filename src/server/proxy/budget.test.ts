import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../../wire/proxy.ts';
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
    proxy = await startTestProxy(() => ({ STUDIO_USERS_FILE: path, STUDIO_DAILY_BUDGET: '1000' }));
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

  it('counts a 1min.ai job by how far the account’s usedCredit moved', async () => {
    const before = (await spend(dan)).today;
    const used: number[] = [];
    for (const prompt of ['A kite', 'A boat']) {
      const answer = await postJson(
        `${proxy.url}/api/onemin/features`,
        generateBody({ prompt, quality: 'high' }),
        dan,
      );
      expect(answer.status).toBe(200);
      used.push(
        ((await answer.json()) as { aiRecord: { teamUser: { usedCredit: number } } }).aiRecord.teamUser
          .usedCredit,
      );
    }
    // The first job has no earlier figure to compare with: it counts at the published price (16).
    expect((await spend(dan)).today - before).toBe(16 + (used[1]! - used[0]!));
    expect(await spend(dan)).toMatchObject({ budget: 1000 });
  });
});
