import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SimStats } from './simulator/index.ts';
import { spawnSimulatorProcess, type SimulatorProcess } from './simulator-process.ts';

const MB = 1024 * 1024;
const UPLOADS = 40;
const UPLOAD_BYTES = 10 * MB;
const MEMORY_CAP = 32 * MB;

describe('the simulator under 40 large uploads at once', () => {
  let sim: SimulatorProcess;
  const stats = async () => SimStats.parse(await (await fetch(`${sim.url}/_sim/stats`)).json());
  beforeAll(async () => {
    sim = await spawnSimulatorProcess({ SIM_STORE_MEMORY_BYTES: String(MEMORY_CAP) });
  });
  afterAll(() => sim?.stop());

  it('keeps its images within its memory cap, the rest on disk, and its process small', async () => {
    const before = await stats();
    // A real PNG head and padding: large, and cheap to make.
    const head = await sharp({ create: { width: 16, height: 16, channels: 3, background: 'red' } })
      .png()
      .toBuffer();
    const body = Buffer.concat([head, Buffer.alloc(UPLOAD_BYTES - head.length, 7)]);
    const statuses = await Promise.all(
      Array.from({ length: UPLOADS }, (_, i) => {
        const form = new FormData();
        form.append('asset', new Blob([body], { type: 'image/png' }), `large-${i}.png`);
        return fetch(`${sim.url}/onemin/api/assets`, { method: 'POST', body: form }).then((r) => r.status);
      }),
    );
    expect(statuses.every((status) => status === 200)).toBe(true);

    const after = await stats();
    const grewMb = (after.rssBytes - before.rssBytes) / MB;
    console.info(
      `${UPLOADS} uploads of ${UPLOAD_BYTES / MB} MB: images in memory ${(after.store.memoryBytes / MB).toFixed(1)} MB, on disk ${(after.store.diskBytes / MB).toFixed(1)} MB; process memory ${(before.rssBytes / MB).toFixed(0)} → ${(after.rssBytes / MB).toFixed(0)} MB`,
    );
    expect(after.store.images - before.store.images).toBe(UPLOADS);
    expect(after.store.memoryBytes).toBeLessThanOrEqual(MEMORY_CAP);
    // The uploads were 400 MB; the process keeps far less than that.
    expect(grewMb).toBeLessThan(300);
  });
});
