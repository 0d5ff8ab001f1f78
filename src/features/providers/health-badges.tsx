import { PROVIDER_IDS, type ProviderId } from '../../catalog/index.ts';
import { Badge } from '../../ui/Badge.tsx';
import { useHealth } from './health.ts';
import { ProviderModeBadge } from './ProviderModeBadge.tsx';

/** Every provider's mode, or that the server cannot be reached, as the header shows them. */
export function ProviderBadges() {
  const health = useHealth();
  if (health.isError) {
    return (
      <Badge tone="danger" description={health.error.message}>
        Server unreachable
      </Badge>
    );
  }
  return PROVIDER_IDS.map((provider) => (
    <ProviderModeBadge key={provider} provider={provider} mode={health.data?.providers[provider].mode} />
  ));
}

/** One provider's mode, as the model panel shows it. */
export function ProviderBadge({ provider }: { provider: ProviderId }) {
  const health = useHealth();
  return <ProviderModeBadge provider={provider} mode={health.data?.providers[provider].mode} />;
}
