import type { CatalogEntry, JobSettings } from '../../catalog/index.ts';
import type { MaskDocument } from '../mask/index.ts';
import type { SourceImage } from '../source/index.ts';
import { isOneOf, isRecord, isString } from '../../wire/plain-guards.ts';

/** What the user asks for: the entry, its settings, and the source and mask it is sent with. */
export type JobRequest = {
  entry: CatalogEntry;
  settings: JobSettings;
  /** Only for entries that take a source. */
  source: SourceImage | null;
  /** Only for entries that take a mask: the document as it was at the click. */
  mask: MaskDocument | null;
  /** What sets this job apart from the others of its group ("High quality", "mug · marble"). */
  label?: string;
};

/** A job as the pipeline runs it: the id is its `Idempotency-Key`, made before anything leaves. */
export type Job = JobRequest & { jobId: string; groupId: string };

/** Where a running job is, for its progress line. */
export type JobPhase = 'preparing' | 'uploading' | 'generating';

const GROUP_KINDS = ['single', 'sweep', 'batch'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/**
 * The jobs started by one click, in the order they were asked for: what the stage shows. A
 * plain type with a plain check: it is read back from localStorage before the first paint,
 * and nothing else validates it.
 */
export type JobGroup = {
  groupId: string;
  kind: GroupKind;
  jobIds: string[];
  labels?: string[];
  createdAt: number;
};

const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/** A stored group the stage can show: every field of its type, and at least one job. */
export function isJobGroup(value: unknown): value is JobGroup {
  return (
    isRecord(value) &&
    isString(value.groupId) &&
    isOneOf(GROUP_KINDS, value.kind) &&
    isStringList(value.jobIds) &&
    value.jobIds.length >= 1 &&
    (value.labels === undefined || isStringList(value.labels)) &&
    typeof value.createdAt === 'number' &&
    Number.isFinite(value.createdAt)
  );
}
