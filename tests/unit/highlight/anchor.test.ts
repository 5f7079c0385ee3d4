import { describe, expect, it } from 'vitest';
import {
  anchorQuote,
  describeQuote,
  editDistance,
  locateSentence,
  MIN_SCORE,
  normaliseText,
  scoreCandidate,
} from '@/lib/highlight/anchor';

const POST = normaliseText(`
  I had the same thing for years. Heat helped a little, ice did nothing.

  What finally worked was a magnesium glycinate supplement every night before bed.
  Ask your doctor first, it interacts with some antibiotics. Good luck!
`);
const QUOTE = 'a magnesium glycinate supplement every night before bed';

/** Saves the quote as the content script would: offsets in the post's normalised text. */
function saved(text: string, quote: string) {
  const start = text.indexOf(quote);
  if (start === -1) throw new Error('quote not in text');
  return describeQuote(text, start, start + quote.length);
}

describe('normaliseText', () => {
  it('collapses every whitespace run, no-break spaces included, and trims', () => {
    expect(normaliseText('  a\n\n b\u00a0\tc  ')).toBe('a b c');
  });
});

describe('describeQuote', () => {
  it('keeps 32 characters of context on each side, less at the edges', () => {
    const a = saved(POST, QUOTE);
    expect(a.quote).toBe(QUOTE);
    expect(a.prefix).toBe('othing. What finally worked was ');
    expect(a.prefix).toHaveLength(32);
    expect(a.suffix).toBe('. Ask your doctor first, it inte');
    expect(a.suffix).toHaveLength(32);
    const first = describeQuote(POST, 0, 5);
    expect(first.prefix).toBe('');
    expect(first.quote).toBe('I had');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });
});

describe('anchorQuote', () => {
  it('finds the unchanged text at its stored position', () => {
    const a = saved(POST, QUOTE);
    expect(anchorQuote(POST, a)).toEqual({ start: a.start, end: a.end, score: 1, method: 'position' });
  });

  it('finds the quote exactly when the text around it was edited', () => {
    const a = saved(POST, QUOTE);
    const edited = normaliseText(`EDIT: thanks all! I had the same thing for many, many years.
      What finally, really worked was ${QUOTE}. Check with your GP first.`);
    const m = anchorQuote(edited, a);
    expect(m?.method).toBe('exact');
    expect(edited.slice(m!.start, m!.end)).toBe(QUOTE);
  });

  it('picks, of two exact copies, the one whose context matches', () => {
    const text = `Someone said take ${QUOTE} but I disagree. What finally worked was ${QUOTE}. Ask your doctor first.`;
    const a = saved(POST, QUOTE);
    const m = anchorQuote(text, a);
    expect(m!.start).toBe(text.lastIndexOf(QUOTE));
  });

  it('finds the quote when it was itself slightly edited', () => {
    const a = saved(POST, QUOTE);
    const edited = POST.replace(QUOTE, 'a magnesium glycinate suplement every evening before bed');
    const m = anchorQuote(edited, a);
    expect(m?.method).toBe('approximate');
    expect(edited.slice(m!.start, m!.end)).toBe('a magnesium glycinate suplement every evening before bed');
    expect(m!.score).toBeGreaterThanOrEqual(MIN_SCORE);
    expect(m!.score).toBeLessThan(1);
  });

  it('does not place the highlight on a look-alike sentence when the passage is gone', () => {
    const a = saved(POST, QUOTE);
    // The passage was deleted; another post-like sentence with most of its words remains.
    const decoy = normaliseText(`I tried a magnesium citrate supplement every morning after tea and it did
      nothing for me, so I stopped. Stretching is what I would suggest instead.`);
    expect(anchorQuote(decoy, a)).toBeNull();
  });

  it('does not place it on a near-copy in a different context either', () => {
    const a = saved(POST, QUOTE);
    const text = normaliseText(`My cousin swears by taking a magnesium glycinate supplement every night
      before work, which sounds odd to me. Ice packs never did anything for me either.`);
    // The words are within reach of the quote, but nothing around them is the saved context.
    const m = anchorQuote(text, a);
    expect(m).toBeNull();
  });

  it('applies the minimum score: a weaker match passes only a lower bar', () => {
    const a = saved(POST, QUOTE);
    const text = normaliseText(`My cousin swears by taking a magnesium glycinate supplement every night
      before work, which sounds odd to me. Ice packs never did anything for me either.`);
    const loose = anchorQuote(text, a, { minScore: 0.4 });
    expect(loose).not.toBeNull();
    expect(loose!.score).toBeLessThan(MIN_SCORE);
    expect(loose!.score).toBeGreaterThanOrEqual(0.4);
  });

  it('refuses an empty quote and tiny quotes that cannot be matched approximately', () => {
    expect(anchorQuote(POST, { quote: '', prefix: '', suffix: '', start: 0, end: 0 })).toBeNull();
    expect(anchorQuote('abc', { quote: 'xyz', prefix: '', suffix: '', start: 0, end: 3 })).toBeNull();
  });
});

describe('scoreCandidate', () => {
  it('scores the saved place 1 and lowers the score as context is lost', () => {
    const a = saved(POST, QUOTE);
    expect(scoreCandidate(POST, a, a.start, a.end, 0)).toBe(1);
    const noContext = `xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx ${QUOTE} yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy`;
    const start = noContext.indexOf(QUOTE);
    const s = scoreCandidate(noContext, a, start, start + QUOTE.length, 0);
    expect(s).toBeLessThan(0.65);
    expect(s).toBeGreaterThan(0.5);
  });
});

describe('locateSentence', () => {
  it('finds a sentence whose line breaks differ from the page', () => {
    const text = normaliseText('First line.\nSecond sentence spans\n a break. Third.');
    const at = locateSentence(text, 'Second sentence spans a break.');
    expect(text.slice(at!.start, at!.end)).toBe('Second sentence spans a break.');
  });

  it('prefers the occurrence at or after the hint', () => {
    const text = 'Do it. Then rest. Do it.';
    expect(locateSentence(text, 'Do it.', 3)).toEqual({ start: 18, end: 24 });
    expect(locateSentence(text, 'Do it.')).toEqual({ start: 0, end: 6 });
  });

  it('finds a sentence with small differences, and nothing for a sentence not there', () => {
    const text = 'You could try a foam roller on the upper back, twice a day.';
    const at = locateSentence(text, 'You could try a foam-roller on the upper back twice a day.');
    expect(at).not.toBeNull();
    expect(text.slice(at!.start, at!.end)).toMatch(
      /^You could try a foam roller on the upper back, twice a day/,
    );
    expect(locateSentence(text, 'Acupuncture helped my sister with her migraines.')).toBeNull();
  });
});
