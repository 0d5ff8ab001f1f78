/**
 * Which chunks a built file imports dynamically without their own imports in Vite's preload
 * list: the browser then finds those imports only once the chunk has arrived, a round trip later.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const QUOTE = '[`"\']';

/** The chunks (file names) a chunk imports statically. */
function staticImports(assetsDir: string, chunk: string): string[] {
  const code = readFileSync(join(assetsDir, chunk), 'utf8');
  const found = code.matchAll(
    new RegExp(`(?:\\bfrom|\\bimport)\\s*${QUOTE}\\./([\\w.-]+\\.js)${QUOTE}`, 'g'),
  );
  return [...new Set([...found].map((match) => match[1] as string))];
}

/** Everything a chunk's static imports reach. */
function reachedFrom(assetsDir: string, chunk: string): Set<string> {
  const reached = new Set<string>();
  const next = staticImports(assetsDir, chunk);
  for (let name = next.pop(); name !== undefined; name = next.pop()) {
    if (reached.has(name)) continue;
    reached.add(name);
    next.push(...staticImports(assetsDir, name));
  }
  return reached;
}

type DynamicImport = {
  /** The chunks its preload lists fetch with it (from every file that imports it). */
  listed: Set<string>;
  /** The chunks its static imports reach. */
  reached: ReadonlySet<string>;
};

/** Adds each chunk that `file` (a built chunk) imports dynamically to `found`, with its preload list. */
function addDynamicImports(assetsDir: string, file: string, found: Map<string, DynamicImport>): void {
  const code = readFileSync(join(assetsDir, file), 'utf8');
  // Vite's one table per file of the file names its preload lists point into, by index.
  const table = /m\.f=\[([^\]]*)\]/.exec(code)?.[1] ?? '';
  const names = [...table.matchAll(/"assets\/([^"]+)"/g)].map((match) => match[1] as string);
  const sites = code.matchAll(new RegExp(`import\\(${QUOTE}\\./([\\w.-]+\\.js)${QUOTE}\\)`, 'g'));
  for (const site of sites) {
    const chunk = site[1] as string;
    // The preload argument follows the import (after its `.then`): an index list, or `[]`.
    const after = code.slice(site.index + site[0].length, site.index + site[0].length + 200);
    const indices = /__vite__mapDeps\(\[([\d,]*)\]\)/.exec(after);
    const empty = after.indexOf(',[])');
    const listed =
      indices && (empty < 0 || indices.index < empty)
        ? (indices[1] ?? '').split(',').map((index) => names[Number(index)] ?? '')
        : [];
    const known = found.get(chunk) ?? { listed: new Set<string>(), reached: reachedFrom(assetsDir, chunk) };
    listed.forEach((name) => known.listed.add(name));
    found.set(chunk, known);
  }
}

/**
 * Of the chunks a page asked for (`asked`, file names) that some chunk it ran imports
 * dynamically, those with imports that arrive a round trip late: reached, but neither loaded at
 * start (`loaded`) nor on the preload list of any dynamic import it asked for.
 */
export function lateImports(
  assetsDir: string,
  asked: ReadonlySet<string>,
  loaded: ReadonlySet<string>,
): [string, string[]][] {
  const imports = new Map<string, DynamicImport>();
  for (const file of new Set([...loaded, ...asked])) {
    if (file.endsWith('.js') && existsSync(join(assetsDir, file)))
      addDynamicImports(assetsDir, file, imports);
  }
  const early = new Set(loaded);
  for (const [chunk, { listed }] of imports) if (asked.has(chunk)) listed.forEach((name) => early.add(name));
  return [...imports]
    .filter(([chunk]) => asked.has(chunk))
    .map(([chunk, { reached }]): [string, string[]] => [
      chunk,
      [...reached].filter((name) => !early.has(name)),
    ])
    .filter(([, late]) => late.length > 0);
}
