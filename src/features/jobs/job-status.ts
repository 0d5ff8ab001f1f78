import { ApiError, apiFetch } from '../../api/client.ts';
import { JobStatusAnswer } from '../../wire/proxy.ts';

/** `GET /api/jobs/:id`: what became of a paid request the browser sent with that id. */
export async function fetchJobStatus(id: string, signal?: AbortSignal): Promise<JobStatusAnswer> {
  const parsed = JobStatusAnswer.safeParse(await apiFetch(`/api/jobs/${encodeURIComponent(id)}`, { signal }));
  if (!parsed.success) {
    throw new ApiError(
      'internal',
      "The studio's server described the job in a shape the studio does not know.",
      200,
    );
  }
  return parsed.data;
}
