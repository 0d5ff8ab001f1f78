/** The source image of edit and inpaint: its store, its panel, and how an image becomes it. */
export { useSourceStore, restoreSource } from './store.ts';
export { SourcePanel } from './SourcePanel.tsx';
export { useSourceLoader } from './use-source-loader.ts';
export { useDropAndPaste } from './use-drop-and-paste.ts';
export { loadSourceFile, sha256, type SourceImage } from './load-source.ts';
export { formatBytes } from './format-bytes.ts';
