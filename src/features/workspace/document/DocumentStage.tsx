import './document-stage.css';
import { useActiveDocument, type DocumentRecord } from '../../document/index.ts';
import type { SourceImage } from '../../source/index.ts';
import { CandidateBar } from './CandidateBar.tsx';
import { CurrentJobLine } from './CurrentJobLine.tsx';
import { DocumentCanvas } from './DocumentCanvas.tsx';
import { layersPanelShown, useLayersPanelStore } from './canvas-view-store.ts';
import { LayersPanel } from './LayersPanel.tsx';
import { useCanvasKeys } from './use-canvas-keys.ts';

/**
 * Edit and Inpaint's stage: the open documents, the one in front on the canvas (with its mask
 * in Inpaint), the candidates waiting on it, and its layers.
 */
export function DocumentStage({ source, paint }: { source: SourceImage; paint: boolean }) {
  const doc = useActiveDocument();
  if (!doc || doc.id !== source.documentId) {
    return (
      <p role="status" className="muted">
        Preparing the document…
      </p>
    );
  }
  return <DocumentWork key={doc.id} doc={doc} source={source} paint={paint} />;
}

function DocumentWork({ doc, source, paint }: { doc: DocumentRecord; source: SourceImage; paint: boolean }) {
  useCanvasKeys(doc, !paint);
  const layers = layersPanelShown(
    useLayersPanelStore((s) => s.layersPanel),
    doc.content.layers.length,
  );
  return (
    <div className="document-stage" data-testid="document-stage">
      <div className="document-body" data-layers={layers || undefined}>
        <div className="document-canvas">
          <DocumentCanvas doc={doc} source={source} paint={paint} />
        </div>
        {layers && <LayersPanel doc={doc} />}
      </div>
      <CurrentJobLine documentId={doc.id} />
      <CandidateBar doc={doc} />
    </div>
  );
}
