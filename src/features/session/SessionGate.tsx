import type { ReactNode } from 'react';
import { isSignedOut, useSession } from './api.ts';
import { SignInForm } from './SignInForm.tsx';
import './session.css';

/**
 * The studio once the server knows who is using it: at once on a studio without sign-in, after
 * the sign-in form otherwise. Any other failure of the check lets the studio show itself, since
 * it reports an unreachable server in its own header.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const session = useSession();
  if (session.isPending) {
    return (
      <p className="session-checking" role="status">
        Checking who is signed in…
      </p>
    );
  }
  if (session.isError && isSignedOut(session.error)) return <SignInForm />;
  return children;
}
