/** What happy-dom lacks and the compare board touches: element sizes and object URLs. */
export function stubBrowserParts(): void {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  let urls = 0;
  URL.createObjectURL = () => `blob:picture-${++urls}`;
  URL.revokeObjectURL = () => {};
}
