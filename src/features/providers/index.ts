/** The server's health: which providers run live and which on the simulator. */
export { healthQuery, useHealth } from './health.ts';
export { ProviderModeBadge } from './ProviderModeBadge.tsx';
