import { describe, expect, it } from 'vitest';
import { GPTIMAGEAPI_SEED_ANSWER } from '../../wire/gptimageapi/fixtures.ts';
import { GptImageApiAnswer, parseGptImageApiAnswer } from '../../wire/gptimageapi/index.ts';
import { ONEMIN_SEED_EXAMPLES, withResultPaths } from '../../wire/onemin/fixtures.ts';
import { OneminFeatureAnswer, parseOneminFeatureAnswer } from '../../wire/onemin/index.ts';
import { gptImageApiAnswerForBrowser, oneminAnswerForBrowser } from './browser-answers.ts';

const ASSET_BASE = 'https://asset.1min.ai';

describe('the answers the browser gets', () => {
  it('carry what the browser reads of a 1min.ai answer, and nothing else', () => {
    const seed = withResultPaths(ONEMIN_SEED_EXAMPLES.generator.answer, ['a/1.png', 'a/2.png']);
    const answer = oneminAnswerForBrowser(OneminFeatureAnswer.parse(seed));
    expect(parseOneminFeatureAnswer(answer, ASSET_BASE)).toStrictEqual(
      parseOneminFeatureAnswer(seed, ASSET_BASE),
    );
    expect(Object.keys(answer.aiRecord).sort()).toEqual(['aiRecordDetail', 'status', 'temporaryUrl', 'uuid']);
    expect(Object.keys(answer.aiRecord.aiRecordDetail).sort()).toEqual(['promptObject', 'resultObject']);
    expect(Object.keys(answer.aiRecord.aiRecordDetail.promptObject).sort()).toEqual([
      'output_format',
      'size',
    ]);
  });

  it('carry what the browser reads of a gptimageapi.dev answer, and nothing else', () => {
    const seed = { ...GPTIMAGEAPI_SEED_ANSWER, note: 'x', trace: { id: 'y' } };
    const answer = gptImageApiAnswerForBrowser(GptImageApiAnswer.parse(seed));
    expect(parseGptImageApiAnswer(answer)).toStrictEqual(parseGptImageApiAnswer(seed));
    expect(JSON.stringify(answer)).toBe(
      JSON.stringify({ code: 0, data: { images: seed.data.images.map(({ url }) => ({ url })) } }),
    );
  });
});
