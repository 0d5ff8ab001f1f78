import { ProxyError } from '../proxy/errors.ts';
import { clientKey } from '../proxy/rate-limit.ts';
import type { GateRule, SharedState } from '../state/contracts.ts';

/** How sign-in attempts are limited (`STUDIO_SIGN_IN_*`; see docs/DEPLOYMENT.md). */
export type SignInLimits = {
  /** Attempts per minute from one address, right or wrong (each costs a scrypt hash). */
  perAddressPerMinute: number;
  /** Wrong passwords for one name from one address before that pair's delays begin. */
  freeFailures: number;
  /** Wrong passwords from one address, whatever the names, before that address's delays begin. */
  freeFailuresPerAddress: number;
  /**
   * Wrong passwords for one name from all addresses before the addresses that failed at it
   * wait too. An address that has not failed at the name never waits for it, so however many
   * guess at a name, its user signs in from their own desk.
   */
  nameCeiling: number;
  /** The longest delay; delays start at 1 s and double with each further wrong password. */
  maxDelayMs: number;
};

const FIRST_DELAY_MS = 1_000;
/** Wrong passwords are forgotten a day after the last one. */
const FORGET_MS = 86_400_000;

const tooManyAttempts = (seconds: number) =>
  new ProxyError('rate_limited', 429, `Too many sign-in attempts; wait ${seconds} s, then try again.`, {
    'Retry-After': String(seconds),
  });

/**
 * Limits that stop guessing, not people. Every attempt counts as wrong until it proves right
 * (so attempts sent at once are counted at once); a right one is taken back and clears its
 * pair's delays.
 */
export function createSignInLimits(state: SharedState, limits: SignInLimits) {
  const perAddress = state.buckets('sign-in-address', limits.perAddressPerMinute);
  const gate = state.gate('sign-in', {
    baseMs: FIRST_DELAY_MS,
    maxMs: limits.maxDelayMs,
    forgetMs: FORGET_MS,
  });
  const keysOf = (address: string | undefined, name: string) => {
    const client = clientKey(address);
    // Names are told apart without case, so changing the case of a name starts no new count.
    const who = name.toLowerCase();
    return { pair: `pair:${client}\n${who}`, address: `address:${client}`, name: `name:${who}` };
  };

  return {
    /** Counts an attempt; throws the 429 to answer instead when the address or name must wait. */
    async admit(address: string | undefined, name: string): Promise<void> {
      const admission = await perAddress.take(clientKey(address));
      if (!admission.ok) throw tooManyAttempts(admission.retryAfterSeconds);
      const keys = keysOf(address, name);
      const rules: GateRule[] = [
        { key: keys.pair, free: limits.freeFailures },
        { key: keys.address, free: limits.freeFailuresPerAddress },
        { key: keys.name, free: limits.nameCeiling, onlyAfterFirst: true },
      ];
      const gated = await gate.attempt(rules);
      if (!gated.ok) throw tooManyAttempts(gated.retryAfterSeconds);
    },
    /** The attempt was right: it is not held against the address or the name. */
    async succeeded(address: string | undefined, name: string): Promise<void> {
      const keys = keysOf(address, name);
      await gate.forgive([keys.address, keys.name], [keys.pair]);
    },
  };
}
