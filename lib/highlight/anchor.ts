/**
 * Text anchoring, with no DOM: text in, offsets out. The content script builds a post's
 * normalised text (see `normaliseText`) and asks here where a sentence or a saved quote
 * lies in it. Following the Hypothesis client (quote + prefix + suffix + position), but
 * with a MINIMUM score: a quote that only resembles some other passage is reported as not
 * found (an orphan) instead of being placed on look-alike text (hypothesis/client#7571).
 */
import search from 'approx-string-match';

/** Characters of context kept on each side of a saved quote. */
export const CONTEXT_CHARS = 32;
/** Share of a quote's length that may differ in an approximate match. */
export const MAX_ERROR_RATE = 0.2;
/** Below this combined score an approximate match is rejected. */
export const MIN_SCORE = 0.75;

/** How to find a quote again in its post's text. */
export interface TextQuoteAnchor {
  quote: string;
  prefix: string;
  suffix: string;
  /** Offsets of the quote in the post's normalised text when it was saved. */
  start: number;
  end: number;
}

export interface AnchorMatch {
  start: number;
  end: number;
  /** 1 for an exact match at the stored position; lower as the quote, context or position differ. */
  score: number;
  method: 'position' | 'exact' | 'approximate';
}

/**
 * Collapses every whitespace run (spaces, tabs, newlines, no-break spaces) to one space and
 * trims: page text and extracted text differ in line breaks and spacing, never in words.
 */
export function normaliseText(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The anchor of `text.slice(start, end)`, with its context. */
export function describeQuote(text: string, start: number, end: number): TextQuoteAnchor {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_CHARS), start),
    suffix: text.slice(end, end + CONTEXT_CHARS),
    start,
    end,
  };
}

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost));
    }
    prev = row;
  }
  return prev[b.length]!;
}

/** 1 for identical strings, 0 for nothing in common. */
function similarity(expected: string, actual: string): number {
  const len = Math.max(expected.length, actual.length);
  return len === 0 ? 1 : 1 - editDistance(expected, actual) / len;
}

// Weights as in the Hypothesis client: the quote counts most, each side of context less,
// the position only breaks ties between otherwise equal candidates.
const QUOTE_WEIGHT = 50;
const CONTEXT_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/**
 * Scores a candidate [start, end) for `anchor` in `text`, from 0 to 1. A side whose stored
 * context is empty (the quote began or ended the post) compares against the candidate's
 * own context being empty, so a match there is still rewarded.
 */
export function scoreCandidate(
  text: string,
  anchor: TextQuoteAnchor,
  start: number,
  end: number,
  errors: number,
): number {
  const quoteSim = 1 - errors / Math.max(1, anchor.quote.length);
  const before = text.slice(Math.max(0, start - anchor.prefix.length), start);
  const after = text.slice(end, end + anchor.suffix.length);
  const prefixSim = anchor.prefix ? similarity(anchor.prefix, before) : start === 0 ? 1 : 0.5;
  const suffixSim = anchor.suffix ? similarity(anchor.suffix, after) : end === text.length ? 1 : 0.5;
  const posSim = 1 - Math.min(1, Math.abs(start - anchor.start) / Math.max(1, text.length));
  return (
    (QUOTE_WEIGHT * quoteSim +
      CONTEXT_WEIGHT * prefixSim +
      CONTEXT_WEIGHT * suffixSim +
      POSITION_WEIGHT * posSim) /
    (QUOTE_WEIGHT + 2 * CONTEXT_WEIGHT + POSITION_WEIGHT)
  );
}

function exactOccurrences(text: string, quote: string): number[] {
  const out: number[] = [];
  if (!quote) return out;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) out.push(i);
  return out;
}

export interface AnchorOptions {
  /** Minimum combined score for an approximate match (default `MIN_SCORE`). */
  minScore?: number;
}

/**
 * Finds a saved quote in its post's (normalised) text: exactly at the stored position,
 * else exactly anywhere (the best-placed occurrence by context), else approximately with
 * at most `MAX_ERROR_RATE` errors, scored with context and position. Returns null (an
 * orphan) when nothing reaches the minimum score.
 */
export function anchorQuote(
  text: string,
  anchor: TextQuoteAnchor,
  options: AnchorOptions = {},
): AnchorMatch | null {
  const { quote } = anchor;
  if (!quote) return null;
  if (text.slice(anchor.start, anchor.end) === quote) {
    return { start: anchor.start, end: anchor.end, score: 1, method: 'position' };
  }
  const minScore = options.minScore ?? MIN_SCORE;
  const exact = exactOccurrences(text, quote);
  if (exact.length) {
    // The same words in the same post: the reader's passage, whatever happened around it.
    // With several, context and position pick one.
    let best: AnchorMatch | null = null;
    for (const start of exact) {
      const score = scoreCandidate(text, anchor, start, start + quote.length, 0);
      if (!best || score > best.score) best = { start, end: start + quote.length, score, method: 'exact' };
    }
    return best;
  }
  const maxErrors = Math.floor(quote.length * MAX_ERROR_RATE);
  if (maxErrors < 1) return null;
  let best: AnchorMatch | null = null;
  for (const m of search(text, quote, maxErrors)) {
    const score = scoreCandidate(text, anchor, m.start, m.end, m.errors);
    if (score >= minScore && (!best || score > best.score)) {
      best = { start: m.start, end: m.end, score, method: 'approximate' };
    }
  }
  return best;
}

/**
 * Finds an advice sentence in a post's normalised text, preferring the first occurrence at
 * or after `from` (sentences come in reading order). Exact first; then approximate with at
 * most `MAX_ERROR_RATE` errors (extraction and the live page may differ in punctuation and
 * spacing), taking the fewest errors. Null when neither finds it.
 */
export function locateSentence(
  text: string,
  sentence: string,
  from = 0,
): { start: number; end: number } | null {
  const needle = normaliseText(sentence);
  if (!needle) return null;
  let at = text.indexOf(needle, from);
  if (at === -1) at = text.indexOf(needle);
  if (at !== -1) return { start: at, end: at + needle.length };
  const maxErrors = Math.floor(needle.length * MAX_ERROR_RATE);
  if (maxErrors < 1) return null;
  const matches = search(text, needle, maxErrors);
  if (!matches.length) return null;
  const fewest = Math.min(...matches.map((m) => m.errors));
  const best = matches.filter((m) => m.errors === fewest);
  const after = best.find((m) => m.start >= from) ?? best[0]!;
  return { start: after.start, end: after.end };
}
