import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import type { SourceImage } from '../source/index.ts';
import type { JobRequest } from './job.ts';
import { createJobIds, requestSignature } from './job-ids.ts';

const entry = getEntry('onemin:gpt-image-2:inpaint')!;
const settings = initialSettings(entry, 'Fix the sky');
const source = (hash: string): SourceImage => ({
  blob: new Blob(['x']),
  type: 'png',
  width: 10,
  height: 10,
  name: 's.png',
  hash,
});
const brush = (x: number) => [{ type: 'rect' as const, x, y: 0, width: 4, height: 4, erase: false }];
const request = (overrides: Partial<JobRequest> = {}): JobRequest => ({
  entry,
  settings,
  source: source('s1'),
  mask: brush(0),
  ...overrides,
});

describe('requestSignature', () => {
  it('is the same for the same model, settings, source and mask', () => {
    expect(requestSignature(request())).toBe(requestSignature(request({ settings: { ...settings } })));
  });

  it('differs when the mask, the source, the settings or the model differ', () => {
    const base = requestSignature(request());
    expect(requestSignature(request({ mask: brush(1) }))).not.toBe(base);
    expect(requestSignature(request({ source: source('s2') }))).not.toBe(base);
    expect(requestSignature(request({ settings: { ...settings, n: 2 } }))).not.toBe(base);
    expect(requestSignature(request({ entry: getEntry('onemin:gpt-image-2:edit')! }))).not.toBe(base);
  });
});

describe('createJobIds', () => {
  it('gives a fresh id to every request, and the interrupted id once to the same request again', () => {
    let counter = 0;
    const ids = createJobIds(() => `id-${++counter}`);
    const first = ids.idFor(request());
    expect(ids.idFor(request())).not.toBe(first);
    ids.interrupted(request(), first);
    expect(ids.idFor(request({ mask: brush(3) }))).not.toBe(first);
    expect(ids.idFor(request())).toBe(first);
    expect(ids.idFor(request())).not.toBe(first);
  });

  it('keeps one interrupted id per request, so each job of a sweep gets its own back', () => {
    const ids = createJobIds();
    const low = request({ settings: { ...settings, quality: 'low' } });
    const high = request({ settings: { ...settings, quality: 'high' } });
    ids.interrupted(low, 'low-id');
    ids.interrupted(high, 'high-id');
    expect(ids.idFor(high)).toBe('high-id');
    expect(ids.idFor(low)).toBe('low-id');
  });
});
