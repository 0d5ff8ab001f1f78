import {
  OneminFeatureAnswer,
  oneminAccountTotal,
  oneminRecordFailure,
  parseOneminAssetAnswer,
  stripAccountDetails,
  type OneminFeatureRequest,
} from '../../wire/onemin/index.ts';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import { oneminAnswerForBrowser } from './browser-answers.ts';
import { ProxyError } from './errors.ts';
import { callUpstreamJson } from './upstream-call.ts';
import { failureInAnswer, providerWords } from './upstream-errors.ts';
import type { GuardedUpload } from './upload-guard.ts';
import type { Upstreams } from './upstreams.ts';

/** The two 1min.ai calls the studio makes, with the key injected and the answers checked. */
export function createOneminClient(upstream: Upstreams['onemin'], timeoutMs: number) {
  /** `POST /api/assets`: the upload streamed through unchanged; answers 1min.ai's JSON. */
  async function uploadAsset(upload: GuardedUpload, signal: AbortSignal): Promise<unknown> {
    const headers: Record<string, string> = {
      'API-KEY': upstream.apiKey,
      'Content-Type': upload.contentType,
      'Content-Length': upload.contentLength,
    };
    const init = { method: 'POST', headers, body: upload.body, duplex: 'half' } as RequestInit;
    const answer = await callUpstreamJson(upstream, `${upstream.baseUrl}/api/assets`, init, {
      signal,
      timeoutMs,
    });
    let path: string;
    try {
      path = parseOneminAssetAnswer(answer);
    } catch {
      throw failureInAnswer(upstream, answer);
    }
    // Only the path leaves: whatever else the upload answer holds about the account stays here.
    return { fileContent: { path } };
  }

  /**
   * `POST /api/features`: answers the record's fields the browser reads, and apart from them
   * the account's total usage it reported (for the credit model, never for the browser).
   */
  async function runFeature(
    body: OneminFeatureRequest,
    idempotencyKey: string | undefined,
    signal: AbortSignal,
  ): Promise<{ answer: unknown; accountTotal: number | undefined }> {
    const headers: Record<string, string> = {
      'API-KEY': upstream.apiKey,
      'Content-Type': 'application/json',
    };
    if (idempotencyKey) headers[IDEMPOTENCY_HEADER] = idempotencyKey;
    const init = { method: 'POST', headers, body: JSON.stringify(body) };
    const answer = await callUpstreamJson(upstream, `${upstream.baseUrl}/api/features`, init, {
      signal,
      timeoutMs,
    });
    const parsed = OneminFeatureAnswer.safeParse(answer);
    if (!parsed.success) throw failureInAnswer(upstream, answer);
    const failure = oneminRecordFailure(parsed.data.aiRecord);
    if (failure) {
      throw new ProxyError(
        'provider_failed',
        502,
        `${providerWords(failure)} Try again, perhaps with a different prompt.`,
      );
    }
    return {
      answer: stripAccountDetails(oneminAnswerForBrowser(parsed.data)),
      accountTotal: oneminAccountTotal(answer),
    };
  }

  return { uploadAsset, runFeature };
}
