import type { SimControlBody, SimStats } from '../../src/server/simulator/control-schema.ts';
import { SIMULATOR_URL } from './env.ts';

export async function simControl(control: SimControlBody, base = SIMULATOR_URL): Promise<void> {
  const response = await fetch(`${base}/_sim/control`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(control),
  });
  if (!response.ok) throw new Error(`simulator control failed: ${response.status} ${await response.text()}`);
}

export async function simStats(base = SIMULATOR_URL): Promise<SimStats> {
  const response = await fetch(`${base}/_sim/stats`);
  return (await response.json()) as SimStats;
}

/** Back to a healthy, instant simulator with zeroed counters. */
export async function simReset(base = SIMULATOR_URL): Promise<void> {
  await simControl(
    { fail: null, failCount: null, latencyMs: 0, expireUrls: false, undersize: null, reset: true },
    base,
  );
}
