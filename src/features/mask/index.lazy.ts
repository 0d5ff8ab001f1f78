/** The mask editor itself (Konva), for the chunk that draws the canvas. */
export { MaskEditor } from './MaskEditor.tsx';
