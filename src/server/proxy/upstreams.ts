import type { ProviderId } from '../../catalog/index.ts';
import type { ProviderMode } from '../../wire/proxy.ts';
import type { StudioConfig } from '../config.ts';

/** Sent to the simulator in place of a key, so the request takes the same path as a live one. */
const SIMULATOR_KEY = 'simulator';

/** Where the providers keep result images; `/api/image` fetches nothing else. */
const PROVIDER_IMAGE_PREFIXES = [
  'https://asset.1min.ai/',
  'https://s3.us-east-1.amazonaws.com/asset.1min.ai/',
  'https://asset.1min.ai.s3.us-east-1.amazonaws.com/',
  'https://cdn.gptimageapi.dev/',
];

export type Upstream = {
  id: ProviderId;
  /** How messages name the provider. */
  label: string;
  mode: ProviderMode;
  apiKey: string;
  baseUrl: string;
};

/** The providers as the proxy calls them: live with their keys, or the simulator in their place. */
export type Upstreams = {
  onemin: Upstream & { assetBase: string };
  gptimageapi: Upstream;
  /** URL prefixes `/api/image` may fetch (and, by origin, the page may show images from). */
  imagePrefixes: string[];
};

/** Resolves each provider to live or simulator; throws if one lacks a key and no simulator runs. */
export function resolveUpstreams(config: StudioConfig, simulatorUrl?: string): Upstreams {
  const sim = simulatorUrl?.replace(/\/+$/, '');
  const simulated = (label: string) => {
    if (!sim) throw new Error(`${label} has no API key and no simulator is running in its place.`);
    return sim;
  };
  const oneminKey = config.onemin.apiKey;
  const gptKey = config.gptimageapi.apiKey;
  const onemin = oneminKey
    ? {
        mode: 'live' as const,
        apiKey: oneminKey,
        baseUrl: config.onemin.baseUrl,
        assetBase: config.onemin.assetBase,
      }
    : {
        mode: 'simulator' as const,
        apiKey: SIMULATOR_KEY,
        baseUrl: `${simulated('1min.ai')}/onemin`,
        assetBase: `${simulated('1min.ai')}/onemin/asset`,
      };
  const gptimageapi = gptKey
    ? { mode: 'live' as const, apiKey: gptKey, baseUrl: config.gptimageapi.baseUrl }
    : {
        mode: 'simulator' as const,
        apiKey: SIMULATOR_KEY,
        baseUrl: `${simulated('gptimageapi.dev')}/gptimageapi`,
      };
  const simulatorOrigin = sim ? new URL(sim).origin : undefined;
  const imagePrefixes = [
    ...PROVIDER_IMAGE_PREFIXES,
    `${config.onemin.assetBase}/`,
    ...(simulatorOrigin ? [`${simulatorOrigin}/`] : []),
  ];
  return {
    onemin: { id: 'onemin', label: '1min.ai', ...onemin },
    gptimageapi: { id: 'gptimageapi', label: 'gptimageapi.dev', ...gptimageapi },
    imagePrefixes: [...new Set(imagePrefixes.map((prefix) => new URL(prefix).href))],
  };
}
