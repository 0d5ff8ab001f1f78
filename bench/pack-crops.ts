/**
 * A 10-target deliverable pack (the common targets) from a 3840×2160 picture, crops only, as
 * the studio makes it: planned on the page, then decoded, cut, resampled to each exact size
 * (Lanczos-3, compare/frames.ts) and encoded as PNG in the compare worker. Floor, in the same
 * run and taken in turns: the same 10 frames drawn with plain canvas `drawImage` resizes
 * (`imageSmoothingQuality` high) on the page from one decoded bitmap, each encoded as PNG. Also
 * the longest main-thread task while each runs (Long Tasks API: only tasks over 50 ms are
 * reported, so 0 means none), and a check that every PNG is exactly its target's size.
 */
import { launchChromium } from './support/browser.ts';
import { makeSourcePng } from './support/images.ts';
import { buildModule, installLongTaskProbe, modulePage } from './support/module-page.ts';
import { repoPath } from './support/paths.ts';
import { runBench } from './support/run.ts';
import { median, ms, printBlock, printHeading, times } from './support/stats.ts';

const WIDTH = 3840;
const HEIGHT = 2160;
const RUNS = 5;

type Frame = { rect: { x: number; y: number; width: number; height: number }; width: number; height: number };
type PackBench = {
  cutFrames: (request: { picture: Blob; frames: Frame[] }) => Promise<Blob[]>;
  COMMON_TARGETS: readonly { id: string; width: number; height: number }[];
  planPicture: (
    picture: { width: number; height: number },
    targets: readonly { id: string; width: number; height: number }[],
    framing: { focal: { x: number; y: number }; safeShare: number; positions: Record<string, never> },
  ) => {
    crops: { target: { width: number; height: number }; plan: { frame: Frame['rect'] } }[];
    extensions: unknown[];
  };
};
type Side = { ms: number[]; longestTask: number; sizesExact: boolean };

/** Runs in the page: a warm-up of each, then the pack and the floor taken in turns. */
async function measureInPage(input: { png: string; width: number; height: number; runs: number }) {
  const { png, width, height, runs } = input;
  const bench = (globalThis as unknown as { PackBench: PackBench }).PackBench;
  const longestSince = (globalThis as unknown as { __longestTaskSince: (t: number) => number })
    .__longestTaskSince;
  const longestTask = async (since: number) => {
    // Long tasks are reported a little after they end.
    await new Promise((resolve) => setTimeout(resolve, 100));
    return longestSince(since);
  };
  const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
  const picture = new Blob([bytes], { type: 'image/png' });
  const work = bench.planPicture({ width, height }, bench.COMMON_TARGETS, {
    focal: { x: width * 0.55, y: height * 0.45 },
    safeShare: 0.25,
    positions: {},
  });
  if (work.extensions.length > 0 || work.crops.length !== 10) throw new Error('expected 10 crops');
  const frames = work.crops.map(({ target, plan }) => ({
    rect: plan.frame,
    width: target.width,
    height: target.height,
  }));

  const sizeOf = async (blob: Blob) => {
    const view = new DataView(await blob.slice(16, 24).arrayBuffer());
    return [view.getUint32(0), view.getUint32(4)];
  };
  const exact = async (blobs: Blob[]) =>
    (await Promise.all(blobs.map(sizeOf))).every(
      ([w, h], i) => w === frames[i]!.width && h === frames[i]!.height,
    );

  const pack = () => bench.cutFrames({ picture, frames });
  const floor = async () => {
    const bitmap = await createImageBitmap(picture);
    const out: Blob[] = [];
    for (const { rect, width: w, height: h } of frames) {
      const canvas = document.createElement('canvas');
      canvas.width = w;
      canvas.height = h;
      const context = canvas.getContext('2d')!;
      context.imageSmoothingQuality = 'high';
      context.drawImage(bitmap, rect.x, rect.y, rect.width, rect.height, 0, 0, w, h);
      out.push(await new Promise<Blob>((resolve) => canvas.toBlob((blob) => resolve(blob!), 'image/png')));
    }
    bitmap.close();
    return out;
  };

  await pack();
  await floor();
  const sides: Record<'pack' | 'floor', Side> = {
    pack: { ms: [], longestTask: 0, sizesExact: true },
    floor: { ms: [], longestTask: 0, sizesExact: true },
  };
  for (let run = 0; run < runs; run++) {
    for (const [name, task] of [
      ['pack', pack],
      ['floor', floor],
    ] as const) {
      const since = performance.now();
      const blobs = await task();
      sides[name].ms.push(performance.now() - since);
      sides[name].longestTask = Math.max(sides[name].longestTask, await longestTask(since));
      sides[name].sizesExact &&= await exact(blobs);
    }
  }
  return sides;
}

const longest = (value: number) => (value > 0 ? ms(value) : 'none over 50 ms');

runBench('pack-crops', async (defer) => {
  printHeading(
    'pack-crops',
    `a 10-target pack from a ${WIDTH}×${HEIGHT} picture, crops only, in the compare worker`,
  );
  const outDir = await buildModule(repoPath('bench/support/pack-crops-entry.ts'), 'pack-crops');
  const browser = await launchChromium();
  defer(() => browser.close());
  const page = await modulePage(browser, outDir, 'pack-crops', 'PackBench');
  await page.evaluate(installLongTaskProbe);
  const png = (await makeSourcePng(WIDTH, HEIGHT)).toString('base64');
  const figures = await page.evaluate(measureInPage, { png, width: WIDTH, height: HEIGHT, runs: RUNS });
  if (!figures.pack.sizesExact || !figures.floor.sizesExact) throw new Error('a PNG was not its target size');

  const pack = median(figures.pack.ms);
  const floor = median(figures.floor.ms);
  const runs = (values: number[]) => values.map((v) => v.toFixed(0)).join(', ');
  printBlock(`Chromium ${browser.version()}, median of ${RUNS} after a warm-up, taken in turns:`, [
    [
      'pack: decode + 10 crops + resample + PNG, in the worker',
      `${ms(pack)}  (runs: ${runs(figures.pack.ms)})`,
    ],
    [
      'floor: decode + 10 canvas drawImage resizes + PNG, on the page',
      `${ms(floor)}  (runs: ${runs(figures.floor.ms)})`,
    ],
    ['ratio pack / floor', times(pack / floor)],
    ['ratio of the fastest runs', times(Math.min(...figures.pack.ms) / Math.min(...figures.floor.ms))],
    ['longest main-thread task: pack', longest(figures.pack.longestTask)],
    ['longest main-thread task: floor', longest(figures.floor.longestTask)],
    ['every PNG exactly its target size', 'yes'],
  ]);
});
