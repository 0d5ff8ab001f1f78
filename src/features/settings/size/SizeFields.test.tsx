import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getEntry } from '../../../catalog/index.ts';
import { SizeFields } from './SizePanel.tsx';

const render = (entryId: string, size: string) =>
  renderToStaticMarkup(<SizeFields entry={getEntry(entryId)!} size={size} onChange={() => {}} />);

const alertText = (html: string) =>
  /<div role="alert"[^>]*>(.*?)<\/div>/.exec(html)?.[1]?.replace(/<[^>]+>/g, ' ');

describe('SizeFields', () => {
  it('offers presets, Width and Height for a custom-size model, with no alert for a valid size', () => {
    const html = render('onemin:gpt-image-2:generate', '1536x1024');
    expect(html).toMatch(/>Width<\/label>/);
    expect(html).toMatch(/>Height<\/label>/);
    expect(html).toMatch(/aria-pressed="true"[^>]*>.*?Landscape/);
    expect(html).toMatch(/1\.57 MP/);
    expect(html).toMatch(/<button[^>]*disabled=""[^>]*>Snap to valid<\/button>/);
    expect(alertText(html)).toBeUndefined();
  });

  it('names each broken rule in an alert and offers the snap', () => {
    const html = render('onemin:gpt-image-2:generate', '1000x4000');
    const alert = alertText(html) ?? '';
    expect(alert).toMatch(/Block size: width and height must both be divisible by 16/);
    expect(alert).toMatch(/Maximum edge/);
    expect(alert).toMatch(/Aspect ratio/);
    expect(html).toMatch(/<button[^>]*class="button button-small">Snap to valid<\/button>/);
  });

  it('shows only the three sizes of a fixed-size model', () => {
    const html = render('onemin:gpt-image-1-mini:edit', '1024x1536');
    expect(html).not.toMatch(/>Width</);
    expect([...html.matchAll(/type="radio"/g)]).toHaveLength(3);
    expect(html).toMatch(/checked="" value="1024x1536"/);
  });

  it('shows aspect ratios for an aspect model', () => {
    const html = render('gptimageapi:gpt-image-2:edit', '16:9');
    expect(html).toMatch(/>Aspect ratio<\/legend>/);
    expect([...html.matchAll(/type="radio"/g)]).toHaveLength(6);
    expect(html).toMatch(/checked="" value="16:9"/);
  });
});
