/**
 * The real pages the benches time besides their generated ones, read from ../shared/fixtures
 * (never copied into the project). Outside CI a missing ../shared only skips their figures;
 * in CI (`CI=true`) it is an error, as in the corpus suite.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RealPage } from './types';

const FIXTURES = resolve(import.meta.dirname, '../../../shared/fixtures');

interface Source {
  name: string;
  url: string;
  /** Under ../shared/fixtures. */
  file: string;
}

/** The biggest thread of the corpus: 1,038 comments as readers really write them (505 KB of text). */
const SOURCES: readonly Source[] = [
  {
    name: 'real MetaFilter thread, 1,038 comments',
    url: 'https://www.metafilter.com/128901/I-do-not-expect-to-see-home-again',
    file: 'metafilter/www-128901-i-do-not-expect-to-see-home-again.html',
  },
];

export function readRealPages(): RealPage[] {
  if (!existsSync(FIXTURES)) {
    if (process.env.CI === 'true') throw new Error(`bench: ${FIXTURES} is missing (CI=true)`);
    process.stderr.write(`bench: ${FIXTURES} not found: real-page figures skipped\n`);
    return [];
  }
  return SOURCES.map(({ name, url, file }) => ({
    name,
    url,
    html: readFileSync(join(FIXTURES, file), 'utf8'),
  }));
}
