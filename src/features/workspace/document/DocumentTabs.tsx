import { activateDocument, closeDocument, useDocumentStore } from '../../document/index.ts';
import { IconButton } from '../../../ui/IconButton.tsx';

/** The open documents, one button each (the one in front pressed), each with its close button. */
export function DocumentTabs() {
  const order = useDocumentStore((s) => s.order);
  const documents = useDocumentStore((s) => s.documents);
  const activeId = useDocumentStore((s) => s.activeId);
  return (
    <nav className="document-tabs" aria-label="Open documents">
      <ul>
        {order.map((id) => {
          const doc = documents[id];
          if (!doc) return null;
          const layers = doc.content.layers.length;
          return (
            <li key={id} className="document-tab" data-active={id === activeId || undefined}>
              <button
                type="button"
                className="document-tab-name"
                aria-current={id === activeId ? 'page' : undefined}
                title={`${doc.name} · ${doc.width}×${doc.height}${layers ? ` · ${layers} layer${layers > 1 ? 's' : ''}` : ''}`}
                onClick={() => activateDocument(id)}
              >
                {doc.name}
              </button>
              <IconButton icon="close" label={`Close ${doc.name}`} onClick={() => void closeDocument(id)} />
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
