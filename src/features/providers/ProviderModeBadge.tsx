import { PROVIDER_LABELS, type ProviderId } from '../../catalog/index.ts';
import type { ProviderMode } from '../../wire/proxy.ts';
import { Badge } from '../../ui/Badge.tsx';
import { ProviderPendingBadge } from './ProviderPendingBadge.tsx';

/** The server variable that holds each provider's key, named so the user knows what to set. */
const KEY_VARIABLES: Record<ProviderId, string> = {
  onemin: 'ONEMIN_API_KEY',
  gptimageapi: 'GPTIMAGEAPI_API_KEY',
};

type ProviderModeBadgeProps = { provider: ProviderId; mode: ProviderMode | undefined };

/** Says plainly whether a provider's requests reach the real API or the built-in simulator. */
export function ProviderModeBadge({ provider, mode }: ProviderModeBadgeProps) {
  const name = PROVIDER_LABELS[provider];
  if (mode === 'simulator') {
    return (
      <Badge
        tone="simulator"
        description={`No ${name} API key is set on the server (${KEY_VARIABLES[provider]}), so requests go to the built-in simulator: it makes placeholder images of the requested size locally and costs nothing.`}
      >
        {name} · Simulator
      </Badge>
    );
  }
  if (mode === 'live') {
    return (
      <Badge
        tone="live"
        description={`Requests go to ${name} with the server's API key and spend its credits.`}
      >
        {name} · Live
      </Badge>
    );
  }
  return <ProviderPendingBadge provider={provider} />;
}
