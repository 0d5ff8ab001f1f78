import { PROVIDER_LABELS, type ProviderId } from '../../catalog/index.ts';
import { Badge } from '../../ui/Badge.tsx';

/** A provider's badge before its mode is known (the health check, or its code, on the way). */
export function ProviderPendingBadge({ provider }: { provider: ProviderId }) {
  return <Badge tone="neutral">{PROVIDER_LABELS[provider]} · Checking…</Badge>;
}
