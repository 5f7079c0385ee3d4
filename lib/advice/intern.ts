/**
 * One entry per distinct word, shared by the two tokenisers (detection's and key terms'). Each
 * finds a word as a stretch of a sentence; here the stretch is hashed in the character loop and
 * compared in place, and the entry found carries what each side has worked out about the word.
 * A big thread's tokens are mostly words seen before: they cost one probe of this table, no new
 * string and no `Map` lookup (a `Map` of some ten thousand words cost more than all the rest of
 * tokenising).
 */
import type { DetectWord } from './detect-features';
import type { KeyWord } from './keys';

export interface WordEntry {
  /** The word in lowercase: one string per distinct word. */
  readonly word: string;
  /** What key terms know of the word (set on first use). */
  key?: KeyWord;
  /** What advice detection knows of the word (set on first use). */
  detect?: DetectWord;
}

/** Words kept before the table starts over: a pathological page must not grow it without limit. */
const LIMIT = 50_000;
const INITIAL = 1 << 12;

let capacity = INITIAL;
let hashes = new Int32Array(capacity);
let entries: (WordEntry | undefined)[] = new Array<WordEntry | undefined>(capacity);
let count = 0;

/** One step of FNV-1a (the word table's hash): `h` continued by a character code, lowered if folding. */
export function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** Where `hashStep` starts. */
export const HASH_START = 0x811c9dc5 | 0;

/** FNV-1a over text[start, end), ASCII capitals folded to lowercase when `fold`. */
export function hashOf(text: string, start: number, end: number, fold: boolean): number {
  let h = HASH_START;
  for (let i = start; i < end; i++) {
    let c = text.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c += 32;
    h = hashStep(h, c);
  }
  return h;
}

function sameAt(word: string, text: string, start: number, end: number, fold: boolean): boolean {
  if (word.length !== end - start) return false;
  for (let i = start, k = 0; i < end; i++, k++) {
    let c = text.charCodeAt(i);
    if (fold && c >= 65 && c <= 90) c += 32;
    if (c !== word.charCodeAt(k)) return false;
  }
  return true;
}

function place(entry: WordEntry, h: number): void {
  const mask = capacity - 1;
  let at = h & mask;
  while (hashes[at] !== 0) at = (at + 1) & mask;
  hashes[at] = h;
  entries[at] = entry;
}

function rebuild(size: number, keep: boolean): void {
  const old = entries;
  const oldHashes = hashes;
  capacity = size;
  hashes = new Int32Array(capacity);
  entries = new Array<WordEntry | undefined>(capacity);
  if (!keep) {
    count = 0;
    return;
  }
  for (let i = 0; i < old.length; i++) if (old[i] !== undefined) place(old[i]!, oldHashes[i]!);
}

/**
 * The entry of the word text[start, end) in lowercase. With `fold`, ASCII capitals are lowered
 * on the way; the stretch must then be ASCII (a non-ASCII letter may change length when
 * lowered: such words go through `toLowerCase` and `entryOf`).
 */
export function internWord(text: string, start: number, end: number, fold: boolean): WordEntry {
  return internHashed(text, start, end, fold, hashOf(text, start, end, fold));
}

/**
 * `internWord` for a caller that hashed the word with `hashStep` as it scanned it (from
 * `HASH_START`, capitals lowered when folding): the word's characters are not read again
 * unless a stored word has the same hash.
 */
export function internHashed(
  text: string,
  start: number,
  end: number,
  fold: boolean,
  scanned: number,
): WordEntry {
  // Stored hashes are never 0: a 0 in `hashes` marks an empty slot, so probes read that dense
  // array alone until a hash matches.
  const h = scanned === 0 ? 1 : scanned;
  const mask = capacity - 1;
  for (let at = h & mask; hashes[at] !== 0; at = (at + 1) & mask) {
    if (hashes[at] === h && sameAt(entries[at]!.word, text, start, end, fold)) return entries[at]!;
  }
  let word = text.slice(start, end);
  if (fold) word = word.toLowerCase();
  // Half full at most, so probes stay short; past the limit, start over.
  if (count + 1 >= LIMIT) rebuild(INITIAL, false);
  else if ((count + 1) * 2 > capacity) rebuild(capacity * 2, true);
  // Every field set from the start: entries get one hidden class whichever side reads them
  // first, so the per-token reads of `key` and `detect` stay monomorphic.
  const entry: WordEntry = { word, key: undefined, detect: undefined };
  place(entry, h);
  count++;
  return entry;
}

/** The entry of a lowercase word given as a string. */
export function entryOf(word: string): WordEntry {
  return internWord(word, 0, word.length, false);
}
