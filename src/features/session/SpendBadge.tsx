import { Badge } from '../../ui/Badge.tsx';
import { useSession, useSignOut } from './api.ts';
import { spendDescription, spendLabel, spendTone } from './spend-words.ts';

/** What the user spent today against their budget, and signing out where the studio signed them in. */
export function SpendBadge() {
  const session = useSession();
  const signOut = useSignOut();
  if (!session.data) return null;
  const { user, spend, access } = session.data;
  return (
    <div className="spend" role="group" aria-label="Credits">
      <Badge tone={spendTone(spend)} description={spendDescription(spend, user.name)}>
        {spendLabel(spend)}
      </Badge>
      {access === 'password' && (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => signOut.mutate()}
          disabled={signOut.isPending}
        >
          Sign out {user.name}
        </button>
      )}
    </div>
  );
}
