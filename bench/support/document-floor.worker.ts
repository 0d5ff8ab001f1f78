/// <reference lib="webworker" />
import { serveTasks } from '../../src/workers/task-protocol.ts';

/**
 * The floor for the document worker's tasks (bench/document-canvas.ts): the least a worker can
 * do to put the same pictures together, one plain OffscreenCanvas `drawImage` per picture
 * (decoded by `createImageBitmap`, drawn at its opacity, no mask) and a PNG out.
 */
const floorTasks = {
  async drawEach(size: { width: number; height: number }, pictures: { pixels: Blob; opacity: number }[]) {
    const bitmaps = await Promise.all(pictures.map(({ pixels }) => createImageBitmap(pixels)));
    const canvas = new OffscreenCanvas(size.width, size.height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D OffscreenCanvas');
    bitmaps.forEach((bitmap, i) => {
      context.globalAlpha = pictures[i]!.opacity;
      context.drawImage(bitmap, 0, 0);
      bitmap.close();
    });
    return canvas.convertToBlob({ type: 'image/png' });
  },
};

export type FloorTasks = typeof floorTasks;

serveTasks(floorTasks);
