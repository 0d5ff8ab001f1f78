import * as z from 'zod/mini';
import { formatFromPath, UpstreamAnswerError, type JobResult } from '../result.ts';

export const GptImageApiAnswer = z.looseObject({
  code: z.number(),
  message: z.optional(z.string()),
  data: z.nullish(
    z.looseObject({
      images: z.array(z.looseObject({ url: z.string().check(z.minLength(1)) })),
    }),
  ),
});
export type GptImageApiAnswer = z.infer<typeof GptImageApiAnswer>;

/** An edit answer as the studio's `JobResult`; `code !== 0` is the provider saying it failed. */
export function parseGptImageApiAnswer(json: unknown, creditsForJob?: number): JobResult {
  const parsed = GptImageApiAnswer.safeParse(json);
  if (!parsed.success)
    throw new UpstreamAnswerError('gptimageapi.dev answered in a shape the studio does not know.');
  const answer = parsed.data;
  if (answer.code !== 0) {
    throw new UpstreamAnswerError(
      answer.message ? `gptimageapi.dev: ${answer.message}` : `gptimageapi.dev failed (code ${answer.code}).`,
    );
  }
  const images = (answer.data?.images ?? []).map((image) => ({
    url: image.url,
    format: formatFromPath(image.url) ?? 'png',
  }));
  if (images.length === 0) throw new UpstreamAnswerError('gptimageapi.dev answered without any image.');
  return {
    provider: 'gptimageapi',
    images,
    ...(creditsForJob !== undefined ? { credits: { job: creditsForJob } } : {}),
  };
}
