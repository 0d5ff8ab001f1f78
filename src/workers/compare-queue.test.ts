import { describe, expect, it } from 'vitest';
import { latestPerChannel } from './compare-queue.ts';

type Job = { channel: string; name: string };

/** A queue whose jobs finish only when the test says so, recording what ran and what was dropped. */
function harness() {
  const ran: string[] = [];
  const dropped: string[] = [];
  const finish: (() => void)[] = [];
  const push = latestPerChannel<Job>(
    (job) => {
      ran.push(job.name);
      return new Promise<void>((resolve) => finish.push(resolve));
    },
    (job) => dropped.push(job.name),
  );
  const finishCurrent = async () => {
    finish.shift()?.();
    // Let the queue's await return and start the next job.
    await Promise.resolve();
    await Promise.resolve();
  };
  return { ran, dropped, push, finishCurrent };
}

describe('latestPerChannel', () => {
  it('runs only the newest of the jobs that waited on one channel', async () => {
    const { ran, dropped, push, finishCurrent } = harness();
    push({ channel: 'diff', name: 'threshold 10' });
    push({ channel: 'diff', name: 'threshold 11' });
    push({ channel: 'diff', name: 'threshold 12' });
    push({ channel: 'diff', name: 'threshold 13' });
    expect(ran).toEqual(['threshold 10']);
    await finishCurrent();
    expect(ran).toEqual(['threshold 10', 'threshold 13']);
    expect(dropped).toEqual(['threshold 11', 'threshold 12']);
    await finishCurrent();
    expect(ran).toHaveLength(2);
  });

  it('runs every job of other channels, one at a time', async () => {
    const { ran, dropped, push, finishCurrent } = harness();
    push({ channel: 'diff', name: 'difference' });
    push({ channel: 'inpaint', name: 'leakage' });
    push({ channel: 'preserve 1', name: 'download' });
    expect(ran).toEqual(['difference']);
    await finishCurrent();
    expect(ran).toEqual(['difference', 'leakage']);
    await finishCurrent();
    expect(ran).toEqual(['difference', 'leakage', 'download']);
    expect(dropped).toEqual([]);
  });

  it('keeps going after a job fails', async () => {
    const ran: string[] = [];
    const push = latestPerChannel<Job>(
      async (job) => {
        ran.push(job.name);
        if (job.name === 'bad') throw new Error('broken image');
      },
      () => {},
    );
    push({ channel: 'a', name: 'bad' });
    push({ channel: 'b', name: 'good' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(ran).toEqual(['bad', 'good']);
  });
});
