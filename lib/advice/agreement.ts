/**
 * Who a sentence points at: "I'll second what soundguy99 says", "also agree with AlexiaSky",
 * "the book Calvin recommended". Finds the thread authors a sentence names, so an agreement
 * reply can join the suggestion of the post it agrees with.
 */
import { HASH_START, hashOf, hashStep, internWord } from './intern';
import { NOUN_PHRASE_OPENERS } from './stopwords';

export interface AuthorIndex {
  /** A name's words joined by one space ("calvin and the duplicators"), or the unambiguous first word of a long name → the person. */
  names: Map<string, string>;
  /** Most words in any name: the longest word run worth looking up. */
  maxWords: number;
  /**
   * Every name's leading word runs ("the", "the man", "the man of"…): a run that is none of
   * these leads to no name, however it goes on. Names open with "the", "a", "my" often enough
   * that runs from such words must stop as soon as they leave every name.
   */
  prefixes: Set<string>;
  /**
   * A bit filter over the hashes of one-word names and of the first two words of longer names:
   * a sentence none of whose words or word pairs is in it names nobody (see `namesNobody`).
   */
  filter: Uint32Array;
}

/** Bits of `AuthorIndex.filter`: some hundreds of names fill a few in a thousand. */
const FILTER_BITS = 1 << 16;

function pairHash(a: number, b: number): number {
  return Math.imul(a ^ 0x5bd1e995, 0x2c1b3c6d) ^ b;
}

/** Two bits per hash: a word that is no name's start clears at least one of them almost always. */
function mark(filter: Uint32Array, h: number): void {
  const a = h & (FILTER_BITS - 1);
  const b = (h >>> 16) & (FILTER_BITS - 1);
  filter[a >>> 5]! |= 1 << (a & 31);
  filter[b >>> 5]! |= 1 << (b & 31);
}

function marked(filter: Uint32Array, h: number): boolean {
  const a = h & (FILTER_BITS - 1);
  const b = (h >>> 16) & (FILTER_BITS - 1);
  return (filter[a >>> 5]! & (1 << (a & 31))) !== 0 && (filter[b >>> 5]! & (1 << (b & 31))) !== 0;
}

function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 95 || (c >= 65 && c <= 90);
}

/**
 * Whether an ASCII text surely names nobody of the index: no word of it is a one-word name and
 * no two words in a row open a longer name. Most sentences name nobody; this settles them with
 * a hash per word and no string built. A word or pair the filter lets through is looked up.
 */
function namesNobody(text: string, filter: Uint32Array): boolean {
  // One pass: each word's hash (as `hashOf` computes it, folding) is built as its letters go by.
  // The length is read once: in Chromium a loop that reads it on every turn ran four times slower.
  const n = text.length;
  let h = HASH_START;
  let inWord = false;
  let prev = 0;
  let hasPrev = false;
  for (let i = 0; i <= n; i++) {
    let c = i < n ? text.charCodeAt(i) : 32;
    if (isWordCode(c)) {
      if (c >= 65 && c <= 90) c += 32;
      h = hashStep(h, c);
      inWord = true;
      continue;
    }
    if (!inWord) continue;
    if (marked(filter, h) || (hasPrev && marked(filter, pairHash(prev, h)))) return false;
    prev = h;
    hasPrev = true;
    inWord = false;
    h = HASH_START;
  }
  return true;
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
  const n = lower.length;
  for (let i = 0; i < n;) {
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
  const n = text.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 32;
    if (isWordCode(c)) {
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
  const prefixes = new Set<string>();
  for (const name of names.keys()) {
    const ws = name.split(' ');
    for (let n = 1; n <= ws.length; n++) prefixes.add(ws.slice(0, n).join(' '));
  }
  const filter = new Uint32Array(FILTER_BITS / 32);
  for (const name of names.keys()) {
    const ws = name.split(' ');
    const first = hashOf(ws[0]!, 0, ws[0]!.length, true);
    mark(filter, ws.length === 1 ? first : pairHash(first, hashOf(ws[1]!, 0, ws[1]!.length, true)));
  }
  return { names, maxWords, prefixes, filter };
}

/**
 * The people a sentence names (never its own author). Looks up each run of up to `maxWords`
 * words in the name map: linear in the sentence, whatever the number of authors (a thread
 * of 1,000 answers has ~1,000 of them).
 */
export function mentionedPeople(text: string, self: string, index: AuthorIndex): string[] {
  const ascii = !NON_ASCII.test(text);
  if (ascii && namesNobody(text, index.filter)) return [];
  const ws = ascii ? asciiWords(text) : words(text);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    // Most words start no name: no run is built from them. After an article or possessive a
    // word is a thing, whoever is named so ("the cat litter sock" under an answer by "cat"; not
    // after "that": "the same author THAT mefireader mentions").
    if (!index.prefixes.has(ws[i]!) || (i > 0 && NOUN_PHRASE_OPENERS.has(ws[i - 1]!))) continue;
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

/** Shortened names (see `indexShortNames`), with a bit filter over their hashes as `AuthorIndex` has. */
export interface ShortNames {
  names: Map<string, string>;
  filter: Uint32Array;
}

/**
 * The leading parts of names made of parts ("coach_deb" and "coach" of "coach_deb_ultra",
 * "trailmix" of "trailmix_tom"), and the last part ("wendy" of "Mod_Wendy") → the one person they
 * shorten. Parts shared by two people, or that are someone's whole name, shorten no one; nor does
 * a part of dotted or hyphened words.
 */
export function indexShortNames(authors: Iterable<string>): ShortNames {
  const whole = new Set<string>();
  const people = [...authors].map((a) => a.trim().toLowerCase());
  for (const p of people) whole.add(p);
  const out = new Map<string, string | null>();
  const add = (short: string, person: string): void => {
    if (short.length < 4 || whole.has(short) || !/^[\p{L}\p{N}][\p{L}\p{N}_]*$/u.test(short)) return;
    const had = out.get(short);
    out.set(short, had === undefined || had === person ? person : null);
  };
  for (const person of people) {
    let last = -1;
    for (const m of person.matchAll(/[_.-]+/g)) {
      add(person.slice(0, m.index), person);
      last = m.index + m[0].length;
    }
    // The last part too: "what Wendy said" of Mod_Wendy.
    if (last > 0) add(person.slice(last), person);
  }
  const names = new Map<string, string>();
  const filter = new Uint32Array(FILTER_BITS / 32);
  for (const [short, person] of out) {
    if (person === null) continue;
    names.set(short, person);
    mark(filter, hashOf(short, 0, short.length, true));
  }
  return { names, filter };
}

/**
 * A shortened name said where only a person can stand: "what trailmix said", "Seconding
 * coach_deb.", "agree with mile_high on…", "@pete", "trailmix's tip". Elsewhere a name's first
 * part is too often a word ("physio" of "physio_nadia", "see a physio"; "Seconding allergy shots"
 * under an answer by "allergy_mom_3").
 */
const SHORT_NAME_SAID =
  /(?:\b(?:what|like|as|how) @?([\p{L}\p{N}][\p{L}\p{N}_.-]*?) (?:said|says|suggested|suggests|mentioned|mentions|wrote|described|recommended|recommends)\b|\b(?:seconding|second|thirding|nthing|agree with|agreed with|agreeing with|\+1 (?:to|on|for)|ditto(?: to)?|listen to|(?:came|come) here to say what) @?([\p{L}\p{N}][\p{L}\p{N}_.-]*?)(?=\s*(?:[.,;:!?)]|$)|\s+(?:on|about|re|here|too|there|above|below|again)\b)|(?:^|\s)@([\p{L}\p{N}][\p{L}\p{N}_.-]*?)(?=[\s.,;:!?)']|$)|\b([\p{L}\p{N}][\p{L}\p{N}_.-]*?)['\u2019]s (?:advice|suggestion|tip|idea|method|trick|answer|comment)\b)/gu;

/**
 * The people a sentence names by a shortened name, in a context only a person fits. Most
 * sentences hold no shortened name at all: the bit filter settles them, as `namesNobody` does
 * for full names.
 */
export function shortNameMentions(text: string, self: string, shorts: ShortNames): string[] {
  if (shorts.names.size === 0 || (!NON_ASCII.test(text) && namesNobody(text, shorts.filter))) return [];
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(SHORT_NAME_SAID)) {
    const said = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').replace(/[.-]+$/, '');
    const person = shorts.names.get(said);
    if (person !== undefined && person !== self && !out.includes(person)) out.push(person);
  }
  return out;
}
