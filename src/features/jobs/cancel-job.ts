import { apiFetch } from '../../api/client.ts';

/** Asks the proxy to abort the upstream call behind a job's `Idempotency-Key`. */
export async function cancelJob(jobId: string): Promise<void> {
  await apiFetch(`/api/jobs/${encodeURIComponent(jobId)}`, { method: 'DELETE' });
}
