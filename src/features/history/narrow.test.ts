import { describe, expect, it } from 'vitest';
import { jobStart } from './fixtures.ts';
import type { HistoryFilters } from './listing.ts';
import { narrowedList, narrows, type ListData } from './narrow.ts';
import type { JobRecord } from './record.ts';

/** A done job with one image, starred or not. */
function job(id: string, prompt: string, options: { entryId?: string; starred?: boolean } = {}): JobRecord {
  const start = jobStart(id, { prompt, ...(options.entryId ? { entryId: options.entryId } : {}) });
  return {
    ...start,
    status: 'done',
    images: [
      {
        id: `${id}/0`,
        index: 0,
        url: `https://asset.1min.ai/images/${id}.png`,
        format: 'png',
        cached: true,
        starred: options.starred ?? false,
        winner: false,
      },
    ],
  };
}

/** The list read so far for some filters: pages of jobs, the last saying whether more follow. */
function list(pages: JobRecord[][], more: boolean): ListData {
  return {
    pages: pages.map((jobs, i) => ({
      jobs,
      ...(i === pages.length - 1 && more ? { next: { createdAt: 1, id: 'x' } } : {}),
    })),
    pageParams: pages.map((_, i) => (i === 0 ? undefined : { createdAt: 1, id: 'x' })),
  };
}

const ids = (data: ListData | undefined) => data?.pages.flatMap((page) => page.jobs.map((j) => j.id));

describe('narrowing a history list', () => {
  it('tells a narrower search from a wider or a different one', () => {
    const cases: [HistoryFilters, HistoryFilters, boolean][] = [
      [{}, { search: 'f' }, true],
      [{ search: 'fo' }, { search: 'fox' }, true],
      [{ search: 'fox' }, { search: 'fox sn' }, true],
      [{ search: 'fox' }, { search: 'red fox' }, true],
      // Deleting a letter, or changing a word, widens or moves the search.
      [{ search: 'fox' }, { search: 'fo' }, false],
      [{ search: 'fox' }, { search: 'owl' }, false],
      [{ search: 'fox' }, { search: 'fox', mode: 'edit' }, true],
      [{ mode: 'edit' }, { mode: 'generate' }, false],
      [{ mode: 'edit' }, {}, false],
      [{ model: 'gpt-image-2' }, { model: 'gpt-image-2', starredOnly: true }, true],
      [{ starredOnly: true }, {}, false],
    ];
    for (const [from, to, expected] of cases)
      expect([from, to, narrows(from, to)]).toEqual([from, to, expected]);
  });

  it('shows the rows already read that match a narrower search, newest first, across pages', () => {
    const wider = list(
      [
        [job('a', 'Red fox in snow'), job('b', 'Blue whale')],
        [job('c', 'Fox logo'), job('d', 'Owl')],
      ],
      true,
    );
    const narrowed = narrowedList(wider, { search: 'f' }, { search: 'fox' });
    expect(ids(narrowed)).toEqual(['a', 'c']);
    // One page with no cursor: the query reads its own pages after it.
    expect(narrowed?.pages).toHaveLength(1);
    expect(narrowed?.pages[0]?.next).toBeUndefined();
    expect(narrowed?.pageParams).toEqual([undefined]);
  });

  it('checks mode and stars on the rows as the list does', () => {
    const wider = list(
      [
        [
          job('a', 'Fox', { entryId: 'gptimageapi:gpt-image-2:edit' }),
          job('b', 'Fox', { starred: true }),
          job('c', 'Fox', { entryId: 'gptimageapi:gpt-image-2:edit', starred: true }),
        ],
      ],
      false,
    );
    expect(ids(narrowedList(wider, { search: 'fox' }, { search: 'fox', mode: 'edit' }))).toEqual(['a', 'c']);
    expect(ids(narrowedList(wider, {}, { starredOnly: true }))).toEqual(['b', 'c']);
  });

  it('gives nothing when the search widens: the rows read cannot tell what it adds', () => {
    const wider = list([[job('a', 'Fox')]], false);
    expect(narrowedList(wider, { search: 'fox' }, { search: 'fo' })).toBeUndefined();
    expect(narrowedList(wider, { mode: 'edit' }, {})).toBeUndefined();
  });

  it('gives nothing when no row read matches but more were left to read, and an empty list when none were', () => {
    const rows = [job('a', 'Owl'), job('b', 'Blue whale')];
    expect(narrowedList(list([rows], true), {}, { search: 'fox' })).toBeUndefined();
    expect(narrowedList(list([rows], false), {}, { search: 'fox' })).toEqual({
      pages: [{ jobs: [] }],
      pageParams: [undefined],
    });
  });
});
