import { describe, expect, it } from 'vitest';
import { focusQuote } from '../../lib/quote-focus';

/** As the popup shows a quote: 40 characters in view. */
const focus = (quote: string, label: string) => focusQuote(quote, label, 40);
const joined = (parts: { text: string }[]): string => parts.map((p) => p.text).join('');
const marked = (parts: { text: string; match: boolean }[]): string[] =>
  parts.filter((p) => p.match).map((p) => p.text);

describe('focusQuote: a quote shown on one line, its label words in view', () => {
  it('marks the words the quote shares with the label, in any inflection', () => {
    const parts = focus('Gentle exercises every morning kept my back loose.', 'Exercises / strengthening');
    expect(marked(parts)).toEqual(['exercises']);
    expect(joined(parts)).toBe('Gentle exercises every morning kept my back loose.');
    expect(marked(focus('Keep strengthening your core.', 'Exercises / strengthening'))).toEqual([
      'strengthening',
    ]);
    expect(marked(focus('Two muscle relaxers helped.', 'Muscle relaxer (Flexeril)'))).toEqual([
      'muscle',
      'relaxers',
    ]);
  });

  it('starts a little before the first shared word when it would fall past the line', () => {
    const quote =
      'A certain design philosophy took hold after that, and people were surprised you were not using MySQL in production.';
    const parts = focus(quote, 'MySQL');
    const text = joined(parts);
    expect(text.startsWith('… ')).toBe(true);
    expect(text.endsWith('using MySQL in production.')).toBe(true);
    // Cut at the start of a word, a few words before the match.
    expect(quote.includes(text.slice(2))).toBe(true);
    expect(text.indexOf('MySQL')).toBeLessThan(30);
    expect(marked(parts)).toEqual(['MySQL']);
  });

  it('cuts nothing where the whole quote is in view (the library), only marks', () => {
    const quote =
      'A certain design philosophy took hold, and people were surprised you were not using MySQL.';
    const parts = focusQuote(quote, 'MySQL', Infinity);
    expect(joined(parts)).toBe(quote);
    expect(marked(parts)).toEqual(['MySQL']);
  });

  it('reads words beyond ASCII and with an apostrophe inside whole', () => {
    expect(marked(focus('We loved the crème brûlée at Café Müller’s.', 'Crème brûlée'))).toEqual([
      'crème',
      'brûlée',
    ]);
    expect(marked(focus("Müller's café is the one.", 'Café Müller'))).toEqual(["Müller's", 'café']);
  });

  it('leaves a quote whole when its first shared word is already in view', () => {
    const quote = 'Heat helped me more than ice did, especially a long hot shower every evening before bed.';
    expect(joined(focus(quote, 'Heat'))).toBe(quote);
  });

  it('leaves a quote sharing no telling word with its label whole and unmarked', () => {
    // "Try" and "use" say what to do, not what about: they mark nothing.
    expect(focus('Less sitting, more walking around the house.', 'Try posture')).toEqual([
      { text: 'Less sitting, more walking around the house.', match: false },
    ]);
    expect(focus('', 'Heat')).toEqual([{ text: '', match: false }]);
  });
});
