import type { ClientRequest } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiErrorBody } from '../wire/proxy.ts';
import { requestFrom, type PeerAnswer } from './peer-request.ts';
import { pngBytes } from './proxy/test-support.ts';
import { builtSpa } from './spa-fixture.ts';
import { spawnStudioProcess, type StudioProcess } from './studio-process.ts';

const EDIT = '/api/gptimageapi/images/edit';
const JSON_TYPE = { 'Content-Type': 'application/json' };
/** Nearly the largest edit body the studio takes (a 50 MB image as a data URL). */
const DECLARED_BYTES = 66_000_000;
const GRACE_MS = 3_000;

/**
 * The attack of issue 18: an edit body that declares `DECLARED_BYTES` and sends one byte a
 * second. Answers what the studio finally says, and stops sending then.
 */
function trickle(studio: StudioProcess, from: string): Promise<PeerAnswer> {
  let timer: NodeJS.Timeout | undefined;
  const send = (request: ClientRequest) => {
    request.write('{"prompt":"x","quality":"low","image":"data:image/png;base64,');
    timer = setInterval(() => request.write('A'), 1_000);
    request.on('close', () => clearInterval(timer));
  };
  const answer = requestFrom(from, `${studio.url}${EDIT}`, {
    method: 'POST',
    headers: { ...JSON_TYPE, 'Content-Length': String(DECLARED_BYTES) },
    timeoutMs: 60_000,
    send,
  }).finally(() => clearInterval(timer));
  // Handled here too, so a test that fails before awaiting it reports its own failure only.
  answer.catch(() => undefined);
  return answer;
}

function edit(studio: StudioProcess, from: string, image: string): Promise<PeerAnswer> {
  const body = JSON.stringify({ prompt: 'Make it blue', quality: 'low', image });
  return requestFrom(from, `${studio.url}${EDIT}`, {
    method: 'POST',
    headers: JSON_TYPE,
    timeoutMs: 20_000,
    send: (request) => request.end(body),
  });
}

describe('a client that sends an edit body one byte a second', () => {
  let studio: StudioProcess;
  let image: string;

  beforeAll(async () => {
    image = `data:image/png;base64,${(await pngBytes(64, 64)).toString('base64')}`;
    studio = await spawnStudioProcess(builtSpa(), { BODY_RATE_GRACE_MS: String(GRACE_MS) });
  });
  afterAll(async () => {
    await studio?.stop();
  });

  it("blocks no one else's edits, blocks its own only until it is dropped, and is dropped with a 408", async () => {
    const attacks = [trickle(studio, '127.0.0.2')];
    await new Promise((resolve) => setTimeout(resolve, 300));
    attacks.push(trickle(studio, '127.0.0.2'));

    // Another client's edit goes ahead at once, while the slow bodies are still being sent.
    const others = await Promise.all([edit(studio, '127.0.0.3', image), edit(studio, '127.0.0.4', image)]);
    for (const other of others) {
      expect(other.status, other.body).toBe(200);
      expect(other.ms).toBeLessThan(GRACE_MS);
    }
    // The slow client's own next edit waits for its budget, which its slow bodies give back
    // once they are dropped.
    const own = edit(studio, '127.0.0.2', image);

    for (const attack of await Promise.all(attacks)) {
      expect(attack.status).toBe(408);
      expect(ApiErrorBody.parse(JSON.parse(attack.body)).error).toMatchObject({
        code: 'timeout',
        message: expect.stringMatching(/arrived too slowly/),
      });
      // Dropped after the grace, not after minutes.
      expect(attack.ms).toBeLessThan(GRACE_MS + 5_000);
    }
    const ownAnswer = await own;
    expect(ownAnswer.status, ownAnswer.body).toBe(200);
  }, 60_000);
});
