import './compare-dialog.css';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef } from 'react';
import { errorMessage } from '../../api/client.ts';
import { Dialog } from '../../ui/Dialog.tsx';
import { useObjectUrls } from '../../ui/use-object-urls.ts';
import { CompareView, useCompareStore } from '../compare/index.ts';
import { historyKeys } from '../history/index.lazy.ts';
import { loadImageBlob, loadJobContext, loadSubject } from './load.ts';
import { useImagesStore } from './store.ts';
import { useImageActions } from './use-image-actions.ts';

/** The compare board over the page, for the two to four images picked from results or history. */
export function CompareBoard({ onClose }: { onClose: () => void }) {
  const ids = useCompareStore((s) => s.selectedIds);
  const dialog = useRef<HTMLDialogElement>(null);
  const setPreserve = useCompareStore((s) => s.setPreserveOutsideMask);
  const actions = useImageActions();
  const markProblem = useImagesStore((s) => s.problem);
  const marks = useImagesStore((s) => s.marks);

  const board = useQuery({
    queryKey: historyKeys.board(ids),
    queryFn: async () => {
      const images = await Promise.all(
        ids.map(async (id) => {
          const subject = await loadSubject(id);
          return { ...subject, blob: await loadImageBlob(subject) };
        }),
      );
      const first = images[0];
      const context = first ? await loadJobContext(first) : undefined;
      return { images, context };
    },
    gcTime: 0,
  });

  const blobs = useMemo(() => {
    if (!board.data) return undefined;
    return [
      ...board.data.images.map((b) => b.blob),
      ...(board.data.context ? [board.data.context.source] : []),
    ];
  }, [board.data]);
  const urls = useObjectUrls(blobs);

  const data = board.data;
  return (
    <Dialog dialogRef={dialog} className="compare-dialog" aria-label="Compare results" onClose={onClose}>
      {board.isPending && <p role="status">Loading the images…</p>}
      {markProblem && (
        <p role="alert" className="run-error">
          {markProblem}
        </p>
      )}
      {board.isError && (
        <div role="alert" className="run-error">
          {errorMessage(board.error)}{' '}
          <button type="button" className="button button-small" onClick={onClose}>
            Close
          </button>
        </div>
      )}
      {data && urls && (
        <CompareView
          images={data.images.map((b, i) => ({
            id: b.image.id,
            url: urls[i] ?? '',
            label: `Result ${b.image.index + 1} · ${b.job.settings.prompt.slice(0, 40)}`,
            width: b.image.width ?? 1024,
            height: b.image.height ?? 1024,
            starred: marks[b.image.id]?.starred ?? b.image.starred,
            winner: marks[b.image.id]?.winner ?? b.image.winner,
          }))}
          {...(data.context
            ? {
                source: {
                  url: urls[data.images.length] ?? '',
                  width: data.context.width,
                  height: data.context.height,
                },
                ...(data.context.coverage ? { maskCoverage: data.context.coverage } : {}),
              }
            : {})}
          onClose={() => dialog.current?.close()}
          onToggleStar={(id) => {
            const subject = data.images.find((b) => b.image.id === id);
            if (subject) void actions.toggleStar(subject, marks[id]?.starred ?? subject.image.starred);
          }}
          onMarkWinner={(id) => {
            const subject = data.images.find((b) => b.image.id === id);
            if (subject) void actions.toggleWinner(subject, marks[id]?.winner ?? subject.image.winner);
          }}
          onPreserveChange={setPreserve}
        />
      )}
    </Dialog>
  );
}
