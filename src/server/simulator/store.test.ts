import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorApp, SimStats } from './index.ts';
import { ImageStore, type StoredImage } from './store.ts';
import { quadrantPng, uploadAsset } from './test-support.ts';

const image = (fill: number, size = 60): StoredImage => ({
  bytes: Buffer.alloc(size, fill),
  contentType: 'image/png',
  width: 1,
  height: 1,
});

// The spilled images go to a temporary folder of this test's own, removed at the end.
const systemTmp = process.env.TMPDIR;
beforeAll(() => {
  process.env.TMPDIR = mkdtempSync(join(tmpdir(), 'studio-store-test-'));
});
afterAll(() => {
  rmSync(tmpdir(), { recursive: true, force: true });
  if (systemTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = systemTmp;
});

describe('ImageStore', () => {
  it('keeps at most its memory cap in memory, the rest on disk under the temporary folder', () => {
    const store = new ImageStore({ memoryBytes: 100, diskBytes: 250 });
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) store.put(key, image(i));
    expect(store.usage()).toEqual({ images: 5, memoryBytes: 60, diskBytes: 240 });
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) {
      expect(store.get(key)?.bytes.equals(Buffer.alloc(60, i))).toBe(true);
    }
    expect(readdirSync(tmpdir()).some((name) => name.startsWith('studio-sim-images-'))).toBe(true);
  });

  it('lets the least recently used go once the disk cap is spent too', () => {
    const store = new ImageStore({ memoryBytes: 100, diskBytes: 250 });
    for (const [i, key] of ['a', 'b', 'c', 'd', 'e'].entries()) store.put(key, image(i));
    store.put('f', image(5));
    expect(store.get('a')).toBeUndefined();
    store.get('b');
    store.put('g', image(6));
    expect(store.get('c')).toBeUndefined();
    expect(store.get('b')?.bytes[0]).toBe(1);
    expect(store.usage().memoryBytes + store.usage().diskBytes).toBeLessThanOrEqual(350);
  });

  it('replaces an image put again under its key, and keeps its other fields', () => {
    const store = new ImageStore({ memoryBytes: 100, diskBytes: 1000 });
    store.put('a', { ...image(1), expiresAt: 42 });
    store.put('b', image(2));
    store.put('a', { ...image(3), expiresAt: 43 });
    expect(store.usage()).toEqual({ images: 2, memoryBytes: 60, diskBytes: 60 });
    expect(store.get('b')).toMatchObject({ contentType: 'image/png', width: 1, height: 1 });
    expect(store.get('a')).toMatchObject({ expiresAt: 43 });
  });
});

describe('the simulator under many large uploads at once', () => {
  it('keeps its images within its memory cap, and every one of them', async () => {
    const cap = 4 * 1024 * 1024;
    const app = createSimulatorApp({ storeMemoryBytes: cap });
    // A real PNG head and a megabyte of padding: large, and cheap to make.
    const head = await quadrantPng(16, 16);
    const uploads = Array.from({ length: 20 }, (_, i) => Buffer.concat([head, Buffer.alloc(1024 * 1024, i)]));
    const paths = await Promise.all(uploads.map((bytes, i) => uploadAsset(app, bytes, `big-${i}.png`)));
    const stats = SimStats.parse(await (await app.request('/_sim/stats')).json());
    expect(stats.store.images).toBe(20);
    expect(stats.store.memoryBytes).toBeLessThanOrEqual(cap);
    for (const [i, path] of paths.entries()) {
      const served = await app.request(`/onemin/asset/${path}`);
      expect(Buffer.from(await served.arrayBuffer()).equals(uploads[i]!)).toBe(true);
    }
  });
});
