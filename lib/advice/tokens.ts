/**
 * Word tokens for advice detection and grouping: lowercase, contractions expanded
 * ("don't" → do not, "I'd" → i would), every negation spelled "not", and Porter2 stems.
 * One regex pass per text, no allocations beyond the tokens: the engine tokenises every
 * sentence of a 1,000-answer thread inside its 100 ms budget.
 */
import porter2 from 'wink-porter2-stemmer';
import { entryOf, HASH_START, hashStep, internHashed, type WordEntry } from './intern';

/** Clitics that expand to a whole word; "'s" is left out: it is "is", "has" or a possessive. */
const CLITIC: Record<string, string> = {
  "n't": 'not',
  "'ll": 'will',
  "'re": 'are',
  "'ve": 'have',
  "'d": 'would',
  "'m": 'am',
};

/** Negative contractions whose stem is not simply the text before "n't". */
const IRREGULAR_NEG: Record<string, string> = {
  "won't": 'will',
  "can't": 'can',
  "shan't": 'shall',
  "ain't": 'is',
};

/** Pronouns after which "'s" is "is" ("it's", "that's"), not a possessive. */
const S_IS = new Set(['it', 'that', 'there', 'here', 'what', 'he', 'she', 'who', 'where', 'let']);

/** Spellings of negation that detection and grouping should treat alike. */
const NEGATIONS = new Set(['not', 'nt', 'dont', 'cant', 'wont', 'didnt', 'doesnt', 'isnt']);

const NON_ASCII_WORD = /[\p{L}\p{N}]/u;

/** Letter or digit. ASCII is decided by code ranges: a regex per character would dominate the cost. */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return c >= 0xaa && NON_ASCII_WORD.test(String.fromCharCode(c));
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Clause breaks inside a sentence (";", ":", "(", dashes, "!"/"?"): where a second
 * imperative may start ("Great city -- wear comfortable shoes!").
 */
function isClauseBreak(lower: string, i: number, c: number): boolean {
  return (
    c === 59 ||
    c === 58 ||
    c === 40 ||
    c === 0x2014 ||
    c === 0x2013 ||
    c === 33 ||
    c === 63 ||
    (c === 45 && (lower.charCodeAt(i + 1) === 32 || lower.charCodeAt(i + 1) === 45))
  );
}

/** An apostrophe opening a detached clitic ("I 'd"): it starts a word of its own. */
function isClitic(lower: string, i: number, c: number): boolean {
  return (
    isApostrophe(c) &&
    i + 1 < lower.length &&
    isWordChar(lower.charCodeAt(i + 1)) &&
    (i === 0 || !isWordChar(lower.charCodeAt(i - 1)))
  );
}

/** Appends one raw word (lowercase, apostrophes straightened) to `out`, expanding contractions. */
function pushWord(w: string, out: string[]): void {
  if (w.charCodeAt(0) === 39) {
    // A detached clitic ("I 'd", spaCy style): expand, or read a lone "'s" after "it" as "is".
    const full = CLITIC[w];
    if (full) out.push(full);
    else if (w === "'s" && out.length > 0 && S_IS.has(out[out.length - 1]!)) out.push('is');
    return;
  }
  const apos = w.indexOf("'");
  if (apos < 0) {
    // Every spelling of negation ends in "t": most words skip the set lookup.
    out.push(w.charCodeAt(w.length - 1) === 116 && NEGATIONS.has(w) ? 'not' : w);
    return;
  }
  if (w.endsWith("n't")) {
    const head = IRREGULAR_NEG[w] ?? w.slice(0, -3);
    if (head) out.push(head);
    out.push('not');
    return;
  }
  const head = w.slice(0, apos);
  const tail = w.slice(apos);
  const full = CLITIC[tail];
  if (full) out.push(head, full);
  else if (tail === "'s") {
    out.push(head);
    if (S_IS.has(head)) out.push('is');
  } else out.push(w.replace(/'/g, ''));
}

/**
 * Tokenises an already lowercased text into `out` (see `tokenize`). Returns the index in
 * `out` of the first token after the first comma, or -1: detection looks there for the
 * imperative of "If he cries, hold him". `clauses`, when given, receives the indices of
 * tokens that follow a clause break; `entries`, the tokens' word entries (see intern.ts).
 */
export function tokenizeLower(
  lower: string,
  out: string[],
  clauses?: number[],
  entries?: WordEntry[],
): number {
  const n = lower.length;
  let afterComma = -1;
  let i = 0;
  while (i < n) {
    let c = lower.charCodeAt(i);
    // Spaces are most of what lies between words, and a word's first character is no break.
    if (c === 32) {
      i++;
      continue;
    }
    const inWord = isWordChar(c);
    const clitic = !inWord && isClitic(lower, i, c);
    if (!inWord && !clitic) {
      if (c === 44 /* , */) {
        if (afterComma < 0) afterComma = out.length;
        else if (clauses) clauses.push(out.length);
      } else if (clauses && out.length > 0 && isClauseBreak(lower, i, c)) clauses.push(out.length);
      i++;
      continue;
    }
    const start = i;
    let hasCurly = false;
    let inner = false;
    // A plain word is hashed as it goes by, for the word table (see below).
    let h = hashStep(HASH_START, c);
    i++;
    for (; i < n; i++) {
      c = lower.charCodeAt(i);
      if (isWordChar(c)) {
        h = hashStep(h, c);
        continue;
      }
      // An inner apostrophe followed by a letter stays in the word ("don't", "I've").
      if (isApostrophe(c) && i + 1 < n && isWordChar(lower.charCodeAt(i + 1))) {
        inner = true;
        if (c !== 39) hasCurly = true;
        continue;
      }
      break;
    }
    // A plain word (the most of them: no apostrophe) is looked up in place: no new string once seen.
    if (!clitic && !inner) {
      let entry = internHashed(lower, start, i, false, h);
      const w = entry.word;
      // Every spelling of negation ends in "t": most words skip the set lookup.
      if (w.charCodeAt(w.length - 1) === 116 && NEGATIONS.has(w)) entry = entryOf('not');
      out.push(entry.word);
      entries?.push(entry);
      continue;
    }
    let w = lower.slice(start, i);
    if (hasCurly || (clitic && lower.charCodeAt(start) !== 39)) w = w.replace(/\u2019/g, "'");
    const from = out.length;
    pushWord(w, out);
    if (entries) for (let k = from; k < out.length; k++) entries.push(entryOf(out[k]!));
  }
  return afterComma >= 0 && afterComma < out.length ? afterComma : -1;
}

/**
 * Lowercase word tokens with contractions expanded and negations normalised to "not".
 * "Don't use a heating-pad!" → ["do", "not", "use", "a", "heating", "pad"].
 */
export function tokenize(text: string): string[] {
  const out: string[] = [];
  tokenizeLower(text.toLowerCase(), out);
  return out;
}

/** Stems computed once per distinct word: threads repeat their vocabulary heavily. */
const STEMS = new Map<string, string>();

/**
 * An adjective in -ive and its kin ("productive", "productivity", "effectively"), which Porter2
 * strips down to its base: "product", "effect", "object", "initial", "respect".
 */
const IVE = /iv(?:e|es|ely|eness|ity|ities)$/;

/**
 * Words Porter2 cuts down to another everyday word: "production" to "product" ("we run it in
 * production" is no product), "organization" to "organ", "authority" to "author",
 * "international" to "intern", "experiment" to what "experience" becomes. Each keeps its
 * own stem, shared with its plural.
 */
const KEPT_WHOLE =
  /^(production|organi[sz]ation|authorit|animation|ironic|internation|formation|universit|experiment)(?:s|al|ally|ies|y|e)?$/;

/**
 * Porter2 stem of a lowercase word ("recommended" → "recommend"), memoised. An -ive adjective
 * keeps its "iv": "very productive" is not about a product, nor "an effective dose" about side
 * effects, nor "my relatives" about what relates.
 */
/** A thing named by a number, in the plural: "9vs", "2x4s", "18650s". */
const DIGIT_PLURAL = /^\d+[a-z]{0,2}\d*'?s$/;

export function stem(word: string): string {
  let s = STEMS.get(word);
  if (s === undefined) {
    const kept = KEPT_WHOLE.exec(word);
    s = kept ? kept[1]!.replace('isation', 'ization') : word.length <= 2 ? word : porter2(word);
    // "9Vs", "2x4s", "9V's": the plural of a thing named by its number.
    if (DIGIT_PLURAL.test(word)) s = word.slice(0, word.endsWith("'s") ? -2 : -1);
    // Only where Porter2 cut the "iv" off ("gives" and "live" keep theirs in the word).
    if (IVE.test(word) && word.startsWith(s) && word.slice(s.length).includes('iv')) s += 'iv';
    // Bound the memo: a pathological page must not grow it without limit.
    if (STEMS.size > 50_000) STEMS.clear();
    STEMS.set(word, s);
  }
  return s;
}

/**
 * A light stemmer (plural -s/-es/-ies, -ing, -ed, -ly): a few string checks, no regex
 * cascade. Coarser than Porter2 but enough for the detector's features.
 */
export function lightStem(w: string): string {
  const n = w.length;
  if (n <= 3) return w;
  if (w.endsWith('ies') && n > 4) return w.slice(0, -3) + 'y';
  if (w.endsWith('ing') && n > 5) return w.slice(0, -3);
  if (w.endsWith('ed') && n > 4) return w.slice(0, -2);
  if (w.endsWith('ly') && n > 4) return w.slice(0, -2);
  if (w.endsWith('es') && n > 4 && /(?:ss|sh|ch|x|z)es$/.test(w)) return w.slice(0, -2);
  if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) return w.slice(0, -1);
  return w;
}

/** Stems of every token of a text, in order. */
export function stems(text: string): string[] {
  return tokenize(text).map(stem);
}
