import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import type { SiteAdapter } from '@/lib/sites/types';
import { hackernews } from '@/lib/sites/hackernews';
import { reddit } from '@/lib/sites/reddit';
import { stackexchange } from '@/lib/sites/stackexchange';

/** Parses one of tests/fixtures/sites/ the way the analyze CLI does (linkedom). */
export function fixture(name: string): Document {
  const html = readFileSync(resolve(__dirname, '../../fixtures/sites', name), 'utf8');
  return parseHTML(html).document as unknown as Document;
}

/** The three adapters of this suite, to check that a page is claimed by exactly one. */
export const mine: readonly SiteAdapter[] = [stackexchange, reddit, hackernews];
