/** What jsdom lacks and the compare board touches: element sizes, object URLs, canvases. */
export function stubBrowserParts(): void {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  let urls = 0;
  URL.createObjectURL = () => `blob:difference-${++urls}`;
  URL.revokeObjectURL = () => {};
  HTMLCanvasElement.prototype.getContext = (() => ({ drawImage: () => {} })) as never;
}
