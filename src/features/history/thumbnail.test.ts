import { describe, expect, it } from 'vitest';
import { THUMBNAIL_EDGE, thumbnailSize } from './thumbnail.ts';

describe('thumbnailSize', () => {
  it('fits the longer edge to the thumbnail edge and keeps the shape', () => {
    expect(thumbnailSize(1536, 1024)).toEqual({ width: THUMBNAIL_EDGE, height: 171 });
    expect(thumbnailSize(1024, 3072)).toEqual({ width: 85, height: THUMBNAIL_EDGE });
  });

  it('never enlarges a small image nor rounds an edge to zero', () => {
    expect(thumbnailSize(120, 80)).toEqual({ width: 120, height: 80 });
    expect(thumbnailSize(4000, 2)).toEqual({ width: THUMBNAIL_EDGE, height: 1 });
  });
});
