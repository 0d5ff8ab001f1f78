import { useImagesStore } from '../store.ts';

/** Brings rejected images back into view, where they show with a "Rejected" mark. */
export function ShowRejectedSwitch() {
  const on = useImagesStore((s) => s.showRejected);
  return (
    <label className="switch-field">
      <input
        type="checkbox"
        role="switch"
        checked={on}
        onChange={(event) => useImagesStore.getState().setShowRejected(event.target.checked)}
      />
      Show rejected
    </label>
  );
}
