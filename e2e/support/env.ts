/** Ports and secrets the e2e servers share with the specs. */
export const PORTS = {
  studio: 5181,
  studioSimulator: 5191,
  canaryStudio: 5182,
  canarySimulator: 5192,
} as const;

/** Keys that must never appear in anything the browser receives, nor in the server log. */
export const CANARY = {
  onemin: 'canary-onemin-7f3a9c2e51d84b06',
  gptimageapi: 'canary-gptimageapi-4e8d1b7a90c2f365',
} as const;

export const SIMULATOR_URL = `http://127.0.0.1:${PORTS.studioSimulator}`;
export const CANARY_STUDIO_URL = `http://127.0.0.1:${PORTS.canaryStudio}`;
