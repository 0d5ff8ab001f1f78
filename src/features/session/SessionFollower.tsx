import { useEffect } from 'react';
import { useSession } from './api.ts';
import { settleGate } from './gate-state.ts';

/** Keeps the gate on the session query's latest answer: a sign-out or an expired session asks for the form again. */
export function SessionFollower() {
  const { status, error } = useSession();
  useEffect(() => {
    // While a look is pending the gate keeps what it shows.
    if (status === 'success') settleGate('answered');
    else if (status === 'error') settleGate({ error });
  }, [status, error]);
  return null;
}
