import type { Quality } from '../../../catalog/index.ts';
import { useCurrentEntry, useSetting, useUpdateSettings } from '../store.ts';
import { ChoiceGroup } from '../../../ui/ChoiceGroup.tsx';
import { Panel } from '../../../ui/Panel.tsx';

const QUALITY_WORDS: Record<Quality, { label: string; hint: string }> = {
  low: { label: 'Low', hint: 'Fast drafts' },
  medium: { label: 'Medium', hint: 'Balanced' },
  high: { label: 'High', hint: 'Most detail' },
};

/** The quality levels the entry allows, with their per-image price where the provider publishes one. */
export function QualityPanel() {
  const entry = useCurrentEntry();
  const quality = useSetting('quality');
  const update = useUpdateSettings();

  return (
    <Panel title="Quality">
      <ChoiceGroup
        label="Quality"
        showLabel={false}
        value={quality}
        onChange={(value: Quality) => update({ quality: value })}
        choices={entry.quality.values.map((value) => ({
          value,
          label: QUALITY_WORDS[value].label,
          hint: entry.creditsPerImage
            ? `${entry.creditsPerImage[value]} credits / image`
            : QUALITY_WORDS[value].hint,
        }))}
      />
    </Panel>
  );
}
