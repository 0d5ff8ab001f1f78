import { parsePixelSize, type CatalogEntry } from '../../../catalog/index.ts';
import { useCurrentEntry, useSetting, useUpdateSettings } from '../store.ts';
import { ChoiceGroup } from '../../../ui/ChoiceGroup.tsx';
import { Panel } from '../../../ui/Panel.tsx';
import { CustomSize } from './CustomSize.tsx';
import { orientation } from './size-facts.ts';

/** The output size in whatever terms the entry takes: any WxH, a few fixed sizes, or aspect ratios. */
export function SizePanel() {
  const entry = useCurrentEntry();
  const size = useSetting('size');
  const update = useUpdateSettings();
  return (
    <Panel title="Size">
      <SizeFields entry={entry} size={size} onChange={(value) => update({ size: value })} />
    </Panel>
  );
}

type SizeFieldsProps = { entry: CatalogEntry; size: string; onChange: (size: string) => void };

export function SizeFields({ entry, size, onChange: setSize }: SizeFieldsProps) {
  const spec = entry.size;
  return (
    <>
      {spec.kind === 'custom' && <CustomSize entry={entry} size={size} onChange={setSize} />}
      {spec.kind === 'fixed' && (
        <ChoiceGroup
          label="Size"
          showLabel={false}
          value={size}
          onChange={setSize}
          choices={spec.options.map((option) => {
            const parsed = parsePixelSize(option);
            return {
              value: option,
              label: option.replace('x', '×'),
              ...(parsed ? { hint: orientation(parsed) } : {}),
            };
          })}
        />
      )}
      {spec.kind === 'aspect' && (
        <ChoiceGroup
          label="Aspect ratio"
          value={size}
          onChange={setSize}
          choices={spec.options.map((option) => ({ value: option, label: option }))}
        />
      )}
    </>
  );
}
