import { useEffect, useEffectEvent, useId, useState } from 'react';
import { askCompareWorker, SupersededError } from '../worker-client.ts';
import type { CompareReplies, CompareRequests } from '../worker-protocol.ts';

type Kind = 'difference' | 'inpaint';
type WorkerState<K extends Kind> = { value: CompareReplies[K] | null; error: string | null };
type Answer<K extends Kind> = WorkerState<K> & { key: string; images: string };

/**
 * The compare worker's answer to `request`, asked again whenever `images` or `settings`
 * change (together they stand for everything the request depends on). Nothing is asked
 * while `request` is null. While only the settings changed (a threshold being dragged) the
 * previous answer stays up until the new one is in, so the panes do not flash; otherwise
 * `value` is null until the answer for the current request is in.
 */
export function useCompareWorker<K extends Kind>(
  kind: K,
  request: CompareRequests[K] | null,
  { images, settings }: { images: string; settings: string },
): WorkerState<K> {
  const channel = useId();
  const active = request ? `${images}\n${settings}` : '';
  const [answer, setAnswer] = useState<Answer<K>>({ key: '', images: '', value: null, error: null });
  const ask = useEffectEvent(() => (request ? askCompareWorker(kind, request, `${kind} ${channel}`) : null));

  useEffect(() => {
    if (!active) return;
    let current = true;
    ask()?.then(
      (value) => {
        if (current) setAnswer({ key: active, images, value, error: null });
      },
      (error: unknown) => {
        if (!current || error instanceof SupersededError) return;
        const message = error instanceof Error ? error.message : 'The images could not be compared.';
        setAnswer({ key: active, images, value: null, error: message });
      },
    );
    return () => {
      current = false;
    };
    // `images` is part of `active`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  if (answer.key === active) return answer;
  return { value: active && answer.images === images ? answer.value : null, error: null };
}
