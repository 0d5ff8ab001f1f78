import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StateStorage } from 'zustand/middleware';
import {
  MODES,
  adaptSettings,
  checkSize,
  entriesForMode,
  getEntry,
  initialSettings,
  type CatalogEntry,
  type JobSettings,
  type Mode,
} from '../../catalog/index.ts';
import { readStoredSettings } from './stored-settings.ts';

type EntryIds = Record<Mode, string>;

type SettingsState = {
  mode: Mode;
  /** The catalog entry chosen for each mode, so switching back restores the choice. */
  entryIds: EntryIds;
  settings: JobSettings;
  /** The size each entry showed when it was left, so switching model or mode and back brings it back. */
  sizes: Record<string, string>;
  setMode: (mode: Mode) => void;
  selectEntry: (id: string) => void;
  /** Stores what the user typed as it is; validation reports, it never rewrites. */
  update: (patch: Partial<JobSettings>) => void;
};

type PersistedSettings = Pick<SettingsState, 'mode' | 'entryIds' | 'settings' | 'sizes'>;

const STORAGE_KEY = 'image-studio:settings';

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
  return {
    mode: 'generate',
    entryIds,
    settings: initialSettings(entryFor('generate', entryIds.generate)),
    sizes: {},
  };
}

/** Whatever was stored (older versions, hand edits) made into settings the current catalog accepts. */
export function restoreSettings(stored: unknown): PersistedSettings {
  const base = defaults();
  const { mode, entryIds: storedIds, settings, sizes } = readStoredSettings(stored);
  const entryIds = { ...base.entryIds };
  for (const m of MODES) entryIds[m] = entryFor(m, storedIds[m]).id;
  const entry = entryFor(mode, entryIds[mode]);
  return {
    mode,
    entryIds,
    settings: adaptSettings(entry, { ...initialSettings(entry), ...settings }),
    sizes,
  };
}

/** The settings made valid for another entry, with the size last chosen with that entry where it still fits. */
function settingsFor(entry: CatalogEntry, settings: JobSettings, sizes: Record<string, string>): JobSettings {
  const adapted = adaptSettings(entry, settings);
  const remembered = sizes[entry.id];
  return remembered && checkSize(entry, remembered).length === 0 ? { ...adapted, size: remembered } : adapted;
}

/** The sizes with the one the current entry shows, recorded as it is left. */
function sizesLeaving(state: SettingsState): Record<string, string> {
  const id = entryFor(state.mode, state.entryIds[state.mode]).id;
  return { ...state.sizes, [id]: state.settings.size };
}

export function createSettingsStore(storage: PersistStorage<PersistedSettings> | undefined) {
  return create<SettingsState>()(
    persist(
      (set) => ({
        ...defaults(),
        // A size can come from the user, a source's proposal or a mode switch: whatever the
        // entry shows as it is left is what it gets back.
        setMode: (mode) =>
          set((state) => {
            const sizes = sizesLeaving(state);
            return {
              mode,
              sizes,
              settings: settingsFor(entryFor(mode, state.entryIds[mode]), state.settings, sizes),
            };
          }),
        selectEntry: (id) =>
          set((state) => {
            const entry = getEntry(id);
            if (!entry) return state;
            const entryIds = { ...state.entryIds, [entry.mode]: entry.id };
            if (entry.mode !== state.mode) return { entryIds };
            const sizes = sizesLeaving(state);
            return { entryIds, sizes, settings: settingsFor(entry, state.settings, sizes) };
          }),
        update: (patch) => set((state) => ({ settings: { ...state.settings, ...patch } })),
      }),
      {
        name: STORAGE_KEY,
        version: 1,
        storage,
        partialize: ({ mode, entryIds, settings, sizes }) => ({ mode, entryIds, settings, sizes }),
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
