import { compressionApplies, type CatalogEntry, type JobSettings } from '../../catalog/index.ts';
import {
  formatSize,
  type SweepBase,
  type SweepDimension,
  type SweepField,
  type SweepVariant,
} from './variants.ts';

/**
 * One setting as a variant's column heads it. `differs` marks a value that is not the base's;
 * `adaptedFrom` is the base's value where the model switch, not the user, changed it.
 */
export type SweepFact = {
  field: SweepField;
  name: string;
  value: string;
  differs: boolean;
  adaptedFrom?: string;
};

type FactSpec = {
  field: SweepField;
  name: string;
  show: (entry: CatalogEntry, settings: JobSettings) => boolean;
  value: (entry: CatalogEntry, settings: JobSettings) => string;
};

const always = () => true;

const FACTS: readonly FactSpec[] = [
  { field: 'model', name: 'model', show: always, value: (entry) => entry.label },
  { field: 'size', name: 'size', show: always, value: (_, s) => formatSize(s.size) },
  { field: 'quality', name: 'quality', show: always, value: (_, s) => s.quality },
  { field: 'n', name: 'images', show: always, value: (_, s) => String(s.n) },
  {
    field: 'outputFormat',
    name: 'format',
    show: (entry) => !!entry.outputFormat,
    value: (_, s) => s.outputFormat.toUpperCase(),
  },
  {
    field: 'background',
    name: 'background',
    show: (entry) => !!entry.background,
    value: (_, s) => s.background,
  },
  {
    field: 'outputCompression',
    name: 'compression',
    show: (entry, s) => compressionApplies(entry, s.outputFormat),
    value: (_, s) => String(s.outputCompression),
  },
];

/**
 * The settings a variant runs with, in words: those its model takes, plus any that differ
 * from the base, so no difference goes unshown.
 */
export function variantFacts(variant: SweepVariant, base: SweepBase, dimension: SweepDimension): SweepFact[] {
  const facts: SweepFact[] = [];
  for (const spec of FACTS) {
    const differs = variant.differs.includes(spec.field);
    if (!differs && !spec.show(variant.entry, variant.settings)) continue;
    const fact: SweepFact = {
      field: spec.field,
      name: spec.name,
      value: spec.value(variant.entry, variant.settings),
      differs,
    };
    if (differs && spec.field !== dimension) fact.adaptedFrom = spec.value(base.entry, base.settings);
    facts.push(fact);
  }
  return facts;
}
