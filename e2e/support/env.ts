/** Where the e2e servers listen; E2E_PORT_BASE moves them all, so two checkouts can test at once. */
const BASE = Number(process.env.E2E_PORT_BASE ?? 5181);

/** Ports and secrets the e2e servers share with the specs. */
export const PORTS = {
  studio: BASE,
  studioSimulator: BASE + 10,
  canaryStudio: BASE + 1,
  canarySimulator: BASE + 11,
} as const;

/** Keys that must never appear in anything the browser receives, nor in the server log. */
export const CANARY = {
  onemin: 'canary-onemin-7f3a9c2e51d84b06',
  gptimageapi: 'canary-gptimageapi-4e8d1b7a90c2f365',
} as const;

export const SIMULATOR_URL = `http://127.0.0.1:${PORTS.studioSimulator}`;
export const CANARY_STUDIO_URL = `http://127.0.0.1:${PORTS.canaryStudio}`;
