import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import { getEntry, initialSettings } from '../../catalog/index.ts';
import type { JobResult } from '../../wire/result.ts';
import type { Job } from './job.ts';
import { executeJob, type PipelineDeps } from './pipeline.ts';

const generate = getEntry('onemin:gpt-image-2:generate')!;
const edit = getEntry('onemin:gpt-image-2:edit')!;
const RESULT: JobResult = {
  provider: 'onemin',
  images: [{ url: 'https://asset.example/a.png', format: 'png' }],
};

function job(entry = generate): Job {
  return {
    jobId: 'job-1',
    groupId: 'group-1',
    entry,
    settings: initialSettings(entry, 'A lighthouse'),
    source:
      entry === edit
        ? { blob: new Blob(['x']), type: 'png', width: 8, height: 8, name: 's.png', hash: 'h' }
        : null,
    mask: null,
  };
}

/** Deps that record the order of what happened. */
function deps(overrides: Partial<PipelineDeps> = {}) {
  const events: string[] = [];
  const base: PipelineDeps = {
    inputsFor: async () => {
      events.push('inputs');
      return {};
    },
    resolveAssets: async () => {
      events.push('assets');
      return { imageUrl: 'asset/source.png' };
    },
    assetBase: async () => 'https://asset.example/',
    send: vi.fn(async (request) => {
      events.push(`send ${request.jobId} ${request.assets?.imageUrl ?? ''}`.trim());
      return RESULT;
    }),
    record: {
      started: async () => void events.push('recorded'),
      finished: () => void events.push('finished'),
      failed: () => void events.push('failed'),
    },
    spendMoved: () => void events.push('spend moved'),
    setPhase: (_id, phase) => void events.push(`phase ${phase}`),
    interrupted: () => void events.push('interrupted'),
    now: () => 0,
    ...overrides,
  };
  return { events, deps: base };
}

describe('executeJob', () => {
  it('records the job before the paid request leaves, then files its result', async () => {
    const { events, deps: d } = deps();
    await expect(executeJob(job(edit), new AbortController().signal, d)).resolves.toBe(RESULT);
    expect(events).toEqual([
      'phase preparing',
      'inputs',
      'phase uploading',
      'assets',
      'recorded',
      'phase generating',
      'send job-1 asset/source.png',
      'finished',
      'spend moved',
      'phase null',
    ]);
  });

  it('sends nothing once cancelled while the images were being prepared', async () => {
    const controller = new AbortController();
    const { events, deps: d } = deps({
      resolveAssets: async () => {
        controller.abort();
        return {};
      },
    });
    await expect(executeJob(job(), controller.signal, d)).rejects.toMatchObject({ code: 'cancelled' });
    expect(events.some((event) => event.startsWith('send'))).toBe(false);
    expect(events).not.toContain('recorded');
    expect(events).not.toContain('spend moved');
  });

  it('marks a dropped connection so the same request again reuses the id, and says what happened', async () => {
    const { events, deps: d } = deps({
      send: async () => {
        throw new ApiError('network', 'Failed to fetch', 0);
      },
    });
    const error = await executeJob(job(), new AbortController().signal, d).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/without paying twice/);
    expect(events.slice(-4)).toEqual(['failed', 'interrupted', 'spend moved', 'phase null']);
  });

  it("files the provider's failure and passes it on unchanged", async () => {
    const refused = new ApiError('out_of_credits', 'The account is out of credits.', 402);
    const { events, deps: d } = deps({
      send: async () => {
        throw refused;
      },
    });
    await expect(executeJob(job(), new AbortController().signal, d)).rejects.toBe(refused);
    expect(events.slice(-3)).toEqual(['failed', 'spend moved', 'phase null']);
    expect(events).not.toContain('interrupted');
  });

  it('goes on when the history cannot record the job', async () => {
    const { deps: d } = deps({
      record: { started: async () => undefined, finished: () => {}, failed: () => {} },
    });
    await expect(executeJob(job(), new AbortController().signal, d)).resolves.toBe(RESULT);
  });
});
