import type { ViewportHandlers } from '../hooks/use-pan-zoom.ts';
import type { Size, ViewTransform } from '../view.ts';

/** One image on the compare board. `url` must be same-origin (the proxy's /api/image or a blob: URL). */
export type CompareImage = {
  id: string;
  url: string;
  label: string;
  width: number;
  height: number;
  starred?: boolean;
  winner?: boolean;
};

export type CompareSource = { url: string; width: number; height: number };

/** Callbacks a pane's header offers for a result. */
export type PaneCallbacks = {
  onToggleStar?: (id: string) => void;
  onMarkWinner?: (id: string) => void;
};

/** The shared view every pane draws with, and what the panes need to drive it. */
export type Camera = {
  view: ViewTransform;
  /** The size every image is drawn at, so images of different sizes line up. */
  reference: Size;
  viewportHandlers: ViewportHandlers;
  /** Attached to the first pane's viewport: all panes have its size. */
  measureRef: (element: HTMLElement | null) => void;
};
