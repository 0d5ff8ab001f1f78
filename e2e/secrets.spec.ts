import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Response } from '@playwright/test';
import { CANARY, CANARY_STUDIO_URL, PORTS } from './support/env.ts';
import { simReset } from './support/simulator.ts';

const canaries = Object.values(CANARY);
const canarySimulator = `http://127.0.0.1:${PORTS.canarySimulator}`;

function leaks(text: string): string[] {
  return canaries.filter((canary) => text.includes(canary));
}

test('the API key never reaches the browser, in live mode against the simulator', async ({ page }) => {
  await simReset(canarySimulator);
  const seen: Promise<string[]>[] = [];
  let responses = 0;
  page.on('response', (response: Response) => {
    responses += 1;
    seen.push(
      (async () => {
        const headers = JSON.stringify(await response.allHeaders());
        const body = await response.body().then(
          (b) => b.toString('latin1'),
          () => '',
        );
        return [...leaks(headers), ...leaks(body)];
      })(),
    );
  });

  await page.goto(CANARY_STUDIO_URL);
  await expect(page.getByText(/live/i).first()).toBeVisible();
  await page.getByLabel('Prompt').fill('A canary in a coal mine, line art');
  await page.getByRole('button', { name: 'Generate', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Results' }).getByRole('img')).toHaveCount(1);

  const health = await page.request.get(`${CANARY_STUDIO_URL}/api/health`);
  expect(leaks(await health.text())).toEqual([]);
  const hits = (await Promise.all(seen)).flat();
  expect(responses).toBeGreaterThan(3);
  expect(hits).toEqual([]);

  // The key did reach the upstream: the proxy injected it server-side.
  const stats = (await (await fetch(`${canarySimulator}/_sim/stats`)).json()) as {
    keysSeen: { onemin: number };
  };
  expect(stats.keysSeen.onemin).toBeGreaterThan(0);
});

test('the server log of this run holds requests but no key', async () => {
  const log = await readFile(join(import.meta.dirname, '.artifacts', 'canary-server.log'), 'utf8');
  // The file is appended to across runs: only what this run's server wrote counts.
  const start = log.lastIndexOf(`Image Studio running at ${CANARY_STUDIO_URL}`);
  expect(start).toBeGreaterThanOrEqual(0);
  const thisRun = log.slice(start);
  expect(thisRun).toMatch(/POST \/api\/onemin\/features 200/);
  expect(leaks(thisRun)).toEqual([]);
});

test('the built bundle holds no key', async () => {
  const files = await readdir(join(import.meta.dirname, '..', 'dist'), {
    recursive: true,
    withFileTypes: true,
  });
  const texts = await Promise.all(
    files.filter((f) => f.isFile()).map((f) => readFile(join(f.parentPath, f.name), 'latin1')),
  );
  expect(texts.length).toBeGreaterThan(1);
  expect(texts.flatMap(leaks)).toEqual([]);
});
