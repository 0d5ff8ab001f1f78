import { createContext, type ReactNode } from 'react';
import type { ImageSubject } from './subject.ts';

/**
 * More entries for every image card's "More" menu, from the features that compose over images
 * (the app provides them, so this one does not read those features). Each is given the image and
 * the menu's id, to close the menu when chosen.
 */
export const ImageMenuExtras = createContext<((subject: ImageSubject, menuId: string) => ReactNode) | null>(
  null,
);
