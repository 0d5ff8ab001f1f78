import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client.ts';
import type { Job, JobAssets } from '../jobs/run-job.ts';
import { getEntry, initialSettings, type CatalogEntry } from '../../catalog/index.ts';
import type { JobResult } from '../../wire/result.ts';
import { assetsOncePerEntry, runSweepVariant, type SweepContext } from './run-variant.ts';
import type { SweepJob } from './runs.ts';
import { buildSweepVariants, type SweepBase } from './variants.ts';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`no ${id}`);
  return found;
}

const edit2 = entry('onemin:gpt-image-2:edit');
const mini = entry('onemin:gpt-image-1-mini:edit');
const gptimageapi = entry('gptimageapi:gpt-image-2:edit');
const base: SweepBase = { entry: edit2, settings: initialSettings(edit2, 'Make it snow') };
const variants = buildSweepVariants(base, 'model', [edit2.id, mini.id, gptimageapi.id]);

const sweepJobs: SweepJob[] = variants.map((variant, index) => ({
  sweepId: 'sweep-1',
  jobId: `job-${index}`,
  index,
  dimension: 'model',
  base,
  variant,
}));

const resultFor = (job: Job): JobResult => ({
  provider: job.entry.provider,
  images: [{ url: `https://asset.example/${job.jobId}.png`, format: 'png' }],
});

/** A sweep context whose steps write themselves into `log`. */
function fakeContext(overrides: Partial<SweepContext> = {}) {
  const log: string[] = [];
  const controller = new AbortController();
  let clock = 0;
  const resolve = vi.fn(async (e: CatalogEntry): Promise<JobAssets> => {
    log.push(`assets ${e.id}`);
    return { imageUrl: e.upstream.kind === 'onemin' ? 'asset/source.png' : 'data:image/png;base64,AAAA' };
  });
  const context: SweepContext = {
    signal: controller.signal,
    assetsFor: assetsOncePerEntry(resolve),
    assetBase: async () => 'https://asset.example/',
    send: vi.fn(async (job: Job) => {
      log.push(`send ${job.jobId}`);
      clock += 1500;
      return resultFor(job);
    }),
    now: () => clock,
    beforeSend: vi.fn(async (job: Job) => {
      log.push(`started ${job.jobId}`);
    }),
    onResult: vi.fn((job: Job) => log.push(`finished ${job.jobId}`)),
    onFailure: vi.fn((job: Job) => log.push(`failed ${job.jobId}`)),
    ...overrides,
  };
  return { context, log, controller, resolve };
}

describe('assetsOncePerEntry', () => {
  it('resolves the images once per entry however many variants ask at once', async () => {
    const resolve = vi.fn(async (e: CatalogEntry) => ({ imageUrl: e.id }));
    const assetsFor = assetsOncePerEntry(resolve);
    const answers = await Promise.all([
      assetsFor(edit2),
      assetsFor(edit2),
      assetsFor(mini),
      assetsFor(edit2),
    ]);
    expect(resolve).toHaveBeenCalledTimes(2);
    expect(answers.map((a) => a.imageUrl)).toEqual([edit2.id, edit2.id, mini.id, edit2.id]);
  });
});

describe('runSweepVariant', () => {
  it('records the job before its paid request and files the outcome after it, with its time', async () => {
    const { context, log } = fakeContext();
    const outcome = await runSweepVariant(sweepJobs[1]!, context);
    expect(log).toEqual([`assets ${mini.id}`, 'started job-1', 'send job-1', 'finished job-1']);
    expect(outcome).toEqual({
      result: resultFor({ ...sweepJobs[1]!.variant, jobId: 'job-1' }),
      durationMs: 1500,
    });
    const sent = vi.mocked(context.send).mock.calls[0]!;
    expect(sent[0]).toEqual({
      jobId: 'job-1',
      entry: mini,
      settings: variants[1]!.settings,
      assets: { imageUrl: 'asset/source.png' },
    });
    expect(sent[1]).toEqual({ signal: context.signal, assetBase: 'https://asset.example/' });
    expect(context.onResult).toHaveBeenCalledWith(sent[0], outcome.result, 1500);
  });

  it('does not send until the history has the job', async () => {
    let recorded!: () => void;
    const { context } = fakeContext({
      beforeSend: () => new Promise<void>((resolve) => (recorded = resolve)),
    });
    const running = runSweepVariant(sweepJobs[0]!, context);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(context.send).not.toHaveBeenCalled();
    recorded();
    await running;
    expect(context.send).toHaveBeenCalledTimes(1);
  });

  it('runs every variant at once with its own job id, one upload per entry, one failure sparing the rest', async () => {
    const { context, log, resolve } = fakeContext({
      send: vi.fn(async (job: Job) => {
        if (job.entry.id === gptimageapi.id)
          throw new ApiError('provider_failed', 'gptimageapi.dev is down.', 502);
        return resultFor(job);
      }),
    });
    const outcomes = await Promise.allSettled(sweepJobs.map((job) => runSweepVariant(job, context)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected']);
    expect(outcomes[2]).toMatchObject({
      status: 'rejected',
      reason: { message: 'gptimageapi.dev is down.' },
    });
    expect(resolve).toHaveBeenCalledTimes(3);
    const sentIds = vi.mocked(context.send).mock.calls.map(([job]) => job.jobId);
    expect(new Set(sentIds)).toEqual(new Set(['job-0', 'job-1', 'job-2']));
    expect(log.filter((line) => line.startsWith('failed'))).toEqual(['failed job-2']);
    expect(context.onResult).toHaveBeenCalledTimes(2);
  });

  it('records and sends nothing once the sweep is cancelled before the request leaves', async () => {
    const { context, controller } = fakeContext();
    controller.abort();
    await expect(runSweepVariant(sweepJobs[0]!, context)).rejects.toMatchObject({ code: 'cancelled' });
    expect(context.beforeSend).not.toHaveBeenCalled();
    expect(context.send).not.toHaveBeenCalled();
  });

  it('does not record a job whose images could not be put on the provider', async () => {
    const { context } = fakeContext({
      assetsFor: async () => {
        throw new ApiError('payload_too_large', 'The image is too large.', 413);
      },
    });
    await expect(runSweepVariant(sweepJobs[0]!, context)).rejects.toThrow('The image is too large.');
    expect(context.beforeSend).not.toHaveBeenCalled();
    expect(context.onFailure).not.toHaveBeenCalled();
  });
});
