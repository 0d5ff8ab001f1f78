import type { ReactNode } from 'react';

type PanelProps = { title: string; aside?: ReactNode; children: ReactNode };

/**
 * One titled group of controls in the settings column. Deliberately not a labelled region:
 * its title names the control inside, which keeps `getByLabel('Prompt')` pointing at the field.
 */
export function Panel({ title, aside, children }: PanelProps) {
  return (
    <section className="panel">
      <header className="panel-header">
        <h2 className="panel-title">{title}</h2>
        {aside}
      </header>
      {children}
    </section>
  );
}
