import type { MaskTool } from './view-settings.ts';

/** 20 px line icons for the tools; decorative, the button carries the name. */
const PATHS: Record<MaskTool, string> = {
  brush: 'M4 16c2 0 3-1 3-3s1-3 3-3 3 1 3 3M12 11l6-7',
  eraser: 'M8 16l-4-4 7-7 6 6-6 6H8zM8 16h9',
  rect: 'M4 5h12v10H4z',
  lasso: 'M6 14c-3-2-2-8 4-9s8 4 5 6-7 1-9 3c-1 1 0 3 2 3',
  polygon: 'M4 15l2-10 9 2 2 7z',
  wand: 'M3 17L12 8M14 2v2.5M14 9.5V12M9.5 6H12M16 6h2.5M11 3l1 1M16 8l1 1',
};

export function ToolIcon({ tool }: { tool: MaskTool }) {
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d={PATHS[tool]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
