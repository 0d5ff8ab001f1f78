import {
  changeDocument,
  flattenedImage,
  redo,
  undo,
  useActiveDocument,
  type DocumentRecord,
} from '../../document/index.ts';
import { useMaskStore } from '../../mask/index.lazy.ts';
import { openDeliverables } from '../../packs/index.ts';
import { IconButton } from '../../../ui/IconButton.tsx';
import { layersPanelShown, useLayersPanelStore } from './canvas-view-store.ts';
import { DocumentTabs } from './DocumentTabs.tsx';

/** The document as it looks (flattened) to every target of a pack, its mask's centre the first focal point. */
function deliverables(doc: DocumentRecord) {
  openDeliverables([
    {
      name: doc.name,
      load: async () => (await flattenedImage(doc)).blob,
      ...(doc.fromImageId && doc.content.layers.length === 0 ? { fromImageId: doc.fromImageId } : {}),
      mask: { ops: useMaskStore.getState().ops, width: doc.width, height: doc.height },
    },
  ]);
}

/**
 * Beside the stage's view tabs: the open documents, the button that shows the layers, and the
 * document's deliverables.
 */
export function DocumentBar() {
  const doc = useActiveDocument();
  const choice = useLayersPanelStore((s) => s.layersPanel);
  if (!doc) return null;
  const count = doc.content.layers.length;
  const shown = layersPanelShown(choice, count);
  return (
    <div className="document-bar">
      <DocumentTabs />
      <IconButton
        icon="undo"
        label="Undo document change"
        title="Undo a document change (Ctrl / ⌘ + Alt + Z)"
        aria-keyshortcuts="Control+Alt+Z"
        disabled={doc.past.length === 0}
        onClick={() => changeDocument(doc.id, undo)}
      />
      <IconButton
        icon="redo"
        label="Redo document change"
        title="Redo a document change (Shift + Ctrl / ⌘ + Alt + Z)"
        aria-keyshortcuts="Shift+Control+Alt+Z"
        disabled={doc.future.length === 0}
        onClick={() => changeDocument(doc.id, redo)}
      />
      <button
        type="button"
        className="button button-small button-secondary layers-toggle"
        aria-pressed={shown}
        onClick={() => useLayersPanelStore.setState({ layersPanel: shown ? 'closed' : 'open' })}
      >
        Layers{count > 0 ? ` (${count})` : ''}
      </button>
      <button
        type="button"
        className="button button-small button-secondary"
        onClick={() => deliverables(doc)}
      >
        Deliverables…
      </button>
    </div>
  );
}
