import type { FuzzCase } from './case.ts';
import { otherCases } from './other-cases.ts';
import { paidCases } from './paid-cases.ts';
import { dice } from './random.ts';

export type { FuzzCase } from './case.ts';
export { PAID_BASES } from './paid-cases.ts';

export type FuzzOptions = {
  seed: number;
  count: number;
  /** The proxy's upload cap, to send uploads just over it. */
  maxUploadBytes: number;
  /** URL prefixes the proxy may fetch; no generated image URL lies under one. */
  allowedImagePrefixes: string[];
};

/**
 * Test-only: `count` invalid requests across every route (paid, upload, image, jobs and unknown
 * routes), in a fixed rotation, each drawn from a PRNG seeded with `seed`: the same seed gives the
 * same requests on every run.
 */
export function fuzzCases({ seed, count, maxUploadBytes, allowedImagePrefixes }: FuzzOptions): FuzzCase[] {
  const roll = dice(seed);
  const paid = paidCases(roll, maxUploadBytes);
  const other = otherCases(roll, maxUploadBytes, allowedImagePrefixes);
  const rotation = [
    paid.features,
    paid.features,
    paid.edit,
    paid.edit,
    other.upload,
    other.upload,
    other.image,
    other.image,
    other.jobs,
    other.elsewhere,
  ];
  return Array.from({ length: count }, (_, i) => rotation[i % rotation.length]!());
}
