import { useCompareStore } from '../store.ts';
import { RangeField } from './CompareToolbar.tsx';
import { Switch } from './Switch.tsx';

/** The inpaint-only switches: the leakage heatmap and "preserve outside mask" with its feather. */
export function InpaintControls({ onPreserveChange }: { onPreserveChange?: (on: boolean) => void }) {
  const showHeatmap = useCompareStore((s) => s.showHeatmap);
  const setShowHeatmap = useCompareStore((s) => s.setShowHeatmap);
  const preserve = useCompareStore((s) => s.preserveOutsideMask);
  const setPreserve = useCompareStore((s) => s.setPreserveOutsideMask);
  const featherRadius = useCompareStore((s) => s.featherRadius);
  const setFeatherRadius = useCompareStore((s) => s.setFeatherRadius);
  return (
    <div className="compare-inpaint" role="group" aria-label="Mask">
      <Switch
        label="Heatmap"
        checked={showHeatmap}
        onChange={setShowHeatmap}
        description="Shows where the result changed pixels the mask protects"
      />
      <Switch
        label="Preserve outside mask"
        checked={preserve}
        onChange={(on) => {
          setPreserve(on);
          onPreserveChange?.(on);
        }}
        description="Puts the result over the source through the mask, so protected pixels stay exactly the source's; downloads use this image"
      />
      {preserve && (
        <RangeField
          label="Feather"
          value={featherRadius}
          min={0}
          max={32}
          unit=" px"
          onChange={setFeatherRadius}
          hint="Softens the inside of the mask's edge so the edit blends in"
        />
      )}
    </div>
  );
}
