import { request as httpRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rssOf, serverPid } from './process-stats.ts';
import { spawnSimulatorProcess, type SimulatorProcess } from './simulator-process.ts';
import { builtSpa } from './spa-fixture.ts';
import { spawnStudioProcess, type StudioProcess } from './studio-process.ts';

const MB = 1024 * 1024;
const BODY_BYTES = 60 * MB;
const BODIES = 8;
const RSS_GROWTH_LIMIT = 150 * MB;

/**
 * An edit body of exactly `BODY_BYTES`, made as it is sent (this process holds none of it):
 * valid (a data URL of base64 characters) or invalid (characters base64 does not have).
 */
function sendEdit(
  url: string,
  valid: boolean,
  bytes: number = BODY_BYTES,
): Promise<{ status: number; body: string }> {
  const head = Buffer.from('{"prompt":"Make it blue","quality":"low","image":"data:image/png;base64,');
  const tail = Buffer.from('"}');
  const fill = Buffer.alloc(MB, valid ? 'A' : '!');
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      `${url}/api/gptimageapi/images/edit`,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': String(bytes) },
      },
      (res) => {
        let body = '';
        res.on('data', (chunk: Buffer) => (body += chunk.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    let left = bytes - head.length - tail.length;
    req.write(head);
    const pump = () => {
      while (left > 0) {
        const chunk = fill.subarray(0, Math.min(left, fill.length));
        left -= chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      req.end(tail);
    };
    pump();
  });
}

describe(`${BODIES} concurrent ${BODY_BYTES / MB} MB edit bodies`, () => {
  let sim: SimulatorProcess;
  let studio: StudioProcess;

  beforeAll(async () => {
    sim = await spawnSimulatorProcess({ SIM_LATENCY_MS: '0' });
    studio = await spawnStudioProcess(builtSpa(), {
      GPTIMAGEAPI_API_KEY: 'memory-test-key',
      GPTIMAGEAPI_BASE_URL: `${sim.url}/gptimageapi`,
      RATE_LIMIT_PAID_PER_MIN: '100',
    });
  });
  afterAll(async () => {
    await studio?.stop();
    await sim?.stop();
  });

  it(`raise the studio's RSS by at most ${RSS_GROWTH_LIMIT / MB} MB, valid or not`, async () => {
    const pid = serverPid(studio.pid);
    // One small edit of each kind first: loading and compiling the routes' code is the server
    // warming up, not memory the bodies take.
    await sendEdit(studio.url, true, MB);
    await sendEdit(studio.url, false, MB);
    const before = rssOf(pid);
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, rssOf(pid))), 10);
    const started = performance.now();
    const answers = await Promise.all(
      Array.from({ length: BODIES }, (_, i) => sendEdit(studio.url, i % 2 === 0)),
    );
    const statuses = answers.map((answer) => answer.status);
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `edit bodies: ${BODIES} × ${BODY_BYTES / MB} MB in ${seconds.toFixed(1)} s; studio RSS ${Math.round(before / MB)} MB → peak ${Math.round(peak / MB)} MB (+${Math.round((peak - before) / MB)} MB); statuses ${statuses.join(' ')}`,
    );
    // Invalid bodies are refused by the proxy; valid ones reach the simulator, which cannot
    // read all those A's as a PNG and refuses them in turn.
    for (const [i, answer] of answers.entries()) {
      expect(answer.body, `body ${i}`).toMatch(i % 2 === 0 ? /gptimageapi\.dev refused/ : /image must be/);
    }
    expect(peak - before).toBeLessThanOrEqual(RSS_GROWTH_LIMIT);
  }, 180_000);
});
