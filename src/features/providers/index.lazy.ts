/** The health and credit-price queries, for the chunks that read them. */
export { healthQuery } from './health.ts';
export { creditPricesQuery, useCreditPrices } from './credit-prices.ts';
