import { useState } from 'react';
import {
  changeDocument,
  documentPng,
  documentPsd,
  mergeLayerDown,
  moveLayer,
  removeLayer,
  updateLayer,
  type DocumentRecord,
  type Layer,
} from '../../document/index.ts';
import { downloadBlob } from '../../../ui/download-blob.ts';
import { IconButton } from '../../../ui/IconButton.tsx';
import { useLayerPreviewStore } from './canvas-view-store.ts';

/**
 * The document's layers, top first, over its base: show or hide, fade, rename, reorder,
 * delete and merge down, each one undo step; and the document out as a PNG or a layered PSD.
 */
export function LayersPanel({ doc }: { doc: DocumentRecord }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const layers = doc.content.layers;
  const stem = doc.name.replace(/\.[a-z0-9]+$/i, '') || 'document';

  const attempt = async (what: string, work: () => Promise<void>) => {
    setProblem(null);
    setBusy(what);
    try {
      await work();
    } catch (error) {
      setProblem(`${what} did not work: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="layers-panel" aria-label="Layers">
      <header className="layers-header">
        <h2 className="layers-title">Layers</h2>
      </header>
      <ol className="layers-list" aria-label="Layers, top first">
        {[...layers].reverse().map((layer) => {
          const index = layers.indexOf(layer);
          return (
            <LayerRow
              key={layer.id}
              doc={doc}
              layer={layer}
              index={index}
              busy={busy !== null}
              onMerge={() => void attempt('Merging down', () => mergeLayerDown(doc.id, layer.id))}
            />
          );
        })}
        <li className="layer-row layer-row-base">
          <span className="layer-base-name">
            Background · {doc.width}×{doc.height}
          </span>
        </li>
      </ol>
      {layers.length === 0 && <p className="muted layers-empty">Accepted edits stack here as layers.</p>}
      <div className="layers-downloads">
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={busy !== null}
          onClick={() =>
            void attempt('The PNG', async () => downloadBlob(await documentPng(doc), `${stem}.png`))
          }
        >
          Download PNG
        </button>
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={busy !== null}
          onClick={() =>
            void attempt('The PSD', async () => downloadBlob(await documentPsd(doc), `${stem}.psd`))
          }
        >
          Download PSD
        </button>
      </div>
      {busy && (
        <p role="status" className="muted">
          {busy}…
        </p>
      )}
      {problem && (
        <p role="alert" className="field-error">
          {problem}
        </p>
      )}
    </section>
  );
}

function LayerRow(props: {
  doc: DocumentRecord;
  layer: Layer;
  index: number;
  busy: boolean;
  onMerge: () => void;
}) {
  const { doc, layer, index, busy, onMerge } = props;
  const change = (operation: (d: DocumentRecord) => DocumentRecord) => changeDocument(doc.id, operation);
  const [name, setName] = useState(layer.name);
  const [opacity, setOpacity] = useState<number | null>(null);
  const [seen, setSeen] = useState(layer.name);
  if (seen !== layer.name) {
    setSeen(layer.name);
    setName(layer.name);
  }
  const shownOpacity = opacity ?? Math.round(layer.opacity * 100);
  const preview = (value: number) => {
    setOpacity(value);
    useLayerPreviewStore.setState({ preview: { layerId: layer.id, opacity: value / 100 } });
  };
  // A slider drag is one undo step: the value settles when the pointer or key lets go.
  const settleOpacity = () => {
    if (opacity === null) return;
    change((d) => updateLayer(d, layer.id, { opacity: opacity / 100 }));
    setOpacity(null);
    useLayerPreviewStore.setState({ preview: null });
  };
  const rename = () => {
    const next = name.trim();
    if (next && next !== layer.name) change((d) => updateLayer(d, layer.id, { name: next }));
    else setName(layer.name);
  };
  const top = index === doc.content.layers.length - 1;
  return (
    <li className="layer-row" data-hidden={!layer.visible || undefined}>
      <IconButton
        icon={layer.visible ? 'eye' : 'eyeOff'}
        label={`${layer.visible ? 'Hide' : 'Show'} layer ${layer.name}`}
        aria-pressed={layer.visible}
        onClick={() => change((d) => updateLayer(d, layer.id, { visible: !layer.visible }))}
      />
      <input
        className="layer-name"
        aria-label="Layer name"
        value={name}
        title={layer.name}
        onChange={(event) => setName(event.target.value)}
        onBlur={rename}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.currentTarget.blur();
          if (event.key === 'Escape') setName(layer.name);
        }}
      />
      <label className="layer-opacity">
        <span className="visually-hidden">Opacity of {layer.name}</span>
        <input
          type="range"
          min={0}
          max={100}
          step={1}
          value={shownOpacity}
          onChange={(event) => preview(Number(event.target.value))}
          onPointerUp={settleOpacity}
          onKeyUp={settleOpacity}
          onBlur={settleOpacity}
        />
        <output>{shownOpacity} %</output>
      </label>
      <div className="layer-actions">
        <IconButton
          icon="up"
          label={`Move ${layer.name} up`}
          disabled={top}
          onClick={() => change((d) => moveLayer(d, layer.id, index + 1))}
        />
        <IconButton
          icon="down"
          label={`Move ${layer.name} down`}
          disabled={index === 0}
          onClick={() => change((d) => moveLayer(d, layer.id, index - 1))}
        />
        <IconButton
          icon="merge"
          label={`Merge ${layer.name} down`}
          disabled={busy || !layer.visible || (index > 0 && !doc.content.layers[index - 1]!.visible)}
          onClick={onMerge}
        />
        <IconButton
          icon="trash"
          label={`Delete layer ${layer.name}`}
          onClick={() => change((d) => removeLayer(d, layer.id))}
        />
      </div>
    </li>
  );
}
