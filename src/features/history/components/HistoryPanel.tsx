import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { ShowRejectedSwitch, TriageArea } from '../../images/index.ts';
import { useHistoryList } from '../api/use-history-list.ts';
import { useDebouncedValue } from '../hooks/use-debounced-value.ts';
import { useVisible } from '../hooks/use-visible.ts';
import type { HistoryFilters as Filters } from '../repository.ts';
import { HistoryFilters, type FilterValues } from './HistoryFilters.tsx';
import { JobCard } from './JobCard.tsx';
import '../history.css';

const NO_FILTERS: FilterValues = { search: '', mode: '', model: '', starredOnly: false };

/** Every job the studio ran, newest first, loaded a page at a time as the list scrolls. */
export function HistoryPanel() {
  const headingId = useId();
  const [values, setValues] = useState(NO_FILTERS);
  const search = useDebouncedValue(values.search.trim(), 250);
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
  const jobs = list.data?.pages.flatMap((page) => page.jobs) ?? [];
  const filtered = Object.keys(filters).length > 0;

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
      <TriageArea label="History images" className="history-list" busy={list.isFetching}>
        {jobs.map((job) => (
          <JobCard key={job.id} job={job} />
        ))}
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
