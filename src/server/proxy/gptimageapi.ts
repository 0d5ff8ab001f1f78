import { GptImageApiAnswer } from '../../wire/gptimageapi/index.ts';
import { IDEMPOTENCY_HEADER } from '../../wire/proxy.ts';
import { gptImageApiAnswerForBrowser } from './browser-answers.ts';
import type { OutgoingJson } from './outgoing-json.ts';
import { callUpstreamJson } from './upstream-call.ts';
import { errorFromProviderMessage, failureInAnswer } from './upstream-errors.ts';
import type { Upstreams } from './upstreams.ts';

/** gptimageapi.dev's edit call, with the key injected; `code !== 0` becomes an error. */
export function createGptImageApiClient(upstream: Upstreams['gptimageapi'], timeoutMs: number) {
  /** `body` is a validated edit request; it streams out (its image may be tens of megabytes). */
  async function edit(body: OutgoingJson, idempotencyKey: string | undefined, signal: AbortSignal) {
    const { body: stream, length } = body.take();
    const headers: Record<string, string> = {
      Authorization: `Bearer ${upstream.apiKey}`,
      'Content-Type': 'application/json',
      'Content-Length': String(length),
    };
    if (idempotencyKey) headers[IDEMPOTENCY_HEADER] = idempotencyKey;
    const init = { method: 'POST', headers, body: stream, duplex: 'half' } as RequestInit;
    const answer = await callUpstreamJson(upstream, `${upstream.baseUrl}/v1/images/edit`, init, {
      signal,
      timeoutMs,
    });
    const parsed = GptImageApiAnswer.safeParse(answer);
    if (!parsed.success) throw failureInAnswer(upstream, answer);
    if (parsed.data.code !== 0) throw errorFromProviderMessage(upstream, parsed.data.message);
    return gptImageApiAnswerForBrowser(parsed.data);
  }

  return { edit };
}
