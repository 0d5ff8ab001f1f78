import { describe, expect, it } from 'vitest';
import { JobResult, UpstreamAnswerError } from '../result.ts';
import { parseGptImageApiAnswer } from './answer.ts';
import { GPTIMAGEAPI_SEED_ANSWER } from './fixtures.ts';

function failure(json: unknown): UpstreamAnswerError {
  try {
    parseGptImageApiAnswer(json);
  } catch (error) {
    if (error instanceof UpstreamAnswerError) return error;
    throw error;
  }
  throw new Error('the answer was accepted');
}

describe('parseGptImageApiAnswer', () => {
  it('parses the seed’s answer verbatim to one image at the cdn URL', () => {
    const result = parseGptImageApiAnswer(GPTIMAGEAPI_SEED_ANSWER);
    expect(result).toStrictEqual({
      provider: 'gptimageapi',
      images: [{ url: 'https://cdn.gptimageapi.dev/edits/1234567890.png', format: 'png' }],
    });
    expect(JobResult.safeParse(result).success).toBe(true);
  });

  it('passes the job’s credits through', () => {
    expect(parseGptImageApiAnswer(GPTIMAGEAPI_SEED_ANSWER, 16).credits).toStrictEqual({ job: 16 });
    expect(parseGptImageApiAnswer(GPTIMAGEAPI_SEED_ANSWER, 0).credits).toStrictEqual({ job: 0 });
  });

  it('keeps every image, in order, with its format', () => {
    const answer = {
      ...GPTIMAGEAPI_SEED_ANSWER,
      data: {
        images: [
          { url: 'https://cdn.gptimageapi.dev/edits/1.png' },
          { url: 'https://cdn.gptimageapi.dev/edits/2.webp' },
        ],
      },
    };
    expect(parseGptImageApiAnswer(answer).images).toStrictEqual([
      { url: 'https://cdn.gptimageapi.dev/edits/1.png', format: 'png' },
      { url: 'https://cdn.gptimageapi.dev/edits/2.webp', format: 'webp' },
    ]);
  });

  it('code !== 0 → UpstreamAnswerError carrying the provider’s message', () => {
    const error = failure({ code: 40001, message: 'Insufficient credits', data: null });
    expect(error.message).toContain('Insufficient credits');
    expect(failure({ code: 500 }).message).toContain('code 500');
  });

  it('no images → UpstreamAnswerError', () => {
    expect(failure({ code: 0, message: 'ok', data: { images: [] } }).message).toContain('without any image');
    expect(failure({ code: 0, message: 'ok' }).message).toContain('without any image');
    expect(failure({ code: 0, message: 'ok', data: null }).message).toContain('without any image');
  });

  it('an unknown shape → UpstreamAnswerError', () => {
    expect(failure(null).message).toContain('shape');
    expect(failure({ message: 'ok' }).message).toContain('shape');
    expect(failure({ code: 0, data: { images: [{ url: '' }] } }).message).toContain('shape');
  });
});
