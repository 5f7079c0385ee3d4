/**
 * Look-ups in a sorted term list (sorted by UTF-16 code units, as `<` compares): exact, by
 * prefix, and within an edit distance. The sorted list is walked as the trie it implies, so
 * finding typos costs what a trie would, without one in memory.
 */

/** Index of the first term ≥ `key`. */
export function lowerBound(terms: readonly string[], key: string, lo = 0, hi = terms.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of `term`, or -1. */
export function findTerm(terms: readonly string[], term: string): number {
  const i = lowerBound(terms, term);
  return i < terms.length && terms[i] === term ? i : -1;
}

/**
 * Index of the first term at or after `from` that does not start with `prefix` (terms from
 * `from` on are ≥ prefix). Gallops first: the end is usually near.
 */
function prefixEnd(terms: readonly string[], prefix: string, from: number): number {
  const n = terms.length;
  let step = 1;
  let lo = from;
  let hi = from;
  while (hi < n && terms[hi]!.startsWith(prefix)) {
    lo = hi + 1;
    hi += step;
    step *= 2;
  }
  if (hi > n) hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (terms[mid]!.startsWith(prefix)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [start, end) of the terms that start with `prefix`. */
export function prefixRange(terms: readonly string[], prefix: string): [number, number] {
  const start = lowerBound(terms, prefix);
  return [start, prefixEnd(terms, prefix, start)];
}

/** Per term, the length of the prefix it shares with the term before (capped at 255). */
export function commonPrefixes(terms: readonly string[]): Uint8Array {
  const lcp = new Uint8Array(terms.length);
  for (let i = 1; i < terms.length; i++) {
    const a = terms[i - 1]!;
    const b = terms[i]!;
    const lim = Math.min(a.length, b.length, 255);
    let k = 0;
    while (k < lim && a.charCodeAt(k) === b.charCodeAt(k)) k++;
    lcp[i] = k;
  }
  return lcp;
}

/** Sorted unique terms with `commonPrefixes`: what typo search walks. */
export interface Lexicon {
  terms: readonly string[];
  lcp: Uint8Array;
}

export function lexicon(terms: readonly string[]): Lexicon {
  return { terms, lcp: commonPrefixes(terms) };
}

/** The sorted union of two sorted term lists. */
export function unionTerms(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) {
      out.push(x);
      i++;
    } else if (y < x) {
      out.push(y);
      j++;
    } else {
      out.push(x);
      i++;
      j++;
    }
  }
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/**
 * Calls `found(index, distance)` for every term that starts with the query's first letter and is
 * within `maxDistance` edits of `query` (insertions, deletions, substitutions and swaps of two
 * neighbouring letters: "form" is one edit from "from"). The sorted list is walked as the trie it implies: terms sharing a prefix share the
 * rows of the distance table, and a prefix whose row is already over the limit skips every term
 * that starts with it. Each row only computes the band of cells within `maxDistance` of its
 * diagonal (the others cannot come back under it).
 */
export function fuzzyTerms(
  lex: Lexicon,
  query: string,
  maxDistance: number,
  found: (index: number, distance: number) => void,
): void {
  const { terms, lcp } = lex;
  const m = query.length;
  const w = m + 1;
  const far = maxDistance + 1;
  // No term longer than the query plus the allowed edits can match.
  const maxLen = m + maxDistance;
  const rows = new Int32Array(w * (maxLen + 2)).fill(far);
  for (let j = 0; j <= Math.min(m, maxDistance); j++) rows[j] = j;
  const q = new Int32Array(m + 1);
  for (let j = 0; j < m; j++) q[j + 1] = query.charCodeAt(j);

  // rows 0..valid hold the table for the previous term's first `valid` letters.
  let valid = 0;
  // Typos are looked for after the first letter, as readers seldom get that one wrong: it keeps
  // the walk to the terms that start with it (a twentieth of the dictionary, not all of it).
  const range = m > 0 ? prefixRange(terms, query[0]!) : ([0, 0] as const);
  let i = range[0];
  const n = range[1];
  while (i < n) {
    const t = terms[i]!;
    const k = Math.min(valid, lcp[i]!);
    const depthEnd = t.length < maxLen + 1 ? t.length : maxLen + 1;
    let pruned = 0;
    for (let d = k + 1; d <= depthEnd; d++) {
      const c = t.charCodeAt(d - 1);
      const c1 = d >= 2 ? t.charCodeAt(d - 2) : -1;
      const row = d * w;
      const up = row - w;
      const up2 = up - w;
      const lo = d - maxDistance > 1 ? d - maxDistance : 1;
      const hi = d + maxDistance < m ? d + maxDistance : m;
      let min = d <= maxDistance ? d : far;
      rows[row] = min;
      if (lo > 1) rows[row + lo - 1] = far;
      for (let j = lo; j <= hi; j++) {
        let v = rows[up + j - 1]! + (q[j] === c ? 0 : 1);
        const del = rows[up + j]! + 1;
        if (del < v) v = del;
        const ins = rows[row + j - 1]! + 1;
        if (ins < v) v = ins;
        if (j >= 2 && q[j - 1] === c && q[j] === c1) {
          const swap = rows[up2 + j - 2]! + 1;
          if (swap < v) v = swap;
        }
        if (v > far) v = far;
        rows[row + j] = v;
        if (v < min) min = v;
      }
      if (hi < m) rows[row + hi + 1] = far;
      if (min > maxDistance) {
        pruned = d;
        break;
      }
    }
    if (pruned === 0 && t.length > maxLen) pruned = maxLen + 1;
    if (pruned > 0) {
      // Every term that starts with the first `pruned` letters is out: skip them.
      valid = pruned - 1;
      i++;
      while (i < n && lcp[i]! >= pruned) i++;
      continue;
    }
    valid = t.length;
    const dist = rows[t.length * w + m]!;
    if (dist <= maxDistance) found(i, dist);
    i++;
  }
}
