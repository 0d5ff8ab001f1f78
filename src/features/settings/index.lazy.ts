/** What only lazy chunks use of the settings: the size a newly opened source proposes. */
export { sizeForSource } from './size-for-source.ts';
