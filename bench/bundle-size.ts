/**
 * Initial JavaScript (gzip) of the production build, with Konva and the mask editor loaded
 * only when needed; the baseline is React + ReactDOM alone, built the same way in this run.
 */
import type { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, VIEWPORT } from './support/browser.ts';
import { buildAppEntry, buildStudioWithSourceMaps, ensureStudioBuild } from './support/build.ts';
import { initialAssets } from './support/first-screen.ts';
import { makeSourcePng } from './support/images.ts';
import { repoPath } from './support/paths.ts';
import { lateImports } from './support/preload-lists.ts';
import { bytesPerSource, sourceGroup } from './support/source-map-share.ts';
import { kib, printBlock, printHeading, times } from './support/stats.ts';
import { runBench } from './support/run.ts';
import { startBenchStudio } from './support/studio.ts';

/** CookSleep/gpt_image_playground v0.2.21's first script, gzip: a fixed reference (not buildable here). */
const COOKSLEEP_JS_GZIP = 116_548;

type Chunk = { name: string; bytes: number; gzip: number; konva: boolean };

function measure(path: string): Chunk {
  const content = readFileSync(path);
  return {
    name: basename(path),
    bytes: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    // Konva's own source names itself throughout; minifying keeps those strings.
    konva: content
      .toString('utf8')
      .replace(/assets\/[\w.-]+/g, '')
      .includes('Konva'),
  };
}

const sum = (chunks: readonly Chunk[], field: 'bytes' | 'gzip') =>
  chunks.reduce((total, chunk) => total + chunk[field], 0);

/** The initial JS of a build with source maps, shared out by package and src folder, largest first. */
async function initialShares(): Promise<[string, string][]> {
  const dir = await buildStudioWithSourceMaps();
  const { scripts } = initialAssets(readFileSync(join(dir, 'index.html'), 'utf8'));
  const groups = new Map<string, number>();
  let total = 0;
  for (const url of scripts) {
    const path = join(dir, url.replace(/^\//, ''));
    const code = readFileSync(path, 'utf8');
    total += code.length;
    // The bundler's own runtime chunk (shared by the lazy entries) comes without a map.
    if (!existsSync(`${path}.map`)) {
      groups.set('(bundler runtime)', (groups.get('(bundler runtime)') ?? 0) + code.length);
      continue;
    }
    const map = JSON.parse(readFileSync(`${path}.map`, 'utf8')) as { sources: string[]; mappings: string };
    for (const [source, count] of bytesPerSource(code, map)) {
      const group = sourceGroup(source);
      groups.set(group, (groups.get(group) ?? 0) + count);
    }
  }
  const rows = [...groups].sort((a, b) => b[1] - a[1]);
  const shown = rows.filter(([, count]) => count / total >= 0.01);
  const rest = rows.slice(shown.length).reduce((sum, [, count]) => sum + count, 0);
  const share = (count: number) => `${kib(count)} (${((100 * count) / total).toFixed(1)} %)`;
  return [
    ...shown.map(([group, count]): [string, string] => [group, share(count)]),
    [`${rows.length - shown.length} more under 1 % each`, share(rest)],
  ];
}

const chunkRow = (chunk: Chunk): [string, string] => [
  chunk.name,
  `${kib(chunk.gzip)} gzip (${kib(chunk.bytes)} raw)${chunk.konva ? ', holds Konva' : ''}`,
];

/** Which lazy Konva chunks the page has asked for so far, by file name. */
async function konvaRequestsAt(
  page: Page,
  asked: Set<string>,
  konvaChunks: readonly string[],
): Promise<boolean> {
  await page.waitForLoadState('networkidle');
  return konvaChunks.some((name) => asked.has(name));
}

runBench('bundle-size', async (defer) => {
  printHeading('bundle-size', 'initial JavaScript of the production build, gzip level 9');
  const distDir = await ensureStudioBuild();
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const initial = initialAssets(html);
  const assetPath = (url: string) => join(distDir, url.replace(/^\//, ''));
  const initialJs = initial.scripts.map((url) => measure(assetPath(url)));
  const initialCss = initial.styles.map((url) => measure(assetPath(url)));
  const initialNames = new Set(initialJs.map((chunk) => chunk.name));
  const lazyJs = readdirSync(join(distDir, 'assets'))
    .filter((name) => name.endsWith('.js') && !initialNames.has(name))
    .map((name) => measure(join(distDir, 'assets', name)));
  const konvaChunks = lazyJs.filter((chunk) => chunk.konva).map((chunk) => chunk.name);

  const reactFiles = await buildAppEntry(repoPath('bench/support/react-baseline-entry.ts'), 'react-baseline');
  const react = reactFiles.map(measure);
  const stackFiles = await buildAppEntry(
    repoPath('bench/support/stack-baseline-entry.tsx'),
    'stack-baseline',
  );
  const stackGzip = sum(stackFiles.map(measure), 'gzip');

  const initialGzip = sum(initialJs, 'gzip');
  const reactGzip = sum(react, 'gzip');
  printBlock('Initial JavaScript (entry script and its module preloads):', [
    ...initialJs.map(chunkRow),
    ['total', `${kib(initialGzip)} gzip (${kib(sum(initialJs, 'bytes'))} raw)`],
    ['Konva in the initial JS', initialJs.some((chunk) => chunk.konva) ? 'yes' : 'no'],
  ]);
  printBlock('Initial CSS, for reference:', initialCss.map(chunkRow));
  printBlock('Lazy chunks:', lazyJs.map(chunkRow));
  printBlock('Baseline, React + ReactDOM alone (same Vite build):', [
    ['total', `${kib(reactGzip)} gzip (${kib(sum(react, 'bytes'))} raw)`],
  ]);
  printBlock('The stack alone (React, TanStack Query hooks, a persisted zustand store, zod/mini):', [
    ['total', `${kib(stackGzip)} gzip`],
    ['stack / React alone', times(stackGzip / reactGzip)],
  ]);
  const initialCssGzip = sum(initialCss, 'gzip');
  printBlock('Ratio (goals of issue 20):', [
    ['initial JS / React alone', times(initialGzip / reactGzip)],
    [
      'initial JS + CSS / React alone (goal ≤ 1.35×)',
      `${((initialGzip + initialCssGzip) / reactGzip).toFixed(3)}× (${initialGzip + initialCssGzip} / ${reactGzip} B)`,
    ],
    [
      `initial JS / CookSleep's ${COOKSLEEP_JS_GZIP} B (goal ≤ 0.80×)`,
      times(initialGzip / COOKSLEEP_JS_GZIP),
    ],
    ['initial JS / the stack alone', times(initialGzip / stackGzip)],
  ]);
  printBlock('What fills the initial JS (raw bytes by package or src folder, from source maps):', [
    ...(await initialShares()),
  ]);

  const studio = await startBenchStudio(distDir);
  defer(() => studio.close());
  const browser = await launchChromium();
  defer(() => browser.close());
  const page = await browser.newPage({ viewport: VIEWPORT });
  const asked = new Set<string>();
  page.on('request', (request) => asked.add(basename(new URL(request.url()).pathname)));
  await page.goto(studio.url);
  await page.getByLabel('Prompt').waitFor();
  const inGenerate = await konvaRequestsAt(page, asked, konvaChunks);
  await page.getByRole('tab', { name: /Inpaint/ }).click();
  await page.getByText('No source image').waitFor();
  const inInpaintWithoutSource = await konvaRequestsAt(page, asked, konvaChunks);
  await page.getByLabel('Source image file').setInputFiles({
    name: 'source.png',
    mimeType: 'image/png',
    buffer: await makeSourcePng(640, 480),
  });
  await page.getByTestId('mask-stage').waitFor();
  const withSource = await konvaRequestsAt(page, asked, konvaChunks);

  // What the first screen itself asks for: the initial JS plus any chunk its first render
  // requests (the history column's), with the idle-time prefetch switched off so it does not count.
  const firstScreen = await browser.newPage({ viewport: VIEWPORT });
  await firstScreen.addInitScript(() => {
    window.requestIdleCallback = () => 0;
  });
  const firstAsked = new Set<string>();
  firstScreen.on('request', (request) => firstAsked.add(basename(new URL(request.url()).pathname)));
  await firstScreen.goto(studio.url);
  await firstScreen.locator('aside[aria-label="History"] .history-muted').waitFor();
  await firstScreen.waitForLoadState('networkidle');
  const firstRender = lazyJs.filter((chunk) => firstAsked.has(chunk.name));
  const firstScreenGzip = initialGzip + sum(firstRender, 'gzip');
  await firstScreen.close();
  // A chunk the first render imports whose own imports are not preloaded with it costs a round
  // trip per level of imports (vite.config.ts keeps the lists of these chunks only).
  const assetsDir = join(distDir, 'assets');
  const late = lateImports(assetsDir, firstAsked, initialNames);
  printBlock('First screen, generate mode until the History column is listed (idle prefetch off):', [
    ...firstRender.map((chunk): [string, string] => [`+ ${chunk.name}`, chunkRow(chunk)[1]]),
    ['initial JS + chunks the first render asks for', `${kib(firstScreenGzip)} gzip`],
    ['ratio to React alone', times(firstScreenGzip / reactGzip)],
    [
      'asked for without their imports preloaded',
      late.length === 0
        ? 'none'
        : late.map(([chunk, after]) => `${chunk} (then ${after.join(', ')})`).join('; '),
    ],
  ]);

  printBlock(`Loading in Chromium ${browser.version()} (Konva chunk requested?):`, [
    ['generate mode', String(inGenerate)],
    ['Inpaint tab, no source yet', String(inInpaintWithoutSource)],
    ['Inpaint tab with a source', String(withSource)],
    [
      'Konva loaded only when needed',
      String(konvaChunks.length > 0 && !inGenerate && !inInpaintWithoutSource && withSource),
    ],
  ]);
});
