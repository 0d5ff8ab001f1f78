import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What index.html makes the browser fetch at once: entry scripts, module preloads and stylesheets. */
export function initialAssets(html: string): { scripts: string[]; styles: string[] } {
  const tags = html.match(/<(script|link)\b[^>]*>/g) ?? [];
  const attr = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];
  const scripts: string[] = [];
  const styles: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith('<script') && attr(tag, 'type') === 'module' && attr(tag, 'src')) {
      scripts.push(attr(tag, 'src') as string);
    } else if (tag.startsWith('<link') && attr(tag, 'rel') === 'modulepreload' && attr(tag, 'href')) {
      scripts.push(attr(tag, 'href') as string);
    } else if (tag.startsWith('<link') && attr(tag, 'rel') === 'stylesheet' && attr(tag, 'href')) {
      styles.push(attr(tag, 'href') as string);
    }
  }
  return { scripts, styles };
}

/** gzip (level 9) of a file, as the benches and the budget count it. */
export const gzipBytes = (path: string): number => gzipSync(readFileSync(path), { level: 9 }).length;

/** The first screen's JS and CSS of a build, gzip: what its index.html loads at once. */
export function firstScreenGzip(distDir: string): { js: number; css: number } {
  const { scripts, styles } = initialAssets(readFileSync(join(distDir, 'index.html'), 'utf8'));
  const total = (urls: string[]) =>
    urls.reduce((sum, url) => sum + gzipBytes(join(distDir, url.replace(/^\//, ''))), 0);
  return { js: total(scripts), css: total(styles) };
}
