import type { Page } from '@playwright/test';

/**
 * Instruments that run in the page before its own scripts (install them with
 * `addInitFunction`); each keeps its figures on a global that the `read*` helpers fetch.
 * They are plain functions because Playwright sends their source text to the page.
 */

type ReactProbe = { commits: number; renderers: number };

/**
 * Counts React commits through the DevTools hook, which React (production builds too) calls
 * on every commit once a renderer has injected itself into it.
 */
export function installReactCommitCounter(): void {
  const probe: ReactProbe = { commits: 0, renderers: 0 };
  Object.assign(globalThis, {
    __benchReact: probe,
    __REACT_DEVTOOLS_GLOBAL_HOOK__: {
      supportsFiber: true,
      isDisabled: false,
      renderers: new Map(),
      inject(renderer: unknown) {
        probe.renderers += 1;
        this.renderers.set(probe.renderers, renderer);
        return probe.renderers;
      },
      onCommitFiberRoot() {
        probe.commits += 1;
      },
      onCommitFiberUnmount() {},
      onPostCommitFiberRoot() {},
      setStrictMode() {},
      checkDCE() {},
    },
  });
}

export function readReactProbe(page: Page): Promise<ReactProbe> {
  return page.evaluate(() => ({ ...(globalThis as unknown as { __benchReact: ReactProbe }).__benchReact }));
}

type ListenerProbe = {
  recording: boolean;
  /** Time spent in listeners, per dispatched event (all listeners of the event together). */
  perEvent: Map<Event, number>;
  /** Time spent in animation-frame callbacks, per frame. */
  perFrame: Map<number, number>;
};

/**
 * Times every listener of the given event types, and every animation-frame callback, while
 * `recording` is on. Wraps addEventListener (and removeEventListener, so removal still works)
 * and requestAnimationFrame before any page script runs.
 */
export function installListenerTimer(types: string[]): void {
  const probe: ListenerProbe = { recording: false, perEvent: new Map(), perFrame: new Map() };
  Object.assign(globalThis, { __benchListeners: probe });
  const watched = new Set(types);
  const wrappers = new WeakMap<object, EventListener>();
  const wrap = (listener: EventListenerOrEventListenerObject): EventListener => {
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = function (this: unknown, event: Event) {
        const call = () =>
          typeof listener === 'function' ? listener.call(this, event) : listener.handleEvent(event);
        if (!probe.recording) return call();
        const start = performance.now();
        try {
          return call();
        } finally {
          probe.perEvent.set(event, (probe.perEvent.get(event) ?? 0) + performance.now() - start);
        }
      };
      wrappers.set(listener, wrapper);
    }
    return wrapper;
  };
  const proto = EventTarget.prototype;
  const add = proto.addEventListener;
  const remove = proto.removeEventListener;
  proto.addEventListener = function (type, listener, options) {
    return add.call(this, type, listener && watched.has(type) ? wrap(listener) : listener, options);
  };
  proto.removeEventListener = function (type, listener, options) {
    const wrapper = listener && watched.has(type) ? wrappers.get(listener) : undefined;
    return remove.call(this, type, wrapper ?? listener, options);
  };
  const requestFrame = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) =>
    requestFrame((time) => {
      if (!probe.recording) return callback(time);
      const start = performance.now();
      try {
        callback(time);
      } finally {
        probe.perFrame.set(time, (probe.perFrame.get(time) ?? 0) + performance.now() - start);
      }
    });
}

export function setListenerRecording(page: Page, on: boolean): Promise<void> {
  return page.evaluate((value) => {
    const probe = (globalThis as unknown as { __benchListeners: ListenerProbe }).__benchListeners;
    probe.recording = value;
    if (value) {
      probe.perEvent.clear();
      probe.perFrame.clear();
    }
  }, on);
}

export function readListenerProbe(page: Page): Promise<{ perEvent: number[]; perFrame: number[] }> {
  return page.evaluate(() => {
    const probe = (globalThis as unknown as { __benchListeners: ListenerProbe }).__benchListeners;
    return { perEvent: [...probe.perEvent.values()], perFrame: [...probe.perFrame.values()] };
  });
}

type ObjectUrlProbe = { live: Set<string>; created: number };

/** Tracks blob: URLs made and revoked by the page. */
export function installObjectUrlCounter(): void {
  const probe: ObjectUrlProbe = { live: new Set(), created: 0 };
  Object.assign(globalThis, { __benchUrls: probe });
  const create = URL.createObjectURL.bind(URL);
  const revoke = URL.revokeObjectURL.bind(URL);
  URL.createObjectURL = (object) => {
    const url = create(object);
    probe.live.add(url);
    probe.created += 1;
    return url;
  };
  URL.revokeObjectURL = (url) => {
    probe.live.delete(url);
    revoke(url);
  };
}

export function readObjectUrls(page: Page): Promise<{ live: number; created: number }> {
  return page.evaluate(() => {
    const probe = (globalThis as unknown as { __benchUrls: ObjectUrlProbe }).__benchUrls;
    return { live: probe.live.size, created: probe.created };
  });
}

export type HistoryProbe = {
  /** Milliseconds from navigation start until the History column listed something (a job or its empty note). */
  listed?: number;
  firstCard?: number;
  /** Until the first thumbnail in the History column had loaded, with its pixel size known. */
  firstThumb?: number;
};

/** Notes when the History column first lists something and when its first thumbnail has loaded. */
export function installHistoryProbe(): void {
  const probe: HistoryProbe = {};
  Object.assign(globalThis, { __benchHistory: probe });
  const seen = new WeakSet<HTMLImageElement>();
  const check = () => {
    const column = document.querySelector('aside[aria-label="History"]');
    if (!column) return;
    const now = performance.now();
    if (probe.listed === undefined && column.querySelector('.history-muted, article')) probe.listed = now;
    if (probe.firstCard === undefined && column.querySelector('article')) probe.firstCard = now;
    if (probe.firstThumb !== undefined) return;
    for (const img of column.querySelectorAll('img')) {
      if (seen.has(img)) continue;
      seen.add(img);
      const loaded = () => {
        if (probe.firstThumb === undefined && img.naturalWidth > 0) probe.firstThumb = performance.now();
      };
      if (img.complete) loaded();
      else img.addEventListener('load', loaded, { once: true });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
}

/** Waits until the probe has seen `field`, then answers everything it saw. */
export async function waitForHistoryProbe(page: Page, field: keyof HistoryProbe): Promise<HistoryProbe> {
  await page.waitForFunction(
    (name) => (globalThis as unknown as { __benchHistory: HistoryProbe }).__benchHistory[name] !== undefined,
    field,
    { timeout: 60_000 },
  );
  return page.evaluate(() => ({
    ...(globalThis as unknown as { __benchHistory: HistoryProbe }).__benchHistory,
  }));
}

export type SearchProbe = {
  /** The prompts the History column's first rows must show to end the measure; none: the "no match" note. */
  expected?: string[];
  /** When the key that changed the search went down (the keydown event's time). */
  typedAt?: number;
  /** When the History column first showed `expected` after that. */
  shownAt?: number;
  /** The first animation frame after the key's input event: the least any answer to a key takes. */
  echoedAt?: number;
  /** When the first row's image tiles (with their actions) were mounted too. */
  tiledAt?: number;
};

/**
 * Times a search: from the next keydown after `armSearchProbe` to the moment the History
 * column's first rows show the prompts expected (or the note that nothing matches), as seen by
 * a MutationObserver, i.e. once React has committed the filtered list: the first row, and each
 * next one if it is mounted.
 */
export function installSearchProbe(): void {
  const probe: SearchProbe = {};
  Object.assign(globalThis, { __benchSearch: probe });
  const shows = (expected: string[]): boolean => {
    const column = document.querySelector('aside[aria-label="History"]');
    if (!column) return false;
    if (expected.length === 0) {
      return (
        !column.querySelector('[data-index="0"]') &&
        column.querySelector('.history-muted')?.textContent === 'No job matches these filters.'
      );
    }
    // The first row, and the next ones where they are mounted: a new list may mount the rows
    // below the screen a moment later.
    return expected.every((prompt, i) => {
      const row = column.querySelector(`[data-index="${i}"]`);
      return row ? row.querySelector('h3')?.textContent === prompt : i > 0;
    });
  };
  const tiled = (): boolean =>
    !document.querySelector('aside[aria-label="History"] [data-index="0"]') ||
    !!document.querySelector('aside[aria-label="History"] [data-index="0"] figure.result-tile');
  const check = () => {
    if (probe.typedAt === undefined || probe.expected === undefined) return;
    if (probe.shownAt === undefined && shows(probe.expected)) probe.shownAt = performance.now();
    if (probe.shownAt !== undefined && probe.tiledAt === undefined && tiled())
      probe.tiledAt = performance.now();
  };
  addEventListener(
    'keydown',
    (event) => {
      if (probe.expected !== undefined && probe.typedAt === undefined) probe.typedAt = event.timeStamp;
    },
    true,
  );
  addEventListener(
    'input',
    () => {
      if (probe.expected === undefined || probe.echoedAt !== undefined) return;
      requestAnimationFrame(() => (probe.echoedAt ??= performance.now()));
    },
    true,
  );
  new MutationObserver(check).observe(document, { childList: true, subtree: true, characterData: true });
}

/** Arms the search probe for the next key: `expected` as SearchProbe says. */
export function armSearchProbe(page: Page, expected: string[]): Promise<void> {
  return page.evaluate((value) => {
    const probe = (globalThis as unknown as { __benchSearch: SearchProbe }).__benchSearch;
    delete probe.typedAt;
    delete probe.shownAt;
    delete probe.echoedAt;
    delete probe.tiledAt;
    probe.expected = value;
  }, expected);
}

/**
 * Waits until the armed search has shown what it expected and the first row's tiles; answers the
 * milliseconds from the key to each, and to the first frame after the key (the floor).
 */
export async function waitForSearchProbe(
  page: Page,
): Promise<{ shown: number; echoed: number; tiled: number }> {
  await page.waitForFunction(
    () => {
      const probe = (globalThis as unknown as { __benchSearch: SearchProbe }).__benchSearch;
      return probe.tiledAt !== undefined && probe.echoedAt !== undefined;
    },
    undefined,
    { timeout: 120_000, polling: 50 },
  );
  return page.evaluate(() => {
    const probe = (globalThis as unknown as { __benchSearch: SearchProbe }).__benchSearch;
    const from = probe.typedAt ?? Number.NaN;
    delete probe.expected;
    return {
      shown: (probe.shownAt ?? Number.NaN) - from,
      echoed: (probe.echoedAt ?? Number.NaN) - from,
      tiled: (probe.tiledAt ?? Number.NaN) - from,
    };
  });
}
