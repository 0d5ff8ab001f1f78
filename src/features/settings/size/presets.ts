import { formatPixelSize, snapGptImage2Size, type PixelSize } from '../../../catalog/index.ts';

export type SizePreset = { id: string; label: string; ratio: string; size: string };

/** Each preset names a shape and a pixel budget; its size is snapped to the gpt-image-2 rules. */
const PRESET_SHAPES: readonly { id: string; label: string; ratio: [number, number]; budget: PixelSize }[] = [
  { id: 'square', label: 'Square', ratio: [1, 1], budget: { width: 1024, height: 1024 } },
  { id: 'portrait', label: 'Portrait', ratio: [2, 3], budget: { width: 1024, height: 1536 } },
  { id: 'landscape', label: 'Landscape', ratio: [3, 2], budget: { width: 1536, height: 1024 } },
  {
    id: 'instagram-portrait',
    label: 'Instagram portrait',
    ratio: [4, 5],
    budget: { width: 1024, height: 1280 },
  },
  { id: 'story', label: 'Story', ratio: [9, 16], budget: { width: 1152, height: 2048 } },
  { id: 'widescreen', label: 'Widescreen', ratio: [16, 9], budget: { width: 2048, height: 1152 } },
  { id: 'banner', label: 'Banner', ratio: [3, 1], budget: { width: 2304, height: 768 } },
  { id: 'uhd', label: '4K UHD', ratio: [16, 9], budget: { width: 3840, height: 2160 } },
];

export const SIZE_PRESETS: readonly SizePreset[] = PRESET_SHAPES.map(
  ({ id, label, ratio: [w, h], budget }) => ({
    id,
    label,
    ratio: `${w}:${h}`,
    size: formatPixelSize(snapGptImage2Size(w / h, budget.width * budget.height)),
  }),
);
