import { lazy, Suspense, type ReactNode } from 'react';
import { isSignedOut, useSession } from './api.ts';
import './session.css';

// Only a studio with sign-in ever shows the form, so only there is its code fetched.
const SignInForm = lazy(() => import('./SignInForm.tsx').then((module) => ({ default: module.SignInForm })));

/**
 * The studio once the server knows who is using it: at once on a studio without sign-in, after
 * the sign-in form otherwise. Any other failure of the check lets the studio show itself, since
 * it reports an unreachable server in its own header.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  const checking = (
    <p className="session-checking" role="status">
      Checking who is signed in…
    </p>
  );
  if (session.isPending) return checking;
  if (session.isError && isSignedOut(session.error)) {
    return (
      <Suspense fallback={checking}>
        <SignInForm />
      </Suspense>
    );
  }
  return children;
}
