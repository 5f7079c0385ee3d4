import { describe, expect, it } from 'vitest';
import { findTerm, fuzzyTerms, lexicon, prefixRange, unionTerms } from '@/lib/search/dictionary';
import { decodePostings, mergeSegments, SegmentBuilder, type Segment } from '@/lib/search/segment';
import { seededRandom } from '@/lib/random';

/** Optimal string alignment distance (a swap of neighbours is one edit), the slow obvious way. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i]![j] = Math.min(
        d[i - 1]![j]! + 1,
        d[i]![j - 1]! + 1,
        d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  return d[a.length]![b.length]!;
}

function randomWords(r: () => number, n: number, letters = 'abcdeilnorst'): string[] {
  const out = new Set<string>();
  while (out.size < n) {
    const len = 1 + Math.floor(r() * 9);
    let w = '';
    for (let i = 0; i < len; i++) w += letters[Math.floor(r() * letters.length)];
    out.add(w);
  }
  return [...out].sort();
}

describe('the sorted term dictionary', () => {
  it('finds exact terms and prefix ranges', () => {
    const terms = ['fern', 'fridge', 'fridges', 'frost', 'parchment', 'parse'];
    expect(findTerm(terms, 'fridge')).toBe(1);
    expect(findTerm(terms, 'fridg')).toBe(-1);
    expect(prefixRange(terms, 'fri')).toEqual([1, 3]);
    expect(prefixRange(terms, 'par')).toEqual([4, 6]);
    expect(prefixRange(terms, 'zz')).toEqual([6, 6]);
  });

  it('merges two sorted lists without repeats', () => {
    expect(unionTerms(['a', 'c', 'e'], ['b', 'c', 'f'])).toEqual(['a', 'b', 'c', 'e', 'f']);
  });

  it('finds exactly the terms within one or two edits that keep the first letter', () => {
    const r = seededRandom(7);
    const terms = randomWords(r, 3000);
    const lex = lexicon(terms);
    for (let k = 0; k < 150; k++) {
      const query = randomWords(r, 1)[0]!;
      for (const max of [1, 2]) {
        const found: [string, number][] = [];
        fuzzyTerms(lex, query, max, (i, dist) => found.push([terms[i]!, dist]));
        const expected = terms
          .filter((t) => t[0] === query[0])
          .map((t) => [t, osa(t, query)] as [string, number])
          .filter(([, dist]) => dist <= max);
        expect(found).toEqual(expected);
      }
    }
  });

  it('counts a swap of two neighbouring letters as one edit', () => {
    const lex = lexicon(['drivetrain', 'fridge', 'parchment']);
    const hits = (q: string, max: number): string[] => {
      const out: string[] = [];
      fuzzyTerms(lex, q, max, (i) => out.push(lex.terms[i]!));
      return out;
    };
    expect(hits('firdge', 1)).toEqual(['fridge']);
    expect(hits('drivetrian', 1)).toEqual(['drivetrain']);
    expect(hits('parchmnet', 1)).toEqual(['parchment']);
    // The first letter is taken as typed.
    expect(hits('gridge', 1)).toEqual([]);
  });
});

function postingsOf(seg: Segment, term: string): [number, number][] {
  const i = findTerm(seg.terms, term);
  const out: [number, number][] = [];
  if (i >= 0) seg.forEach(i, (doc, tf) => out.push([doc, tf]));
  return out;
}

describe('segments', () => {
  it('encode postings and decode them back, large gaps and counts included', () => {
    const b = new SegmentBuilder();
    const docs = [0, 1, 2, 200, 70_000, 70_001, 5_000_000];
    docs.forEach((doc, i) => {
      b.count('common', 1);
      for (let k = 0; k < i * 60; k++) b.count('often', 1);
      if (i % 2 === 0) b.count('even', 3);
      b.endDocument(doc);
    });
    const seg = b.build(1, () => true);
    expect(seg.terms).toEqual(['common', 'even', 'often']);
    expect(postingsOf(seg, 'common')).toEqual(docs.map((d) => [d, 1]));
    expect(postingsOf(seg, 'even')).toEqual([
      [0, 3],
      [2, 3],
      [70_000, 3],
      [5_000_000, 3],
    ]);
    expect(postingsOf(seg, 'often')).toEqual(docs.slice(1).map((d, i) => [d, (i + 1) * 60]));
    const [bytes, start] = seg.locate(0);
    const out: number[] = [];
    decodePostings(bytes, start, seg.df[0]!, (doc) => out.push(doc));
    expect(out).toEqual(docs);
  });

  it('cut large postings into chunks at term boundaries', () => {
    const b = new SegmentBuilder();
    for (let doc = 0; doc < 120_000; doc++) {
      b.count(`t${doc % 7}`, 1);
      b.count(`u${doc % 11}`, 1 + (doc % 3));
      b.count('all', 1);
      b.endDocument(doc * 97);
    }
    const seg = b.build(2, () => true);
    expect(seg.chunks.length).toBeGreaterThan(1);
    for (const t of seg.terms) expect(postingsOf(seg, t).length).toBe(seg.df[findTerm(seg.terms, t)]);
    expect(postingsOf(seg, 'all').map(([d]) => d)).toEqual(Array.from({ length: 120_000 }, (_, i) => i * 97));
  });

  it('merge, leaving dead documents out and renumbering the rest in order', () => {
    const make = (n: number, docs: number[], words: string[]): Segment => {
      const b = new SegmentBuilder();
      for (const d of docs) {
        for (const w of words) b.count(w, 1);
        b.endDocument(d);
      }
      return b.build(n, () => true);
    };
    const a = make(1, [0, 1, 2], ['apple', 'pear']);
    const c = make(2, [3, 4], ['pear', 'quince']);
    const dead = new Set([1, 3]);
    const merged = mergeSegments(3, [a, c], (d) => !dead.has(d));
    expect(merged.terms).toEqual(['apple', 'pear', 'quince']);
    expect(postingsOf(merged, 'pear').map(([d]) => d)).toEqual([0, 2, 4]);
    const remap = Int32Array.from([0, -1, 1, -1, 2]);
    const renumbered = mergeSegments(4, [a, c], (d) => !dead.has(d), remap);
    expect(postingsOf(renumbered, 'pear').map(([d]) => d)).toEqual([0, 1, 2]);
    // A term only dead documents had is gone.
    const gone = mergeSegments(5, [c], (d) => d !== 3 && d !== 4);
    expect(gone.terms).toEqual([]);
  });
});
