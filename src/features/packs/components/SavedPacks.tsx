import { useId, useState } from 'react';
import { errorMessage } from '../../../api/client.ts';
import { deletePack, savePack } from '../repository.ts';
import { usePackStore } from '../pack-store.ts';
import { COMMON_PACK_NAME, COMMON_TARGETS } from '../targets.ts';
import { usePacksWrite, useSavedPacks } from './use-saved-packs.ts';

/** Which pack is in hand: the common sizes or one saved by name; saving the targets under a name; deleting one. */
export function SavedPacks({ now = Date.now }: { now?: () => number }) {
  const id = useId();
  const packName = usePackStore((s) => s.packName);
  const targets = usePackStore((s) => s.targets);
  const setPack = usePackStore((s) => s.setPack);
  const saved = useSavedPacks();
  const [name, setName] = useState(packName === COMMON_PACK_NAME ? '' : packName);
  const save = usePacksWrite((db, pack: { name: string }) => savePack(db, pack.name, targets, now()));
  const remove = usePacksWrite((db, packId: string) => deletePack(db, packId));
  const current = saved.data?.find((pack) => pack.name === packName);
  const problem = save.error ?? remove.error ?? saved.error;

  return (
    <div className="pack-saved">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-pack`}>
          Pack
        </label>
        <select
          id={`${id}-pack`}
          className="input"
          value={current?.id ?? ''}
          onChange={(event) => {
            const pack = saved.data?.find((p) => p.id === event.target.value);
            if (pack) setPack(pack.name, pack.targets);
            else setPack(COMMON_PACK_NAME, COMMON_TARGETS);
            setName(pack?.name ?? '');
          }}
        >
          <option value="">{COMMON_PACK_NAME}</option>
          {saved.data?.map((pack) => (
            <option key={pack.id} value={pack.id}>
              {pack.name} ({pack.targets.length})
            </option>
          ))}
        </select>
      </div>
      <form
        className="pack-save-form"
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ name }, { onSuccess: (pack) => setPack(pack.name, pack.targets) });
        }}
      >
        <div className="field">
          <label className="field-label" htmlFor={`${id}-name`}>
            Save as
          </label>
          <input
            id={`${id}-name`}
            className="input"
            value={name}
            placeholder="Pack name"
            onChange={(event) => setName(event.target.value)}
          />
        </div>
        <button type="submit" className="button button-small" disabled={save.isPending || !name.trim()}>
          Save pack
        </button>
        {current && (
          <button
            type="button"
            className="button button-small button-secondary"
            disabled={remove.isPending}
            onClick={() =>
              remove.mutate(current.id, { onSuccess: () => setPack(COMMON_PACK_NAME, COMMON_TARGETS) })
            }
          >
            Delete {current.name}
          </button>
        )}
      </form>
      {problem && (
        <p role="alert" className="field-error">
          {errorMessage(problem)}
        </p>
      )}
    </div>
  );
}
