import { describe, expect, it } from 'vitest';
import { createSimulatorApp } from './app.ts';

const control = (app: ReturnType<typeof createSimulatorApp>, body: string, headers: Record<string, string>) =>
  app.request('http://127.0.0.1:8787/_sim/control', { method: 'POST', headers, body });

describe('POST /_sim/control', () => {
  it('takes only JSON from its own origin, with bounded values', async () => {
    const app = createSimulatorApp();
    const json = { 'Content-Type': 'application/json' };
    // A cross-origin form or fetch without preflight can only send text/plain.
    expect((await control(app, '{"latencyMs":5}', { 'Content-Type': 'text/plain' })).status).toBe(415);
    expect((await control(app, '{"latencyMs":5}', { ...json, Origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await control(app, '{"latencyMs":5}', { ...json, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(
      403,
    );
    expect((await control(app, '{"latencyMs":86400000}', json)).status).toBe(400);
    expect((await control(app, '{"failCount":100000000}', json)).status).toBe(400);
    const own = await control(app, '{"latencyMs":5}', { ...json, Origin: 'http://127.0.0.1:8787' });
    expect(own.status).toBe(200);
    expect(await own.json()).toMatchObject({ latencyMs: 5 });
  });
});
