import type { PackTarget } from './schema.ts';

/** The sizes channels ask for most, as a designer's starting pack. */
export const COMMON_TARGETS: readonly PackTarget[] = [
  { id: 'instagram-square', name: 'Instagram square', width: 1080, height: 1080 },
  { id: 'instagram-portrait', name: 'Instagram portrait', width: 1080, height: 1350 },
  { id: 'story', name: 'Story', width: 1080, height: 1920 },
  { id: 'link-preview', name: 'Link preview', width: 1200, height: 628 },
  { id: 'open-graph', name: 'Open Graph', width: 1200, height: 630 },
  { id: 'web-hero', name: 'Web hero', width: 1600, height: 900 },
  { id: 'youtube-thumbnail', name: 'YouTube thumbnail', width: 1280, height: 720 },
  { id: 'full-hd', name: 'Full HD', width: 1920, height: 1080 },
  { id: 'pinterest', name: 'Pinterest pin', width: 1000, height: 1500 },
  { id: 'banner', name: 'Banner', width: 2400, height: 1000 },
];

/** The name the common targets go by in the pack list. */
export const COMMON_PACK_NAME = 'Common sizes';
