import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBoundedBody } from './bounded-body.ts';

const RATE = { minBytesPerSecond: 1_000, graceMs: 5_000 };

/** A request declaring `length` bytes whose body arrives only as the test pushes it. */
function trickling(length: number) {
  let push!: (bytes: number) => void;
  let end!: () => void;
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      push = (bytes) => controller.enqueue(new Uint8Array(bytes));
      end = () => controller.close();
    },
  });
  const request = new Request('http://studio.test/api/gptimageapi/images/edit', {
    method: 'POST',
    headers: { 'Content-Length': String(length) },
    body,
    duplex: 'half',
  } as RequestInit);
  let released = 0;
  const reading = readBoundedBody(request, {
    maxBytes: 1_000_000,
    admit: async () => () => (released += 1),
    rate: RATE,
  });
  return { push, end, reading, released: () => released };
}

describe('readBoundedBody at its minimum rate', () => {
  afterEach(() => vi.useRealTimers());

  it('drops a body that trickles once the grace is over, with a 408, and gives its budget back', async () => {
    vi.useFakeTimers();
    const body = trickling(100_000);
    const check = expect(body.reading).rejects.toMatchObject({
      code: 'timeout',
      status: 408,
      message: expect.stringMatching(/arrived too slowly/),
    });
    for (let second = 0; second < 5; second++) {
      body.push(1);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    // 5 bytes bought 5 ms past the grace.
    await vi.advanceTimersByTimeAsync(5);
    await check;
    expect(body.released()).toBe(1);
  });

  it('keeps a slow but steady body: each chunk buys time at the minimum rate', async () => {
    vi.useFakeTimers();
    const body = trickling(30_000);
    // 1,500 bytes a second against the 1,000 asked: 20 s in all, well past the grace.
    for (let second = 0; second < 20; second++) {
      body.push(1_500);
      await vi.advanceTimersByTimeAsync(1_000);
    }
    body.end();
    const { bytes } = await body.reading;
    expect(bytes.length).toBe(30_000);
  });

  it('refuses a body longer than it declared', async () => {
    const longer = trickling(10);
    const refused = expect(longer.reading).rejects.toMatchObject({ status: 400 });
    longer.push(11);
    await refused;
  });
});
