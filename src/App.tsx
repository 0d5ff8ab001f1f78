import { deliverablesMenuItem } from './app/deliverables.tsx';
import { LibrarySection } from './app/LibrarySection.tsx';
import { BackupPanel } from './features/backup/index.ts';
import { BatchPanel, useBatchIntake } from './features/batch/index.ts';
import { HistoryPanel } from './features/history-column/index.ts';
import { CompareDialog, ImageMenuExtras, ImageViewer } from './features/images/index.ts';
import { ShortcutsSheet } from './features/help/index.ts';
import { useId, useState } from 'react';
import { RunPanel } from './features/jobs/index.ts';
import { Deliverables } from './features/packs/index.ts';
import { ProviderBadges } from './features/providers/index.ts';
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
import {
  ColumnExpand,
  ColumnToggle,
  Stage,
  useFocusKey,
  useShownColumns,
  type ShownColumns,
} from './features/workspace/index.ts';
import { SpendBadge } from './features/session/index.ts';
import { Disclosure } from './ui/Disclosure.tsx';

const AREAS = [
  { id: 'settings', label: 'Settings' },
  { id: 'stage', label: 'Stage' },
  { id: 'history', label: 'History' },
] as const;
type Area = (typeof AREAS)[number]['id'];

export function App() {
  const mode = useMode();
  const loadSource = useSourceLoader();
  const takeBatch = useBatchIntake();
  // One image becomes the source; several offered together become a batch over sources.
  const dragging = useDropAndPaste(([file, ...more]) => {
    if (more.length > 0 && file) void takeBatch([file, ...more]);
    else if (file) void loadSource(file, file.name || 'Pasted image');
  });
  // Phone width shows one area at a time; tablet width slides the history in as a drawer.
  const [area, setArea] = useState<Area>('settings');
  const [historyOpen, setHistoryOpen] = useState(false);
  const columns = useShownColumns();
  useFocusKey(columns);
  const ids = useId();
  return (
    <ImageMenuExtras.Provider value={deliverablesMenuItem}>
      <div
        className="app"
        data-area={area}
        data-history-open={historyOpen || undefined}
        data-settings={columns.settings}
        data-history={columns.history}
        data-dragging={dragging || undefined}
      >
        <StudioHeader
          historyOpen={historyOpen}
          onToggleHistory={() => setHistoryOpen(!historyOpen)}
          columns={columns}
          ids={ids}
        />
        <div className="area-tabs" role="tablist" aria-label="Area">
          {AREAS.map(({ id, label }) => (
            <button
              key={id}
              type="button"
              role="tab"
              className="area-tab"
              aria-selected={area === id}
              onClick={() => setArea(id)}
            >
              {label}
            </button>
          ))}
        </div>
        <div className="workspace">
          <aside className="controls" aria-label="Settings">
            {columns.settings === 'collapsed' && <ColumnExpand column="settings" shown={columns} />}
            <div className="controls-body" id={`${ids}-settings`}>
              <ModeTabs />
              <div className="controls-scroll">
                {mode !== 'generate' && <SourcePanel onSeveral={(files) => void takeBatch(files)} />}
                <BatchPanel />
                <ModelPanel />
                <PromptPanel />
                <SizePanel />
                <QualityPanel />
                <OutputPanel />
                <SweepPanel />
                <LibrarySection />
              </div>
            </div>
            {/* Collapsed, the column is a rail that keeps the run button. */}
            {/* A job started from the settings shows its progress on the stage. */}
            <RunPanel onRunning={() => setArea('stage')} />
          </aside>
          <main className="stage">
            <Stage />
          </main>
          <aside className="history-column" aria-label="History">
            {columns.history === 'collapsed' && <ColumnExpand column="history" shown={columns} />}
            <div className="history-body" id={`${ids}-history`}>
              <Disclosure title="Backup and storage" hint="Export, import, free space">
                <BackupPanel />
              </Disclosure>
              <HistoryPanel />
            </div>
          </aside>
        </div>
        <ImageViewer />
        <CompareDialog />
        <Deliverables />
        {dragging && (
          <div className="drop-overlay" aria-hidden="true">
            Drop one image to use it as the source, or several for a batch
          </div>
        )}
      </div>
    </ImageMenuExtras.Provider>
  );
}

function StudioHeader({
  historyOpen,
  onToggleHistory,
  columns,
  ids,
}: {
  historyOpen: boolean;
  onToggleHistory: () => void;
  columns: ShownColumns;
  ids: string;
}) {
  return (
    <header className="app-header">
      <div className="brand">
        <ColumnToggle column="settings" shown={columns} controls={`${ids}-settings`} />
        <img src="/favicon.svg" alt="" width={22} height={22} />
        <h1>Image Studio</h1>
      </div>
      <div className="provider-badges" role="group" aria-label="Providers">
        <ProviderBadges />
        <ShortcutsSheet />
        <button
          type="button"
          className="button button-small history-toggle-button"
          aria-expanded={historyOpen}
          onClick={onToggleHistory}
        >
          History
        </button>
      </div>
      <div className="header-end">
        <SpendBadge />
        <ColumnToggle column="history" shown={columns} controls={`${ids}-history`} />
      </div>
    </header>
  );
}
