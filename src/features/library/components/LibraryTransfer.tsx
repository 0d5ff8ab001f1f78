import { useRef, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { downloadBlob } from '../../../ui/download-blob.ts';
import { useLibraryWrite } from '../api/use-library.ts';
import { libraryDb } from '../db.ts';
import { exportLibrary, importLibrary, parseLibraryFile, type ImportReport } from '../repository.ts';

function reportText({ added, updated, unchanged }: ImportReport): string {
  return `Imported: ${added} added, ${updated} updated, ${unchanged} already here.`;
}

/** Export the library as one JSON file, or import one; a bad file is refused whole, with the reason. */
export function LibraryTransfer() {
  const picker = useRef<HTMLInputElement>(null);
  const [exportProblem, setExportProblem] = useState<string | null>(null);
  const importFile = useLibraryWrite(async (db, file: File) =>
    importLibrary(db, parseLibraryFile(await file.text())),
  );

  return (
    <div className="library-row library-transfer">
      <button
        type="button"
        className="button button-small"
        onClick={() => {
          setExportProblem(null);
          libraryDb()
            .then(exportLibrary)
            .then((file) => {
              const blob = new Blob([JSON.stringify(file, null, 2)], { type: 'application/json' });
              downloadBlob(blob, 'image-studio-prompts.json');
            })
            .catch((error: unknown) => setExportProblem(errorMessage(error)));
        }}
      >
        Export library
      </button>
      <button type="button" className="button button-small" onClick={() => picker.current?.click()}>
        Import library…
      </button>
      <input
        ref={picker}
        hidden
        type="file"
        aria-label="Prompt library file to import"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.target.files?.[0];
          // Cleared so choosing the same file again imports it again.
          event.target.value = '';
          if (file) importFile.mutate(file);
        }}
      />
      {importFile.isError && (
        <p role="alert" className="field-error">
          {errorMessage(importFile.error)}
        </p>
      )}
      {importFile.isSuccess && (
        <p role="status" className="field-hint">
          {reportText(importFile.data)}
        </p>
      )}
      {exportProblem && (
        <p role="alert" className="field-error">
          {exportProblem}
        </p>
      )}
    </div>
  );
}
