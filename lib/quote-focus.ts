/**
 * A supporter's quote as a one-line list shows it: the words it shares with the suggestion's
 * label marked, and, when the first of them would fall past the visible start of the line,
 * the quote taken up a few words before it ("… using something like MySQL or Postgres in
 * production." under "MySQL"). The reader sees at a glance why the answer is listed; the whole
 * sentence stays with the caller (a tooltip, the answer itself).
 */

import type { SnippetPart } from './search/types';

/** A stretch of the quote; `match`: a word it shares with the label. */
export type QuotePart = SnippetPart;

/** Label words that say what to do, not what about ("Try", "Use"), and function words. */
const PLAIN = new Set(
  (
    'the and for with your you not don but from into onto this that these those its are was were ' +
    'try use get ask put make keep take find look check see give let add run set start stop avoid ' +
    'out off one all any some more less very just also'
  ).split(' '),
);

/**
 * Letters and digits, told by code ranges: ASCII ones, and anything past Latin-1's symbols that
 * is not punctuation or a space. Not a `\p{L}` regex, whose compile a freshly opened popup would
 * pay before it paints (suspected, not measured on its own).
 */
function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return (
    c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && !(c >= 0x2000 && c <= 0x2bff) && !(c >= 0x3000 && c <= 0x303f)
  );
}

/** The words of `text` as [start, end) offsets: letter and digit runs, an apostrophe inside one kept ("don't"). */
function wordsOf(text: string): [number, number][] {
  const out: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!isWordChar(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i++;
      const c = text.charCodeAt(i);
      if (isWordChar(c)) continue;
      if ((c === 39 || c === 0x2019) && isWordChar(text.charCodeAt(i + 1))) continue;
      break;
    }
    out.push([start, i]);
  }
  return out;
}

/** How much of a word must be shared: all of a short word, a longer one less its ending. */
function stemOf(word: string): string {
  return word.slice(0, Math.max(4, word.length - 3));
}

/** The label's telling words, as prefixes a quote's word may start with ("exercis" for "Exercises"). */
function labelStems(label: string): string[] {
  const out: string[] = [];
  for (const [start, end] of wordsOf(label)) {
    const w = label
      .slice(start, end)
      .toLowerCase()
      .replace(/['’]s$/u, '');
    if (w.length < 3 || PLAIN.has(w)) continue;
    const s = stemOf(w);
    if (!out.includes(s)) out.push(s);
  }
  return out;
}

/**
 * The quote in parts, its shared words marked, starting a little before the first of them
 * when that one ends past `visible` characters (with "… " before it; cut at a word's start).
 * A quote sharing no word with its label comes back whole, as one part.
 */
export function focusQuote(quote: string, label: string, visible: number, before = 16): QuotePart[] {
  const stems = labelStems(label);
  const hits: [number, number][] = [];
  if (stems.length > 0) {
    for (const word of wordsOf(quote)) {
      const w = quote.slice(word[0], word[1]).toLowerCase();
      if (stems.some((s) => w.startsWith(s))) hits.push(word);
    }
  }
  if (hits.length === 0) return [{ text: quote, match: false }];
  let from = 0;
  if (hits[0]![1] > visible) {
    // The start of the word a few characters before the first match.
    const back = Math.max(0, hits[0]![0] - before);
    const space = quote.indexOf(' ', back);
    from = space >= 0 && space < hits[0]![0] ? space + 1 : hits[0]![0];
  }
  const parts: QuotePart[] = from > 0 ? [{ text: '… ', match: false }] : [];
  let at = from;
  for (const [start, end] of hits) {
    if (start < from) continue;
    if (start > at) parts.push({ text: quote.slice(at, start), match: false });
    parts.push({ text: quote.slice(start, end), match: true });
    at = end;
  }
  if (at < quote.length) parts.push({ text: quote.slice(at), match: false });
  return parts;
}
