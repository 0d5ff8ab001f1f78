import { describe, expect, it } from 'vitest';
import { imageDigest, parseEditBody } from './edit-body.ts';
import { outgoingJson } from './outgoing-json.ts';

const dataUrl = (chars: number) => `data:image/png;base64,${'QUJD'.repeat(chars / 4)}`;
const body = (value: unknown) => Buffer.from(JSON.stringify(value));

async function sent(fields: Record<string, unknown>, image: Buffer): Promise<string> {
  let released = 0;
  const outgoing = outgoingJson(fields, 'image', image, () => (released += 1));
  const { body: stream, length } = outgoing.take();
  const text = await new Response(stream).text();
  expect(Buffer.byteLength(text)).toBe(length);
  expect(released).toBe(1);
  return text;
}

describe('parseEditBody', () => {
  it('keeps a long data URL as a view of the body and sends it back out unchanged', async () => {
    const image = dataUrl(200_000);
    const received = body({ prompt: 'Make it blue', image, quality: 'high' });
    const edit = parseEditBody(received);
    expect(edit.image.buffer).toBe(received.buffer);
    expect(edit.settings).toEqual({ prompt: 'Make it blue', quality: 'high' });
    expect(JSON.parse(await sent(edit.settings, edit.image))).toEqual({
      prompt: 'Make it blue',
      quality: 'high',
      image,
    });
  });

  it('takes a short image (a URL) through the schema as it is', async () => {
    const edit = parseEditBody(body({ prompt: 'x', image: 'https://cdn.example.test/a.png' }));
    expect(JSON.parse(await sent(edit.settings, edit.image)).image).toBe('https://cdn.example.test/a.png');
    expect(imageDigest(edit)).toMatch(/^[0-9a-f]{64}$/);
  });

  it.each([
    ['characters base64 does not have', { prompt: 'x', image: `${dataUrl(100_000)}!` }, 400],
    ['another type', { prompt: 'x', image: `data:image/gif;base64,${'A'.repeat(100_000)}` }, 400],
    ['a long prompt', { prompt: 'p'.repeat(100_000), image: dataUrl(8) }, 400],
    ['a forged stand-in', { prompt: 'x', image: '\u0000lifted' }, 400],
    ['a bad quality', { prompt: 'x', image: dataUrl(100_000), quality: 'ultra' }, 400],
    ['a huge skeleton', { prompt: 'x', image: dataUrl(8), extra: Array(200_000).fill(1) }, 413],
  ])('refuses %s', (_name, value, status) => {
    expect(() => parseEditBody(body(value))).toThrow(expect.objectContaining({ status }));
  });

  it('refuses what is not a JSON object', () => {
    for (const text of ['not json', '[1]', 'null', '{"prompt":"x","image":"data:image/png;base64,AAAA']) {
      expect(() => parseEditBody(Buffer.from(text)), text).toThrow(expect.objectContaining({ status: 400 }));
    }
  });
});
