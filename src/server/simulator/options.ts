import { SimFailure, SimUndersize } from './control-schema.ts';

export type SimulatorOptions = {
  /** Wait per image before answering a paid request; 0 unless the caller picks one. */
  latencyMs?: number;
  /** Lifetime of signed image URLs; 7 days like the real ones. */
  urlTtlSeconds?: number;
  /** Injected failure for every paid/upload request. */
  fail?: SimFailure | null;
  /** Answer images smaller than asked (see `SimUndersize`). */
  undersize?: SimUndersize | null;
  /** Bytes of images kept in memory; the least recently used go to disk past it. */
  storeMemoryBytes?: number;
  /** Bytes of images kept on disk (under the temporary folder); the least recently used go past it. */
  storeDiskBytes?: number;
};

export const DEFAULT_URL_TTL_SECONDS = 7 * 24 * 60 * 60;

/**
 * Options from `SIM_LATENCY_MS`, `SIM_URL_TTL_S`, `SIM_FAIL`, `SIM_UNDERSIZE` and
 * `SIM_STORE_MEMORY_BYTES` / `SIM_STORE_DISK_BYTES`; a malformed value throws, naming the variable.
 */
export function simulatorOptionsFromEnv(env: NodeJS.ProcessEnv): SimulatorOptions {
  const options: SimulatorOptions = {};
  const latency = wholeNumber(env, 'SIM_LATENCY_MS');
  if (latency !== undefined) options.latencyMs = latency;
  const ttl = wholeNumber(env, 'SIM_URL_TTL_S');
  if (ttl !== undefined) options.urlTtlSeconds = ttl;
  const memory = wholeNumber(env, 'SIM_STORE_MEMORY_BYTES');
  if (memory !== undefined) options.storeMemoryBytes = memory;
  const disk = wholeNumber(env, 'SIM_STORE_DISK_BYTES');
  if (disk !== undefined) options.storeDiskBytes = disk;
  const fail = env.SIM_FAIL?.trim();
  if (fail) {
    const parsed = SimFailure.safeParse(fail);
    if (!parsed.success)
      throw new Error(`SIM_FAIL must be one of ${SimFailure.options.join(', ')}; it is "${fail}".`);
    options.fail = parsed.data;
  }
  const undersize = env.SIM_UNDERSIZE?.trim();
  if (undersize) {
    // A scale is written as a number ("0.5"), a fixed size as WxH ("512x512").
    const parsed = SimUndersize.safeParse(/^[\d.]+$/.test(undersize) ? Number(undersize) : undersize);
    if (!parsed.success)
      throw new Error(
        `SIM_UNDERSIZE must be a scale between 0 and 1 (e.g. 0.5) or a size WxH (e.g. 512x512); it is "${undersize}".`,
      );
    options.undersize = parsed.data;
  }
  return options;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  if (!/^\d+$/.test(text))
    throw new Error(`${name} must be a whole number of ${unitOf(name)}; it is "${text}".`);
  return Number(text);
}

function unitOf(name: string): string {
  if (name.endsWith('_BYTES')) return 'bytes';
  return name.endsWith('_S') ? 'seconds' : 'milliseconds';
}
