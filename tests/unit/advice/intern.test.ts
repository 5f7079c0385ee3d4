import { describe, expect, it } from 'vitest';
import { entryOf, internWord } from '../../../lib/advice/intern';

describe('word entries', () => {
  it('gives one entry per lowercase word, wherever and however capitalised it stands', () => {
    const a = internWord('Try Magnesium tonight', 4, 13, true);
    expect(a.word).toBe('magnesium');
    expect(internWord('more magnesium', 5, 14, false)).toBe(a);
    expect(entryOf('magnesium')).toBe(a);
    expect(internWord('MAGNESIUM', 0, 9, true)).toBe(a);
  });

  it('keeps different words apart, prefixes and case variants included', () => {
    const words = ['heat', 'heats', 'hea', 'Heat', 'ice', 'ICE'];
    const entries = words.map((w) => internWord(w, 0, w.length, true));
    expect(entries.map((e) => e.word)).toEqual(['heat', 'heats', 'hea', 'heat', 'ice', 'ice']);
    expect(new Set(entries).size).toBe(4);
  });

  it('without folding, a capitalised stretch is a word of its own (callers lower it first)', () => {
    expect(internWord('Heat', 0, 4, false).word).toBe('Heat');
    expect(internWord('Heat', 0, 4, false)).not.toBe(entryOf('heat'));
  });

  it('finds every word again as the table grows, and stays right after it starts over', () => {
    const first = Array.from({ length: 30_000 }, (_, i) => `w${i.toString(36)}x`);
    const entries = first.map((w) => entryOf(w));
    first.forEach((w, i) => expect(entryOf(w)).toBe(entries[i]));
    // Past the limit the table starts over: entries are new, words still right.
    for (let i = 0; i < 60_000; i++) entryOf(`z${i.toString(36)}`);
    for (const w of first.slice(0, 100)) expect(entryOf(w).word).toBe(w);
    expect(internWord('xQz1', 0, 4, true).word).toBe('xqz1');
  });
});
