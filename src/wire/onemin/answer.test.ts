import { describe, expect, it } from 'vitest';
import { JobResult, UpstreamAnswerError } from '../result.ts';
import {
  oneminAccountTotal,
  parseOneminAssetAnswer,
  parseOneminFeatureAnswer,
  resolveAssetUrl,
  stripAccountDetails,
} from './answer.ts';
import { ONEMIN_SEED_EXAMPLES, withResultPaths, type OneminSeedName } from './fixtures.ts';

const ASSET_BASE = 'https://asset.1min.ai/';
const SEED_NAMES = Object.keys(ONEMIN_SEED_EXAMPLES) as OneminSeedName[];

function failure(json: unknown): UpstreamAnswerError {
  try {
    parseOneminFeatureAnswer(json, ASSET_BASE);
  } catch (error) {
    if (error instanceof UpstreamAnswerError) return error;
    throw error;
  }
  throw new Error('the answer was accepted');
}

describe.each(SEED_NAMES)('the %s seed’s answer', (name) => {
  const { answer } = ONEMIN_SEED_EXAMPLES[name];
  const record = answer.aiRecord;
  const [width, height] = record.aiRecordDetail.promptObject.size.split('x').map(Number);

  it('parses to one image: the signed temporaryUrl, the result path, the requested size, png', () => {
    const result = parseOneminFeatureAnswer(answer, ASSET_BASE);
    expect(result).toStrictEqual({
      provider: 'onemin',
      images: [
        {
          url: record.temporaryUrl,
          assetPath: record.aiRecordDetail.resultObject[0],
          width,
          height,
          format: 'png',
        },
      ],
      upstreamId: record.uuid,
    });
    expect(JobResult.safeParse(result).success).toBe(true);
  });

  it('gives the same result once account details are stripped, with the cost the studio charged', () => {
    const stripped = stripAccountDetails(answer, 1234);
    expect(parseOneminFeatureAnswer(stripped, ASSET_BASE)).toStrictEqual({
      ...parseOneminFeatureAnswer(answer, ASSET_BASE),
      credits: { job: 1234 },
    });
  });

  it('reads the account’s used credits for the server', () => {
    expect(oneminAccountTotal(answer)).toBe(record.teamUser.usedCredit);
    expect(oneminAccountTotal(stripAccountDetails(answer))).toBeUndefined();
  });
});

describe('parseOneminFeatureAnswer: n > 1', () => {
  const seedAnswer = ONEMIN_SEED_EXAMPLES.generator.answer;
  const paths = [
    'development/images/var_1.png',
    'development/images/var_2.png',
    'development/images/var_3.png',
  ];

  it('renders the first from temporaryUrl and resolves the others against the asset host', () => {
    const answer = withResultPaths(seedAnswer, paths, 0);
    const result = parseOneminFeatureAnswer(answer, ASSET_BASE);
    expect(result.images.map((image) => image.url)).toEqual([
      answer.aiRecord.temporaryUrl,
      'https://asset.1min.ai/development/images/var_2.png',
      'https://asset.1min.ai/development/images/var_3.png',
    ]);
    expect(result.images.map((image) => image.assetPath)).toEqual(paths);
    expect(answer.aiRecord.temporaryUrl).toContain(
      '/asset.1min.ai/development/images/var_1.png?X-Amz-Algorithm=',
    );
    for (const image of result.images)
      expect(image).toMatchObject({ width: 1536, height: 1024, format: 'png' });
  });

  it('matches a temporaryUrl that signs the second path to it', () => {
    const answer = withResultPaths(seedAnswer, paths, 1);
    const result = parseOneminFeatureAnswer(answer, ASSET_BASE);
    expect(result.images.map((image) => image.url)).toEqual([
      'https://asset.1min.ai/development/images/var_1.png',
      answer.aiRecord.temporaryUrl,
      'https://asset.1min.ai/development/images/var_3.png',
    ]);
  });

  it.each([
    'https://assets.example.test/1min',
    'https://assets.example.test/1min/',
    'https://assets.example.test/1min//',
  ])('resolves against a configured base %s', (base) => {
    const result = parseOneminFeatureAnswer(withResultPaths(seedAnswer, paths, 0), base);
    expect(result.images[2]?.url).toBe('https://assets.example.test/1min/development/images/var_3.png');
  });

  it('resolves every path when the temporaryUrl signs none of them', () => {
    const answer = withResultPaths(seedAnswer, paths, 0);
    answer.aiRecord.temporaryUrl =
      'https://s3.us-east-1.amazonaws.com/asset.1min.ai/development/images/other.png?x=1';
    const urls = parseOneminFeatureAnswer(answer, ASSET_BASE).images.map((image) => image.url);
    expect(urls).toEqual(paths.map((path) => `https://asset.1min.ai/${path}`));
  });

  it('takes each image’s format from its path, else the requested format', () => {
    const answer = withResultPaths(seedAnswer, ['a/one.webp', 'a/two.JPG', 'a/three'], 0);
    answer.aiRecord.aiRecordDetail.promptObject.output_format = 'jpeg';
    const formats = parseOneminFeatureAnswer(answer, ASSET_BASE).images.map((image) => image.format);
    expect(formats).toEqual(['webp', 'jpeg', 'jpeg']);
  });

  it('does not pass on a format the studio does not know', () => {
    const answer = withResultPaths(seedAnswer, ['a/result'], 0);
    answer.aiRecord.aiRecordDetail.promptObject.output_format = 'gif';
    const result = parseOneminFeatureAnswer(answer, ASSET_BASE);
    expect(result.images[0]?.format).toBe('png');
    expect(JobResult.safeParse(result).success).toBe(true);
  });
});

describe('parseOneminFeatureAnswer: status COMPLETED', () => {
  it('counts as success and shows its images, as public clients treat it', () => {
    const answer = structuredClone(ONEMIN_SEED_EXAMPLES.editor.answer);
    answer.aiRecord.status = 'COMPLETED';
    const result = parseOneminFeatureAnswer(answer, ASSET_BASE);
    expect(result.images.length).toBeGreaterThan(0);
    expect(result.images[0]?.url).toBe(answer.aiRecord.temporaryUrl);
  });
});

describe('parseOneminFeatureAnswer: failures', () => {
  const seedAnswer = ONEMIN_SEED_EXAMPLES.editor.answer;

  it.each(['FAILED', 'PENDING', 'ERROR'])('status %s → UpstreamAnswerError', (status) => {
    const answer = structuredClone(seedAnswer);
    answer.aiRecord.status = status;
    expect(failure(answer).message).toBe(`1min.ai reports the job as ${status.toLowerCase()}.`);
  });

  it('a failed status carries 1min.ai’s errorMessage when it gave one', () => {
    const answer = structuredClone(seedAnswer);
    answer.aiRecord.status = 'FAILED';
    const detail = answer.aiRecord.aiRecordDetail as typeof answer.aiRecord.aiRecordDetail & {
      errorMessage?: string;
    };
    detail.errorMessage = 'Your prompt was flagged by the safety system.';
    expect(failure(answer).message).toBe(
      '1min.ai reports the job as failed: Your prompt was flagged by the safety system.',
    );
  });

  it('no result paths and no temporaryUrl → UpstreamAnswerError', () => {
    const answer = withResultPaths(seedAnswer, [], 0);
    const { temporaryUrl: _dropped, ...record } = answer.aiRecord;
    expect(failure({ aiRecord: record }).message).toBe('1min.ai answered without any image.');
    expect(
      failure({ aiRecord: { ...record, temporaryUrl: null, aiRecordDetail: { promptObject: {} } } }).message,
    ).toBe('1min.ai answered without any image.');
  });

  it('an unknown shape → UpstreamAnswerError', () => {
    expect(failure(null).message).toContain('shape');
    expect(failure({ error: 'Unauthorized' }).message).toContain('shape');
    expect(failure({ aiRecord: { status: 'SUCCESS' } }).message).toContain('shape');
  });
});

describe('resolveAssetUrl', () => {
  it('joins base and path with one slash, and keeps absolute URLs', () => {
    expect(resolveAssetUrl('https://asset.1min.ai', 'development/a.png')).toBe(
      'https://asset.1min.ai/development/a.png',
    );
    expect(resolveAssetUrl('https://asset.1min.ai/', '/development/a.png')).toBe(
      'https://asset.1min.ai/development/a.png',
    );
    expect(resolveAssetUrl('https://asset.1min.ai', 'https://cdn.example.test/a.png')).toBe(
      'https://cdn.example.test/a.png',
    );
  });
});

describe('parseOneminAssetAnswer', () => {
  it('reads fileContent.path', () => {
    expect(parseOneminAssetAnswer({ fileContent: { path: 'development/images/up.png', size: 12 } })).toBe(
      'development/images/up.png',
    );
  });

  it('reads asset.key', () => {
    expect(parseOneminAssetAnswer({ asset: { key: 'development/images/up.webp' } })).toBe(
      'development/images/up.webp',
    );
  });

  it('prefers fileContent.path when both are there', () => {
    expect(parseOneminAssetAnswer({ fileContent: { path: 'a.png' }, asset: { key: 'b.png' } })).toBe('a.png');
  });

  it.each([{}, null, { fileContent: { path: '' } }, { asset: { key: 7 } }])('refuses %j', (json) => {
    expect(() => parseOneminAssetAnswer(json)).toThrow(UpstreamAnswerError);
    expect(() => parseOneminAssetAnswer(json)).toThrow('named no asset path');
  });
});

describe('stripAccountDetails', () => {
  const answer = ONEMIN_SEED_EXAMPLES.inpainter.answer;

  it('drops teamUser whole (the account’s usage and limit too), userId and teamId', () => {
    const stripped = stripAccountDetails(answer) as { aiRecord: Record<string, unknown> };
    for (const field of ['teamUser', 'userId', 'teamId']) expect(field in stripped.aiRecord).toBe(false);
    const text = JSON.stringify(stripped);
    for (const secret of [
      'user-12345',
      'team-67890',
      'Jane Designer',
      'avatar.jpg',
      'ADMIN',
      '320000',
      '100000000',
    ]) {
      expect(text).not.toContain(secret);
    }
  });

  it('leaves everything else as it was, adding the studio’s charge when given', () => {
    const { userId: _u, teamId: _t, teamUser: _team, ...rest } = answer.aiRecord;
    expect(stripAccountDetails(answer)).toStrictEqual({ aiRecord: rest });
    expect(stripAccountDetails(answer, 77)).toStrictEqual({ aiRecord: rest, studioCredits: 77 });
  });

  it('drops a studioCredits the upstream sent itself', () => {
    expect(stripAccountDetails({ ...answer, studioCredits: 1 })).not.toHaveProperty('studioCredits');
    expect(stripAccountDetails({ ...answer, studioCredits: 1 }, 5)).toMatchObject({ studioCredits: 5 });
  });

  it('does not change its input', () => {
    const copy = structuredClone(answer);
    stripAccountDetails(copy);
    expect(copy).toStrictEqual(answer);
  });

  it('passes other shapes through', () => {
    expect(stripAccountDetails(null)).toBeNull();
    expect(stripAccountDetails('text')).toBe('text');
    expect(stripAccountDetails({ error: 'x' })).toStrictEqual({ error: 'x' });
  });
});
