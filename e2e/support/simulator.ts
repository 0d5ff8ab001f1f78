import { SIMULATOR_URL } from './env.ts';

/** What the simulator counts, as `GET /_sim/stats` answers it. */
export type SimStats = {
  requests: { assets: number; features: number; edit: number };
  keysSeen: { onemin: number; gptimageapi: number };
  log: { route: string; idempotencyKey?: string; at: string }[];
};

export type SimControl = {
  fail?: '401' | '402' | '429' | '500' | 'timeout' | 'bad-json' | 'reset' | 'slow' | null;
  failCount?: number;
  latencyMs?: number;
  expireUrls?: boolean;
  reset?: boolean;
};

export async function simControl(control: SimControl, base = SIMULATOR_URL): Promise<void> {
  const response = await fetch(`${base}/_sim/control`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(control),
  });
  if (!response.ok) throw new Error(`simulator control failed: ${response.status}`);
}

export async function simStats(base = SIMULATOR_URL): Promise<SimStats> {
  const response = await fetch(`${base}/_sim/stats`);
  return (await response.json()) as SimStats;
}

/** Back to a healthy, instant simulator with zeroed counters. */
export async function simReset(base = SIMULATOR_URL): Promise<void> {
  await simControl({ fail: null, failCount: 0, latencyMs: 0, expireUrls: false, reset: true }, base);
}
