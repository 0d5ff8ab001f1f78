// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImageRef } from '../../history/index.lazy.ts';
import { Thumbnail } from './Thumbnail.tsx';

afterEach(cleanup);

const unsaved: ImageRef = {
  id: 'img-1',
  index: 0,
  url: 'https://example.test/1.png',
  format: 'png',
  cached: false,
  starred: false,
  winner: false,
};

describe('Thumbnail', () => {
  it('names an unsaved image as such without adding words to the button it sits in', () => {
    render(
      <button type="button" aria-label="View Result 1 larger">
        <Thumbnail image={unsaved} alt="Result 1" />
      </button>,
    );
    expect(screen.getByRole('img', { name: 'Result 1 (not saved)' }).dataset.note).toBe('Not saved');
    // Visible words inside a labelled button must be part of its name (WCAG 2.5.3): the note is
    // drawn by CSS, so the button holds no text its name leaves out.
    expect(screen.getByRole('button', { name: 'View Result 1 larger' }).textContent).toBe('');
  });
});
