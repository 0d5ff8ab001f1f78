import { Disclosure } from '../ui/Disclosure.tsx';
import { lazyOnIdle } from '../ui/lazy-on-idle.tsx';

// The library and what it runs (batches through the jobs pipeline) arrive on idle or when opened.
const LibraryContent = lazyOnIdle(() => import('./LibraryContent.tsx').then((m) => m.LibraryContent));

/** The prompt library's place in the settings column (see `LibraryContent`). */
export function LibrarySection() {
  return (
    <Disclosure title="Prompt library" hint="Saved prompts with {variables}">
      <LibraryContent />
    </Disclosure>
  );
}
