export { SessionGate } from './SessionGate.tsx';
export { checkSessionAtStart } from './gate-state.ts';
export { SpendBadge } from './SpendBadgeDeferred.tsx';
