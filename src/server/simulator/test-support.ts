import type { Hono } from 'hono';
import sharp from 'sharp';
import { parseOneminAssetAnswer } from '../../wire/onemin/answer.ts';

/** Helpers for the simulator's own tests: images made with sharp and calls against the app. */

export const ORIGIN = 'http://localhost';
export const ASSET_BASE = `${ORIGIN}/onemin/asset`;

/** A PNG with four coloured quadrants, so crops, tints and blends show in the pixels. */
export function quadrantPng(width: number, height: number): Promise<Buffer> {
  const w = width / 2;
  const h = height / 2;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${w}" height="${h}" fill="#d03030"/><rect x="${w}" width="${w}" height="${h}" fill="#30a040"/>
    <rect y="${h}" width="${w}" height="${h}" fill="#3050d0"/><rect x="${w}" y="${h}" width="${w}" height="${h}" fill="#e0c020"/>
  </svg>`;
  return sharp(Buffer.from(svg)).removeAlpha().png().toBuffer();
}

/** A mask PNG, white on the right half (edit) and black on the left (keep). */
export function rightHalfMask(width: number, height: number): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="${width}" height="${height}" fill="#000"/><rect x="${width / 2}" width="${width / 2}" height="${height}" fill="#fff"/>
  </svg>`;
  return sharp(Buffer.from(svg)).removeAlpha().png().toBuffer();
}

export async function uploadAsset(
  app: Hono,
  bytes: Buffer,
  name = 'source.png',
  type = 'image/png',
): Promise<string> {
  const form = new FormData();
  form.append('asset', new Blob([new Uint8Array(bytes)], { type }), name);
  const res = await app.request('/onemin/api/assets', {
    method: 'POST',
    body: form,
    headers: { 'API-KEY': 'test-key' },
  });
  if (res.status !== 200) throw new Error(`upload answered ${res.status}: ${await res.text()}`);
  return parseOneminAssetAnswer(await res.json());
}

export async function postFeature(app: Hono, body: unknown, init: RequestInit = {}): Promise<Response> {
  return app.request('/onemin/api/features', {
    method: 'POST',
    ...init,
    headers: { 'Content-Type': 'application/json', 'API-KEY': 'test-key', ...init.headers },
    body: JSON.stringify(body),
  });
}

export async function postEdit(app: Hono, body: unknown, init: RequestInit = {}): Promise<Response> {
  return app.request('/gptimageapi/v1/images/edit', {
    method: 'POST',
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer test-key', ...init.headers },
    body: JSON.stringify(body),
  });
}

/** Fetches an image URL from the app and returns its bytes, failing on any non-200. */
export async function fetchImage(
  app: Hono,
  url: string,
): Promise<{ bytes: Buffer; contentType: string | null }> {
  const res = await app.request(url);
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { bytes: Buffer.from(await res.arrayBuffer()), contentType: res.headers.get('content-type') };
}

export async function rawRgb(bytes: Buffer): Promise<{ data: Buffer; width: number; height: number }> {
  const { data, info } = await sharp(bytes).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** The mean RGB of an image's pixels. */
export async function meanColour(bytes: Buffer): Promise<[number, number, number]> {
  const stats = await sharp(bytes).stats();
  const [r, g, b] = stats.channels;
  return [r?.mean ?? 0, g?.mean ?? 0, b?.mean ?? 0];
}
