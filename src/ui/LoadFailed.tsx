/** Whether an error is the browser failing to fetch one of the studio's own chunks. */
function isChunkFailure(error: unknown): boolean {
  return (
    error instanceof Error &&
    /dynamically imported module|Importing a module script failed/i.test(error.message)
  );
}

/**
 * What shows when the studio cannot go on (a chunk that did not arrive, or a part that failed
 * while drawing): what happened and what to do. The prompt, the settings, the painted mask and
 * the open documents are kept in this browser, so a reload loses none of them.
 */
export function LoadFailed({ error }: { error: unknown }) {
  const what = isChunkFailure(error)
    ? 'Part of the studio could not be fetched: the connection may have dropped, or a new version was deployed.'
    : 'Part of the studio stopped working.';
  return (
    <div role="alert" className="run-error load-failed">
      <p>
        {what} Reload the page: your prompt, settings, painted mask and open documents are kept in this
        browser.
      </p>
      <button type="button" className="button button-small" onClick={() => window.location.reload()}>
        Reload
      </button>
    </div>
  );
}
