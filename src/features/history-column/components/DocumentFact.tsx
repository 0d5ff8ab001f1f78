import { activateDocument, useDocumentStore } from '../../document/index.ts';

/** Which document a job was made on: a button that brings it to the front while it is open. */
export function DocumentFact({ documentId }: { documentId: string }) {
  const name = useDocumentStore((s) => s.documents[documentId]?.name);
  const active = useDocumentStore((s) => s.activeId === documentId);
  return (
    <div>
      <dt>Document</dt>
      <dd>
        {name === undefined ? (
          'closed'
        ) : active ? (
          <span title="The document in front">{name}</span>
        ) : (
          <button
            type="button"
            className="link-button"
            title="Bring this document to the front"
            onClick={() => activateDocument(documentId)}
          >
            {name}
          </button>
        )}
      </dd>
    </div>
  );
}
