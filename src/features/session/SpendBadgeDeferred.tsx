import { lazyOnIdle } from '../../ui/lazy-on-idle.tsx';

// It reads the session query, so it comes with the query client; until then, as before the
// first answer, it shows nothing.
export const SpendBadge = lazyOnIdle(() => import('./SpendBadge.tsx').then((m) => m.SpendBadge));
