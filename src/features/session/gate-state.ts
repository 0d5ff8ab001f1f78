import { create } from 'zustand';
import { ApiError, apiFetch } from '../../api/client.ts';

/** What the gate shows: nothing known yet, the sign-in form, or the studio. */
type GateState = 'checking' | 'signed-out' | 'open';

export const useGateState = create<{ state: GateState }>(() => ({ state: 'checking' }));

export function isSignedOut(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}

/** A 401 asks for the sign-in form; any other failure lets the studio show and say so itself. */
export function settleGate(outcome: { error: unknown } | 'answered'): void {
  const state = outcome !== 'answered' && isSignedOut(outcome.error) ? 'signed-out' : 'open';
  useGateState.setState({ state });
}

let firstAnswer: Promise<unknown> | undefined;

/**
 * Asks the server who is signed in as the page starts, before the query client has arrived,
 * so the studio or the sign-in form shows as soon as the answer does. The session query takes
 * this answer as its first (`takeFirstAnswer`) and keeps the gate up to date from then on.
 */
export function checkSessionAtStart(): void {
  firstAnswer = apiFetch('/api/session');
  firstAnswer.then(
    () => settleGate('answered'),
    (error: unknown) => settleGate({ error }),
  );
}

/** The start-up answer, once: later looks fetch again. */
export function takeFirstAnswer(): Promise<unknown> | undefined {
  const answer = firstAnswer;
  firstAnswer = undefined;
  return answer;
}
