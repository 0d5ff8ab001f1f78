import { useEffect, useEffectEvent, useId, useState } from 'react';
import { askCompareWorker, SupersededError } from '../worker-client.ts';
import type { CompareReplies, CompareRequests } from '../worker-protocol.ts';

type Kind = 'difference' | 'inpaint';
export type WorkerState<K extends Kind> = { value: CompareReplies[K] | null; error: string | null };

/** Frees the bitmaps of an answer the board no longer shows (33 MB each at 4K) without waiting for GC. */
function release(value: CompareReplies[Kind]): void {
  for (const pane of value) {
    if (!('heatmap' in pane)) continue;
    pane.heatmap.close();
    pane.composite?.close();
  }
}

/**
 * The compare worker's answer to `request`, asked again whenever `key` changes (the key
 * stands for everything the request depends on). Nothing is asked while `request` is null;
 * `value` is null until the answer for the current key is in.
 */
export function useCompareWorker<K extends Kind>(
  kind: K,
  request: CompareRequests[K] | null,
  key: string,
): WorkerState<K> {
  const channel = useId();
  const active = request ? key : '';
  const [answer, setAnswer] = useState<WorkerState<K> & { key: string }>({
    key: '',
    value: null,
    error: null,
  });
  const ask = useEffectEvent(() => (request ? askCompareWorker(kind, request, `${kind} ${channel}`) : null));

  useEffect(() => {
    if (!active) return;
    let current = true;
    ask()?.then(
      (value) => {
        if (current) setAnswer({ key: active, value, error: null });
        else release(value);
      },
      (error: unknown) => {
        if (!current || error instanceof SupersededError) return;
        const message = error instanceof Error ? error.message : 'The images could not be compared.';
        setAnswer({ key: active, value: null, error: message });
      },
    );
    return () => {
      current = false;
    };
  }, [active]);

  // An answer's bitmaps are closed once a newer answer replaces it, or the board closes.
  useEffect(() => {
    const { value } = answer;
    return () => {
      if (value) release(value);
    };
  }, [answer]);

  return answer.key === active ? answer : { value: null, error: null };
}
