import type { MaskTool } from './view-settings.ts';

type MaskIconName = MaskTool | 'undo' | 'redo' | 'clear' | 'fill' | 'invert' | 'actions';

/** 20 px line icons for the rail; `solid` parts are filled. Decorative: the button carries the name. */
const PATHS: Record<MaskIconName, { line: string; solid?: string }> = {
  brush: { line: 'M4 16c2 0 3-1 3-3s1-3 3-3 3 1 3 3M12 11l6-7' },
  eraser: { line: 'M8 16l-4-4 7-7 6 6-6 6H8zM8 16h9' },
  rect: { line: 'M4 5h12v10H4z' },
  lasso: { line: 'M6 14c-3-2-2-8 4-9s8 4 5 6-7 1-9 3c-1 1 0 3 2 3' },
  polygon: { line: 'M4 15l2-10 9 2 2 7z' },
  wand: { line: 'M3 17L12 8M14 2v2.5M14 9.5V12M9.5 6H12M16 6h2.5M11 3l1 1M16 8l1 1' },
  undo: { line: 'M7 4 3 8l4 4M3 8h9a4.5 4.5 0 0 1 0 9H9' },
  redo: { line: 'M13 4l4 4-4 4M17 8H8a4.5 4.5 0 0 0 0 9h3' },
  clear: { line: 'M4 4h12v12H4zM7.5 7.5l5 5M12.5 7.5l-5 5' },
  fill: { line: 'M4 4h12v12H4z', solid: 'M4 4h12v12H4z' },
  invert: { line: 'M10 3a7 7 0 1 0 0 14 7 7 0 0 0 0-14z', solid: 'M10 3v14a7 7 0 0 0 0-14z' },
  actions: { line: 'M4 6h12M4 10h12M4 14h7M14.5 14h1.5' },
};

export function MaskIcon({ name }: { name: MaskIconName }) {
  const { line, solid } = PATHS[name];
  return (
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {solid && <path d={solid} fill="currentColor" opacity="0.55" />}
      <path
        d={line}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
