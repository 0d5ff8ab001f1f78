/** The server's health: which providers run live and which on the simulator; 1min.ai's credit prices. */
export { healthQuery, useHealth } from './health.ts';
export { creditPricesQuery, useCreditPrices } from './credit-prices.ts';
export { ProviderModeBadge } from './ProviderModeBadge.tsx';
