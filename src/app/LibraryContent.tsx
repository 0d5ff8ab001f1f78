import { useState } from 'react';
import { adaptSettings } from '../catalog/index.ts';
import { useRunBatch } from '../features/jobs/index.lazy.ts';
import { LibraryPanel } from '../features/library/index.ts';
import { useCurrentEntry, useJobSettings, useSettingsStore } from '../features/settings/index.ts';
import { useSourceStore } from '../features/source/index.ts';
import { IssueList } from '../ui/IssueList.tsx';

/**
 * The prompt library in the settings column: a prompt taken from it goes into the form, and a
 * fill of its variables runs one job per combination with the form's model, settings, source
 * and mask, each labelled by its values on the stage.
 */
export function LibraryContent() {
  const entry = useCurrentEntry();
  const settings = useJobSettings();
  const runBatch = useRunBatch();
  const [problems, setProblems] = useState<string[]>([]);
  return (
    <>
      <LibraryPanel
        currentPrompt={settings.prompt}
        currentSettings={settings}
        entry={entry}
        onUse={(prompt, saved) => {
          setProblems([]);
          const { update } = useSettingsStore.getState();
          if (!saved) return update({ prompt });
          // Saved settings may come from another model: the current one keeps only what it takes.
          const source = useSourceStore.getState().source;
          update({ ...adaptSettings(entry, saved, source ?? undefined), prompt });
        }}
        onRunCombinations={async (items) =>
          setProblems(await runBatch(items.map(({ prompt, label }) => ({ prompt, label: label || prompt }))))
        }
      />
      <IssueList title="Nothing was sent:" issues={problems} alert />
    </>
  );
}
