import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { createQueryClient } from './api/query-client.ts';
import { SessionGate } from './features/session/index.ts';
import { restoreSource } from './stores/source.ts';
import './ui/theme.css';
import './ui/controls.css';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');

void restoreSource();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <SessionGate>
        <App />
      </SessionGate>
    </QueryClientProvider>
  </StrictMode>,
);
