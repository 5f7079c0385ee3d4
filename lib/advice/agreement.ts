/**
 * Who a sentence points at: "I'll second what soundguy99 says", "also agree with AlexiaSky",
 * "the book Calvin recommended". Finds the thread authors a sentence names, so an agreement
 * reply can join the suggestion of the post it agrees with.
 */
import { internWord } from './intern';

export interface AuthorIndex {
  /** A name's words joined by one space ("calvin and the duplicators"), or the unambiguous first word of a long name → the person. */
  names: Map<string, string>;
  /** Most words in any name: the longest word run worth looking up. */
  maxWords: number;
  /** First words of every name: most sentence words are not, and need no run built. */
  starts: Set<string>;
  /**
   * Every name's leading word runs ("the", "the man", "the man of"…): a run that is none of
   * these leads to no name, however it goes on. Names open with "the", "a", "my" often enough
   * that runs from such words must stop as soon as they leave every name.
   */
  prefixes: Set<string>;
}

const NON_ASCII_WORD = /^[\p{L}\p{N}]$/u;

/**
 * Lowercase words of a name or sentence; usernames keep digits and underscores ("soundguy99",
 * "redditor_14"). The same runs as /[\p{L}\p{N}_]+/gu, found by a character scan: this runs on
 * every sentence of a thread, and the Unicode regex was a visible share of a big thread's time.
 */
function words(text: string): string[] {
  const lower = text.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length;) {
    const c = lower.charCodeAt(i);
    let width = 1;
    let word: boolean;
    if (c < 128) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
    else {
      const cp = lower.codePointAt(i)!;
      width = cp > 0xffff ? 2 : 1;
      word = NON_ASCII_WORD.test(String.fromCodePoint(cp));
    }
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(lower.slice(start));
  return out;
}

/** Anything but printable ASCII, tabs and line breaks: texts with it take the general path. */
const NON_ASCII = /[^ -~\t\n\r]/;

/**
 * `words` of an ASCII text, each the one kept string for it (intern.ts): a sentence's words are
 * mostly words seen before, so they cost no new strings. Other texts go through `words`: a
 * non-ASCII letter may change length when lowered, and the whole text is lowered there.
 */
function asciiWords(text: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32;
    const word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
    if (word) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push(internWord(text, start, i, true).word);
      start = -1;
    }
  }
  return out;
}

/** Names to look for: every author's full name, and the first word of multi-word names when no one else shares it. */
export function indexAuthors(authors: Iterable<string>): AuthorIndex {
  const names = new Map<string, string>();
  const firstWords = new Map<string, Set<string>>();
  let maxWords = 1;
  for (const a of authors) {
    const person = a.trim().toLowerCase();
    const ws = words(person);
    if (person.length < 3 || ws.length === 0) continue;
    names.set(ws.join(' '), person);
    maxWords = Math.max(maxWords, ws.length);
    const first = ws[0]!;
    if (ws.length > 1 && first.length >= 4) {
      const set = firstWords.get(first) ?? new Set<string>();
      set.add(person);
      firstWords.set(first, set);
    }
  }
  for (const [first, people] of firstWords)
    if (people.size === 1 && !names.has(first)) names.set(first, [...people][0]!);
  const starts = new Set([...names.keys()].map((n) => n.split(' ')[0]!));
  const prefixes = new Set<string>();
  for (const name of names.keys()) {
    const ws = name.split(' ');
    for (let n = 1; n <= ws.length; n++) prefixes.add(ws.slice(0, n).join(' '));
  }
  return { names, maxWords, starts, prefixes };
}

/**
 * The people a sentence names (never its own author). Looks up each run of up to `maxWords`
 * words in the name map: linear in the sentence, whatever the number of authors (a thread
 * of 1,000 answers has ~1,000 of them).
 */
export function mentionedPeople(text: string, self: string, index: AuthorIndex): string[] {
  const ws = NON_ASCII.test(text) ? words(text) : asciiWords(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!index.starts.has(ws[i]!)) continue;
    let key = '';
    // Longest run first, so "calvin and the duplicators" wins over "calvin".
    const runs: string[] = [];
    for (let n = 0; n < index.maxWords && i + n < ws.length; n++) {
      key = n === 0 ? ws[i]! : `${key} ${ws[i + n]!}`;
      if (!index.prefixes.has(key)) break;
      runs.push(key);
    }
    for (let r = runs.length - 1; r >= 0; r--) {
      const person = index.names.get(runs[r]!);
      if (person === undefined) continue;
      if (person !== self && !out.includes(person)) out.push(person);
      i += r;
      break;
    }
  }
  return out;
}
