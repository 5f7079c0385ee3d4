import { describe, expect, it } from 'vitest';
import { threadDocuments, type ThreadContent } from '@/lib/search/documents';
import { SearchEngine } from '@/lib/search/engine';
import { markTerms, snippet } from '@/lib/search/snippet';
import type { Thread } from '@/lib/model';
import { bike, highlight, plant, plantAnswers, sourdough, sourdoughAnswers, suggestion } from './fixtures';

function content(t: Thread, extra: Partial<ThreadContent> = {}): ThreadContent {
  return { ...t, suggestions: [], highlights: [], ...extra };
}

function engine(): SearchEngine {
  const e = SearchEngine.empty();
  const fridge = suggestion('s-fridge', 'put the starter in the fridge', [sourdoughAnswers[0]!]);
  e.replaceThread(sourdough.id, 1, '', threadDocuments(content(sourdough, { suggestions: [fridge] })));
  e.replaceThread(bike.id, 1, '', threadDocuments(content(bike)));
  e.replaceThread(
    plant.id,
    1,
    'h',
    threadDocuments(content(plant, { highlights: [highlight(plant, plantAnswers[0]!, 'mist the leaves')] })),
  );
  return e;
}

const refs = (e: SearchEngine, q: string, f = {}): string[] =>
  e.search(q, f).map((h) => `${h.kind}:${h.ref}`);

describe('search', () => {
  it('finds a word in a title, a question and an answer', () => {
    const e = engine();
    expect(refs(e, 'commuter')).toEqual(['question:q2']);
    expect(refs(e, 'brown')).toEqual(['question:q3']);
    expect(refs(e, 'lubricate')).toEqual(['answer:201']);
  });

  it('matches prefixes as the reader types', () => {
    const e = engine();
    expect(refs(e, 'parchm')).toEqual(['answer:102']);
    expect(refs(e, 'lubri')).toEqual(['answer:201']);
    // Two letters are not yet a prefix search: too many words start with them.
    expect(refs(e, 'pa')).toEqual([]);
  });

  it('tolerates a typo in a longer word', () => {
    const e = engine();
    expect(refs(e, 'parchmnet')).toEqual(['answer:102']);
    expect(refs(e, 'drainnage')).toEqual(['answer:302']);
  });

  it('needs every word to match, and falls back to any word when none matches all', () => {
    const e = engine();
    expect(refs(e, 'tyre pressure')).toEqual(['answer:202']);
    // "fern" is in the fern thread's title and in its first answer.
    expect(refs(e, 'chain fern').sort()).toEqual(['answer:201', 'answer:301', 'question:q3']);
  });

  it('ignores case, accents and stopwords', () => {
    const e = SearchEngine.empty();
    e.replaceThread('t', 1, '', [
      { t: 't', k: 'answer', r: '1', s: 'reddit', a: 0, text: 'The Café Crème was great' },
    ]);
    expect(refs(e, 'cafe creme')).toEqual(['answer:1']);
    expect(refs(e, 'the')).toEqual([]);
  });

  it('filters by site, by advice and by the reader’s highlights', () => {
    const e = engine();
    expect(refs(e, 'check', { site: 'stackexchange' }).sort()).toEqual(['answer:202', 'question:q2']);
    expect(refs(e, 'check', { site: 'metafilter' })).toEqual([]);
    // The fridge answer supports a suggestion; the freezer answer does not.
    expect(refs(e, 'fridge', { adviceOnly: true }).sort()).toEqual(['answer:101', 'suggestion:s-fridge']);
    expect(refs(e, 'freezer', { adviceOnly: true })).toEqual([]);
    expect(refs(e, 'leaves', { highlightsOnly: true })).toEqual([`highlight:h-301`]);
    // Without the filter the question ("Brown leaves") and the answer match too.
    expect(refs(e, 'leaves').sort()).toEqual(['answer:301', 'highlight:h-301', 'question:q3']);
  });

  it('ranks the reader’s highlight and the suggestion above a passing mention', () => {
    const e = engine();
    expect(refs(e, 'mist')[0]).toBe('highlight:h-301');
  });

  it('returns the matched index terms, including expanded ones, for marking', () => {
    const [hit] = engine().search('parchmnet');
    expect(hit?.terms).toEqual(['parchment']);
  });
});

describe('snippets', () => {
  it('marks every matched word and keeps the rest as text', () => {
    expect(markTerms('Water the fern; water it well.', new Set(['water']))).toEqual([
      { text: 'Water', match: true },
      { text: ' the fern; ', match: false },
      { text: 'water', match: true },
      { text: ' it well.', match: false },
    ]);
  });

  it('cuts a long text around the passage with the most distinct matches', () => {
    const filler = 'Lorem ipsum dolor sit amet consectetur. '.repeat(12);
    const text = `${filler}Feed the starter before the trip and keep the starter cold. ${filler}`;
    const parts = snippet(text, ['starter', 'cold'], 120);
    const joined = parts.map((p) => p.text).join('');
    expect(joined.startsWith('… ')).toBe(true);
    expect(joined.endsWith(' …')).toBe(true);
    expect(joined.length).toBeLessThanOrEqual(126);
    expect(parts.filter((p) => p.match).map((p) => p.text)).toEqual(['starter', 'starter', 'cold']);
  });

  it('shows a short text whole, with markup characters left as plain text', () => {
    const parts = snippet('Try <b>this</b>\n\nthen   rest.', ['rest']);
    expect(parts).toEqual([
      { text: 'Try <b>this</b> then ', match: false },
      { text: 'rest', match: true },
      { text: '.', match: false },
    ]);
  });
});
