import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings, type JobSettings } from '../../../catalog/index.ts';
import { OutputFields } from './OutputPanel.tsx';

function render(entryId: string, patch: Partial<JobSettings> = {}): string {
  const entry = getEntry(entryId)!;
  return renderToStaticMarkup(
    <OutputFields entry={entry} settings={{ ...initialSettings(entry, 'p'), ...patch }} update={() => {}} />,
  );
}

const labels = (html: string) => [...html.matchAll(/<label[^>]*>([^<]+)<\/label>/g)].map((m) => m[1]);

describe('OutputFields', () => {
  it('shows every output control gpt-image-2 generate takes', () => {
    const html = render('onemin:gpt-image-2:generate');
    expect(labels(html)).toEqual(['Variations', 'Background', 'Format', 'Compression']);
    expect(html).toMatch(/<option value="opaque">Opaque<\/option>/);
    expect(html).not.toMatch(/Transparent/);
  });

  it('disables compression for PNG and enables it for JPEG', () => {
    expect(render('onemin:gpt-image-2:generate')).toMatch(/<input[^>]*type="range"[^>]*disabled=""/);
    expect(render('onemin:gpt-image-2:generate')).toMatch(/Applies to JPEG and WebP only/);
    const jpeg = render('onemin:gpt-image-2:generate', { outputFormat: 'jpeg', outputCompression: 70 });
    expect(jpeg).not.toMatch(/type="range"[^>]*disabled/);
    expect(jpeg).toMatch(/<span class="slider-value"[^>]*>70<\/span>/);
  });

  it('leaves out what the inpainter does not take', () => {
    expect(labels(render('onemin:gpt-image-2:inpaint'))).toEqual(['Variations', 'Background', 'Format']);
  });

  it('shows only Variations for gptimageapi.dev', () => {
    expect(labels(render('gptimageapi:gpt-image-2:edit'))).toEqual(['Variations']);
  });

  it('disables a PNG-only background with a reason while the format is not PNG', () => {
    const webp = render('onemin:gpt-image-1-mini:edit', { outputFormat: 'webp' });
    expect(webp).toMatch(/<option value="transparent" disabled="">Transparent<\/option>/);
    expect(webp).toMatch(/Transparent needs PNG output/);
    const png = render('onemin:gpt-image-1-mini:edit', { outputFormat: 'png' });
    expect(png).toMatch(/<option value="transparent">Transparent<\/option>/);
    expect(png).not.toMatch(/needs PNG output/);
  });
});
