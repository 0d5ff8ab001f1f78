import { describe, expect, it } from 'vitest';
import { CATALOG, getEntry, type CatalogEntry } from './entries.ts';
import {
  adaptSettings,
  checkSize,
  compressionApplies,
  initialSettings,
  preferredSize,
  validateSettings,
} from './rules.ts';
import { Background, OutputFormat, type JobSettings } from './schema.ts';
import { isValidGptImage2Size, parsePixelSize } from './sizes.ts';

function entry(id: string): CatalogEntry {
  const found = getEntry(id);
  if (!found) throw new Error(`catalog lacks ${id}`);
  return found;
}

const generate = entry('onemin:gpt-image-2:generate');
const inpaint = entry('onemin:gpt-image-2:inpaint');
const mini = entry('onemin:gpt-image-1-mini:edit');
const api = entry('gptimageapi:gpt-image-2:edit');

function settingsFor(e: CatalogEntry, changes: Partial<JobSettings> = {}): JobSettings {
  return { ...initialSettings(e, 'a lighthouse at dusk'), ...changes };
}

function rulesBroken(e: CatalogEntry, changes: Partial<JobSettings>): string[] {
  return validateSettings(e, settingsFor(e, changes)).map((issue) => issue.rule);
}

describe('initialSettings', () => {
  it('starts each entry on the values its seed’s playground shows', () => {
    expect(initialSettings(generate)).toEqual({
      prompt: '',
      size: '1024x1024',
      quality: 'medium',
      n: 1,
      background: 'auto',
      outputFormat: 'png',
      outputCompression: 85,
    });
    expect(initialSettings(api, 'x')).toMatchObject({ prompt: 'x', size: '1:1', quality: 'medium', n: 1 });
  });

  it('is valid for every entry once there is a prompt', () => {
    for (const e of CATALOG) expect(validateSettings(e, settingsFor(e))).toEqual([]);
  });
});

describe('validateSettings: prompt', () => {
  it('refuses an empty or blank prompt', () => {
    expect(rulesBroken(generate, { prompt: '' })).toEqual(['prompt-required']);
    expect(rulesBroken(generate, { prompt: '  \n\t ' })).toEqual(['prompt-required']);
  });

  it('takes exactly 4000 characters and refuses 4001, giving the count and the limit', () => {
    expect(rulesBroken(generate, { prompt: 'a'.repeat(4000) })).toEqual([]);
    const issues = validateSettings(generate, settingsFor(generate, { prompt: 'a'.repeat(4001) }));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'prompt', rule: 'prompt-length' });
    expect(issues[0]?.message).toContain('4,001 characters');
    expect(issues[0]?.message).toContain('limit is 4,000');
  });
});

describe('validateSettings: n', () => {
  it.each([1, 5, 10])('takes %i', (n) => {
    expect(rulesBroken(mini, { n })).toEqual([]);
  });

  it.each([0, 11, -1, 1.5])('refuses %d with a sentence giving the range', (n) => {
    const issues = validateSettings(mini, settingsFor(mini, { n }));
    expect(issues.map((i) => i.rule)).toEqual(['n-range']);
    expect(issues[0]?.message).toContain('from 1 to 10');
  });
});

describe('validateSettings: background and format', () => {
  it('refuses transparent with jpeg or webp on mini, takes it with png', () => {
    expect(rulesBroken(mini, { background: 'transparent', outputFormat: 'jpeg' })).toEqual([
      'transparent-needs-png',
    ]);
    expect(rulesBroken(mini, { background: 'transparent', outputFormat: 'webp' })).toEqual([
      'transparent-needs-png',
    ]);
    expect(rulesBroken(mini, { background: 'transparent', outputFormat: 'png' })).toEqual([]);
    const [issue] = validateSettings(
      mini,
      settingsFor(mini, { background: 'transparent', outputFormat: 'jpeg' }),
    );
    expect(issue?.field).toBe('background');
    expect(issue?.message).toContain('PNG');
  });

  it('takes only the backgrounds the model lists', () => {
    expect(rulesBroken(generate, { background: 'transparent' })).toEqual(['background-options']);
    expect(rulesBroken(generate, { background: 'preserve' })).toEqual(['background-options']);
    expect(rulesBroken(generate, { background: 'opaque' })).toEqual([]);
    expect(rulesBroken(mini, { background: 'opaque' })).toEqual(['background-options']);
    for (const background of ['auto', 'preserve', 'white', 'black'] as const) {
      expect(rulesBroken(mini, { background, outputFormat: 'jpeg' })).toEqual([]);
    }
  });

  it('ignores background and format where the provider takes neither', () => {
    expect(rulesBroken(api, { background: 'transparent', outputFormat: 'jpeg' })).toEqual([]);
  });
});

describe('validateSettings: output compression', () => {
  it('checks 0..100 only when the format is jpeg or webp', () => {
    expect(rulesBroken(mini, { outputFormat: 'png', outputCompression: 150 })).toEqual([]);
    expect(rulesBroken(mini, { outputFormat: 'jpeg', outputCompression: 150 })).toEqual([
      'compression-range',
    ]);
    expect(rulesBroken(mini, { outputFormat: 'webp', outputCompression: -1 })).toEqual(['compression-range']);
    expect(rulesBroken(mini, { outputFormat: 'jpeg', outputCompression: 0 })).toEqual([]);
    expect(rulesBroken(mini, { outputFormat: 'jpeg', outputCompression: 100 })).toEqual([]);
    expect(rulesBroken(generate, { outputFormat: 'webp', outputCompression: 101 })).toEqual([
      'compression-range',
    ]);
  });

  it('never applies to the inpainter, which does not list it', () => {
    expect(compressionApplies(inpaint, 'jpeg')).toBe(false);
    expect(compressionApplies(generate, 'jpeg')).toBe(true);
    expect(compressionApplies(generate, 'png')).toBe(false);
    expect(rulesBroken(inpaint, { outputFormat: 'jpeg', outputCompression: 150 })).toEqual([]);
  });
});

describe('validateSettings and checkSize: sizes', () => {
  it('names the gpt-image-2 rule that failed', () => {
    const cases: [string, string, string][] = [
      ['1000x1000', 'block-size', 'Block size'],
      ['1008x640', 'minimum-pixels', 'Minimum pixels'],
      ['2896x2880', 'maximum-pixels', 'Maximum pixels'],
      ['3856x1296', 'maximum-edge', 'Maximum edge'],
      ['3840x512', 'aspect-ratio', 'Aspect ratio'],
    ];
    for (const [size, rule, name] of cases) {
      const issues = validateSettings(generate, settingsFor(generate, { size }));
      expect(issues.map((i) => [i.field, i.rule])).toEqual([['size', rule]]);
      expect(issues[0]?.message.startsWith(name)).toBe(true);
    }
  });

  it('asks for WxH when the size does not parse', () => {
    expect(checkSize(generate, 'large')).toEqual([
      { field: 'size', rule: 'size-format', message: 'Write the size as width x height, e.g. 1536x1024.' },
    ]);
  });

  it('takes only mini’s three sizes and the listed aspect ratios', () => {
    expect(checkSize(mini, '1536x1024')).toEqual([]);
    expect(checkSize(mini, '2048x2048').map((i) => i.rule)).toEqual(['size-options']);
    expect(checkSize(mini, '2048x2048')[0]?.message).toContain('1024x1024, 1024x1536, 1536x1024');
    expect(checkSize(api, '9:21')).toEqual([]);
    expect(checkSize(api, '3:2').map((i) => i.rule)).toEqual(['aspect-options']);
    expect(checkSize(api, '1024x1024').map((i) => i.rule)).toEqual(['aspect-options']);
  });
});

describe('preferredSize', () => {
  it('keeps a 1000x750 source at about 4:3 on gpt-image-2', () => {
    const size = parsePixelSize(preferredSize(generate, { width: 1000, height: 750 }));
    expect(size && isValidGptImage2Size(size)).toBe(true);
    expect(size && Math.abs(size.width / size.height / (4 / 3) - 1)).toBeLessThan(0.01);
  });

  it('raises a small source to the minimum area, keeping its ratio', () => {
    const size = parsePixelSize(preferredSize(generate, { width: 400, height: 300 }));
    expect(size && isValidGptImage2Size(size)).toBe(true);
    expect(size && Math.abs(size.width / size.height / (4 / 3) - 1)).toBeLessThan(0.01);
  });

  it('picks the nearest of mini’s three sizes', () => {
    expect(preferredSize(mini, { width: 1000, height: 750 })).toBe('1536x1024');
    expect(preferredSize(mini, { width: 750, height: 1000 })).toBe('1024x1536');
    expect(preferredSize(mini, { width: 1100, height: 1000 })).toBe('1024x1024');
  });

  it('picks the nearest aspect ratio on gptimageapi.dev', () => {
    expect(preferredSize(api, { width: 1000, height: 750 })).toBe('4:3');
    expect(preferredSize(api, { width: 1920, height: 1080 })).toBe('16:9');
    expect(preferredSize(api, { width: 900, height: 2100 })).toBe('9:21');
    expect(preferredSize(api, { width: 500, height: 500 })).toBe('1:1');
  });

  it('falls back to the previous size, then to the initial one', () => {
    expect(preferredSize(mini, undefined, '1536x864')).toBe('1536x1024');
    expect(preferredSize(api, undefined, '1024x2048')).toBe('1:2');
    expect(preferredSize(generate, undefined, 'nonsense')).toBe('1024x1024');
    expect(preferredSize(api)).toBe('1:1');
  });

  it('reads a previous aspect ratio, so 16:9 stays wide on gpt-image-2 and mini', () => {
    const size = parsePixelSize(preferredSize(generate, undefined, '16:9'));
    expect(size && isValidGptImage2Size(size)).toBe(true);
    expect(size && Math.abs(size.width / size.height / (16 / 9) - 1)).toBeLessThan(0.01);
    expect(preferredSize(mini, undefined, '9:21')).toBe('1024x1536');
  });
});

describe('adaptSettings (a model switch)', () => {
  it('gpt-image-2 → mini: snaps the size to one of three and drops opaque', () => {
    const from = settingsFor(generate, { size: '2048x1152', background: 'opaque', outputFormat: 'jpeg' });
    expect(adaptSettings(mini, from)).toEqual({ ...from, size: '1536x1024', background: 'auto' });
  });

  it('mini → gpt-image-2: keeps a valid size, drops transparent', () => {
    const from = settingsFor(mini, { size: '1024x1536', background: 'transparent' });
    expect(adaptSettings(generate, from)).toEqual({ ...from, background: 'auto' });
  });

  it('gpt-image-2 → gptimageapi.dev: a pixel size becomes the nearest aspect ratio', () => {
    expect(adaptSettings(api, settingsFor(generate, { size: '1536x1024' })).size).toBe('4:3');
    expect(adaptSettings(api, settingsFor(generate, { size: '1024x2048' })).size).toBe('1:2');
  });

  it('gptimageapi.dev → gpt-image-2: an aspect ratio becomes a valid size of that ratio', () => {
    const size = parsePixelSize(adaptSettings(generate, settingsFor(api, { size: '2:1' })).size);
    expect(size).toEqual({ width: 1440, height: 720 });
  });

  it('prefers the source’s ratio when one is given', () => {
    expect(adaptSettings(mini, settingsFor(api, { size: '1:1' }), { width: 1600, height: 900 }).size).toBe(
      '1536x1024',
    );
  });

  it('clamps n into 1..10', () => {
    expect(adaptSettings(mini, settingsFor(mini, { n: 0 })).n).toBe(1);
    expect(adaptSettings(mini, settingsFor(mini, { n: 15 })).n).toBe(10);
    expect(adaptSettings(mini, settingsFor(mini, { n: 2.6 })).n).toBe(3);
  });

  it('leaves only the prompt to fix, whatever the other entry held', () => {
    // Settings valid for one entry may carry any value in the fields that entry ignores.
    const sizes = ['1024x1024', '1536x1024', '1024x1536', '2048x1152', '16:9', '9:21', '1:1', 'nonsense'];
    let checked = 0;
    for (const target of CATALOG) {
      for (const size of sizes) {
        for (const background of Background.options) {
          for (const outputFormat of OutputFormat.options) {
            for (const outputCompression of [-5, 0, 85, 300]) {
              const settings = settingsFor(generate, {
                size,
                background,
                outputFormat,
                outputCompression,
                n: 12,
              });
              const issues = validateSettings(target, adaptSettings(target, settings));
              if (issues.length > 0) {
                throw new Error(
                  `${target.id} ← ${JSON.stringify(settings)}: ${issues.map((i) => i.rule).join(', ')}`,
                );
              }
              checked++;
            }
          }
        }
      }
    }
    expect(checked).toBe(CATALOG.length * sizes.length * 6 * 3 * 4);
  });
});
