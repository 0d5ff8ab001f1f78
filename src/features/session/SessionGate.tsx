import { lazy, Suspense, type ReactNode } from 'react';
import { useQueriesReady } from '../../api/queries.tsx';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { useGateState } from './gate-state.ts';
import './session.css';

// Only a studio with sign-in ever shows the form, so only there is its code fetched.
const SignInForm = lazy(() => import('./SignInForm.tsx').then((module) => ({ default: module.SignInForm })));
// The session query follows the answer once the query client is there.
const SessionFollower = lazyOnIdle(() => import('./SessionFollower.tsx').then((m) => m.SessionFollower));

/**
 * The studio once the server knows who is using it: at once on a studio without sign-in, after
 * the sign-in form otherwise. Any other failure of the check lets the studio show itself, since
 * it reports an unreachable server in its own header. The first answer is the start-up check's
 * (`checkSessionAtStart`), so the studio does not wait for the query client.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const state = useGateState((s) => s.state);
  const queriesReady = useQueriesReady();
  const checking = (
    <p className="session-checking" role="status">
      Checking who is signed in…
    </p>
  );
  let shown: ReactNode = children;
  if (state === 'checking') shown = checking;
  else if (state === 'signed-out') {
    shown = queriesReady ? (
      <Suspense fallback={checking}>
        <SignInForm />
      </Suspense>
    ) : (
      checking
    );
  }
  return (
    <>
      <SessionFollower />
      {shown}
    </>
  );
}
