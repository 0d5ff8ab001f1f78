import type { Mode } from '../../catalog/index.ts';
import { RUN_WORDS } from './run-words.ts';

/** "Generating 3 images… 12 s". */
export function progressText(mode: Mode, n: number, seconds: number): string {
  return `${RUN_WORDS[mode].ongoing} ${n} ${n === 1 ? 'image' : 'images'}… ${formatSeconds(seconds)}`;
}

/** "12 s", "1 min 05 s". */
export function formatSeconds(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds));
  if (whole < 60) return `${whole} s`;
  return `${Math.floor(whole / 60)} min ${String(whole % 60).padStart(2, '0')} s`;
}
