import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ROOT } from '@/lib/cli/chromium';

export { launch, readStore, tabIdOf, waitFor, type Site, type Route } from '@/lib/cli/chromium';

/** Reads a file of the shared corpus (never copied into the project). */
export function sharedFile(rel: string): string {
  const path = resolve(ROOT, '../shared', rel);
  if (!existsSync(path))
    throw new Error(`missing ${path}: the end-to-end tests read the real corpus from ../shared`);
  return readFileSync(path, 'utf8');
}

/** Reads one of the project's own fixture pages. */
export function fixture(rel: string): string {
  return readFileSync(resolve(ROOT, 'tests/fixtures', rel), 'utf8');
}
