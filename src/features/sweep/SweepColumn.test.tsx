import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { getEntry, initialSettings, type CatalogEntry } from '../../catalog/index.ts';
import type { SweepColumnState } from './runs.ts';
import { SweepColumn } from './SweepColumn.tsx';
import { buildSweepVariants, type SweepBase } from './variants.ts';

const generate = getEntry('onemin:gpt-image-2:generate') as CatalogEntry;
const base: SweepBase = { entry: generate, settings: { ...initialSettings(generate, 'A lighthouse'), n: 2 } };
const [medium, high] = buildSweepVariants(base, 'quality', ['medium', 'high']);

function column(variant: typeof high, patch: Partial<SweepColumnState>): SweepColumnState {
  return {
    job: {
      sweepId: 's',
      jobId: `job-${variant!.value}`,
      index: 0,
      dimension: 'quality',
      base,
      variant: variant!,
    },
    status: 'pending',
    submittedAt: Date.now(),
    ...patch,
  };
}

const render = (state: SweepColumnState) =>
  renderToStaticMarkup(
    <SweepColumn column={state} base={base} dimension="quality" onOpen={() => {}} onUseAsSource={() => {}} />,
  );

const images = [
  { url: 'https://asset.example/a.png', format: 'png' as const, width: 1024, height: 1024 },
  { url: 'https://asset.example/b.png', format: 'png' as const, width: 1024, height: 1024 },
];

describe('SweepColumn', () => {
  it('names each image after its variant and highlights only the setting that differs', () => {
    const html = render(
      column(high, { status: 'done', outcome: { result: { provider: 'onemin', images }, durationMs: 8400 } }),
    );
    expect(html).toContain('alt="Sweep high quality result 1 of 2"');
    expect(html).toContain('alt="Sweep high quality result 2 of 2"');
    expect(html).toContain('aria-label="Use Sweep high quality result 2 of 2 as source"');
    const differing = [...html.matchAll(/<li class="sweep-fact sweep-fact-differs">(.*?)<\/li>/g)].map(
      (m) => m[1],
    );
    expect(differing).toEqual(['quality: high<span class="visually-hidden"> (differs)</span>']);
    expect(html).toContain('<li class="sweep-fact">size: 1024×1024</li>');
    expect(html).toContain('Done in 8.4 s');
    expect(html).not.toContain('your settings');
  });

  it('marks the variant with the base settings and holds a placeholder per image while it runs', () => {
    const html = render(column(medium, { status: 'pending' }));
    expect(html).toContain('your settings');
    expect(html).not.toContain('sweep-fact-differs');
    expect(html.match(/class="result-tile" style="aspect-ratio:[^"]*" data-state="loading"/g)).toHaveLength(
      2,
    );
    expect(html).toContain('Working… 0 s');
    expect(html).not.toContain('<img');
  });

  it('says why a variant failed, and plainly when it was cancelled', () => {
    const failed = render(
      column(high, { status: 'failed', error: 'Out of credits. Top up your 1min.ai account.' }),
    );
    expect(failed).toContain('role="alert"');
    expect(failed).toContain('Out of credits. Top up your 1min.ai account.');
    const cancelled = render(column(high, { status: 'cancelled', error: 'Cancelled.' }));
    expect(cancelled).toContain('Cancelled.');
    expect(cancelled).not.toContain('role="alert"');
  });
});
