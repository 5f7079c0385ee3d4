import { normalizeTerm, WORD } from './terms';
import type { SnippetPart } from './types';

/** Splits `text` into plain and matched parts; every word whose term is in `terms` is a match. */
export function markTerms(text: string, terms: ReadonlySet<string>): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let last = 0;
  for (const m of text.matchAll(WORD)) {
    const term = normalizeTerm(m[0]);
    if (term === null || !terms.has(term)) continue;
    const at = m.index;
    if (at > last) parts.push({ text: text.slice(last, at), match: false });
    parts.push({ text: m[0], match: true });
    last = at + m[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), match: false });
  return parts;
}

/**
 * The passage of about `width` characters that shows the most distinct matched terms (then
 * the most matches), cut at word boundaries, with ellipses where text was left out, and the
 * matches marked. Whitespace runs are collapsed so a snippet reads as one line.
 */
export function snippet(text: string, terms: readonly string[], width = 200): SnippetPart[] {
  const flat = text.replace(/\s+/g, ' ').trim();
  const wanted = new Set(terms);
  const hits: { at: number; end: number; term: string }[] = [];
  for (const m of flat.matchAll(WORD)) {
    const term = normalizeTerm(m[0]);
    if (term !== null && wanted.has(term)) hits.push({ at: m.index, end: m.index + m[0].length, term });
  }
  let start = 0;
  if (flat.length > width && hits.length > 0) {
    // Slide a window that starts at each hit; keep the one covering the most distinct terms.
    let best = { start: hits[0]!.at, distinct: 0, count: 0 };
    for (let i = 0; i < hits.length; i++) {
      const seen = new Set<string>();
      let count = 0;
      for (let j = i; j < hits.length && hits[j]!.end - hits[i]!.at <= width; j++) {
        seen.add(hits[j]!.term);
        count++;
      }
      if (seen.size > best.distinct || (seen.size === best.distinct && count > best.count)) {
        best = { start: hits[i]!.at, distinct: seen.size, count };
      }
    }
    // Show a little context before the first match.
    start = Math.max(0, best.start - Math.floor(width / 5));
    if (start + width > flat.length) start = Math.max(0, flat.length - width);
  }
  let end = Math.min(flat.length, start + width);
  if (start > 0) {
    const space = flat.indexOf(' ', start);
    if (space !== -1 && space < end) start = space + 1;
  }
  if (end < flat.length) {
    const space = flat.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  const parts = markTerms(flat.slice(start, end), wanted);
  if (start > 0) parts.unshift({ text: '… ', match: false });
  if (end < flat.length) parts.push({ text: ' …', match: false });
  return parts;
}
