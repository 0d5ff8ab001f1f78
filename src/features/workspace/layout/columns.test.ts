import { describe, expect, it } from 'vitest';
import { readColumnChoices, shownColumns, toggleColumn, toggleFocus } from './columns.ts';

const fresh = readColumnChoices({});

describe('shownColumns', () => {
  it('opens both columns by default, but keeps the history out of Inpaint on a window under 1600 px', () => {
    expect(shownColumns(fresh, 'generate', false)).toEqual({ settings: 'open', history: 'open' });
    expect(shownColumns(fresh, 'edit', false)).toEqual({ settings: 'open', history: 'open' });
    expect(shownColumns(fresh, 'inpaint', false)).toEqual({ settings: 'open', history: 'collapsed' });
    expect(shownColumns(fresh, 'inpaint', true)).toEqual({ settings: 'open', history: 'open' });
  });

  it('follows the choice once one is made, in every mode', () => {
    const choices = readColumnChoices({ settings: 'collapsed', history: 'open' });
    expect(shownColumns(choices, 'inpaint', false)).toEqual({ settings: 'collapsed', history: 'open' });
  });

  it('hides both in focus mode', () => {
    const choices = readColumnChoices({ history: 'open', focus: true });
    expect(shownColumns(choices, 'generate', true)).toEqual({ settings: 'collapsed', history: 'collapsed' });
  });

  it('reads stored choices it does not know as the defaults', () => {
    expect(readColumnChoices({ settings: 'sideways', history: 3, focus: 'yes' })).toEqual(fresh);
    for (const stored of [null, 'open', ['open']]) expect(readColumnChoices(stored)).toEqual(fresh);
  });

  it('keeps each stored field that fits, and only the choices (not the store actions)', () => {
    const stored = { settings: 'collapsed', history: 'sideways', focus: true, toggle: () => {} };
    expect(readColumnChoices(stored)).toEqual({ settings: 'collapsed', history: undefined, focus: true });
  });
});

describe('toggleColumn', () => {
  it('changes only the column pressed', () => {
    const shown = shownColumns(fresh, 'inpaint', false);
    const opened = toggleColumn(fresh, shown, 'history');
    expect(shownColumns(opened, 'inpaint', false)).toEqual({ settings: 'open', history: 'open' });
    const closed = toggleColumn(opened, shownColumns(opened, 'generate', false), 'settings');
    expect(shownColumns(closed, 'generate', false)).toEqual({ settings: 'collapsed', history: 'open' });
  });

  it('in focus mode, opens the column asked for and leaves the other hidden', () => {
    const focus = { ...fresh, focus: true };
    const next = toggleColumn(focus, shownColumns(focus, 'generate', true), 'settings');
    expect(next.focus).toBe(false);
    expect(shownColumns(next, 'generate', true)).toEqual({ settings: 'open', history: 'collapsed' });
  });
});

describe('toggleFocus', () => {
  it('hides both, then brings back what was shown', () => {
    const choices = readColumnChoices({ settings: 'open', history: 'collapsed' });
    const hidden = toggleFocus(choices, shownColumns(choices, 'generate', true));
    expect(shownColumns(hidden, 'generate', true)).toEqual({ settings: 'collapsed', history: 'collapsed' });
    const back = toggleFocus(hidden, shownColumns(hidden, 'generate', true));
    expect(shownColumns(back, 'generate', true)).toEqual({ settings: 'open', history: 'collapsed' });
  });

  it('opens both when both had been collapsed by hand', () => {
    const choices = readColumnChoices({ settings: 'collapsed', history: 'collapsed' });
    const next = toggleFocus(choices, shownColumns(choices, 'generate', true));
    expect(shownColumns(next, 'generate', true)).toEqual({ settings: 'open', history: 'open' });
  });
});
