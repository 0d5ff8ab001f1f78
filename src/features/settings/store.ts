import * as z from 'zod/mini';
import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StateStorage } from 'zustand/middleware';
import {
  JobSettings,
  Mode,
  adaptSettings,
  entriesForMode,
  getEntry,
  initialSettings,
  type CatalogEntry,
} from '../../catalog/index.ts';

type EntryIds = Record<Mode, string>;

type SettingsState = {
  mode: Mode;
  /** The catalog entry chosen for each mode, so switching back restores the choice. */
  entryIds: EntryIds;
  settings: JobSettings;
  setMode: (mode: Mode) => void;
  selectEntry: (id: string) => void;
  /** Stores what the user typed as it is; validation reports, it never rewrites. */
  update: (patch: Partial<JobSettings>) => void;
};

type PersistedSettings = Pick<SettingsState, 'mode' | 'entryIds' | 'settings'>;

const STORAGE_KEY = 'image-studio:settings';

const PersistedShape = z.object({
  mode: z.catch(Mode, 'generate'),
  entryIds: z.catch(z.record(z.string(), z.string()), {}),
  settings: z.catch(z.partial(JobSettings), {}),
});

function firstEntry(mode: Mode): CatalogEntry {
  const entry = entriesForMode(mode)[0];
  if (!entry) throw new Error(`The catalog has no entry for ${mode}`);
  return entry;
}

function defaultEntryIds(): EntryIds {
  return {
    generate: firstEntry('generate').id,
    edit: firstEntry('edit').id,
    inpaint: firstEntry('inpaint').id,
  };
}

/** The entry an id names, if it exists and belongs to the mode; else the mode's first entry. */
function entryFor(mode: Mode, id: string | undefined): CatalogEntry {
  const entry = id ? getEntry(id) : undefined;
  return entry && entry.mode === mode ? entry : firstEntry(mode);
}

function defaults(): PersistedSettings {
  const entryIds = defaultEntryIds();
  return { mode: 'generate', entryIds, settings: initialSettings(entryFor('generate', entryIds.generate)) };
}

/** Whatever was stored (older versions, hand edits) made into settings the current catalog accepts. */
export function restoreSettings(stored: unknown): PersistedSettings {
  const base = defaults();
  const parsed = PersistedShape.safeParse(stored);
  if (!parsed.success) return base;
  const { mode, entryIds: storedIds, settings } = parsed.data;
  const entryIds = { ...base.entryIds };
  for (const m of Mode.options) entryIds[m] = entryFor(m, storedIds[m]).id;
  const entry = entryFor(mode, entryIds[mode]);
  return { mode, entryIds, settings: adaptSettings(entry, { ...initialSettings(entry), ...settings }) };
}

export function createSettingsStore(storage: PersistStorage<PersistedSettings> | undefined) {
  return create<SettingsState>()(
    persist(
      (set) => ({
        ...defaults(),
        setMode: (mode) =>
          set((state) => ({
            mode,
            settings: adaptSettings(entryFor(mode, state.entryIds[mode]), state.settings),
          })),
        selectEntry: (id) =>
          set((state) => {
            const entry = getEntry(id);
            if (!entry) return state;
            const entryIds = { ...state.entryIds, [entry.mode]: entry.id };
            if (entry.mode !== state.mode) return { entryIds };
            return { entryIds, settings: adaptSettings(entry, state.settings) };
          }),
        update: (patch) => set((state) => ({ settings: { ...state.settings, ...patch } })),
      }),
      {
        name: STORAGE_KEY,
        version: 1,
        storage,
        partialize: ({ mode, entryIds, settings }) => ({ mode, entryIds, settings }),
        merge: (stored, current) => ({ ...current, ...restoreSettings(stored) }),
      },
    ),
  );
}

export function browserStorage(getStorage: () => StateStorage = () => localStorage) {
  return createJSONStorage<PersistedSettings>(getStorage);
}

export const useSettingsStore = createSettingsStore(browserStorage());

export const useMode = () => useSettingsStore((s) => s.mode);
export const useCurrentEntry = () => useSettingsStore((s) => entryFor(s.mode, s.entryIds[s.mode]));
export const useJobSettings = () => useSettingsStore((s) => s.settings);
export const useSetting = <K extends keyof JobSettings>(field: K) =>
  useSettingsStore((s) => s.settings[field]);
export const useUpdateSettings = () => useSettingsStore((s) => s.update);
export const useSelectEntry = () => useSettingsStore((s) => s.selectEntry);
