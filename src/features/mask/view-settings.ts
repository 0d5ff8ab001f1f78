import * as z from 'zod/mini';

/** How the mask editor looks and paints; none of it changes the exported mask by itself. */

export const MaskTool = z.enum(['brush', 'eraser', 'rect', 'lasso', 'polygon', 'wand']);
export type MaskTool = z.infer<typeof MaskTool>;

/** Brush diameter limits, in image pixels. */
export const BRUSH_SIZE_MIN = 1;
export const BRUSH_SIZE_MAX = 1000;

export const clampBrushSize = (size: number) =>
  Math.round(Math.min(BRUSH_SIZE_MAX, Math.max(BRUSH_SIZE_MIN, size)));
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));
export const clampTolerance = (value: number) => Math.round(Math.min(255, Math.max(0, value)));
export const ADJUST_MAX = 256;
export const clampAdjust = (value: number) => Math.round(Math.min(ADJUST_MAX, Math.max(1, value)));

export const MaskViewSettings = z.object({
  tool: z.catch(MaskTool, 'brush'),
  brushSize: z.catch(z.pipe(z.number(), z.transform(clampBrushSize)), 60),
  softness: z.catch(z.pipe(z.number(), z.transform(clamp01)), 0),
  overlayColor: z.catch(z.string().check(z.regex(/^#[0-9a-f]{6}$/i)), '#ff3b6b'),
  overlayOpacity: z.catch(z.pipe(z.number(), z.transform(clamp01)), 0.5),
  /** The wand's largest difference per channel, 0..255. */
  tolerance: z.catch(z.pipe(z.number(), z.transform(clampTolerance)), 32),
  /** The wand takes only pixels connected to the clicked one. */
  contiguous: z.catch(z.boolean(), true),
  /** Pixels that grow, shrink and feather work by. */
  adjustBy: z.catch(z.pipe(z.number(), z.transform(clampAdjust)), 8),
});
export type MaskViewSettings = z.infer<typeof MaskViewSettings>;

export const DEFAULT_VIEW_SETTINGS: MaskViewSettings = MaskViewSettings.parse({});

/** The next brush size for `[` (down) and `]` (up): a step that feels the same at 5 px and 500 px. */
export function stepBrushSize(size: number, direction: 'down' | 'up'): number {
  const next = direction === 'up' ? Math.max(size + 1, size * 1.2) : Math.min(size - 1, size / 1.2);
  return clampBrushSize(next);
}

/** Slider position 0..1 ↔ brush size, on a log scale so small sizes get as much travel as large. */
export function brushSizeToSlider(size: number): number {
  return Math.log(clampBrushSize(size) / BRUSH_SIZE_MIN) / Math.log(BRUSH_SIZE_MAX / BRUSH_SIZE_MIN);
}
export function sliderToBrushSize(position: number): number {
  return clampBrushSize(BRUSH_SIZE_MIN * (BRUSH_SIZE_MAX / BRUSH_SIZE_MIN) ** clamp01(position));
}
