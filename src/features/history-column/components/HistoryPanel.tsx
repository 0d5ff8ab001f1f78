import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { startTransition, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { ShowRejectedSwitch, TriageArea } from '../../images/index.lazy.ts';
import { evenRange, screenEndAtTop } from '../even-range.ts';
import { useScrollParent } from '../hooks/use-scroll-parent.ts';
import { useVisible } from '../hooks/use-visible.ts';
import { useHistoryList, type HistoryFilters as Filters, type JobRecord } from '../../history/index.lazy.ts';
import { HistoryFilters, type FilterValues } from './HistoryFilters.tsx';
import { JobCard } from './JobCard.tsx';
import '../history.css';

const NO_FILTERS: FilterValues = { search: '', mode: '', model: '', starredOnly: false };
/**
 * Cards mounted beyond each edge of the screen, so a quick scroll finds them laid out. The
 * first cards to commit are only those on screen, so they show first; the others follow.
 */
const OVERSCAN = 1;

/** A card's height before it is measured: its text, then its thumbnails two to a row. */
function estimateHeight(job: JobRecord | undefined): number {
  const rows = Math.ceil((job?.images.length ?? 0) / 2);
  return 170 + rows * 140;
}

/**
 * Every job the studio ran, newest first, loaded a page at a time as the list scrolls. Only
 * the cards on screen (and a few either side) are mounted, so the page's DOM and memory stay
 * the same however long the history and however far it is scrolled.
 */
export function HistoryPanel() {
  const headingId = useId();
  const [values, setValues] = useState(NO_FILTERS);
  // Every key searches: the prompt index answers within a frame, so nothing waits for a pause.
  const search = values.search.trim();
  const filters = useMemo<Filters>(
    () => ({
      ...(search ? { search } : {}),
      ...(values.mode ? { mode: values.mode } : {}),
      ...(values.model ? { model: values.model } : {}),
      ...(values.starredOnly ? { starredOnly: true } : {}),
    }),
    [search, values.mode, values.model, values.starredOnly],
  );
  const list = useHistoryList(filters);
  const jobs = useMemo(() => list.data?.pages.flatMap((page) => page.jobs) ?? [], [list.data]);
  const filtered = Object.keys(filters).length > 0;

  const listRef = useRef<HTMLDivElement>(null);
  const { scroller, offset } = useScrollParent(listRef);
  // Not useDeferredValue: while React holds back the panel's first commit (it follows a
  // Suspense fallback), a deferred value re-renders the whole panel again and again.
  // The overscan is the list's it was given for: a new list (the first, or a search's) commits
  // the rows on screen first, and the rows around them follow in a transition. While a search
  // is read, the rows before it stay as they were.
  const listKey = JSON.stringify(filters);
  const [overscanFor, setOverscanFor] = useState<string | null>(null);
  const overscan = overscanFor === listKey || list.isPlaceholderData ? OVERSCAN : 0;
  const listed = jobs.length > 0;
  const shown = listed && !list.isPlaceholderData;
  useEffect(() => {
    if (shown) startTransition(() => setOverscanFor(listKey));
  }, [shown, listKey]);
  // The range is asked for while the virtualizer renders; it reads the rows' places from it.
  const placed = useRef<Virtualizer<HTMLElement, Element> | null>(null);
  // The studio does not run React Compiler; the virtualizer re-renders this component itself.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: jobs.length,
    getScrollElement: () => scroller,
    estimateSize: (index) => estimateHeight(jobs[index]),
    getItemKey: (index) => jobs[index]?.id ?? index,
    overscan,
    rangeExtractor: (range) => {
      const rows = placed.current?.measurementsCache ?? [];
      const height = placed.current?.scrollRect?.height ?? 0;
      // With the overscan: the first render mounts what is on screen only.
      const top = range.startIndex === 0 && overscan > 0;
      return evenRange(range, top ? screenEndAtTop(rows, height, range.endIndex) : range.endIndex);
    },
    scrollMargin: offset,
    // The cards' own gap, which absolute placement would otherwise lose.
    gap: 12,
  });

  useLayoutEffect(() => {
    placed.current = virtualizer;
  }, [virtualizer]);

  const end = useRef<HTMLDivElement>(null);
  const endVisible = useVisible(end, '600px');
  const { hasNextPage, isFetchingNextPage, fetchNextPage } = list;
  useEffect(() => {
    if (endVisible && hasNextPage && !isFetchingNextPage) void fetchNextPage();
  }, [endVisible, hasNextPage, isFetchingNextPage, fetchNextPage]);

  return (
    <section className="history-panel" aria-labelledby={headingId}>
      <h2 id={headingId} className="history-title">
        History
      </h2>
      <HistoryFilters values={values} onChange={setValues} />
      <ShowRejectedSwitch />
      {list.isError && (
        <p className="history-problem" role="alert">
          {errorMessage(list.error)}
        </p>
      )}
      {list.isSuccess && jobs.length === 0 && (
        <p className="history-muted">
          {filtered ? 'No job matches these filters.' : 'Jobs you run appear here, with their images.'}
        </p>
      )}
      <TriageArea label="History images">
        <div
          ref={listRef}
          className="history-list"
          aria-busy={list.isFetching}
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const job = jobs[item.index];
            return (
              job && (
                <div
                  key={item.key}
                  ref={virtualizer.measureElement}
                  data-index={item.index}
                  className="history-row"
                  style={{ transform: `translateY(${item.start - offset}px)` }}
                >
                  <JobCard job={job} tilesLater={filtered} />
                </div>
              )
            );
          })}
        </div>
      </TriageArea>
      <div ref={end} className="history-end">
        {hasNextPage && (
          <button type="button" disabled={isFetchingNextPage} onClick={() => void fetchNextPage()}>
            {isFetchingNextPage ? 'Loading…' : 'Load more'}
          </button>
        )}
      </div>
    </section>
  );
}
