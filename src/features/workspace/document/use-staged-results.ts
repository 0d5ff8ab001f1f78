import { useEffect, useState } from 'react';
import { stageResults, useDocumentStore } from '../../document/index.ts';
import { resultLayers } from '../../images/index.lazy.ts';
import type { JobView } from '../../jobs/index.ts';

/** Jobs whose results are being made ready right now: each is staged once. */
const staging = new Set<string>();

/**
 * Each finished edit or inpaint of the stage's jobs waits, as candidates, on the document it
 * was made from (when that document is still open), once per job. Answers why the last one
 * could not be staged, if it could not.
 */
export function useStagedResults(views: readonly JobView[]): string | null {
  const documents = useDocumentStore((s) => s.documents);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    for (const { record, sourceBlob } of views) {
      const docId = record.source?.documentId;
      const doc = docId ? documents[docId] : undefined;
      if (!doc || record.status !== 'done' || record.mode === 'generate' || record.images.length === 0)
        continue;
      if (doc.staged.includes(record.id) || staging.has(record.id)) continue;
      staging.add(record.id);
      void resultLayers(record, doc, sourceBlob)
        .then((pictures) => stageResults(doc.id, record.id, pictures))
        .catch((error: unknown) =>
          setProblem(
            `The results could not be placed on ${doc.name}: ${error instanceof Error ? error.message : String(error)}. They are still in the results and the history.`,
          ),
        )
        .finally(() => staging.delete(record.id));
    }
  }, [views, documents]);
  return problem;
}
