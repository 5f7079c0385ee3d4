/**
 * Condensed-list quality on real threads beyond the seed: every gold file in
 * tests/fixtures/advice-gold/ (our own reading of a page: which answers give which advice) is
 * scored by ../shared/seed/score_thread.py on the analyze JSON for its page, exactly as the
 * seed is. The pages are read from ../shared/fixtures (or our own demo page); nothing of them
 * is copied here. A development set: look at what is missed and why, never fit one thread.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../pipeline';
import { seedDir } from './eval-data';
import { parseScorerLine, type SeedFigures } from './eval-seed';

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

/** Scores one gold file's page with the seed's scorer. */
export function scoreThread(goldPath: string, pagePath: string, url: string): SeedFigures {
  const html = readFileSync(pagePath, 'utf8');
  const output = analyzePage(parseHTML(html).document as unknown as Document, new URL(url));
  const tmp = mkdtempSync(join(tmpdir(), 'threadwise-eval-'));
  try {
    const file = join(tmp, 'analyze.json');
    writeFileSync(file, JSON.stringify(output) + '\n');
    const run = spawnSync('python3', [resolve(seedDir(), 'score_thread.py'), goldPath, file], {
      encoding: 'utf8',
    });
    if (run.error) throw run.error;
    const lines = run.stdout.trim().split('\n');
    // Exit status 1 only means the gold file's bar was not met; the figures are still printed.
    return parseScorerLine(lines[lines.length - 1] ?? '');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
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
      return { thread: f.replace(/\.gold\.json$/, ''), ...scoreThread(goldPath, page, gold.url) };
    });
}
