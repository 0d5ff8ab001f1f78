/**
 * Whether the proxy streams uploads or holds them whole: the growth of this process's resident
 * memory (RSS) while one upload just under the 50 MB cap goes to `POST /api/onemin/assets`,
 * set against the upload's size. Three paths in one run: straight to the simulator (the
 * baseline: the client alone), through the proxy, and through a deliberately buffering stand-in
 * (what holding the body whole would cost). The upload is generated as it is sent, so the client
 * itself holds only one 1 MB chunk. Each path is warmed up with a small upload first, and the
 * garbage collector runs every 20 ms during a measurement, so the figures are memory held, not
 * garbage not yet collected. Besides RSS (which also counts the allocator's high-water mark), it
 * prints the peak of memory held in Buffers, the sharper sign of a body held whole.
 *
 * Run: npx tsx bench/upload-rss.ts   (loopback only; stops by itself in a few seconds)
 *
 * The simulator runs in a process of its own (it keeps uploads in memory, as a real host would
 * on its side), so this process holds only the client and the proxy.
 */
import { Hono } from 'hono';
import { request } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { crc32 } from 'node:zlib';
import { serveOnLoopback } from '../src/server/loopback-server.ts';
import { spawnSimulatorProcess } from '../src/server/simulator-process.ts';
import { BENCH_KEY, startLiveProxy } from './support/live-proxy.ts';
import { mib, printBlock, printHeading, times } from './support/stats.ts';

const MB = 1024 * 1024;
/** The simulator and the proxy both refuse more than 50 MB; the whole multipart body stays under. */
const UPLOAD_BYTES = 50 * MB - 4096;
const WARM_UP_BYTES = 4 * MB;
const CHUNK_BYTES = MB;
const BOUNDARY = 'bench-upload-boundary';
const SAMPLE_EVERY_MS = 5;
const COLLECT_EVERY_MS = 20;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

printHeading('upload-rss', 'memory while a 50 MB upload streams to POST /api/onemin/assets');
const sim = await spawnSimulatorProcess({ SIM_LATENCY_MS: '0' });
const proxy = await startLiveProxy(sim.url, { MAX_UPLOAD_BYTES: String(50 * MB) });
// What a proxy that read the body whole before forwarding it would do.
const buffering = new Hono().post('/assets', async (c) => {
  const whole = await c.req.arrayBuffer();
  const answer = await fetch(`${sim.url}/onemin/api/assets`, {
    method: 'POST',
    headers: { 'API-KEY': BENCH_KEY, 'Content-Type': c.req.header('content-type') ?? '' },
    body: whole,
  });
  return new Response(answer.body, { status: answer.status, headers: answer.headers });
});
const bufferingServer = await serveOnLoopback(buffering.fetch);

try {
  const rows: (readonly [string, string])[] = [];
  let baseline = 0;
  for (const [label, url, headers] of [
    ['straight to the simulator (baseline)', `${sim.url}/onemin/api/assets`, { 'API-KEY': BENCH_KEY }],
    ['through the proxy', `${proxy.url}/api/onemin/assets`, {}],
    ['buffering whole (reference)', `${bufferingServer.url}/assets`, {}],
  ] as const) {
    await streamUpload(url, headers, WARM_UP_BYTES);
    const run = await measure(url, headers);
    // Floored at 1 MB: a ratio to next to nothing would say little.
    baseline ||= Math.max(run.rss, MB);
    rows.push([
      label,
      [
        `HTTP ${run.status}`,
        `RSS +${mib(run.rss)} (${times(run.rss / UPLOAD_BYTES)} the upload, ${times(run.rss / baseline)} the baseline)`,
        `Buffers peak ${mib(run.buffers)} (${times(run.buffers / UPLOAD_BYTES)} the upload)`,
        `${(run.ms / 1000).toFixed(2)} s`,
      ].join('  '),
    ]);
  }
  printBlock(`Memory while one upload of ${mib(UPLOAD_BYTES)} streams through:`, rows);
} finally {
  await bufferingServer.close();
  await proxy.close();
  await sim.stop();
}

/** Streams one upload to `url`, sampling this process's memory; answers the peak growth of its RSS and of its Buffers. */
async function measure(url: string, headers: Record<string, string>) {
  collectGarbage();
  const before = process.memoryUsage();
  const peak = { rss: before.rss, arrayBuffers: before.arrayBuffers };
  const sample = () => {
    const now = process.memoryUsage();
    peak.rss = Math.max(peak.rss, now.rss);
    peak.arrayBuffers = Math.max(peak.arrayBuffers, now.arrayBuffers);
  };
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  const collector = setInterval(collectGarbage, COLLECT_EVERY_MS);
  const started = performance.now();
  const status = await streamUpload(url, headers, UPLOAD_BYTES);
  const ms = performance.now() - started;
  clearInterval(sampler);
  clearInterval(collector);
  sample();
  return {
    status,
    ms,
    rss: Math.max(0, peak.rss - before.rss),
    buffers: Math.max(0, peak.arrayBuffers - before.arrayBuffers),
  };
}

/**
 * A multipart upload of one PNG, `bytes` in all, written chunk by chunk as the socket takes it:
 * a valid signature and header, then one large IDAT chunk of filler (its CRC kept as it goes).
 */
function streamUpload(url: string, headers: Record<string, string>, bytes: number): Promise<number> {
  const head = Buffer.concat([
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="asset"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n`,
    ),
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', Buffer.from([0, 0, 0x0f, 0xa0, 0, 0, 0x0f, 0xa0, 8, 2, 0, 0, 0])),
  ]);
  const tail = Buffer.concat([pngChunk('IEND', Buffer.alloc(0)), Buffer.from(`\r\n--${BOUNDARY}--\r\n`)]);
  const idatFraming = 12;
  const filler = bytes - head.length - idatFraming - tail.length;
  const chunk = Buffer.alloc(CHUNK_BYTES, 0x5a);

  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': `multipart/form-data; boundary=${BOUNDARY}`,
          'Content-Length': String(bytes),
        },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    const write = (bytes: Buffer) =>
      new Promise<void>((done) => (req.write(bytes) ? done() : req.once('drain', () => done())));
    void (async () => {
      const idatLength = Buffer.alloc(4);
      idatLength.writeUInt32BE(filler);
      await write(Buffer.concat([head, idatLength, Buffer.from('IDAT')]));
      let crc = crc32(Buffer.from('IDAT'));
      for (let sent = 0; sent < filler; sent += CHUNK_BYTES) {
        const piece = chunk.subarray(0, Math.min(CHUNK_BYTES, filler - sent));
        crc = crc32(piece, crc);
        await write(piece);
      }
      const crcBytes = Buffer.alloc(4);
      crcBytes.writeUInt32BE(crc >>> 0);
      req.end(Buffer.concat([crcBytes, tail]));
    })();
  });
}

function pngChunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typed) >>> 0);
  return Buffer.concat([length, typed, crc]);
}
