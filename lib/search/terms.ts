/**
 * How text becomes index terms, shared by the index, the query and the snippet marker so
 * that what is found is exactly what is marked.
 */

/** Words too common to help find anything; dropping them keeps posting lists short. */
const STOPWORDS = new Set(
  (
    'a an and are as at be but by for from had has have he her his i if in into is it its me my no ' +
    'not of on or our she so than that the their them then there these they this to was we were ' +
    'what when which who will with you your'
  ).split(' '),
);

/** Splits on what MiniSearch's default tokenizer splits on: spaces, line breaks and punctuation. */
export const WORD = /[^\n\r\p{Z}\p{P}]+/gu;

/** Lower case without accents ("Café" finds "cafe"), or null for a stopword. */
export function normalizeTerm(term: string): string | null {
  const t = term.toLowerCase();
  // Only text outside ASCII can carry accents; skipping the rest keeps indexing fast.
  const plain = /[^ -~]/.test(t) ? t.normalize('NFD').replace(/\p{M}/gu, '') : t;
  return STOPWORDS.has(plain) ? null : plain;
}

/** The query's words, normalised, in order, without stopwords or repeats. */
export function queryTerms(query: string): string[] {
  const out: string[] = [];
  for (const m of query.matchAll(WORD)) {
    const t = normalizeTerm(m[0]);
    if (t && !out.includes(t)) out.push(t);
  }
  return out;
}
