import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings, type CatalogEntry } from '../../catalog/index.ts';
import { JobSettings } from '../../catalog/schema.ts';
import { ONEMIN_SEED_EXAMPLES, type OneminSeedName } from './fixtures.ts';
import {
  buildOneminFeatureRequest,
  oneminFeatureRequestSchema,
  parseOneminFeatureRequest,
} from './request.ts';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`catalog lacks ${id}`);
  return found;
}

type SeedRequest = (typeof ONEMIN_SEED_EXAMPLES)[OneminSeedName]['request'];

/** The studio settings and assets a seed's request body stands for. */
function settingsOf(request: SeedRequest): {
  settings: JobSettings;
  assets: { imageUrl?: string; maskUrl?: string };
} {
  const po: Record<string, unknown> = request.promptObject;
  const settings = JobSettings.parse({
    prompt: po.prompt,
    size: po.size,
    quality: po.quality,
    n: po.n,
    background: po.background,
    outputFormat: po.output_format,
    outputCompression: 85,
  });
  const assets = {
    ...(typeof po.imageUrl === 'string' ? { imageUrl: po.imageUrl } : {}),
    ...(typeof po.maskUrl === 'string' ? { maskUrl: po.maskUrl } : {}),
  };
  return { settings, assets };
}

/** A copy of a seed request with its promptObject changed; `undefined` removes a field. */
function withPrompt(name: OneminSeedName, changes: Record<string, unknown>): Record<string, unknown> {
  const request = structuredClone(ONEMIN_SEED_EXAMPLES[name].request);
  const po: Record<string, unknown> = { ...request.promptObject, ...changes };
  for (const key of Object.keys(changes)) if (changes[key] === undefined) delete po[key];
  return { ...request, promptObject: po };
}

function refusal(body: unknown): string {
  const result = parseOneminFeatureRequest(body);
  if (result.ok) throw new Error(`accepted ${JSON.stringify(body)}`);
  return result.message;
}

const SEED_NAMES = Object.keys(ONEMIN_SEED_EXAMPLES) as OneminSeedName[];

describe.each(SEED_NAMES)('the %s seed', (name) => {
  const seed = ONEMIN_SEED_EXAMPLES[name];
  const seedEntry = entry(seed.entryId);

  it('buildOneminFeatureRequest gives the seed’s request body exactly', () => {
    const { settings, assets } = settingsOf(seed.request);
    expect(buildOneminFeatureRequest(seedEntry, settings, assets)).toStrictEqual(seed.request);
  });

  it('the entry’s initial settings give the body the seed’s playground generates', () => {
    const { settings, assets } = settingsOf(seed.playgroundRequest);
    const built = buildOneminFeatureRequest(seedEntry, initialSettings(seedEntry, settings.prompt), assets);
    expect(built).toStrictEqual(seed.playgroundRequest);
  });

  it('the seed’s request body parses with the entry’s schema and with parseOneminFeatureRequest', () => {
    expect(oneminFeatureRequestSchema(seedEntry).safeParse(seed.request).success).toBe(true);
    const result = parseOneminFeatureRequest(seed.request);
    expect(result.ok && result.entry.id).toBe(seed.entryId);
    expect(result.ok && result.body).toStrictEqual(seed.request);
    expect(parseOneminFeatureRequest(seed.playgroundRequest).ok).toBe(true);
  });

  it('refuses an unknown field, at the top and in promptObject', () => {
    expect(refusal({ ...seed.request, stream: true })).toContain('stream');
    expect(refusal(withPrompt(name, { style: 'vivid' }))).toContain('style');
  });

  it('refuses wrong types', () => {
    expect(refusal(withPrompt(name, { n: '1' }))).toContain('promptObject.n');
    expect(refusal(withPrompt(name, { prompt: 42 }))).toContain('promptObject.prompt');
    expect(refusal(withPrompt(name, { quality: 'ultra' }))).toContain('promptObject.quality');
    expect(refusal(withPrompt(name, { n: 1.5 }))).toContain('promptObject.n');
    expect(refusal({ ...seed.request, promptObject: null })).toContain('promptObject');
  });

  it('refuses an empty prompt, a prompt over 4000 characters and n outside 1..10', () => {
    expect(refusal(withPrompt(name, { prompt: ' ' }))).toContain('Describe the image');
    expect(refusal(withPrompt(name, { prompt: 'a'.repeat(4001) }))).toContain('4,001 characters');
    expect(refusal(withPrompt(name, { n: 0 }))).toContain('from 1 to 10');
    expect(refusal(withPrompt(name, { n: 11 }))).toContain('from 1 to 10');
  });
});

describe('parseOneminFeatureRequest: what the catalog does not have', () => {
  it('refuses a body that names no type or model', () => {
    expect(refusal(null)).toBe('The request must name a feature type and a model.');
    expect(refusal({ model: 'gpt-image-2', promptObject: {} })).toBe(
      'The request must name a feature type and a model.',
    );
  });

  it('refuses type/model pairs that are not in the catalog', () => {
    const inpaintMini = { ...ONEMIN_SEED_EXAMPLES.inpainter.request, model: 'gpt-image-1-mini' };
    expect(refusal(inpaintMini)).toBe(
      "1min.ai IMAGE_INPAINTER with model gpt-image-1-mini is not in the studio's catalog.",
    );
    expect(refusal({ ...ONEMIN_SEED_EXAMPLES.generator.request, model: 'gpt-image-1-mini' })).toContain(
      'not in the studio',
    );
    expect(refusal({ ...ONEMIN_SEED_EXAMPLES.generator.request, model: 'dall-e-3' })).toContain(
      'not in the studio',
    );
    expect(refusal({ ...ONEMIN_SEED_EXAMPLES.generator.request, type: 'CHAT_WITH_AI' })).toContain(
      'not in the studio',
    );
  });
});

describe('parseOneminFeatureRequest: sizes', () => {
  it.each([
    ['1000x1000', 'Block size'],
    ['1008x640', 'Minimum pixels'],
    ['2896x2880', 'Maximum pixels'],
    ['3856x1296', 'Maximum edge'],
    ['3840x512', 'Aspect ratio'],
  ])('gpt-image-2 refuses %s, naming the rule %s', (size, rule) => {
    for (const name of ['generator', 'editor', 'inpainter'] as const) {
      expect(refusal(withPrompt(name, { size }))).toContain(`${rule}:`);
    }
  });

  it('gpt-image-2 takes any valid WxH and only the canonical spelling', () => {
    expect(parseOneminFeatureRequest(withPrompt('generator', { size: '2048x1152' })).ok).toBe(true);
    expect(parseOneminFeatureRequest(withPrompt('generator', { size: '3840x1280' })).ok).toBe(true);
    expect(refusal(withPrompt('generator', { size: '1024 x 1024' }))).toContain('WxH');
    expect(refusal(withPrompt('generator', { size: '16:9' }))).toContain('WxH');
  });

  it('mini takes only its three sizes', () => {
    expect(parseOneminFeatureRequest(withPrompt('miniEditor', { size: '1024x1536' })).ok).toBe(true);
    expect(refusal(withPrompt('miniEditor', { size: '2048x1152' }))).toContain(
      '1024x1024, 1024x1536, 1536x1024',
    );
  });
});

describe('parseOneminFeatureRequest: per-model rules', () => {
  it('refuses output_compression with png (or with no format), takes it with jpeg and webp', () => {
    expect(refusal(withPrompt('generator', { output_compression: 80 }))).toContain(
      'only applies when output_format',
    );
    expect(refusal(withPrompt('miniEditor', { output_compression: 80 }))).toContain(
      'only applies when output_format',
    );
    expect(refusal(withPrompt('editor', { output_format: undefined, output_compression: 80 }))).toContain(
      'only applies when output_format',
    );
    expect(
      parseOneminFeatureRequest(withPrompt('generator', { output_format: 'jpeg', output_compression: 80 }))
        .ok,
    ).toBe(true);
    expect(
      parseOneminFeatureRequest(withPrompt('miniEditor', { output_format: 'webp', output_compression: 0 }))
        .ok,
    ).toBe(true);
    expect(refusal(withPrompt('miniEditor', { output_format: 'jpeg', output_compression: 101 }))).toContain(
      'from 0 to 100',
    );
  });

  it('the inpainter refuses output_compression as an unknown field', () => {
    expect(refusal(withPrompt('inpainter', { output_format: 'jpeg', output_compression: 80 }))).toContain(
      'output_compression',
    );
  });

  it('mini refuses transparent with jpeg and takes it with png', () => {
    expect(refusal(withPrompt('miniEditor', { background: 'transparent', output_format: 'jpeg' }))).toContain(
      'PNG',
    );
    expect(parseOneminFeatureRequest(withPrompt('miniEditor', { background: 'transparent' })).ok).toBe(true);
  });

  it('each model takes only its own backgrounds', () => {
    expect(refusal(withPrompt('generator', { background: 'transparent' }))).toContain('auto, opaque');
    expect(refusal(withPrompt('miniEditor', { background: 'opaque' }))).toContain('auto, preserve');
  });

  it('gpt-image-2 requires quality; mini requires n', () => {
    expect(refusal(withPrompt('generator', { quality: undefined }))).toContain('promptObject.quality');
    expect(parseOneminFeatureRequest(withPrompt('generator', { n: undefined })).ok).toBe(true);
    expect(refusal(withPrompt('miniEditor', { n: undefined }))).toContain('promptObject.n');
    expect(parseOneminFeatureRequest(withPrompt('miniEditor', { quality: undefined })).ok).toBe(true);
  });

  it('requires imageUrl for editors and maskUrl for the inpainter', () => {
    expect(refusal(withPrompt('editor', { imageUrl: undefined }))).toContain('promptObject.imageUrl');
    expect(refusal(withPrompt('miniEditor', { imageUrl: undefined }))).toContain('promptObject.imageUrl');
    expect(refusal(withPrompt('inpainter', { imageUrl: undefined }))).toContain('promptObject.imageUrl');
    expect(refusal(withPrompt('inpainter', { maskUrl: undefined }))).toContain('promptObject.maskUrl');
    expect(refusal(withPrompt('inpainter', { maskUrl: '' }))).toContain('maskUrl must name the mask asset');
    expect(refusal(withPrompt('editor', { imageUrl: '' }))).toContain('imageUrl must name the source asset');
  });

  it('the generator refuses a source or a mask', () => {
    expect(refusal(withPrompt('generator', { imageUrl: 'development/images/a.png' }))).toContain('imageUrl');
    expect(refusal(withPrompt('editor', { maskUrl: 'development/images/m.png' }))).toContain('maskUrl');
  });
});

describe('buildOneminFeatureRequest', () => {
  const generate = entry('onemin:gpt-image-2:generate');
  const inpaint = entry('onemin:gpt-image-2:inpaint');
  const mini = entry('onemin:gpt-image-1-mini:edit');

  it('adds output_compression only for jpeg and webp, and never for the inpainter', () => {
    const jpeg = {
      ...initialSettings(generate, 'a fox'),
      outputFormat: 'jpeg' as const,
      outputCompression: 70,
    };
    expect(buildOneminFeatureRequest(generate, jpeg).promptObject).toMatchObject({ output_compression: 70 });
    const png = buildOneminFeatureRequest(generate, { ...jpeg, outputFormat: 'png' });
    expect('output_compression' in png.promptObject).toBe(false);
    const inpainted = buildOneminFeatureRequest(inpaint, jpeg, { imageUrl: 'a.png', maskUrl: 'm.png' });
    expect('output_compression' in inpainted.promptObject).toBe(false);
    expect(parseOneminFeatureRequest(inpainted).ok).toBe(true);
  });

  it('writes a size typed with spaces or × in the wire’s WxH', () => {
    const body = buildOneminFeatureRequest(generate, {
      ...initialSettings(generate, 'a fox'),
      size: ' 1536 × 1024 ',
    });
    expect(body.promptObject.size).toBe('1536x1024');
    expect(parseOneminFeatureRequest(body).ok).toBe(true);
  });

  it('builds bodies that parse for mini with every background and format it allows', () => {
    for (const background of ['auto', 'preserve', 'white', 'black'] as const) {
      for (const outputFormat of ['png', 'jpeg', 'webp'] as const) {
        const settings = { ...initialSettings(mini, 'ink wash'), background, outputFormat };
        const result = parseOneminFeatureRequest(
          buildOneminFeatureRequest(mini, settings, { imageUrl: 'a.png' }),
        );
        expect(result.ok).toBe(true);
      }
    }
  });

  it('refuses to build for an entry that is not a 1min.ai feature', () => {
    const api = entry('gptimageapi:gpt-image-2:edit');
    expect(() => buildOneminFeatureRequest(api, initialSettings(api, 'x'))).toThrow('not a 1min.ai feature');
    expect(() => oneminFeatureRequestSchema(api)).toThrow('not a 1min.ai feature');
  });
});
