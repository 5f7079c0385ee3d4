/**
 * Splits a post's own words into sentences, with offsets into `Post.text` for highlighting.
 * Quoted passages (`post.quotes`) are left out, code blocks (`post.code`) are never split
 * nor returned, and every line break ends a sentence (list items, "Things that helped:").
 * `Intl.Segmenter` runs on one line at a time: on one long string it is pathologically
 * slow (LIBRARIES.md), and lines are the natural unit of forum text anyway.
 */
import type { Post } from '../model';
import { isSpace } from '../whitespace';
import type { Sentence } from './types';

/**
 * Abbreviations after which the segmenter's break is wrong ("Dr. Eric Goodman",
 * "e.g. magnesium", "vs. heat"). Compared lowercased, without the final period.
 * Sentence-final-capable ones like "etc." are not here: they usually do end a sentence.
 */
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'st',
  'sr',
  'jr',
  'vs',
  'v',
  'e.g',
  'i.e',
  'eg',
  'ie',
  'cf',
  'ca',
  'mt',
  'ft',
  'gen',
  'lt',
  'sgt',
  'capt',
  'rev',
  'hon',
  'dept',
  'univ',
  'inc',
  'ltd',
  'co',
  'corp',
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'n.b',
  'viz',
  'esp',
  'incl',
]);

/** Abbreviations of what a number follows, which are words of their own too ("fig", "no", "dec", "Art. 15 DSGVO"). */
const BEFORE_NUMBERS: ReadonlySet<string> = new Set(
  'fig no vol ch pp p col approx art sec para nr jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
);

/**
 * Measures, which end sentences as often as not ("20 minutes MAX. Set an alarm."): one holds
 * its sentence open only when what follows goes on in lowercase ("300 mg. of magnesium").
 */
const MEASURES: ReadonlySet<string> = new Set(['min', 'max', 'mg']);

let segmenter: Intl.Segmenter | undefined;
function getSegmenter(): Intl.Segmenter {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  return segmenter;
}

/** Longest line handed to the segmenter in one piece; longer lines are pre-cut at ". " etc. */
const MAX_SEGMENT = 2000;

interface Range {
  start: number;
  end: number;
}

/**
 * `text` with every whitespace run collapsed to one space, and for each character of it the
 * offset in `text` it came from: what `findLoose` falls back on when a passage's first word is
 * too common in the post to try each place it stands.
 */
interface Collapsed {
  text: string;
  at: Int32Array;
}

function collapse(text: string): Collapsed {
  const at = new Int32Array(text.length + 1);
  let out = '';
  let n = 0;
  let chunkStart = 0;
  const size = text.length;
  for (let i = 0; i < size; i++) {
    const c = text.charCodeAt(i);
    // The same notion of whitespace as the \s the passages are collapsed with.
    if (!isSpace(c)) {
      at[n++] = i;
      continue;
    }
    // Copy the run of non-space characters before this space in one slice.
    out += text.slice(chunkStart, i);
    let j = i;
    while (j + 1 < size && isSpace(text.charCodeAt(j + 1))) j++;
    out += ' ';
    at[n++] = i;
    i = j;
    chunkStart = j + 1;
  }
  out += text.slice(chunkStart);
  at[n] = text.length;
  return { text: out, at };
}

/** Where the collapsed `needle` occurs in the collapsed text at or after original offset `from`, as original offsets. */
function findCollapsed(c: Collapsed, needle: string, from: number): Range | null {
  // First collapsed index whose original offset is ≥ from (the map is increasing).
  let lo = 0;
  let hi = c.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.at[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  const k = c.text.indexOf(needle, lo);
  if (k < 0) return null;
  return { start: c.at[k]!, end: c.at[k + needle.length - 1]! + 1 };
}

/**
 * Places the in-place search tries before it collapses the post: a passage whose first word
 * stands thousands of times in the post (a hostile page) must not cost quadratic time, and
 * the collapsed text is searched with the engine's own `indexOf`.
 */
const MAX_TRIES = 64;

/**
 * Where `passage` first occurs in `text` at or after offset `from`, whitespace runs on either
 * side matching any whitespace run on the other (adapters collapse spaces in quotes and code
 * differently from the post text), as offsets in `text`. Searched in place first: candidates by
 * the passage's first word, the rest compared run by run, with no collapsed copy of the post
 * (that copy, and its offset table, were 3.6 % of a long thread's analysis in Chromium).
 */
function findLoose(text: string, passage: string, from: number, collapsed: () => Collapsed): Range | null {
  const needle = passage.trim().replace(/\s+/g, ' ');
  if (!needle) return null;
  const space = needle.indexOf(' ');
  const head = space < 0 ? needle : needle.slice(0, space);
  let tries = 0;
  for (let p = text.indexOf(head, from); p >= 0; p = text.indexOf(head, p + 1)) {
    if (++tries > MAX_TRIES) return findCollapsed(collapsed(), needle, p);
    const end = looseMatchEnd(text, p + head.length, needle, head.length);
    if (end >= 0) return { start: p, end };
  }
  return null;
}

/**
 * Where needle[k…] ends in `text` read from offset `at`, a space in the needle matching one
 * whitespace run or more in the text; -1 when it does not match there.
 */
function looseMatchEnd(text: string, at: number, needle: string, k: number): number {
  let j = at;
  for (let i = k; i < needle.length; i++) {
    const c = needle.charCodeAt(i);
    if (c === 32) {
      if (j >= text.length || !isSpace(text.charCodeAt(j))) return -1;
      while (j < text.length && isSpace(text.charCodeAt(j))) j++;
    } else if (text.charCodeAt(j) === c) j++;
    else return -1;
  }
  return j;
}

/**
 * Lines opening with ">": quoted by hand, as plain-text forums quote ("> Be thankful you
 * haven't…" under the comment it answers). Sites whose adapter already lifts them out as
 * quotes (Hacker News) have none left here.
 */
function quotedLines(text: string): Range[] {
  const ranges: Range[] = [];
  let at = text.indexOf('>');
  while (at >= 0) {
    let lineStart = at;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && isSpace(text.charCodeAt(lineStart - 1)))
      lineStart--;
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 ? text.length : end;
    if (lineStart === 0 || text.charCodeAt(lineStart - 1) === 10) ranges.push({ start: at, end: lineEnd });
    at = end < 0 ? -1 : text.indexOf('>', end);
  }
  return ranges;
}

/** Character ranges of `post.text` that are not the author's own prose: quotes and code. */
function excludedRanges(post: Post): Range[] {
  const passages = [...(post.code ?? []), ...(post.quotes ?? [])];
  const byHand = quotedLines(post.text);
  if (passages.length === 0) return byHand;
  const ranges = [...byHand];
  let copy: Collapsed | undefined;
  const collapsed = (): Collapsed => (copy ??= collapse(post.text));
  const covered = (r: Range): boolean => ranges.some((x) => r.start < x.end && x.start < r.end);
  for (const passage of passages) {
    // The first occurrence not already taken by another passage: a quote repeated twice is listed twice.
    let from = 0;
    for (;;) {
      const r = findLoose(post.text, passage, from, collapsed);
      if (!r) break;
      // A quote the site lifted out of a line quoted with ">" (Hacker News) is that line.
      if (byHand.some((x) => x.start <= r.start && r.end <= x.end)) break;
      if (!covered(r)) {
        ranges.push(r);
        break;
      }
      from = r.start + 1;
    }
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * Does `piece` (a segmenter sentence) end in an abbreviation that does not end a sentence?
 * `next` is the piece after it, if any.
 */
function endsInAbbreviation(piece: string, next: string | undefined): boolean {
  // The piece's last word, if it ends it with a full stop: letters and inner dots ("e.g", "Dr"),
  // at the start or after a space or "(". Read backwards from the end: most pieces are long.
  let dot = piece.length - 1;
  while (dot >= 0 && isSpace(piece.charCodeAt(dot))) dot--;
  if (dot < 1 || piece.charCodeAt(dot) !== 46 || !isAsciiLetter(piece.charCodeAt(dot - 1))) return false;
  let start = dot - 1;
  while (start > 0 && (isAsciiLetter(piece.charCodeAt(start - 1)) || piece.charCodeAt(start - 1) === 46))
    start--;
  if (!isAsciiLetter(piece.charCodeAt(start))) return false;
  if (start > 0 && piece.charCodeAt(start - 1) !== 40 && !isSpace(piece.charCodeAt(start - 1))) return false;
  const raw = piece.slice(start, dot);
  const word = raw.toLowerCase();
  // "fig. 2", "No. 5", "Dec. 12": these stand before a number; before a capital they are the
  // word that ends the sentence ("…enough light for a fig. Move it…", "No. Feed it more.").
  // ("Charles P. Pierce": a capital alone is an initial.)
  if (BEFORE_NUMBERS.has(word) && !(word.length === 1 && raw !== word))
    return next !== undefined && /^\s*[a-z0-9(#]/.test(next);
  if (ABBREVIATIONS.has(word)) return true;
  if (MEASURES.has(word)) return next !== undefined && /^\s*[a-z0-9(]/.test(next);
  // Initials ("J. R. R. Tolkien", "Eric W. Goodman", "G.E. Moore").
  return (word.length === 1 && raw !== word) || /^(?:[A-Z]\.)+[A-Z]$/.test(raw);
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Cuts an overlong line at sentence-like punctuation so no segmenter call sees a huge string. */
function chunks(line: string, base: number): Range[] {
  if (line.length <= MAX_SEGMENT) return [{ start: base, end: base + line.length }];
  const out: Range[] = [];
  let start = 0;
  while (line.length - start > MAX_SEGMENT) {
    const window = line.slice(start, start + MAX_SEGMENT);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    cut = cut > MAX_SEGMENT / 4 ? cut + 2 : window.lastIndexOf(' ') + 1 || MAX_SEGMENT;
    out.push({ start: base + start, end: base + start + cut });
    start += cut;
  }
  out.push({ start: base + start, end: base + line.length });
  return out;
}

/** Characters after which the segmenter may break a sentence. */
function isTerminal(c: number): boolean {
  return (
    c === 46 ||
    c === 33 ||
    c === 63 ||
    c === 0x2026 ||
    c === 0x203c ||
    (c >= 0x2047 && c <= 0x2049) ||
    c === 0x3002 ||
    c === 0xff01 ||
    c === 0xff0e ||
    c === 0xff1f
  );
}

/** Closing quotes and brackets that may follow a sentence's terminal. */
function isClosing(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 0x201d || c === 0x2019 || c <= 32;
}

/** Is there a sentence terminal before the line's closing run ("... end.)" )? Linear, no regex. */
function hasInnerTerminal(line: string): boolean {
  let end = line.length;
  while (end > 0) {
    const c = line.charCodeAt(end - 1);
    if (!isTerminal(c) && !isClosing(c)) break;
    end--;
  }
  for (let i = 0; i < end; i++) if (isTerminal(line.charCodeAt(i))) return true;
  return false;
}

/**
 * Characters that never take part in a sentence break (UAX #29: no terminal, separator,
 * space, closing or continuing punctuation): Latin letters beyond ASCII, dashes, curly
 * quotes between words, and astral characters (emoji).
 */
function isInert(c: number): boolean {
  return (
    (c >= 0xc0 && c <= 0x24f) ||
    (c >= 0x2010 && c <= 0x2015) ||
    (c >= 0x2018 && c <= 0x201f) ||
    (c >= 0xd800 && c <= 0xdfff)
  );
}

interface Piece {
  index: number;
  segment: string;
}

/**
 * Whether the full stops line[from, to) run straight into what follows, with no break: a
 * digit or lower-case letter after them, or a capital after a single one that follows a letter.
 */
function isWordInside(line: string, from: number, to: number): boolean {
  const next = line.charCodeAt(to);
  if ((next >= 48 && next <= 57) || (next >= 97 && next <= 122)) return true;
  return next >= 65 && next <= 90 && to - from === 1 && from > 0 && isAsciiLetter(line.charCodeAt(from - 1));
}

/** ASCII quotes and brackets, and curly quotes: UAX #29 Close characters (opening ones included). */
function isClose(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || (c >= 0x2018 && c <= 0x201f);
}

/** UAX #29 SContinue in the characters lines are made of: , - : ; and the en and em dashes. */
function isSContinue(c: number): boolean {
  return c === 44 || c === 45 || c === 58 || c === 59 || c === 0x2013 || c === 0x2014;
}

/**
 * Whether a sentence breaks before line[k], which follows a run of terminals, closing marks and
 * spaces: not before a continuation or another terminal (SB8a); always after "?" or "!" (SB11);
 * after full stops only when no lower-case letter comes before the next letter or terminal
 * (SB8: "Go. 20 things" is one sentence, "Go. 20 Things" two). Null where a character the scan
 * meets is one it does not class (letters beyond ASCII, controls): the segmenter decides.
 */
function breaksAfterSpaces(line: string, k: number, afterQuestion: boolean): boolean | null {
  const c = line.charCodeAt(k);
  if (isSContinue(c) || c === 46 || c === 33 || c === 63) return false;
  if (afterQuestion) return true;
  for (let p = k; p < line.length; p++) {
    const d = line.charCodeAt(p);
    if (d >= 97 && d <= 122) return false;
    if ((d >= 65 && d <= 90) || d === 46 || d === 33 || d === 63) return true;
    if (d < 32 || (d >= 128 && !(d >= 0x2010 && d <= 0x201f))) return null;
  }
  return true;
}

/**
 * The segmenter's sentence breaks for the plainest lines, found in JavaScript, for lines of
 * ASCII and inert characters ('He said "go." Then…', 'Use e.g. Node.js 2.5. Then…'): full stops
 * inside a word or number break nothing (UAX #29 SB6–SB8); after a run of terminals, its
 * closing quotes or brackets and its spaces, `breaksAfterSpaces` decides (SB8, SB8a, SB11).
 * Anything else (no space after the terminals, "?." runs, letters beyond ASCII where the rules
 * look, other scripts' terminals) returns null, and the line goes to `Intl.Segmenter`. Most
 * forum lines take this path; in Chromium the segmenter was the largest single cost of
 * analysing a long thread. Tests hold it to the segmenter's output, on chosen lines and on
 * thousands strung at random.
 */
export function plainSegments(line: string): Piece[] | null {
  const n = line.length;
  const out: Piece[] = [];
  let start = 0;
  for (let i = 0; i < n; i++) {
    const c = line.charCodeAt(i);
    if (c < 32 || (c >= 128 && !isInert(c))) return null;
    if (c !== 46 && c !== 33 && c !== 63) continue;
    let j = i;
    let dot = false;
    let other = false;
    for (; j < n; j++) {
      const d = line.charCodeAt(j);
      if (d === 46) dot = true;
      else if (d === 33 || d === 63) other = true;
      else break;
    }
    // Full stops inside a word or number ("e.g", "3.5", "package.json", "Node.JS") break
    // nothing: before a digit (SB6) or a lower-case letter (SB8), or one full stop between a
    // letter and a capital (SB7).
    if (!other && j < n && isWordInside(line, i, j)) {
      i = j - 1;
      continue;
    }
    while (j < n && isClose(line.charCodeAt(j))) j++;
    if (j === n) break;
    if (dot && other) return null;
    let k = j;
    while (k < n && line.charCodeAt(k) === 32) k++;
    if (k === j) return null;
    if (k === n) break;
    const breaks = breaksAfterSpaces(line, k, other);
    if (breaks === null) return null;
    if (breaks) {
      out.push({ index: start, segment: line.slice(start, k) });
      start = k;
    }
    i = k - 1;
  }
  out.push({ index: start, segment: line.slice(start) });
  return out;
}

/** Has the piece any word character? Lone punctuation, emoji or "..." is no sentence. */
const WORDY = /[\p{L}\p{N}]/u;

/** The post's own sentences, in order, quotes and code left out. */
export function splitSentences(post: Post): Sentence[] {
  const text = post.text;
  const out: Sentence[] = [];
  const excluded = excludedRanges(post);

  // Spans of own prose: the text between excluded ranges, cut at every line break.
  const spans: Range[] = [];
  let pos = 0;
  const addProse = (from: number, to: number): void => {
    // Line breaks found by `indexOf`: a loop over every character cost more than the search.
    let lineStart = from;
    for (;;) {
      let i = text.indexOf('\n', lineStart);
      if (i < 0 || i > to) i = to;
      if (i > lineStart) spans.push(...chunks(text.slice(lineStart, i), lineStart));
      if (i >= to) return;
      lineStart = i + 1;
    }
  };
  for (const r of excluded) {
    if (r.start > pos) addProse(pos, r.start);
    pos = Math.max(pos, r.end);
  }
  addProse(pos, text.length);

  for (const span of spans) {
    const line = text.slice(span.start, span.end);
    if (!WORDY.test(line)) continue;
    // No sentence terminal before the line's closing punctuation: one sentence, no ICU call
    // (list items, short replies, most one-sentence lines; "…position. ]" keeps its bracket).
    if (!hasInnerTerminal(line)) {
      push(out, post.id, text, span.start, span.end);
      continue;
    }
    // Plain lines are cut in JavaScript: the segmenter is left the rest.
    pushPieces(out, post.id, text, span, plainSegments(line) ?? Array.from(getSegmenter().segment(line)));
  }
  return out;
}

/** A footnote mark's tail at the start of a piece: the "0]" of "2013.[0]". */
const MARK_TAIL = /^\d{1,3}[\])]/;

/**
 * Pieces with a footnote mark kept whole on the sentence it follows: the segmenter cuts
 * "…from 2013.[0] This paper…" after the bracket, leaving "[" on one sentence and "0]" on the
 * next, and a link "[0] https://…" could no longer find the sentence it cites.
 */
function marksKept(pieces: Piece[]): Piece[] {
  for (let k = 0; k + 1 < pieces.length; k++) {
    const cur = pieces[k]!;
    const last = cur.segment.charCodeAt(cur.segment.length - 1);
    if (last !== 91 && last !== 40) continue;
    const next = pieces[k + 1]!;
    const m = MARK_TAIL.exec(next.segment);
    if (!m) continue;
    const n = m[0].length;
    pieces[k] = { index: cur.index, segment: cur.segment + next.segment.slice(0, n) };
    pieces[k + 1] = { index: next.index + n, segment: next.segment.slice(n) };
  }
  return pieces;
}

/**
 * The segmenter keeps a sentence opening with a number (or a price, "$2k") on the one before it when lower case
 * follows ("Increase slower. 10% a week at most."), and one opening with inline code ("…is
 * responsive. `min-width: 0` is the real fix."), or with a name in code ("Use pandas.
 * pd.read_csv is fast."), or with a word in lower case ("get a cat. problem solved."): a word
 * of two letters or more and its full stop end a sentence there. An abbreviation before the
 * number ("fig. 2") is joined back after.
 */
function openingsCut(pieces: Piece[]): Piece[] {
  if (!pieces.some((p) => OPENING_HINT.test(p.segment))) return pieces;
  const out: Piece[] = [];
  for (const p of pieces) {
    let from = 0;
    OPENING_AT.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = OPENING_AT.exec(p.segment)) !== null) {
      const cut = m.index + m[0].length;
      out.push({ index: p.index + from, segment: p.segment.slice(from, cut) });
      from = cut;
    }
    out.push({ index: p.index + from, segment: p.segment.slice(from) });
  }
  return out;
}
/** A name in code opening a sentence in lower case: "pd.read_csv", "os.path.join", "max_length". */
const CODE_OPENS = String.raw`[a-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\b|[a-z][a-z0-9]*_\w+`;
const OPENING_HINT = new RegExp(
  String.raw`[A-Za-z]{2}(?:[.!?]+ +(?:[$£€]?\d|\x60[^\x60\s]|${CODE_OPENS})|\. +[a-z])`,
);
/**
 * Also a sentence typed all in lower case ("get a cat. problem solved. our barn cat…"): one full
 * stop after a word that is no abbreviation ("e.g. magnesium", "300 mg. of", "etc. are"), then a
 * word in lower case that opens a sentence.
 */
const OPENING_AT = new RegExp(
  String.raw`(?<=(?:^|[\s(])[A-Za-z]{2,})(?:[.!?]+ +(?=[$£€]?\d|\x60[^\x60\s]|${CODE_OPENS})|(?<=(?:^|[\s(])(?!(?:${shortWords()})\.)[A-Za-z]{2,})\. +(?=[a-z][a-z']*\b(?![.:]\S)))`,
  'g',
);

/** Words that a full stop shortens, as a pattern matching them lowercase or capitalised ("dr", "Dr"). */
function shortWords(): string {
  return [
    ...ABBREVIATIONS,
    ...BEFORE_NUMBERS,
    ...MEASURES,
    'etc',
    'approx',
    'al',
    'ed',
    'eds',
    'ps',
    'pg',
    'ex',
  ]
    .filter((w) => /^[a-z]+$/.test(w))
    .map((w) => `[${w[0]}${w[0]!.toUpperCase()}]${w.slice(1)}`)
    .join('|');
}

/** A numbered list's marker opening a line ("1. ", "(2) ", "3) "): no sentence of its own. */
const LIST_MARKER = /^\s*\(?\d{1,3}[.)]\s*$/;
/** The same before an item's words on its line ("2) Dry", "(3) Ask"). */
const ITEM_NUMBER = /^(?:\(\d{1,3}\)|\d{1,3}\))\s+(?=\p{L})/u;

/**
 * Adds a line's segmenter pieces as sentences, joining those cut after an abbreviation. A
 * list's number before the line's first sentence ("1. The first: …") is left out.
 */
function pushPieces(out: Sentence[], postId: string, text: string, span: Range, raw: Piece[]): void {
  const pieces = openingsCut(marksKept(raw));
  const size = span.end - span.start;
  let pendingStart = -1;
  let ticks = 0;
  for (let k = 0; k < pieces.length; k++) {
    const s = pieces[k]!;
    if (k === 0 && pieces.length > 1 && s.segment.length <= 7 && LIST_MARKER.test(s.segment)) continue;
    const start = pendingStart >= 0 ? pendingStart : s.index;
    const end = s.index + s.segment.length;
    // No sentence ends inside inline code ("`const list = map.get(key) ?? []; list.push(x);`"),
    // nor after an abbreviation.
    if (s.segment.includes('`')) ticks += countTicks(s.segment);
    if (((ticks & 1) === 1 || endsInAbbreviation(s.segment, pieces[k + 1]?.segment)) && end < size) {
      pendingStart = start;
      continue;
    }
    pendingStart = -1;
    push(out, postId, text, span.start + start, span.start + end);
  }
  if (pendingStart >= 0) push(out, postId, text, span.start + pendingStart, span.end);
}

/** How many backticks a piece holds. */
function countTicks(segment: string): number {
  let n = 0;
  for (let i = segment.indexOf('`'); i >= 0; i = segment.indexOf('`', i + 1)) n++;
  return n;
}

/** Adds the trimmed text between two offsets as a sentence, if it holds any words. */
function push(out: Sentence[], postId: string, text: string, start: number, end: number): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end <= start) return;
  // A list's number before the sentence ("2) Dry some…", "(3) Ask…") is not its first word.
  const c = text.charCodeAt(start);
  if ((c >= 48 && c <= 57) || c === 40) {
    const marker = ITEM_NUMBER.exec(text.slice(start, Math.min(end, start + 8)));
    if (marker && start + marker[0].length < end) start += marker[0].length;
  }
  const s = text.slice(start, end);
  if (!WORDY.test(s)) return;
  out.push({ postId, index: out.length, text: s, start, end });
}
