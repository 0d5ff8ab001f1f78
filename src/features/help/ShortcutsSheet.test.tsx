// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TRIAGE_SHORTCUTS, VIEWER_SHORTCUTS } from '../images/index.lazy.ts';
import { MASK_SHORTCUTS } from '../mask/index.lazy.ts';
import { RESULT_FOCUS_SHORTCUTS } from '../workspace/index.lazy.ts';
import { ShortcutsSheet } from './ShortcutsSheet.tsx';

afterEach(cleanup);

function setup() {
  // The sheet's dialog is a lazy part: those show once the query client is there.
  render(
    <QueryClientProvider client={new QueryClient()}>
      <label>
        Prompt <textarea />
      </label>
      <ShortcutsSheet />
    </QueryClientProvider>,
  );
  return userEvent.setup();
}

describe('ShortcutsSheet', () => {
  it('opens on ? and lists every shortcut list of the studio, each from its own module', async () => {
    const user = setup();
    await user.keyboard('?');
    // The sheet's code arrives lazily, so it shows a moment after the key.
    const sheet = await screen.findByRole('dialog', { name: 'Keyboard shortcuts' });
    const rows = (title: string) =>
      within(within(sheet).getByRole('region', { name: title }))
        .getAllByRole('definition')
        .map((dd) => dd.textContent);
    expect(rows('Results, sweeps and history (on a focused image)')).toEqual(
      TRIAGE_SHORTCUTS.map((row) => row.action),
    );
    expect(rows('Large view')).toEqual(VIEWER_SHORTCUTS.map((row) => row.action));
    expect(rows('Mask editor (Inpaint)')).toEqual(MASK_SHORTCUTS.map((row) => row.action));
    expect(rows('Results on the stage')).toEqual(RESULT_FOCUS_SHORTCUTS.map((row) => row.action));
    expect(within(sheet).getByText('Ctrl / ⌘ + Enter')).toBeTruthy();
    expect(within(sheet).getByText('F')).toBeTruthy();

    await user.click(within(sheet).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog', { name: 'Keyboard shortcuts' })).toBeNull();
  });

  it('types ? into a text field instead of opening, and opens from its button', async () => {
    const user = setup();
    await user.type(screen.getByLabelText('Prompt'), 'why?');
    // Had the sheet taken the key, it would have kept the ? out of the field.
    expect(screen.getByLabelText('Prompt')).toHaveProperty('value', 'why?');
    expect(screen.queryByRole('dialog')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Shortcuts' }));
    expect(await screen.findByRole('dialog', { name: 'Keyboard shortcuts' })).toBeTruthy();
  });
});
