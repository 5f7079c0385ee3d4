/**
 * Key terms of one sentence: what grouping compares answers by. Four kinds, from most to
 * least telling:
 *  - `c:` a lexicon concept ("Flexeril" and "muscle relaxers" both give c:muscle-relaxant),
 *    plus its parent concept (c:medication);
 *  - `k:` a code token, normalised (`type="module"`, `"type": "module"` → k:type=module);
 *  - `p:` two adjacent content words, stemmed (a cheap noun-phrase stand-in: "cat cow");
 *  - `w:` one content word, stemmed.
 * Every term keeps its offsets in the sentence, for labels.
 */
import { fuzzyForm, lexStem, lexicon, type Form } from './lexicon';
import { OUTCOME_WORDS, STOPWORDS, TARGET_CUES } from './stopwords';
import { stem } from './tokens';

export type TermKind = 'concept' | 'parent' | 'code' | 'phrase' | 'word';

export interface Term {
  key: string;
  kind: TermKind;
  /** Offsets into the sentence text. */
  start: number;
  end: number;
  /** Lexicon brand/drug/product name rather than a generic form. */
  instance?: boolean;
  /** For lexicon terms: the lexicon's spelling, used by labels for names and misspellings. */
  canon?: string;
  /** Matched by edit distance, i.e. misspelt in the text. */
  fuzzy?: boolean;
  /**
   * Said as the object of advice ("try X", "recommend X", "X helped") or as a proper name
   * mid-sentence ("Bowen", "Sarno"): a bare word counts for grouping mainly when it is.
   */
  target?: boolean;
  /** Directly negated: "don't apologize", "not ice", "avoid sitting". */
  negated?: boolean;
}

interface Tok {
  lower: string;
  raw: string;
  stem: string;
  /** Light normal form for lexicon matching (plural removed). */
  lex: string;
  start: number;
  end: number;
  stop: boolean;
  info: WordInfo;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** British -ise spellings as -ize, so "apologise" and "apologize" stem alike (applied to every word, so consistent). */
function americanise(w: string): string {
  return w.length > 5 ? w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1') : w;
}

/** Word tokens with offsets; possessive and contracted tails dropped ("Sarno's" → sarno). */
interface WordInfo {
  stem: string;
  lex: string;
  stop: boolean;
  /** Lexicon forms starting with this word, longest first. */
  forms: Form[] | undefined;
  /** The lexicon entry this word misspells, if any (content words only). */
  fuzzy: Form | null;
}

/** Per distinct lowercase word: its stems and whether it is a stopword. Threads repeat their vocabulary. */
const WORDS = new Map<string, WordInfo>();

function wordInfo(lower: string): WordInfo {
  let w = WORDS.get(lower);
  if (w === undefined) {
    // Pure numbers and single letters never name advice.
    // Long "-ly" words are adverbs ("specifically", "extremely"): how, not what, is advised.
    const adverb = lower.length >= 8 && lower.endsWith('ly') && !/(?:bly|ply|fly)$/.test(lower);
    const stop = STOPWORDS.has(lower) || lower.length < 2 || /^\d+$/.test(lower) || adverb;
    const lex = lexStem(lower);
    const forms = lexicon().byFirst.get(lex);
    w = {
      stem: stop ? lower : stem(americanise(lower)),
      lex,
      stop,
      forms,
      fuzzy: stop || forms ? null : fuzzyForm(lower),
    };
    // Bound the memo: a pathological page must not grow it without limit.
    if (WORDS.size > 50_000) WORDS.clear();
    WORDS.set(lower, w);
  }
  return w;
}

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) {
    let raw = m[0];
    let apos = raw.indexOf("'");
    if (apos < 0) apos = raw.indexOf('’');
    if (apos > 0) raw = raw.slice(0, apos);
    const lower = raw.toLowerCase();
    const info = wordInfo(lower);
    out.push({
      lower,
      raw,
      stem: info.stem,
      lex: info.lex,
      start: m.index,
      end: m.index + m[0].length,
      stop: info.stop,
      info,
    });
  }
  return out;
}

/** Code-like spans: attribute pairs, JSON pairs, inline code, file names and dotted identifiers. */
const CODE =
  /`([^`]+)`|\b([\w:-]+\s*=\s*["'][^"'\s]{1,40}["'])|("[\w-]+"\s*:\s*"[^"]{1,40}")|(?:^|[\s(])(\.[a-z][a-z0-9]{1,5})\b|\b([\w-]+\.(?:js|mjs|cjs|ts|tsx|jsx|json|py|rb|php|java|cs|go|rs|html|css|yml|yaml|toml|xml|sh|cfg|ini|conf))\b|\b([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(\)|[A-Za-z_$][\w$]*\(\))/g;

/**
 * One spelling for the same code token: lowercase, no quotes or spaces. `=` and `:` stay
 * apart on purpose: `type="module"` (an HTML attribute) and `"type": "module"` (package.json)
 * are different fixes.
 */
export function normaliseCode(code: string): string {
  return code
    .toLowerCase()
    .replace(/["'`\s]/g, '')
    .replace(/[;,]+$/, '');
}

/** Code terms of a sentence (or of a code block, when `text` is one). */
/** Characters without which a text holds no code token: spares the big regex on plain prose. */
const CODE_HINT = /[`=(]|\.[a-z]|":/i;

export function codeTerms(text: string): Term[] {
  const out: Term[] = [];
  if (!CODE_HINT.test(text)) return out;
  CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE.exec(text)) !== null) {
    const g = m.slice(1).find((x) => x !== undefined);
    if (!g) continue;
    const norm = normaliseCode(g);
    // Inline code of one plain word is a word, not a token worth a key of its own.
    if (norm.length < 3 || (m[1] !== undefined && /^[a-z]+$/.test(norm) && norm.length < 4)) continue;
    const start = m.index + m[0].indexOf(g);
    out.push({ key: 'k:' + norm, kind: 'code', start, end: start + g.length });
  }
  return out;
}

/** The longest lexicon form starting at token i, if any. */
function matchForm(toks: Tok[], i: number): { form: Form; len: number; fuzzy?: boolean } | null {
  const lex = lexicon();
  const t = toks[i]!;
  // Cased forms ("TENS", "PT") have capitals: a lowercase word cannot be one.
  const cased = t.raw !== t.lower ? lex.cased.get(t.raw) : undefined;
  const candidates = t.info.forms;
  if (candidates) {
    for (const form of candidates) {
      const n = form.stems.length;
      if (i + n > toks.length) continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) {
        const u = toks[i + j]!;
        ok = u.lex === form.stems[j];
      }
      if (ok) return { form, len: n };
    }
  }
  if (cased) return { form: cased, len: 1 };
  if (t.info.fuzzy) return { form: t.info.fuzzy, len: 1, fuzzy: true };
  return null;
}

/**
 * Whether the words at [i, j) are what the sentence advises: an advice verb up to four words
 * before ("try a home TENS", "look into acupuncture", "good luck with magnesium"), or an
 * outcome word right after ("the Flexeril really helped").
 */
function isTarget(toks: Tok[], i: number, j: number): boolean {
  for (let b = Math.max(0, i - 4); b < i; b++) if (TARGET_CUES.has(toks[b]!.lower)) return true;
  for (let a = j; a < Math.min(toks.length, j + 3); a++) if (OUTCOME_WORDS.has(toks[a]!.lower)) return true;
  return false;
}

/** A capitalised word that does not start the sentence: a name ("Bowen", "Sarno", "Goodman"). */
const NEGATORS = new Set(['don', 'dont', 'not', 'no', 'never', 'avoid', 'stop', 'without', 'quit', 'skip']);

/** A negation one or two words before ("do not use X", "never X", "not ice"). */
function isNegated(toks: Tok[], i: number): boolean {
  for (let b = Math.max(0, i - 2); b < i; b++) if (NEGATORS.has(toks[b]!.lower)) return true;
  return false;
}

function isName(toks: Tok[], i: number, text: string): boolean {
  const t = toks[i]!;
  if (i === 0 || !/^\p{Lu}\p{Ll}/u.test(t.raw)) return false;
  // After a sentence or clause break the capital is grammar, not a name.
  return !/[.!?:;(]/.test(text.slice(toks[i - 1]!.end, t.start));
}

const URL_RE = /\bhttps?:\/\/[^\s<>"')\]]+|\bwww\.[^\s<>"')\]]+/gi;

/** Where URLs stand in a text, as [start, end) pairs. */
function urlSpans(text: string): [number, number][] {
  if (!text.includes('://') && !text.includes('www.')) return [];
  const out: [number, number][] = [];
  URL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = URL_RE.exec(text)) !== null) out.push([m.index, m.index + m[0].length]);
  return out;
}

/** Every key term of a sentence, in order of appearance (a key may repeat). */
export function sentenceTerms(text: string, phrases = true): Term[] {
  const toks = tokens(text);
  // A URL written out is a link, not words ("https", "www", "pdf"): its post's link keys stand for it.
  const urls = urlSpans(text);
  let out: Term[] = codeTerms(text);
  if (urls.length > 0) out = out.filter((c) => !urls.some(([a, b]) => c.start < b && c.end > a));
  const lex = lexicon();
  // Tokens consumed by a lexicon form or inside a code token or URL are not also plain words
  // ("script.js" is one code key, not the words "script" and "js").
  const claimed = new Uint8Array(toks.length);
  const claim = (start: number, end: number): void => {
    for (let i = 0; i < toks.length; i++) if (toks[i]!.start < end && toks[i]!.end > start) claimed[i] = 1;
  };
  for (const t of out) claim(t.start, t.end);
  for (const [a, b] of urls) claim(a, b);
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i]) continue;
    const hit = matchForm(toks, i);
    if (!hit) continue;
    const first = toks[i]!;
    const last = toks[i + hit.len - 1]!;
    const c = hit.form.concept;
    // A brand or drug name is specific enough to count as the object of advice wherever it stands.
    const target = hit.form.instance || isTarget(toks, i, i + hit.len);
    out.push({
      key: 'c:' + c.id,
      kind: 'concept',
      start: first.start,
      end: last.end,
      instance: hit.form.instance,
      canon: hit.form.text,
      fuzzy: hit.fuzzy,
      negated: isNegated(toks, i),
      target,
    });
    if (c.parent && lex.concepts.has(c.parent)) {
      out.push({ key: 'c:' + c.parent, kind: 'parent', start: first.start, end: last.end, target });
    }
    for (let j = 0; j < hit.len; j++) claimed[i + j] = 1;
    i += hit.len - 1;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.stop || claimed[i]) continue;
    out.push({
      key: 'w:' + t.stem,
      kind: 'word',
      start: t.start,
      end: t.end,
      target: isTarget(toks, i, i + 1) || isName(toks, i, text),
      negated: isNegated(toks, i),
    });
    const next = toks[i + 1];
    // Adjacent content words with nothing but a space or hyphen between: a phrase.
    const gap = next ? next.start - t.end : 0;
    const sep = gap === 1 ? text.charCodeAt(t.end) : 0;
    if (phrases && next && !next.stop && !claimed[i + 1] && (sep === 32 || sep === 45)) {
      const target = isTarget(toks, i, i + 2);
      out.push({ key: `p:${t.stem} ${next.stem}`, kind: 'phrase', start: t.start, end: next.end, target });
    }
  }
  return out;
}

/** Canonical key of a link target: host without www + path, so two answers citing one page meet. */
export function linkKey(href: string): string | null {
  try {
    const u = new URL(href);
    const host = u.hostname.replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    const v = host.endsWith('youtube.com') ? (u.searchParams.get('v') ?? '') : '';
    if (!path && !v) return null;
    return `l:${host}${path}${v ? '?v=' + v : ''}`.toLowerCase();
  } catch {
    return null;
  }
}
