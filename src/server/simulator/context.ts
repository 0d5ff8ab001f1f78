import { DEFAULT_URL_TTL_SECONDS, type SimulatorOptions } from './options.ts';
import { SimState } from './state.ts';
import { DEFAULT_STORE_LIMITS, ImageStore } from './store.ts';
import { UrlSigner } from './signing.ts';
import { createSlots } from './slots.ts';

const UPLOADS_AT_ONCE = 1;

/** Everything one simulator instance holds; each route module gets it. */
export type Simulator = {
  state: SimState;
  store: ImageStore;
  signer: UrlSigner;
  /** Uploads read at once, at most (see `createSlots`). */
  uploads: ReturnType<typeof createSlots>;
  urlTtlSeconds: number;
};

export function createSimulator(options: SimulatorOptions): Simulator {
  return {
    state: new SimState({
      fail: options.fail ?? null,
      latencyMs: options.latencyMs ?? 0,
      undersize: options.undersize ?? null,
    }),
    store: new ImageStore({
      memoryBytes: options.storeMemoryBytes ?? DEFAULT_STORE_LIMITS.memoryBytes,
      diskBytes: options.storeDiskBytes ?? DEFAULT_STORE_LIMITS.diskBytes,
    }),
    signer: new UrlSigner(),
    uploads: createSlots(UPLOADS_AT_ONCE),
    urlTtlSeconds: options.urlTtlSeconds ?? DEFAULT_URL_TTL_SECONDS,
  };
}
