import type { JobRequest } from './job.ts';

/** What makes two requests the same paid job: model, settings, and the exact source and mask. */
export function requestSignature({ entry, settings, source, mask }: JobRequest): string {
  return JSON.stringify([entry.id, settings, source?.hash ?? null, mask ?? null]);
}

/**
 * Jobs whose connection dropped before their answer came back, by request signature. The
 * same request again takes the same id, so the proxy joins the first call instead of paying twice.
 */
export function createJobIds(newId: () => string = () => crypto.randomUUID()) {
  const interrupted = new Map<string, string>();
  return {
    /** The id for a request: the interrupted job's, once, or a fresh one. */
    idFor(request: JobRequest): string {
      const signature = requestSignature(request);
      const reused = interrupted.get(signature);
      interrupted.delete(signature);
      return reused ?? newId();
    },
    interrupted(request: JobRequest, jobId: string): void {
      interrupted.set(requestSignature(request), jobId);
    },
  };
}
