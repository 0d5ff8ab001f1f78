import { useQuery } from '@tanstack/react-query';
import { creditsSinceQuery } from '../history/index.lazy.ts';
import { creditWords } from '../../catalog/index.ts';
import { answeredCredits, startOfLocalDay } from './credit-totals.ts';
import { useJobStates } from './use-jobs.ts';

/**
 * What the jobs cost since the page opened (from this page's answers) and today (from the
 * history, so other tabs and earlier pages count too), where the provider reports a cost.
 */
export function CreditTotals({ now = Date.now }: { now?: () => number }) {
  const states = useJobStates();
  const session = answeredCredits(states.map((state) => state.data));
  const today = useQuery(creditsSinceQuery(startOfLocalDay(now())));
  return (
    <p
      className="credit-totals muted"
      data-testid="credit-totals"
      title="What the studio charged each job: gptimageapi.dev's published price, or the 1min.ai job's share of the account's usage as the server attributes it"
    >
      Spent {creditWords(session)} since opening
      {today.data !== undefined && <> · {creditWords(today.data)} today</>}
    </p>
  );
}
