import { simulatorOptionsFromEnv, startSimulator } from './index.ts';

/** `npx tsx src/server/simulator/main.ts`: the simulator on SIM_HOST:SIM_PORT (default 127.0.0.1:8787); prints its URL. */
const host = process.env.SIM_HOST?.trim() || '127.0.0.1';
const portText = process.env.SIM_PORT?.trim() || '8787';
if (!/^\d+$/.test(portText) || Number(portText) > 65535) {
  console.error(`SIM_PORT must be a port number; it is "${portText}".`);
  process.exit(1);
}

const handle = await startSimulator({
  ...simulatorOptionsFromEnv(process.env),
  host,
  port: Number(portText),
});
console.info(handle.url);

const stop = () => void handle.close().then(() => process.exit(0));
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
