import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.tsx';
import { Root } from './app/Root.tsx';
import { checkSessionAtStart } from './features/session/index.ts';
import { followDocuments } from './features/source/index.ts';
import './ui/theme.css';
import './ui/controls.css';
import './app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks the #root element');

// Who is signed in decides between the studio and the sign-in form: asked first.
checkSessionAtStart();
// TanStack Query and what reads it are chunks asked for now, beside the session check; the
// settings show without them, and each part that reads a query waits for the client.
const queryClient = import('./app/start-queries.ts').then(({ startQueries }) => startQueries());
// The open documents come back from IndexedDB; the one in front, flattened, is the source.
followDocuments();

createRoot(root).render(
  <StrictMode>
    <Root queryClient={queryClient}>
      <App />
    </Root>
  </StrictMode>,
);
