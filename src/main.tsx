import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createQueryClient } from './api/query-client.ts';
import { prefetchHistoryList } from './features/history/index.ts';
import { startRecovery } from './features/jobs/index.ts';
import { SessionGate } from './features/session/index.ts';
import { followDocuments } from './features/source/index.ts';
import './ui/theme.css';
import './ui/controls.css';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');

const queryClient = createQueryClient();
// The open documents come back from IndexedDB; the one in front, flattened, is the source.
followDocuments();
// The history column's first screen is read from IndexedDB while the page renders.
prefetchHistoryList(queryClient);
// Jobs an earlier page left running are collected once the first screen is up, whatever is on screen.
startRecovery(queryClient);

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <SessionGate>
        <App />
      </SessionGate>
    </QueryClientProvider>
  </StrictMode>,
);
