import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/** Parses one of our own fixture pages (tests/fixtures/sites) the way the analyze CLI does. */
export function loadFixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../fixtures/sites', name), 'utf8');
  return parseHTML(html).document as unknown as Document;
}
