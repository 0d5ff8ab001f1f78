import { DocumentPicture } from '../../document/index.lazy.ts';
import type { DocumentRecord } from '../../document/index.ts';
import { MaskEditor } from '../../mask/index.ts';
import { maskKeyOf, type SourceImage } from '../../source/index.ts';
import { useObjectUrl } from '../../../ui/use-object-url.ts';
import { useLayerPreviewStore, usePeekStore } from './canvas-view-store.ts';

/**
 * The document on the canvas (base, layers, the candidate on show) with the mask painted over
 * it in Inpaint; in Edit the same canvas, to look at. Konva, the mask editor and the document's
 * pictures arrive with this chunk.
 */
export function DocumentCanvas({
  doc,
  source,
  paint,
}: {
  doc: DocumentRecord;
  source: SourceImage;
  paint: boolean;
}) {
  const url = useObjectUrl(source.blob);
  const peeking = usePeekStore((s) => s.peeking);
  const preview = useLayerPreviewStore((s) => s.preview);
  if (!url) return null;
  return (
    <MaskEditor
      source={{ url, width: source.width, height: source.height }}
      sourceKey={maskKeyOf(source)}
      paint={paint}
      picture={<DocumentPicture doc={doc} hideCandidate={peeking} preview={preview} />}
    />
  );
}
