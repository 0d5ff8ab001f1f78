/**
 * The studio's stack with none of the studio: React and ReactDOM, TanStack Query with the hooks
 * the first screen calls, a persisted zustand store and a zod/mini schema parsed at start-up.
 * What any app on this stack costs a page before its own code, the bundle-size floor.
 */
import {
  QueryClient,
  QueryClientProvider,
  useInfiniteQuery,
  useIsMutating,
  useMutation,
  useMutationState,
  useQuery,
} from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';

const Settings = z.object({
  prompt: z.string().check(z.maxLength(4000)),
  size: z.enum(['1024x1024', '1536x1024']),
  count: z.optional(z.number().check(z.minimum(1), z.maximum(4))),
});

const useSettings = create(
  persist(() => Settings.parse({ prompt: '', size: '1024x1024' }), {
    name: 'baseline',
    storage: createJSONStorage(() => localStorage),
    merge: (stored, current) => ({ ...current, ...Settings.safeParse(stored).data }),
  }),
);

function App() {
  const prompt = useSettings((s) => s.prompt);
  const health = useQuery({
    queryKey: ['health'],
    queryFn: () => fetch('/api/health').then((r) => r.json()),
  });
  const pages = useInfiniteQuery({
    queryKey: ['list'],
    queryFn: ({ pageParam }) => Promise.resolve([pageParam]),
    initialPageParam: 0,
    getNextPageParam: (last) => (last[0] ?? 0) + 1,
  });
  const run = useMutation({ mutationKey: ['run'], mutationFn: (text: string) => Promise.resolve(text) });
  const states = useMutationState({ filters: { mutationKey: ['run'] } });
  const running = useIsMutating();
  return (
    <button type="button" onClick={() => run.mutate(prompt)}>
      {String(health.status)} {pages.data?.pages.length} {states.length} {running}
    </button>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <QueryClientProvider client={new QueryClient()}>
      <App />
    </QueryClientProvider>,
  );
}
