import type { StoredJob } from './db.ts';
import type { JobRecord } from './record.ts';

/**
 * A job record as a row of the jobs store and back. Imports only types, so scripts outside the
 * page (the history bench's seeding) write rows exactly as the studio does.
 */

export function toStored(record: JobRecord): StoredJob {
  return { ...record, imageIds: record.images.map((image) => image.id) };
}

export function fromStored(row: StoredJob): JobRecord {
  const { imageIds: _imageIds, ...record } = row;
  return record;
}
