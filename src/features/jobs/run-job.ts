import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { estimateCredits, validateSettings, type CatalogEntry, type JobSettings } from '../../catalog/index.ts';
import { buildGptImageApiEditRequest, parseGptImageApiAnswer } from '../../wire/gptimageapi/index.ts';
import { buildOneminFeatureRequest, parseOneminFeatureAnswer } from '../../wire/onemin/index.ts';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import { UpstreamAnswerError, type JobResult } from '../../wire/result.ts';
import { cancelJob } from './cancel-job.ts';
import { ApiError, apiFetch } from '../../api/client.ts';
import { healthQuery } from '../providers/health.ts';
import { resolveJobAssets, type JobInputs } from './job-assets.ts';
import { queryKeys } from '../../api/keys.ts';

/** Asset paths (1min.ai) or image URLs (gptimageapi.dev) of the source and mask, where the entry takes them. */
export type JobAssets = { imageUrl?: string; maskUrl?: string };

export type JobRequest = { entry: CatalogEntry; settings: JobSettings; inputs?: JobInputs };

/** A job as sent: the id is its `Idempotency-Key`, made before anything leaves the browser. */
export type Job = JobRequest & { jobId: string; assets?: JobAssets };

/** Where a running job is: putting its images on the provider, or waiting for the paid answer. */
export type JobPhase = 'uploading' | 'generating';

/** What the caller does around the paid request: record it before it leaves, file its outcome. */
export type JobHooks = {
  beforeSend?: (job: Job) => Promise<void>;
  onResult?: (job: Job, result: JobResult, durationMs: number) => void;
  onFailure?: (job: Job, error: unknown) => void;
};

export type JobContext = { signal?: AbortSignal; assetBase: string };

/**
 * Sends one paid request through the proxy and answers its images. Settings the entry
 * refuses never leave the browser.
 */
export async function runJob(job: Job, context: JobContext): Promise<JobResult> {
  const { entry, settings, assets = {} } = job;
  const problems = [
    ...validateSettings(entry, settings).map((issue) => issue.message),
    ...missingAssets(entry, assets),
  ];
  if (problems.length > 0) throw new ApiError('bad_request', problems.join(' '), 0);

  const headers = { [IDEMPOTENCY_HEADER]: job.jobId };
  const request = { method: 'POST', headers, signal: context.signal };
  try {
    if (entry.upstream.kind === 'onemin') {
      const json = await apiFetch('/api/onemin/features', {
        ...request,
        json: buildOneminFeatureRequest(entry, settings, assets),
      });
      return parseOneminFeatureAnswer(json, context.assetBase);
    }
    const json = await apiFetch('/api/gptimageapi/images/edit', {
      ...request,
      json: buildGptImageApiEditRequest(settings, assets.imageUrl ?? ''),
    });
    return parseGptImageApiAnswer(json, estimateCredits(entry, settings) ?? undefined);
  } catch (error) {
    if (error instanceof UpstreamAnswerError) throw new ApiError('bad_upstream_answer', error.message, 200);
    throw error;
  }
}

const CONNECTION_DROPPED =
  "The connection to the studio's server dropped. If the job reached it, it still finishes and appears in the history; running the same job again collects it without paying twice.";

/** Whether the job's images must be put on the provider first (1min.ai takes asset paths). */
function needsUpload(entry: CatalogEntry): boolean {
  return entry.upstream.kind === 'onemin' && entry.needsSource;
}

/** What makes two requests the same paid job: model, settings, and the exact source and mask bytes. */
export function requestSignature({ entry, settings, inputs }: JobRequest): string {
  return JSON.stringify([entry.id, settings, inputs?.source?.hash ?? null, inputs?.mask?.hash ?? null]);
}

function missingAssets(entry: CatalogEntry, assets: JobAssets): string[] {
  const missing: string[] = [];
  if (entry.needsSource && !assets.imageUrl) missing.push('Add a source image first.');
  if (entry.needsMask && !assets.maskUrl) missing.push('Paint a mask over the part to change first.');
  return missing;
}

/**
 * The job mutation with its cancel. Every run gets a fresh job id and AbortController;
 * cancel aborts the fetch and asks the proxy to stop the upstream call.
 */
export function useRunJob(hooks: JobHooks = {}) {
  const queryClient = useQueryClient();
  const current = useRef<{ jobId: string; controller: AbortController } | null>(null);
  const [cancelProblem, setCancelProblem] = useState<string | null>(null);
  const [phase, setPhase] = useState<JobPhase>('generating');
  const interrupted = useRef<{ jobId: string; signature: string } | null>(null);
  const hooksRef = useRef(hooks);
  useEffect(() => {
    hooksRef.current = hooks;
  });

  const mutation = useMutation({
    mutationKey: queryKeys.runJob(),
    // The latest results stay on screen until a newer job succeeds, however long that takes.
    gcTime: Infinity,
    mutationFn: async (job: Job) => {
      const controller = new AbortController();
      current.current = { jobId: job.jobId, controller };
      const { signal } = controller;
      try {
        const health = await queryClient.ensureQueryData(healthQuery());
        if (needsUpload(job.entry)) setPhase('uploading');
        const assets = await resolveJobAssets(queryClient, job.entry, job.inputs ?? {}, signal);
        if (signal.aborted) throw new ApiError('cancelled', 'Cancelled.', 0);
        const sent = { ...job, assets };
        await hooksRef.current.beforeSend?.(sent);
        setPhase('generating');
        const startedAt = performance.now();
        try {
          const result = await runJob(sent, { signal, assetBase: health.providers.onemin.assetBase });
          hooksRef.current.onResult?.(sent, result, Math.round(performance.now() - startedAt));
          return result;
        } catch (error) {
          hooksRef.current.onFailure?.(sent, error);
          if (error instanceof ApiError && error.code === 'network') {
            interrupted.current = { jobId: job.jobId, signature: requestSignature(job) };
            throw new ApiError('network', CONNECTION_DROPPED, 0);
          }
          throw error;
        }
      } finally {
        if (current.current?.jobId === job.jobId) current.current = null;
      }
    },
  });

  const { mutateAsync } = mutation;
  /**
   * Starts a job; settles when it ends (its outcome is in `mutation`, so this never rejects).
   * The same request again after a dropped connection keeps its job id, so the proxy joins
   * the first call instead of paying twice.
   */
  const run = useCallback(
    async (request: JobRequest) => {
      setCancelProblem(null);
      const retry = interrupted.current;
      interrupted.current = null;
      const jobId =
        retry && retry.signature === requestSignature(request) ? retry.jobId : crypto.randomUUID();
      await mutateAsync({ ...request, jobId }).catch(() => undefined);
    },
    [mutateAsync],
  );

  const cancel = useCallback(async () => {
    const job = current.current;
    if (!job) return;
    job.controller.abort();
    try {
      await cancelJob(job.jobId);
    } catch (error) {
      // Unknown to the proxy means the request never reached it: nothing runs, nothing to say.
      if (error instanceof ApiError && error.code === 'not_found') return;
      const reason = error instanceof Error ? error.message : String(error);
      setCancelProblem(
        `The server could not confirm that it stopped the job, so it may still be charged. ${reason}`,
      );
    }
  }, []);

  return { mutation, run, cancel, cancelProblem, phase };
}
