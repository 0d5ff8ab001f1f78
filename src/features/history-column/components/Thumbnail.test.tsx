// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImageRef, JobRecord } from '../../history/index.lazy.ts';
import { HistoryImageCard } from './HistoryImageCard.tsx';
import { Thumbnail } from './Thumbnail.tsx';

// What the card's actions and size check do is tested where they live; here, where the note goes.
vi.mock('../../images/use-image-actions.ts', () => ({ useImageActions: () => ({}) }));
vi.mock('../../images/use-delivered-size.ts', () => ({ useSizeVerdict: () => null }));

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

const job = { id: 'job', images: [unsaved] } as unknown as JobRecord;

describe('a history thumbnail', () => {
  it('on its own, says the image is not saved', () => {
    render(<Thumbnail image={unsaved} alt="Image 1" />);
    expect(screen.getByRole('img', { name: 'Image 1 (not saved)' }).textContent).toBe('Not saved');
  });

  it('on a card, says it over the image, beside the "View … larger" button rather than in it', () => {
    render(
      <HistoryImageCard
        image={unsaved}
        alt="Image 1: kites"
        subject={{ job, image: unsaved }}
        label="Image 1 of 1"
        aspect="1 / 1"
        onOpen={() => {}}
      />,
    );
    // Visible words inside a labelled button must be part of its name (WCAG 2.5.3).
    expect(screen.getByRole('button', { name: 'View Image 1 of 1 larger' }).textContent).toBe('');
    const note = screen.getByText('Not saved');
    expect(note.closest('button')).toBeNull();
    expect(note.closest('figure')).not.toBeNull();
  });
});
