import { afterEach, describe, expect, it } from 'vitest';
import { parseOneminFeatureAnswer } from '../../wire/onemin/answer.ts';
import { startSimulator, type SimulatorHandle } from './index.ts';

describe('startSimulator', () => {
  let handle: SimulatorHandle | undefined;
  afterEach(async () => {
    await handle?.close();
    handle = undefined;
  });

  it('listens on an ephemeral loopback port and issues URLs on its own origin', async () => {
    handle = await startSimulator();
    expect(handle.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const res = await fetch(`${handle.url}/onemin/api/features`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'API-KEY': 'canary' },
      body: JSON.stringify({
        type: 'IMAGE_GENERATOR',
        model: 'gpt-image-2',
        promptObject: { prompt: 'Live', size: '1024x1024', quality: 'low' },
      }),
    });
    const result = parseOneminFeatureAnswer(await res.json(), `${handle.url}/onemin/asset`);
    expect(result.images[0]?.url.startsWith(`${handle.url}/onemin/signed/development/images/`)).toBe(true);
    const image = await fetch(result.images[0]!.url);
    expect(image.headers.get('content-type')).toBe('image/png');
  });
});
