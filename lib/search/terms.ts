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

/** Words are what lies between spaces, line breaks and punctuation. */
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

const NOT_ASCII = /[^ -~]/;
const BEYOND_ASCII = /[\u0080-\uffff]/;
/** For each ASCII code: 1 when WORD counts it as part of a word. */
const ASCII_WORD = Uint8Array.from({ length: 128 }, (_, c) =>
  /[^\n\r\p{Z}\p{P}]/u.test(String.fromCharCode(c)) ? 1 : 0,
);

/**
 * Calls `fn` with the index term of every word of `text`, in order: what `normalizeTerm` gives
 * for each match of `WORD`. Plain ASCII text (most posts) is split by a table, not the regex.
 */
export function forEachTerm(text: string, fn: (term: string) => void): void {
  const lower = text.toLowerCase();
  if (BEYOND_ASCII.test(lower)) {
    for (const m of lower.matchAll(WORD)) {
      let t = m[0];
      if (NOT_ASCII.test(t)) t = t.normalize('NFD').replace(/\p{M}/gu, '');
      if (t !== '' && !STOPWORDS.has(t)) fn(t);
    }
    return;
  }
  const n = lower.length;
  let start = -1;
  for (let i = 0; i <= n; i++) {
    if (i < n && ASCII_WORD[lower.charCodeAt(i)] === 1) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const t = lower.slice(start, i);
      if (!STOPWORDS.has(t)) fn(t);
      start = -1;
    }
  }
}
