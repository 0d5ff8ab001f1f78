/** The form: mode, model, prompt, size, quality and output, driven by the catalog, and its store. */
export { useSettingsStore, useMode, useCurrentEntry, useJobSettings } from './store.ts';
export { ModeTabs } from './mode/ModeTabs.tsx';
export { ModelPanel } from './model/ModelPanel.tsx';
export { PromptPanel } from './prompt/PromptPanel.tsx';
export { SizePanel } from './size/SizePanel.tsx';
export { QualityPanel } from './quality/QualityPanel.tsx';
export { OutputPanel } from './output/OutputPanel.tsx';
export { useUpdateSettings } from './store.ts';
export { SIZE_PRESETS } from './size/presets.ts';
export { orientation } from './size/size-facts.ts';
