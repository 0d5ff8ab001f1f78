import { afterEach, describe, expect, it } from 'vitest';
import { generateBody, postJson, startTeamProxy } from './test-support.ts';

/**
 * Issue 18's reproductions: many 1min.ai jobs at once by a user with a daily budget, against
 * the simulator, whose account total grows by pixels and quality like the real one. What the
 * account really spent must stay within the budget, and the studio must count all of it.
 */
type Team = Awaited<ReturnType<typeof startTeamProxy>>;
let team: Team | undefined;
afterEach(async () => {
  await team?.proxy.close();
  team = undefined;
});

async function concurrentGenerates(
  open: Team,
  headers: Record<string, string>,
  count: number,
  promptObject: Record<string, unknown>,
): Promise<number[]> {
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) =>
      postJson(
        `${open.proxy.url}/api/onemin/features`,
        generateBody({ prompt: `Concurrent ${i}`, ...promptObject }),
        headers,
      ),
    ),
  );
  return answers.map((answer) => answer.status);
}

function report(name: string, spent: number, budget: number, statuses: number[]) {
  const admitted = statuses.filter((status) => status === 200).length;
  console.info(
    `${name}: the account spent ${spent} credits of a ${budget}-credit budget (${(spent / budget).toFixed(2)}×), ${admitted} of ${statuses.length} jobs admitted`,
  );
}

describe('1min.ai budgets under concurrency', () => {
  it('on a fresh studio, 20 concurrent high n=4 2048x2048 generates stay within a 40,000-credit budget', async () => {
    const budget = 40_000;
    team = await startTeamProxy([{ name: 'ana', dailyBudget: budget }]);
    const ana = await team.signIn('ana');
    const before = await team.accountUsed();
    const statuses = await concurrentGenerates(team, ana, 20, { size: '2048x2048', quality: 'high', n: 4 });
    const spent = (await team.accountUsed()) - before;
    report('fresh studio, 20 × high n=4 2048x2048', spent, budget, statuses);
    expect(spent).toBeLessThanOrEqual(budget);
    expect(await team.spent(ana)).toBeGreaterThanOrEqual(spent);
  });

  it('on a fresh studio with a budget that admits some, what they cost stays within it and is all counted', async () => {
    const budget = 4_000_000;
    team = await startTeamProxy([{ name: 'ana', dailyBudget: budget }]);
    const ana = await team.signIn('ana');
    const before = await team.accountUsed();
    const statuses = await concurrentGenerates(team, ana, 20, { size: '2048x2048', quality: 'high', n: 4 });
    const spent = (await team.accountUsed()) - before;
    report('fresh studio, 20 × high n=4 2048x2048', spent, budget, statuses);
    expect(statuses).toContain(200);
    expect(spent).toBeLessThanOrEqual(budget);
    expect(await team.spent(ana)).toBeGreaterThanOrEqual(spent);
  });

  it('after learning the price at 1024x640, 30 concurrent 3840x2160 jobs stay within the budget', async () => {
    const budget = 40_000;
    team = await startTeamProxy([{ name: 'bo', dailyBudget: budget }]);
    const bo = await team.signIn('bo');
    const before = await team.accountUsed();
    for (const prompt of ['First small kite', 'Second small kite']) {
      const small = generateBody({ prompt, size: '1024x640', quality: 'low' });
      expect((await postJson(`${team.proxy.url}/api/onemin/features`, small, bo)).status).toBe(200);
    }
    const statuses = await concurrentGenerates(team, bo, 30, { size: '3840x2160', quality: 'low' });
    const spent = (await team.accountUsed()) - before;
    report('learned at 1024x640, then 30 × low 3840x2160', spent, budget, statuses);
    expect(statuses).toContain(200);
    expect(spent).toBeLessThanOrEqual(budget);
    expect(await team.spent(bo)).toBeGreaterThanOrEqual(spent);
  });

  it('a provider that bills at the start teaches no price of 0: 40 concurrent jobs stay within the budget', async () => {
    const budget = 20_000;
    team = await startTeamProxy([{ name: 'ops' }, { name: 'cy', dailyBudget: budget }]);
    const [ops, cy] = [await team.signIn('ops'), await team.signIn('cy')];
    await team.proxy.simControl({ billing: 'start' });
    const job = (prompt: string) =>
      postJson(`${team!.proxy.url}/api/onemin/features`, generateBody({ prompt, quality: 'low' }), ops);
    // One job alone (the account's total is then known), then two at once: each answer's total
    // already holds the other's charge.
    expect((await job('Alone')).status).toBe(200);
    await team.proxy.simControl({ latencyMs: 1000 });
    const pair = await Promise.all([job('Pair one'), job('Pair two')]);
    expect(pair.map((answer) => answer.status)).toEqual([200, 200]);

    // Long enough that every one is admitted before the first answers.
    await team.proxy.simControl({ latencyMs: 200 });
    const before = await team.accountUsed();
    const statuses = await concurrentGenerates(team, cy, 40, { quality: 'low' });
    const spent = (await team.accountUsed()) - before;
    report('billing at the start, then 40 × low 1024x1024', spent, budget, statuses);
    expect(statuses).toContain(200);
    expect(spent).toBeLessThanOrEqual(budget);
    expect(await team.spent(cy)).toBeGreaterThanOrEqual(spent);
  });
});
