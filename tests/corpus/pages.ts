import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import { sharedDir } from './shared-dir';

/** A page of the real corpus, parsed the way the analyze CLI parses it. */
export function sharedPage(rel: string): Document {
  const html = readFileSync(join(sharedDir(), rel), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

/**
 * The page's original address as SOURCES.md records it (column "Original page URL"), with
 * `https://` added where the record has no scheme. Null where SOURCES.md names none.
 */
export function sourceUrl(fixture: string): string | null {
  const sources = readFileSync(join(sharedDir(), 'fixtures/SOURCES.md'), 'utf8');
  const row = sources.split('\n').find((line) => line.startsWith(`| \`${fixture}\``));
  const cell = row?.split('|')[7]?.trim() ?? '';
  const first = cell.split(/\s+/)[0] ?? '';
  if (/^https?:\/\//.test(first)) return first;
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)+\//i.test(first)) return `https://${first}`;
  return null;
}

/** Every file under fixtures/, as paths relative to fixtures/. */
export function allFixtures(): string[] {
  const root = join(sharedDir(), 'fixtures');
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(root, path));
    }
  };
  walk(root);
  return out;
}
