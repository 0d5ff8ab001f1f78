/**
 * What the proxy adds to a request: latency of 1min.ai feature calls (generate, 1024x1024,
 * low) and of a 1 MB image (`GET /api/image`), each sent straight to the simulator (the
 * baseline) and through the proxy, N one after another and M at once, in the same run.
 * Prints median, p95 and p99 latency per path and the proxy/baseline ratio. For the image, two
 * more paths: the whole studio as `npm start` serves it (security headers, host guard,
 * connection limits, the request log written to a file), and the least any relay costs here: a
 * bare node:http server in the proxy's place that pipes the simulator's answer through on
 * kept-alive connections, checking nothing. The image rows also give each relay's ratio to
 * that bare relay (issue 20's goal: p50 and p99 at most 1.15×).
 *
 * Run: npx tsx bench/proxy-overhead.ts   (loopback only; stops by itself in well under a minute)
 *
 * The simulator runs in a process of its own (latency 0), as the real API would be another
 * machine; the proxy runs in live mode against it, with the job journal (every feature call
 * carries its own Idempotency-Key) and the rate limit raised out of the way.
 */
import { Agent, createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { spawnSimulatorProcess } from '../src/server/simulator-process.ts';
import { IDEMPOTENCY_HEADER } from '../src/wire/proxy.ts';
import { BENCH_KEY, startLiveProxy, startLiveStudio } from './support/live-proxy.ts';
import { describeSpread, mib, ms, printBlock, printHeading, spread, times } from './support/stats.ts';

const FEATURES = { sequential: 40, concurrent: 20, rounds: 3 };
/** Enough one-by-one images for a p99 that is not the single slowest. */
const IMAGE = { sequential: 300, concurrent: 50, rounds: 3 };
const WARM_UP = 20;

type Timed = () => Promise<void>;
type Path = 'direct' | 'proxy' | 'studio' | 'relay';
const LABELS: Record<Path, string> = {
  direct: 'direct (baseline)',
  proxy: 'through the proxy',
  studio: 'through the whole studio',
  relay: 'bare node:http relay',
};

printHeading(
  'proxy-overhead',
  'feature calls and a 1 MB image, straight to the simulator vs through the proxy',
);
const sim = await spawnSimulatorProcess({ SIM_LATENCY_MS: '0' });
const limitsOutOfTheWay = { RATE_LIMIT_PAID_PER_MIN: '1000000', RATE_LIMIT_API_PER_MIN: '1000000' };
const proxy = await startLiveProxy(sim.url, limitsOutOfTheWay);
const studio = await startLiveStudio(sim.url, limitsOutOfTheWay);

const relay = await startBareRelay();

try {
  const imageUrl = await uploadOneMegabyteImage();
  let job = 0;
  const feature = (base: string, path: string, headers: () => Record<string, string>): Timed => {
    const body = JSON.stringify({
      type: 'IMAGE_GENERATOR',
      model: 'gpt-image-2',
      promptObject: { prompt: 'A lighthouse at dusk', size: '1024x1024', quality: 'low', n: 1 },
    });
    return () => expectOk(fetch(`${base}${path}`, { method: 'POST', headers: headers(), body }));
  };
  const json = { 'Content-Type': 'application/json' };
  const paths = {
    features: {
      direct: feature(sim.url, '/onemin/api/features', () => ({ ...json, 'API-KEY': BENCH_KEY })),
      proxy: feature(proxy.url, '/api/onemin/features', () => ({
        ...json,
        [IDEMPOTENCY_HEADER]: `bench-${(job += 1)}`,
      })),
    },
    image: {
      direct: () => expectOk(fetch(imageUrl)),
      proxy: () => expectOk(fetch(`${proxy.url}/api/image?url=${encodeURIComponent(imageUrl)}`)),
      studio: () => expectOk(fetch(`${studio.url}/api/image?url=${encodeURIComponent(imageUrl)}`)),
      relay: () => expectOk(fetch(`${relay.url}/?url=${encodeURIComponent(imageUrl)}`)),
    },
  };

  const rows: (readonly [string, string])[] = [];
  for (const [name, plan, runs] of [
    ['features', FEATURES, paths.features],
    ['image 1 MB', IMAGE, paths.image],
  ] as const) {
    const order = Object.keys(runs) as Path[];
    const run = (path: Path) => (runs as Partial<Record<Path, Timed>>)[path]!;
    // Each path goes first in turn, so drift in the machine's load touches all alike.
    const turn = (i: number) => [...order.slice(i % order.length), ...order.slice(0, i % order.length)];
    const samples = () => Object.fromEntries(order.map((path) => [path, [] as number[]]));
    for (let i = 0; i < WARM_UP; i++) await Promise.all(order.map((path) => run(path)()));
    const sequential = samples();
    for (let i = 0; i < plan.sequential; i++) {
      for (const path of turn(i)) sequential[path]!.push(await time(run(path)));
    }
    const concurrent = samples();
    for (let round = 0; round < plan.rounds; round++) {
      for (const path of turn(round)) {
        concurrent[path]!.push(
          ...(await Promise.all(Array.from({ length: plan.concurrent }, () => time(run(path))))),
        );
      }
    }
    rows.push(...compare(`${name}, ${plan.sequential} one by one`, sequential));
    rows.push(...compare(`${name}, ${plan.concurrent} at once x${plan.rounds}`, concurrent));
  }
  printBlock('Latency per request (ratio: to direct):', rows);
} finally {
  await relay.close();
  await studio.close();
  await proxy.close();
  await sim.stop();
}

/** A noisy PNG of about 1 MB, uploaded straight to the simulator; answers its address. */
async function uploadOneMegabyteImage(): Promise<string> {
  const png = await sharp({
    create: {
      width: 600,
      height: 560,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 60 },
    },
  })
    .png({ compressionLevel: 0 })
    .toBuffer();
  const form = new FormData();
  form.append('asset', new Blob([new Uint8Array(png)], { type: 'image/png' }), 'bench.png');
  const response = await fetch(`${sim.url}/onemin/api/assets`, {
    method: 'POST',
    headers: { 'API-KEY': BENCH_KEY },
    body: form,
  });
  const answer = (await response.json()) as { fileContent: { path: string; size: number } };
  printBlock('Image:', [['size', mib(answer.fileContent.size)]]);
  return `${sim.url}/onemin/asset/${answer.fileContent.path}`;
}

async function expectOk(pending: Promise<Response>): Promise<void> {
  const response = await pending;
  const body = await response.arrayBuffer();
  if (!response.ok) {
    const said = Buffer.from(body).toString('utf8', 0, 300);
    throw new Error(`HTTP ${response.status} from ${response.url}: ${said}`);
  }
}

async function time(run: Timed): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

function compare(label: string, samples: Record<string, number[]>): (readonly [string, string])[] {
  const direct = spread(samples.direct!);
  const relay = samples.relay && spread(samples.relay);
  return Object.entries(samples).map(([path, values]) => {
    const s = spread(values);
    const ratio =
      path === 'direct' ? '' : `  ratio p50 ${times(s.p50 / direct.p50)}  p95 ${times(s.p95 / direct.p95)}`;
    const toRelay =
      relay && (path === 'proxy' || path === 'studio')
        ? `  / relay p50 ${times(s.p50 / relay.p50)}  p99 ${times(s.p99 / relay.p99)}`
        : '';
    return [
      `${label}, ${LABELS[path as Path]}`,
      `${describeSpread(s)}  p99 ${ms(s.p99)}${ratio}${toRelay}`,
    ] as const;
  });
}

/** A relay with nothing of the proxy's: `GET /?url=` piped from there, on kept-alive connections. */
async function startBareRelay(): Promise<{ url: string; close(): Promise<void> }> {
  const agent = new Agent({ keepAlive: true });
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://relay').searchParams.get('url') ?? '';
    get(url, { agent }, (answer) => {
      const { 'content-type': type, 'content-length': length } = answer.headers;
      response.writeHead(answer.statusCode ?? 502, {
        ...(type && { 'Content-Type': type }),
        ...(length && { 'Content-Length': length }),
      });
      answer.pipe(response);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
        agent.destroy();
      }),
  };
}
