/**
 * The server's health: which providers run live and which on the simulator; 1min.ai's credit
 * prices. The first screen shows the badges (they come with the query client); the queries
 * themselves are in index.lazy.ts.
 */
export { ProviderBadge, ProviderBadges } from './deferred-badges.tsx';
