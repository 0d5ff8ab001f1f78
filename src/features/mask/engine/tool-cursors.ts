import type { MaskTool } from '../view-settings.ts';

/** An SVG cursor with a dark and a light line, so it shows on any image; `hot` is its hotspot. */
const svgCursor = (paths: string, hot: [number, number], fallback: string) => {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" fill="none" stroke-linecap="round" stroke-linejoin="round"><g stroke="black" stroke-width="3">${paths}</g><g stroke="white" stroke-width="1.4">${paths}</g></svg>`;
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}") ${hot[0]} ${hot[1]}, ${fallback}`;
};

const CROSS = '<path d="M12 3v6M12 15v6M3 12h6M15 12h6"/>';

/** The cursor each tool shows over the canvas (brushes show the brush ring instead). */
export const TOOL_CURSORS: Record<MaskTool, string> = {
  brush: 'none',
  eraser: 'none',
  rect: 'crosshair',
  lasso: svgCursor(`${CROSS}<path d="M15 7c4-3 8 0 6 3s-8 3-9 0"/>`, [12, 12], 'crosshair'),
  polygon: svgCursor(`${CROSS}<path d="M15 4l7 2-2 6"/>`, [12, 12], 'crosshair'),
  wand: svgCursor(
    '<path d="M3 21L14 10M16 2v3M16 11v3M11 7h3M19 7h3M13 4l1 1M19 10l1 1"/>',
    [3, 21],
    'crosshair',
  ),
};
