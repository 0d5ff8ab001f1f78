import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// V8 exposes its collector only behind a flag; it is turned on here for the one place that
// needs it: letting a large request body go before the next one is read.
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Collects garbage now: a 60 MB body let go must not stay resident while the next one arrives. */
export function collectGarbage(): void {
  gc();
}
