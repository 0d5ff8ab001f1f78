import { FILE_EXTENSION } from './features/images/download/file-name.ts';
import { useHealth } from './features/providers/health.ts';
import { ProviderId } from './catalog/index.ts';
import { ModelPanel } from './features/settings/model/ModelPanel.tsx';
import { OutputPanel } from './features/settings/output/OutputPanel.tsx';
import { PromptPanel } from './features/settings/prompt/PromptPanel.tsx';
import { QualityPanel } from './features/settings/quality/QualityPanel.tsx';
import { ModeTabs } from './features/settings/mode/ModeTabs.tsx';
import './features/settings/mode/mode-tabs.css';
import { RunPanel } from './features/jobs/run/RunPanel.tsx';
import { SizePanel } from './features/settings/size/SizePanel.tsx';
import { SourcePanel } from './features/source/SourcePanel.tsx';
import './features/source/source.css';
import { useDropAndPaste } from './features/source/use-drop-and-paste.ts';
import { useSourceLoader } from './features/source/use-source-loader.ts';
import { useReuseJob } from './features/images/use-reuse-job.ts';
import { HistoryPanel } from './features/history/index.ts';
import { useResultAsSource } from './features/source/use-result-as-source.ts';
import { SweepPanel, SweepResults } from './features/sweep/index.ts';
import { Stage } from './features/workspace/Stage.tsx';
import './features/workspace/stage.css';
import { useMode } from './features/settings/store.ts';
import { Badge } from './ui/Badge.tsx';
import { ProviderModeBadge } from './features/providers/ProviderModeBadge.tsx';

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
    </header>
  );
}
