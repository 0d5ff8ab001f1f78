import './source.css';
import { useRef } from 'react';
import { errorMessage } from '../../api/client.ts';
import { fetchSampleImage } from './sample-image.ts';
import { preferredSize } from '../../catalog/index.ts';
import { useCurrentEntry, useUpdateSettings } from '../settings/index.ts';
import { useSourceStore } from './store.ts';
import { closeDocument } from '../document/index.ts';
import { Panel } from '../../ui/Panel.tsx';
import { useObjectUrl } from '../../ui/use-object-url.ts';
import { formatBytes } from './format-bytes.ts';
import { useSourceLoader } from './documents.ts';

const ACCEPT = 'image/png,image/jpeg,image/webp,.psd,image/vnd.adobe.photoshop';

/**
 * The image to edit or inpaint: open, drop or paste one; see its pixel size and weight.
 * Several opened at once go to `onSeveral` (a batch).
 */
export function SourcePanel({ onSeveral }: { onSeveral: (files: File[]) => void }) {
  const source = useSourceStore((s) => s.source);
  const problem = useSourceStore((s) => s.problem);
  const notice = useSourceStore((s) => s.notice);
  const loading = useSourceStore((s) => s.loading);
  const load = useSourceLoader();
  const entry = useCurrentEntry();
  const update = useUpdateSettings();
  const input = useRef<HTMLInputElement>(null);
  const preview = useObjectUrl(source?.blob);
  const shapeSize = source ? preferredSize(entry, source) : null;

  return (
    <Panel title="Source image">
      <div className="source-drop">
        {source && preview ? (
          <figure className="source-card">
            <img src={preview} alt={`Source: ${source.name}`} className="source-thumb" />
            <figcaption>
              <span className="source-name" title={source.name}>
                {source.name}
              </span>
              <span className="source-facts" data-testid="source-facts">
                {source.width} × {source.height} px · {formatBytes(source.blob.size)}
              </span>
              {source.scaledFrom && (
                <span className="source-note">
                  Scaled down from {source.scaledFrom.width} × {source.scaledFrom.height} to fit the
                  models&apos; limits; {source.width} × {source.height} is what gets sent.
                </span>
              )}
            </figcaption>
          </figure>
        ) : (
          <p className="muted">Open, drop or paste a PNG, JPEG, WebP or layered PSD image.</p>
        )}
        <div className="source-actions">
          <button type="button" className="button button-small" onClick={() => input.current?.click()}>
            {source ? 'Open another…' : 'Open image…'}
          </button>
          {!source && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() =>
                void fetchSampleImage()
                  .then((blob) => load(blob, 'sample.jpg'))
                  .catch((error: unknown) => useSourceStore.setState({ problem: errorMessage(error) }))
              }
            >
              Try the sample image
            </button>
          )}
          {source && shapeSize && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => update({ size: shapeSize })}
              title={`Set the output size to ${shapeSize}, the nearest the model allows to the source's shape`}
            >
              Match source shape
            </button>
          )}
          {source && (
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => source.documentId && void closeDocument(source.documentId)}
            >
              Close
            </button>
          )}
        </div>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          multiple
          aria-label="Source image file"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(event) => {
            const files = Array.from(event.target.files ?? []);
            event.target.value = '';
            const [file] = files;
            if (files.length > 1) onSeveral(files);
            else if (file) void load(file, file.name);
          }}
        />
        {loading && (
          <p role="status" className="muted">
            Reading the image…
          </p>
        )}
        {notice && (
          <p role="status" className="source-note">
            {notice}
          </p>
        )}
        {problem && (
          <p role="alert" className="field-error">
            {problem}
          </p>
        )}
      </div>
    </Panel>
  );
}
