/**
 * The seed thread's figures: runs the same pipeline as `npm run analyze` on the seed page
 * in-process, writes the JSON to a temp file, and parses the last line that
 * ../shared/seed/score_thread.py prints for it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { analyzePage } from '../pipeline';
import { seedDir } from './eval-data';

export interface SeedFigures {
  recall_major: number;
  precision_top: number;
  supporter_f1: number;
  top_ok: boolean;
}

export const SEED_URL = 'https://ask.metafilter.com/348962/Unrelenting-back-spasms';

/** Parses the scorer's last line: "answers=21/21 ... recall_major=0.83 precision_top=0.75 supporter_f1=0.70 top_ok=True ...". */
export function parseScorerLine(line: string): SeedFigures {
  const num = (key: string): number => {
    const m = new RegExp(`\\b${key}=([0-9.]+)`).exec(line);
    if (!m) throw new Error(`score_thread.py printed no ${key}: ${line}`);
    return Number(m[1]);
  };
  const ok = /\btop_ok=(True|False)\b/.exec(line);
  if (!ok) throw new Error(`score_thread.py printed no top_ok: ${line}`);
  return {
    recall_major: num('recall_major'),
    precision_top: num('precision_top'),
    supporter_f1: num('supporter_f1'),
    top_ok: ok[1] === 'True',
  };
}

/** Scores the analyze JSON for one saved page against a gold file with ../shared/seed/score_thread.py. */
export function scorePage(goldPath: string, pagePath: string, url: string): SeedFigures {
  const html = readFileSync(pagePath, 'utf8');
  const { document } = parseHTML(html);
  const output = analyzePage(document as unknown as Document, new URL(url));
  const tmp = mkdtempSync(join(tmpdir(), 'threadwise-eval-'));
  try {
    const file = join(tmp, 'analyze.json');
    writeFileSync(file, JSON.stringify(output, null, 2) + '\n');
    const run = spawnSync('python3', [resolve(seedDir(), 'score_thread.py'), goldPath, file], {
      encoding: 'utf8',
    });
    if (run.error) throw run.error;
    const lines = run.stdout.trim().split('\n');
    // Exit status 1 only means the bar was not met; the figures are still printed.
    return parseScorerLine(lines[lines.length - 1] ?? '');
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export function scoreSeed(): SeedFigures {
  const dir = seedDir();
  return scorePage(
    resolve(dir, 'askmetafilter-back-spasms.gold.json'),
    resolve(dir, 'askmetafilter-back-spasms.html'),
    SEED_URL,
  );
}
