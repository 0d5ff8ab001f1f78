import { creditCount, creditWords } from '../../catalog/index.ts';
import type { SessionAnswer } from '../../wire/session.ts';

type Spend = SessionAnswer['spend'];

/** "12 / 16 credits today", or "12 credits today" (1 credit) without a budget. */
export function spendLabel(spend: Spend): string {
  return spend.budget === null
    ? `${creditWords(spend.today)} today`
    : `${creditCount(spend.today)} / ${creditWords(spend.budget)} today`;
}

/** Whether what is left of the budget is under a quarter of it (or nothing is left). */
export function spendTone(spend: Spend): 'neutral' | 'danger' {
  if (spend.budget === null) return 'neutral';
  return spend.budget - spend.today < spend.budget / 4 ? 'danger' : 'neutral';
}

/** The longer sentence a badge description reads out. */
export function spendDescription(spend: Spend, user: string): string {
  const resets = `Resets at ${spend.resetsAt.slice(11, 16)} UTC.`;
  if (spend.budget === null)
    return `${user} has spent ${creditWords(spend.today)} today, with no daily budget. ${resets}`;
  const left = Math.max(0, spend.budget - spend.today);
  return `${user} has spent ${creditCount(spend.today)} of a daily budget of ${creditCount(spend.budget)} credits; ${creditCount(left)} left. ${resets}`;
}
