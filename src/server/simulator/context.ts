import { DEFAULT_URL_TTL_SECONDS, type SimulatorOptions } from './options.ts';
import { SimState } from './state.ts';
import { ImageStore } from './store.ts';
import { UrlSigner } from './signing.ts';

/** Everything one simulator instance holds; each route module gets it. */
export type Simulator = {
  state: SimState;
  store: ImageStore;
  signer: UrlSigner;
  urlTtlSeconds: number;
};

export function createSimulator(options: SimulatorOptions): Simulator {
  return {
    state: new SimState({
      fail: options.fail ?? null,
      latencyMs: options.latencyMs ?? 0,
      undersize: options.undersize ?? null,
    }),
    store: new ImageStore(),
    signer: new UrlSigner(),
    urlTtlSeconds: options.urlTtlSeconds ?? DEFAULT_URL_TTL_SECONDS,
  };
}
