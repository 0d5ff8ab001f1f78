import { useCallback, useMemo, useRef, useState } from 'react';
import { DocumentPicture } from '../../src/features/document/components/DocumentPicture.tsx';
import type { DocumentRecord } from '../../src/features/document/schema.ts';
import type { MaskEngine } from '../../src/features/mask/engine/engine.ts';
import '../../src/features/mask/mask-editor.css';
import { MaskStage } from '../../src/features/mask/MaskStage.tsx';

/**
 * What MaskEditor gives the stage in the studio: its zoom readout is state (a commit per zoom),
 * and the picture comes from its parent, so the memoised stage does not render again with it.
 */
export function Canvas({ doc, url }: { doc: DocumentRecord; url: string }) {
  const engineRef = useRef<MaskEngine | null>(null);
  const [, setZoom] = useState(1);
  const picture = useMemo(() => <DocumentPicture doc={doc} hideCandidate={false} preview={null} />, [doc]);
  const onProblem = useCallback((message: string) => console.warn(message), []);
  const source = useMemo(
    () => ({ url, key: doc.id, width: doc.width, height: doc.height }),
    [url, doc.id, doc.width, doc.height],
  );
  return (
    <MaskStage
      source={source}
      engineRef={engineRef}
      onZoomChange={setZoom}
      onProblem={onProblem}
      picture={picture}
      paint={false}
    />
  );
}
