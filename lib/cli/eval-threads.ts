/**
 * Condensed-list quality on real threads beyond the seed: every gold file in
 * tests/fixtures/advice-gold/ (our own reading of a page: which answers give which advice) is
 * scored by ../shared/seed/score_thread.py on the analyze JSON for its page, exactly as the
 * seed is. The pages are read from ../shared/fixtures (or our own demo page); nothing of them
 * is copied here. A development set: look at what is missed and why, never fit one thread.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedDir } from './eval-data';
import { scorePage, type SeedFigures } from './eval-seed';

const ROOT = resolve(import.meta.dirname, '../..');
export const GOLD_DIR = resolve(ROOT, 'tests/fixtures/advice-gold');

interface GoldFile {
  /** Under ../shared/fixtures, or a project path starting with tests/. */
  page: string;
  url: string;
}

export interface ThreadFigures extends SeedFigures {
  thread: string;
}

/** Every gold thread's figures, by file name (without .gold.json). */
export function scoreThreads(): ThreadFigures[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.gold.json'))
    .sort()
    .map((f) => {
      const goldPath = resolve(GOLD_DIR, f);
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
      const page = gold.page.startsWith('tests/')
        ? resolve(ROOT, gold.page)
        : resolve(seedDir(), '../fixtures', gold.page);
      return { thread: f.replace(/\.gold\.json$/, ''), ...scorePage(goldPath, page, gold.url) };
    });
}
