export { SessionGate } from './SessionGate.tsx';
export { SpendBadge } from './SpendBadge.tsx';
