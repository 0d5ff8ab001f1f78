import { FILE_EXTENSION } from './features/download/file-name.ts';
import { useHealth } from './api/health.ts';
import { ProviderId } from './catalog/index.ts';
import { ModelPanel } from './features/model/ModelPanel.tsx';
import { OutputPanel } from './features/output/OutputPanel.tsx';
import { PromptPanel } from './features/prompt/PromptPanel.tsx';
import { QualityPanel } from './features/quality/QualityPanel.tsx';
import { ModeTabs } from './features/mode/ModeTabs.tsx';
import './features/mode/mode-tabs.css';
import { RunPanel } from './features/run/RunPanel.tsx';
import { SizePanel } from './features/size/SizePanel.tsx';
import { SourcePanel } from './features/source/SourcePanel.tsx';
import './features/source/source.css';
import { useDropAndPaste } from './features/source/use-drop-and-paste.ts';
import { useSourceLoader } from './features/source/use-source-loader.ts';
import { useReuseJob } from './features/board/use-reuse-job.ts';
import { HistoryPanel } from './features/history/index.ts';
import { useResultAsSource } from './features/source/use-result-as-source.ts';
import { SweepPanel, SweepResults } from './features/sweep/index.ts';
import { Stage } from './features/workspace/Stage.tsx';
import './features/workspace/stage.css';
import { useMode } from './stores/settings.ts';
import { Badge } from './ui/Badge.tsx';
import { ProviderModeBadge } from './ui/ProviderModeBadge.tsx';
import { SpendBadge } from './features/session/index.ts';

export function App() {
  const mode = useMode();
  const loadSource = useSourceLoader();
  useDropAndPaste((file) => void loadSource(file, file.name || 'Pasted image'));
  return (
    <div className="app">
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
          <SweepResults />
          <Stage />
        </main>
        <History />
      </div>
    </div>
  );
}

/** The history column: reuse a past job, or take one of its images as the next source. */
function History() {
  const reuse = useReuseJob();
  const adoptAsSource = useResultAsSource();
  return (
    <aside className="history-column" aria-label="History">
      <HistoryPanel
        onReuse={(job, source) => void reuse(job, source)}
        onUseAsSource={(_job, image, blob) =>
          void adoptAsSource(
            {
              url: image.url,
              imageId: image.id,
              name: `result-${image.index + 1}.${FILE_EXTENSION[image.format]}`,
              ...(image.assetPath ? { assetPath: image.assetPath } : {}),
            },
            blob,
          )
        }
      />
    </aside>
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
      <SpendBadge />
    </header>
  );
}
