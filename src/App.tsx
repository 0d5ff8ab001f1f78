import { ProviderId } from './catalog/index.ts';
import { HistoryPanel } from './features/history/index.ts';
import { ImageViewer } from './features/images/index.ts';
import { RunPanel } from './features/jobs/index.ts';
import { ProviderModeBadge, useHealth } from './features/providers/index.ts';
import {
  ModeTabs,
  ModelPanel,
  OutputPanel,
  PromptPanel,
  QualityPanel,
  SizePanel,
  useMode,
} from './features/settings/index.ts';
import { SourcePanel, useDropAndPaste, useSourceLoader } from './features/source/index.ts';
import { SweepPanel } from './features/sweep/index.ts';
import { Stage } from './features/workspace/index.ts';
import { Badge } from './ui/Badge.tsx';

export function App() {
  const mode = useMode();
  const loadSource = useSourceLoader();
  const dragging = useDropAndPaste((file) => void loadSource(file, file.name || 'Pasted image'));
  return (
    <div className="app" data-dragging={dragging || undefined}>
      <StudioHeader />
      <div className="workspace">
        <aside className="controls" aria-label="Settings">
          <ModeTabs />
          <div className="controls-scroll">
            {mode !== 'generate' && <SourcePanel />}
            <ModelPanel />
            <PromptPanel />
            <SizePanel />
            <QualityPanel />
            <OutputPanel />
            <SweepPanel />
          </div>
          <RunPanel />
        </aside>
        <main className="stage">
          <Stage />
        </main>
        <aside className="history-column" aria-label="History">
          <HistoryPanel />
        </aside>
      </div>
      <ImageViewer />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          Drop the image to use it as the source
        </div>
      )}
    </div>
  );
}

function StudioHeader() {
  const health = useHealth();
  return (
    <header className="app-header">
      <div className="brand">
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <h1>Image Studio</h1>
      </div>
      <div className="provider-badges" role="group" aria-label="Providers">
        {health.isError ? (
          <Badge tone="danger" description={health.error.message}>
            Server unreachable
          </Badge>
        ) : (
          ProviderId.options.map((provider) => (
            <ProviderModeBadge
              key={provider}
              provider={provider}
              mode={health.data?.providers[provider].mode}
            />
          ))
        )}
      </div>
    </header>
  );
}
