import { slugify } from '../images/index.lazy.ts';
import type { PackTarget } from './schema.ts';

/** `instagram-square_1080x1080.png`; with several pictures, the picture's name first. */
export function targetFileName(target: PackTarget, pictureName?: string): string {
  const stem = pictureName ? slugify(pictureName.replace(/\.[a-z0-9]+$/i, ''), 40) || 'image' : '';
  const name = slugify(target.name, 40) || 'target';
  return `${[stem, name].filter(Boolean).join('_')}_${target.width}x${target.height}.png`;
}

/** `common-sizes_2026-12-03.zip`, dated in the designer's own time zone. */
export function packZipName(packName: string, now: number): string {
  const day = new Date(now);
  const date = [day.getFullYear(), day.getMonth() + 1, day.getDate()]
    .map((part) => String(part).padStart(2, '0'))
    .join('-');
  return `${slugify(packName, 60) || 'deliverables'}_${date}.zip`;
}
