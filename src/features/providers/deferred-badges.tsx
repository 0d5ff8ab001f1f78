import { PROVIDER_IDS, type ProviderId } from '../../catalog/index.ts';
import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';
import { ProviderPendingBadge } from './ProviderPendingBadge.tsx';

// The health check is a query, so the badges that read it come with the query client; until
// then each shows the mode as not known yet, in the same place.
export const ProviderBadges = lazyOnIdle(
  () => import('./health-badges.tsx').then((m) => m.ProviderBadges),
  () => PROVIDER_IDS.map((provider) => <ProviderPendingBadge key={provider} provider={provider} />),
);

export const ProviderBadge = lazyOnIdle(
  () => import('./health-badges.tsx').then((m) => m.ProviderBadge),
  ({ provider }: { provider: ProviderId }) => <ProviderPendingBadge provider={provider} />,
);
