import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Test-only: the index.html of the stand-in build. */
export const SPA_INDEX = '<!doctype html><title>Image Studio</title><div id="root"></div>';

/** Test-only: a temporary folder holding `dist/` with an index, a hashed asset and a favicon. */
export function builtSpa(): string {
  const dir = mkdtempSync(join(tmpdir(), 'studio-dist-'));
  mkdirSync(join(dir, 'dist', 'assets'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'index.html'), SPA_INDEX);
  writeFileSync(join(dir, 'dist', 'assets', 'index-a1b2c3.js'), 'console.log("studio")');
  writeFileSync(join(dir, 'dist', 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return dir;
}
