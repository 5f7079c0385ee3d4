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
import {
  FUNCTION_WORD_SET,
  NOUN_PHRASE_OPENERS,
  NUMBER_WORD_SET,
  OUTCOME_WORDS,
  PARTICLES,
  STOPWORDS,
  TARGET_CUES,
  endsOnWhen,
  NOT_AN_OBJECT,
  settingLeadWords,
  TIMES,
  WHEN_LEAD_WORDS,
  WHEN_LEADS,
} from './stopwords';
import { entryOf, HASH_START, hashStep, internHashed, type WordEntry } from './intern';
import { causeNamedAt, isTitleCasedSmallWord } from './thread-shape';
import { stem } from './tokens';
import {
  CANNOT_THEN_CAN,
  IMPERATIVE_VERBS,
  ONLY_WHEN_NEXT,
  TRADE_NOUNS,
  WHAT_WORKED,
} from './detect-features';
import { opensWithSecond } from './endorse';
import common from './model/common-stems.json';

/** Stems of the most used English words (lib/cli/build-common-words.ts). */
const COMMON = new Set(common.stems.split(' '));

/** Whether a `w:` key is one of the most used English words ("follow", "give", "author"). */
export function isCommonWordKey(key: string): boolean {
  return key.startsWith('w:') && COMMON.has(key.slice(2));
}

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
  /** A target only because it is a name mid-sentence ("vanilla JavaScript", "Sarno's book"): weaker than one advised. */
  named?: boolean;
  /**
   * Plainly the object of advice: inside an imperative ("put it in the fridge"), a pick, or
   * right after "try", "recommend", "seconding" (target words farther off may be in passing).
   */
  strong?: boolean;
  /** Said to have worked, right before "fixed ours", "changed my life", "dropped my temps". */
  worked?: boolean;
  /**
   * Said in the sentence's fronted setting ("If you have connected Tableau to Snowflake, then
   * I'd open a support case"): where the advice applies, not what it is.
   */
  setting?: boolean;
  /**
   * A verb of a common deed done to what follows ("REMOVE the leaves", "PULL OFF the bottom
   * leaves", "GET RID OF them"), keyed by the deed. Too common to mean anything alone: it counts
   * only where what it acts on is the thread's topic (see candidates.ts).
   */
  deed?: true;
  /** A concept's fault told not to ("STOP OVERWATERING"): negated, and so for the concept. */
  cures?: true;
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
  /** `info.flags`, copied with the other fields the scans read. */
  flags: number;
  info: KeyWord;
}

/** British -ise spellings as -ize, so "apologise" and "apologize" stem alike (applied to every word, so consistent). */
function americanise(w: string): string {
  return w.length > 5 ? w.replace(/is(e|ed|es|ing|ation|ations)$/, 'iz$1') : w;
}

/**
 * Comparatives of plain qualities, keyed as the quality: "bury the stem DEEP" and "plant them
 * DEEPER" advise the same. Only words that are never anything but the comparative ("corner" is
 * no "corn", "lower" is the verb of lowering too and stays as it is). Irregular plurals too,
 * where the plural is nothing else ("leaves" may be leaving, and stays).
 */
const COMPARATIVE_BASE: ReadonlyMap<string, string> = new Map(
  (
    'deeper:deep higher:high longer:long shorter:short warmer:warm cooler:cool colder:cold ' +
    'hotter:hot bigger:big smaller:small slower:slow faster:fast softer:soft harder:hard ' +
    'thicker:thick thinner:thin darker:dark brighter:bright stronger:strong weaker:weak ' +
    'looser:loose tighter:tight wider:wide narrower:narrow heavier:heavy quieter:quiet ' +
    'louder:loud cheaper:cheap shallower:shallow gentler:gentle firmer:firm ' +
    'coarser:coarse finer:fine fresher:fresh smoother:smooth sharper:sharp safer:safe ' +
    'easier:easy sturdier:sturdy stiffer:stiff milder:mild ' +
    // Plurals the stemmer leaves apart from their singular ("strengthen your CALVES" / "CALF raises").
    'calves:calf halves:half knives:knife wives:wife loaves:loaf shelves:shelf wolves:wolf ' +
    'thieves:thief hooves:hoof scarves:scarf teeth:tooth feet:foot mice:mouse geese:goose ' +
    'children:child women:woman'
  )
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/** The stem a word's `w:` key is built from (also used to build the common-word list). */
export function wordStem(lower: string): string {
  return stem(americanise(COMPARATIVE_BASE.get(lower) ?? lower));
}

/** Whether a lowercase word is one of the most used English words ("house", "white", "edward"). */
export function isCommonWord(lower: string): boolean {
  return COMMON.has(wordStem(lower));
}

/** Word tokens with offsets; possessive and contracted tails dropped ("Sarno's" → sarno). */
export interface KeyWord {
  stem: string;
  lex: string;
  stop: boolean;
  /** Lexicon forms starting with this word, longest first. */
  forms: Form[] | undefined;
  /** The lexicon entry this word misspells, if any (content words only). */
  fuzzy: Form | null;
  /**
   * `w:` key, built once per distinct word. Every term of a thread shares these strings, so the
   * maps and sets grouping counts keys in hash each one once, not once per use (a freshly built
   * string is hashed anew at every lookup).
   */
  key: string;
  /** `p:` keys of this word followed by another, by the other's info (created on first phrase). */
  pairs: Map<KeyWord, string> | null;
  /** Which of the word lists below the word is on (`F_*` bits). */
  flags: number;
}

/*
 * The word lists the scans test every token against, as bits on its KeyWord: a bit test per
 * token instead of a hash lookup of its string, worked out once per distinct word.
 */
const F_TARGET_CUE = 1 << 0;
const F_OUTCOME = 1 << 1;
const F_STRONG_CUE = 1 << 2;
const F_NEGATOR = 1 << 3;
const F_NEGATION_TURN = 1 << 4;
const F_NEGATION_BRIDGE = 1 << 5;
const F_CATEGORY = 1 << 6;
const F_COMMON = 1 << 7;
const F_PROGRAM = 1 << 8;
const F_FRAME_OPENER = 1 << 9;
const F_IMPERATIVE_LEAD = 1 << 10;
const F_MODAL = 1 << 11;
const F_MODAL_FILLER = 1 << 12;
const F_FUNCTION_WORD = 1 << 13;
const F_IRREGULAR_PAST = 1 << 14;
const F_OBJECT_START = 1 << 15;
const F_LIGHT_VERB = 1 << 16;
const F_IMPERATIVE_VERB = 1 << 17;
/** Ends like a verb's -s or -ed form or an adverb: not shaped like an imperative. */
const F_INFLECTED = 1 << 18;

const BARE_EED: ReadonlySet<string> = new Set('speed feed bleed breed weed heed seed proceed'.split(' '));

/** The `F_*` bits of a lowercase word (and its stem, for the common-word list). */
function flagsOf(lower: string, stem: string): number {
  const lists: [ReadonlySet<string>, number][] = [
    [TARGET_CUES, F_TARGET_CUE],
    [OUTCOME_WORDS, F_OUTCOME],
    [STRONG_CUES, F_STRONG_CUE],
    [NEGATORS, F_NEGATOR],
    [NEGATION_TURNS, F_NEGATION_TURN],
    [NEGATION_BRIDGE, F_NEGATION_BRIDGE],
    [CATEGORY_NOUNS, F_CATEGORY],
    [PROGRAMS, F_PROGRAM],
    [FRAME_OPENERS, F_FRAME_OPENER],
    [IMPERATIVE_LEAD, F_IMPERATIVE_LEAD],
    [MODALS, F_MODAL],
    [MODAL_FILLER, F_MODAL_FILLER],
    [FUNCTION_WORD, F_FUNCTION_WORD],
    [IRREGULAR_PAST, F_IRREGULAR_PAST],
    [OBJECT_START, F_OBJECT_START],
    [LIGHT_VERBS, F_LIGHT_VERB],
    [IMPERATIVE_VERBS, F_IMPERATIVE_VERB],
    [FIX_VERBS, F_IMPERATIVE_VERB],
  ];
  let flags = 0;
  for (const [list, bit] of lists) if (list.has(lower)) flags |= bit;
  if (COMMON.has(stem)) flags |= F_COMMON;
  // Not "speed", "feed", "bleed": their -ed is the verb's own.
  if (/(?:[^s]s|ed|ly)$/.test(lower) && !BARE_EED.has(lower)) flags |= F_INFLECTED;
  return flags;
}

/** Whether token `t` (possibly past either end) has any of `bits`. */
function has(t: Tok | undefined, bits: number): boolean {
  return t !== undefined && (t.flags & bits) !== 0;
}

/**
 * Verbs of fixing and doing things that open instructions ("Disable background refresh", "Purge
 * the cache", "Uninstall the driver", "Trim her nails"), for key terms: the detector has its own list,
 * which its model was trained with (detect-features.ts). Words as often nouns ("oil", "tape",
 * "paint", "format") are left out: a sentence opening with one would read as an instruction.
 */
const FIX_VERBS: ReadonlySet<string> = new Set(
  (
    'disable uninstall reset reboot restart purge flush unplug reconnect rename configure ' +
    'downgrade revert rebase merge deploy compile debug replace swap restore toggle adjust ' +
    'tighten loosen unscrew wipe soak caulk lubricate recharge calibrate reseat reflash verify ' +
    'inspect descale defrost vacuum scrub rinse ' +
    // …and of the everyday tasks home and garden threads give ("Carry high value treats").
    'carry wear pack trim cover pour prune boil simmer dilute plunge unclog repot fertilize block mute unfollow unsubscribe dump'
  ).split(' '),
);

/** The `p:` key of two adjacent words, one string per pair for the same reason as `KeyWord.key`. */
function phraseKey(a: KeyWord, b: KeyWord): string {
  const pairs = (a.pairs ??= new Map());
  let key = pairs.get(b);
  if (key === undefined) {
    key = `p:${a.stem} ${b.stem}`;
    pairs.set(b, key);
  }
  return key;
}

/** `c:` keys by concept id, shared like word keys. */
const CONCEPT_KEYS = new Map<string, string>();

function conceptKey(id: string): string {
  let key = CONCEPT_KEYS.get(id);
  if (key === undefined) {
    key = 'c:' + id;
    CONCEPT_KEYS.set(id, key);
  }
  return key;
}

/** Short forms forums write for a word ("db", "repo", "docs"): one key with the word itself. */
const SHORT_FOR: Record<string, string> = {
  db: 'database',
  dbs: 'databases',
  repo: 'repository',
  repos: 'repositories',
  config: 'configuration',
  configs: 'configurations',
  docs: 'documentation',
  k8s: 'kubernetes',
};

/** Interjections, however drawn out ("Oooh", "awww", "hahaha", "hmm", "yikes"): no advice is named by one. */
const INTERJECTION =
  /^(?:o+h+|o{2,}h*|a+h+|a+w+|w+o+w+|w+h+o+a+|h+m+|u+g+h+|(?:h+a+){2,}h*|(?:h+e+){2,}h*|h+e+h+|y+a+y+|m+e+h+|l+o+l+|o+m+g+|y+[eu]+p+|n+o+p+e+|n+a+h+|w+e+l+p+|o+o+p+s+|y+i+k+e+s+|h+u+h+|e+r+m+|u+m+|u+h+|e+h+)$/;

/**
 * A long word in "-ly", lowercase, read as an adverb ("specifically", "presumably", "carefully"):
 * it says how, never what. Not "assembly", "supply", "butterfly".
 */
export function isLongAdverb(lower: string): boolean {
  return (lower.length >= 8 && lower.endsWith('ly') && !/(?:mbly|ply|fly)$/.test(lower)) || MANNER.has(lower);
}

/** Shorter words of how ("pull GENTLY", "turn SLOWLY"): "daily", "early", "only" are not among them. */
const MANNER: ReadonlySet<string> = new Set(
  'gently slowly firmly softly lightly quickly tightly loosely evenly deeply calmly briefly neatly'.split(
    ' ',
  ),
);

/**
 * Words that judge a thing ("Citronella is USELESS outdoors"): the side a sentence takes, never
 * what it is about, so no key ("useless outdoors" names nothing).
 */
const VERDICT_WORDS: ReadonlySet<string> = new Set(
  'useless pointless worthless overrated underwhelming terrible awful horrible garbage'.split(' '),
);

/** A word's stems and whether it is a stopword, worked out once per distinct word (kept on its entry). */
/** A number, alone or with the unit it measures in ("450f", "5mg", "10pm", "3rd"): how much, never what. */
const MEASURED = /^\d+(?:st|nd|rd|th|am|pm|f|c|mg|mcg|g|kg|ml|oz|lbs?|mins?|hrs?|h|s|secs?|x)?$/;

function wordInfo(entry: WordEntry): KeyWord {
  let w = entry.key;
  if (w === undefined) {
    const lower = entry.word;
    // Pure numbers and single letters never name advice; nor does an adverb: how, not what, is advised.
    const stop =
      STOPWORDS.has(lower) ||
      VERDICT_WORDS.has(lower) ||
      lower.length < 2 ||
      MEASURED.test(lower) ||
      isLongAdverb(lower) ||
      INTERJECTION.test(lower);
    const lex = lexStem(lower);
    const forms = lexicon().byFirst.get(lex);
    const stem = stop ? lower : wordStem(SHORT_FOR[lower] ?? lower);
    w = {
      stem,
      lex,
      stop,
      forms,
      fuzzy: stop || forms ? null : fuzzyForm(lower),
      key: 'w:' + stem,
      pairs: null,
      flags: flagsOf(lower, stem),
    };
    entry.key = w;
  }
  return w;
}

/** Letters and digits beyond ASCII (astral ones included): `WORD_CHAR` tests one code point. */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const LETTER = /^\p{L}$/u;

/**
 * Code units of the letter or digit at `i` (2 for an astral one), or 0. ASCII is decided by
 * code ranges: a regex per character would cost more than everything else the scan does.
 */
/** Letters that open an Irish, Italian or French name before an apostrophe ("O'", "D'", "L'"), lowercase. */
const NAME_PREFIXES: ReadonlySet<number> = new Set([111, 100, 108]);

function isAsciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

function wordCharAt(text: string, i: number, lettersOnly: boolean): number {
  const c = text.charCodeAt(i);
  if (c < 128)
    return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (!lettersOnly && c >= 48 && c <= 57) ? 1 : 0;
  if (c < 0xaa) return 0;
  const cp = text.codePointAt(i)!;
  const ch = String.fromCodePoint(cp);
  return (lettersOnly ? LETTER : WORD_CHAR).test(ch) ? ch.length : 0;
}

/**
 * Word tokens with offsets: a run of letters and digits, with one apostrophe and the letters
 * after it ("Sarno's", "don't") kept in its span but not in its word ("Sarno's" → sarno).
 * One scan of the text; a word seen before costs no new string (see `internWord`).
 */
/**
 * Scratch space for one sentence's tokens: the array and its token objects are reused, since
 * every sentence of a thread comes through here and its tokens never outlive the call that
 * reads them (terms keep offsets and keys, not tokens).
 */
const TOKS: Tok[] = [];

/** How many times `tokens` has refilled `TOKS`: tells one sentence's tokens from the next. */
let tokensRead = 0;

/**
 * The `tokensRead` of the last sentence seen to hold a negator ("not", "don't", "never"…): a
 * sentence without one negates no word, and most have none, so `isNegated`, asked of every
 * word, stops there.
 */
let negatorRead = -1;
const POOL: Tok[] = [];

/** Token objects kept between sentences, at most: a pathological sentence leaves no huge pool behind. */
const MAX_POOL = 4096;

function tokens(text: string): Tok[] {
  const out = TOKS;
  out.length = 0;
  tokensRead++;
  if (POOL.length > MAX_POOL) POOL.length = MAX_POOL;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (c < 128 ? !isAsciiWordChar(c) : wordCharAt(text, i, false) === 0) {
      i++;
      continue;
    }
    const start = i;
    let capitals = false;
    let ascii = true;
    // An ASCII word is hashed (lowercased) as it goes by, for the word table.
    let h = HASH_START;
    for (;;) {
      if (c < 128) {
        if (!isAsciiWordChar(c)) break;
        if (c <= 90 && c >= 65) {
          capitals = true;
          c += 32;
        }
        h = hashStep(h, c);
        i++;
      } else {
        const len = wordCharAt(text, i, false);
        if (len === 0) break;
        ascii = false;
        i += len;
      }
      if (i >= n) break;
      c = text.charCodeAt(i);
    }
    let rawEnd = i;
    let len: number;
    let q = i < n ? text.charCodeAt(i) : 0;
    // "O'Keeffe's", "D'Angelo": one name, not the letter "o" with a tail dropped.
    const named =
      rawEnd - start === 1 && (q === 39 || q === 0x2019) && NAME_PREFIXES.has(text.charCodeAt(start) | 32);
    if (named && i + 2 < n && text.charCodeAt(i + 1) >= 65 && text.charCodeAt(i + 1) <= 90) {
      i += 2;
      while (i < n && isAsciiWordChar(text.charCodeAt(i))) i++;
      rawEnd = i;
      ascii = false;
      q = i < n ? text.charCodeAt(i) : 0;
    }
    if ((q === 39 || q === 0x2019) && i + 1 < n && (len = wordCharAt(text, i + 1, true)) > 0) {
      i++;
      do i += len;
      while (i < n && (len = wordCharAt(text, i, true)) > 0);
    }
    // The lowercase word is the one kept string for it; `raw` is sliced only when it differs.
    let entry: WordEntry;
    let raw: string;
    if (ascii) {
      entry = internHashed(text, start, rawEnd, capitals, h);
      raw = capitals ? text.slice(start, rawEnd) : entry.word;
    } else {
      raw = text.slice(start, rawEnd);
      entry = entryOf(raw.toLowerCase().replace(/['\u2019]/g, ''));
    }
    const info = wordInfo(entry);
    let tok = POOL[out.length];
    if (tok === undefined) {
      tok = { lower: '', raw: '', stem: '', lex: '', start: 0, end: 0, stop: false, flags: 0, info };
      POOL.push(tok);
    }
    tok.lower = entry.word;
    tok.raw = raw;
    tok.stem = info.stem;
    tok.lex = info.lex;
    tok.start = start;
    tok.end = i;
    tok.stop = info.stop;
    tok.flags = info.flags;
    tok.info = info;
    if ((info.flags & F_NEGATOR) !== 0) negatorRead = tokensRead;
    // "Straight away" says how soon; it names no thing.
    if (tok.lower === 'away' && out.length > 0 && out[out.length - 1]!.lower === 'straight')
      out[out.length - 1]!.stop = true;
    out.push(tok);
  }
  return out;
}

/** Code-like spans: attribute pairs, JSON pairs, inline code, file names and dotfiles (".dockerignore", ".bashrc"), dotted identifiers and method calls, names of three dotted parts or more (`my.tests.regex`, `docs.openstack.org`), a module's snake_case member (`pandas.read_csv`), an image or host with its tag or port (`node:20-alpine`, `localhost:3000`), a method named bare in prose (`Promise.allSettled`, `arr.toSorted`), and an environment variable with its value or not (`PUPPETEER_SKIP_DOWNLOAD=true`, `NODE_ENV`). */
const CODE =
  /`([^`]+)`|\b([\w:-]+\s*=\s*["'][^"'\s]{1,40}["'])|("[\w-]+"\s*:\s*"[^"]{1,40}")|(?:^|[\s(])(\.(?:[a-z][a-z0-9]{1,5}|[a-z]+(?:rc|ignore|config|attributes|_profile)|htaccess))\b|\b([\w-]+\.(?:js|mjs|cjs|ts|tsx|jsx|json|py|rb|php|java|cs|go|rs|html|css|yml|yaml|toml|xml|sh|cfg|ini|conf|txt|csv|log|bat|cmd|ps1|sql))\b|\b([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+\(\)|[A-Za-z_$][\w$]*\(\))|\b([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+)\((?!\))|\b([A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*){2,})\b|\b([A-Za-z_]\w*\.[A-Za-z]\w*_\w+)\b|\b([a-z][a-z0-9._/-]*:\d[\w.-]*[\w])|\b((?:Promise|Object|Array|JSON|Math|Number|String|Date|Symbol|Reflect|console|process|window|document)\.[a-z]\w*|[A-Za-z_$][\w$]*\.[a-z]+[A-Z][\w$]*)\b(?![.(\w])|\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+(?:=[\w.-]*\w)?)(?![\w=])/g;

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
const CODE_HINT = /[`=(]|\.[a-z]|":|[a-z]:\d|!!|\?[.:?]|[A-Z0-9]_[A-Z]/i;

/** Cheap test before `TYPED_NUMBER`: a digit before ".0" or a type letter. */
const NUMBER_HINT = /\d(?:\.0|[dDfF]\b)/;

/** Libraries and platforms named like files: a capitalised `X.js`, or one of the best known. */
const JS_PROJECTS = new Set(
  'node express react vue angular next nuxt three d3 chart moment ember backbone knockout socket.io handlebars mongoose sequelize'.split(
    ' ',
  ),
);

function isProjectName(token: string): boolean {
  const m = /^([A-Za-z][\w.]*)\.js$/.exec(token);
  if (!m) return false;
  return /^\p{Lu}[\p{Ll}\d]/u.test(m[1]!) || JS_PROJECTS.has(m[1]!.toLowerCase());
}

/**
 * A file-system path written out ("/var/log/quantum/", "~/Library/ODBC/odbcinst.ini"), not inside
 * a URL or a word ("and/or"): it starts the text or follows a space, bracket or quote.
 */
const PATH = /(?:^|[\s("'`])(~?\/[A-Za-z_][\w.-]*\/[\w.*-]*(?:\/[\w.*-]*)*)/g;

/**
 * Paths in the same place are the same advice ("logs are under /var/log/*", "networking logs
 * are at /var/log/quantum/"): keyed by their first two folders, "/var/log", "~/library/odbc".
 */
function pathTerms(text: string, out: Term[]): void {
  if (!text.includes('/')) return;
  PATH.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PATH.exec(text)) !== null) {
    // A sentence's closing stop is not part of the path.
    const path = m[1]!.replace(/[.,;:]+$/, '');
    const parts = path.split('/');
    const home = parts[0] === '~';
    const folders = parts.slice(1, 3).filter((p) => p !== '' && p !== '*');
    if (folders.length < 2) continue;
    const start = m.index + m[0].indexOf(m[1]!);
    out.push({
      key: `k:${home ? '~' : ''}/${folders.join('/').toLowerCase()}`,
      kind: 'code',
      start,
      end: start + path.length,
    });
  }
}

/**
 * A site named in prose ("levels.fyi", "Glassdoor.com"): keyed as a link to the site, so it
 * meets another answer's mention or link of the same site.
 */
const DOMAIN =
  /(?<![\w@./:-])((?:www\.)?(?:[a-z0-9][a-z0-9-]*\.)+(?:com|org|net|io|fyi|co|dev|app|ai|gov|edu|info|us|uk|ca|de|fr|au|nz|me|tv|ly))(?![\w-]|\.\w)/gi;

/** A dot with a letter after it: most sentences have none, and the site pattern is not cheap. */
const DOT_LETTER = /\.[a-z]/i;

function domainTerms(text: string, out: Term[]): void {
  if (!DOT_LETTER.test(text)) return;
  DOMAIN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DOMAIN.exec(text)) !== null) {
    const host = m[1]!.toLowerCase().replace(/^www\./, '');
    // "Node.js", "e.g.", "i.e.": a name or an abbreviation, not a site; a file ("notes.txt") is code.
    if (!host.includes('.') || out.some((t) => t.start <= m!.index && t.end > m!.index)) continue;
    out.push({ key: 'l:' + host, kind: 'code', start: m.index, end: m.index + m[1]!.length });
    // "keybr.com" is the site others call "keybr": its name, when that is no everyday word.
    const name = host.slice(0, host.indexOf('.'));
    if (name.length >= 4 && /^[a-z]+$/.test(name) && !STOPWORDS.has(name) && !isCommonWord(name))
      out.push({ key: 'w:' + wordStem(name), kind: 'word', start: m.index, end: m.index + name.length });
  }
}

/** A key made by `pathTerms`. */
export function isPathKey(key: string): boolean {
  return key.startsWith('k:/') || key.startsWith('k:~/');
}

/**
 * A number written as a typed literal: "5000.0", "5000d" (both a double), "2.5f" (a float).
 * Two or more digits before the point, so a version ("2.0") stays a number. "450F" with no point
 * is an oven's temperature, not a float.
 */
const TYPED_NUMBER = /(?<![\w.])(\d{2,})(?:\.0+([dDfF])?|([dDf]))(?!\w|\.\d)/g;

/**
 * A cast to a built-in type before a value or call ("(double) trans", "(int)Math.Floor(x)"):
 * answers that cast to the same type give the same fix, whatever they cast.
 */
const CAST =
  /\((double|float|int|long|decimal|short|byte|char|bool|uint|ulong|ushort|sbyte|string|String)\)(?=\s?[\w(])/g;

function castTerms(text: string, out: Term[]): void {
  if (!text.includes(')')) return;
  CAST.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CAST.exec(text)) !== null)
    out.push({ key: `k:(${m[1]!.toLowerCase()})`, kind: 'code', start: m.index, end: m.index + m[0].length });
}

/**
 * Operators no prose writes by chance ("the === operator", "a spaceship <=> method", "=~"; and
 * the null-safety ones, "name!!.length", "name?.let", "?: 0", "a ?? b", written in code's way):
 * answers that explain or use the same one are about the same thing.
 */
const OPERATOR =
  /(?<![=!<>~|])(===|!==|<=>|=~|\|\|=|(?<=\w)!!(?=\.)|(?<=\s)!!(?=[\s,.;:)]|$)|(?<=\w)\?\.(?=\w)|(?<=[\w)] )\?:(?= [\w"'])|(?<=\w )\?\?(?= \w))(?![=>~])( operator\b)?/g;

/** An operator's key: what answers explain together, too bare to name one answer's advice by. */
export function isOperatorKey(key: string): boolean {
  return key.length <= 5 && /^k:(?:===|!==|<=>|=~|\|\|=|!!|\?\.|\?:|\?\?)$/.test(key);
}

function operatorTerms(text: string, out: Term[]): void {
  if (!text.includes('=') && !text.includes('!!') && !text.includes('?')) return;
  OPERATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = OPERATOR.exec(text)) !== null)
    // "the === operator" is named with its noun: "=== operator" reads as a label, "===" barely.
    out.push({ key: `k:${m[1]}`, kind: 'code', start: m.index, end: m.index + m[0].length });
}

/** A key combination: "Ctrl+End", "Cmd + Shift + T". */
const SHORTCUT = /\b(?:ctrl|control|cmd|command|alt|option|opt|shift|win|super)(?:\s?\+\s?[a-z0-9]+)+\b/gi;

/** Key combinations, one key each however spaced or cased: "Ctrl+End" and "ctrl + end" are one. */
function shortcutTerms(text: string, out: Term[]): void {
  SHORTCUT.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SHORTCUT.exec(text)) !== null)
    out.push({
      key: `k:${m[0]
        .toLowerCase()
        .replace(/\s+/g, '')
        .replace(/^control\b/, 'ctrl')}`,
      kind: 'code',
      start: m.index,
      end: m.index + m[0].length,
    });
}

/** Typed number literals, keyed by value and type: "5000.0" and "5000d" are one key, "5000f" another. */
function numberTerms(text: string, out: Term[]): void {
  TYPED_NUMBER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TYPED_NUMBER.exec(text)) !== null) {
    const float = (m[2] ?? m[3] ?? 'd').toLowerCase() === 'f';
    out.push({
      key: `k:${m[1]}${float ? 'f' : '.0'}`,
      kind: 'code',
      start: m.index,
      end: m.index + m[0].length,
    });
  }
}

/** A method called inside a snippet: "Promise.all(" in `await Promise.all(items.map(save))`. */
const INNER_CALL = /(?<![\w$.])([A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*)\(/g;

function innerCalls(code: string, at: number, whole: string, out: Term[]): void {
  if (!code.includes('(')) return;
  INNER_CALL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = INNER_CALL.exec(code)) !== null) {
    const key = 'k:' + normaliseCode(m[1]!) + '()';
    if (key !== whole && !out.some((t) => t.key === key))
      out.push({ key, kind: 'code', start: at + m.index, end: at + m.index + m[1]!.length });
  }
}

export function codeTerms(text: string): Term[] {
  const out: Term[] = [];
  if (NUMBER_HINT.test(text)) numberTerms(text, out);
  // (Not a table's row, "Switch screens     ctrl+a <no.>": the list is what its intro names.)
  if (text.includes('+') && !/\S\s{3,}\S/.test(text)) shortcutTerms(text, out);
  if (!CODE_HINT.test(text)) return out;
  castTerms(text, out);
  operatorTerms(text, out);
  CODE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CODE.exec(text)) !== null) {
    const g = m.slice(1).find((x) => x !== undefined);
    if (!g) continue;
    // A call with arguments is the same method as its bare name: `decimal.ToDouble(x)` is `decimal.todouble()`.
    // …and so is a method named bare in prose ("use Promise.allSettled", "Object.entries").
    const norm = normaliseCode(g) + (m[7] !== undefined || m[11] !== undefined ? '()' : '');
    // Inline code of one plain word is a word, not a token worth a key of its own.
    if (norm.length < 3 || (m[1] !== undefined && /^[a-z]+$/.test(norm) && norm.length < 4)) continue;
    // "Node.js", "Express.js", "d3.js" name a platform or library, not a file the reader edits:
    // said in passing they are background, so they are read as words (file names stay code).
    if (m[5] !== undefined && isProjectName(g)) continue;
    const start = m.index + m[0].indexOf(g);
    out.push({ key: 'k:' + norm, kind: 'code', start, end: start + g.length });
    // A method called inside a longer snippet (`await Promise.all(items.map(save))`) is the one
    // another answer names bare ("Careful with Promise.all on a big list").
    if (m[1] !== undefined && g.length > 12) innerCalls(g, start, 'k:' + norm, out);
  }
  return out;
}

/**
 * A command line's long options ("--force-with-lease", "--no-cache"): `--force-with-lease` and
 * `--force` are different advice, and neither is the words "force" or "lease".
 */
const LONG_OPTION = /(?:^|[\s(`"'])(--[a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?=$|[\s)`"',.;:!?=])/gi;

function optionTerms(text: string, toks: readonly Tok[], out: Term[]): void {
  // "--ugh --" is a dash: a one-word option counts beside a program's name or in backticks.
  const commandLine = text.includes('`') || toks.some((t) => (t.flags & F_PROGRAM) !== 0);
  LONG_OPTION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = LONG_OPTION.exec(text)) !== null) {
    const option = m[1]!;
    if (option.length < 5 || (!commandLine && option.indexOf('-', 2) < 0)) continue;
    const start = m.index + m[0].length - option.length;
    out.push({ key: 'k:' + option.toLowerCase(), kind: 'code', start, end: start + option.length });
  }
}

/** Command-line tools whose first arguments say what is done ("npm install esm", "npx cap open"). */
export const LAUNCHERS: ReadonlySet<string> = new Set(
  'npm npx yarn pnpm pip pip3 git docker kubectl apt apt-get brew cargo go dotnet gem bundle conda poetry ionic cordova cap deno bun'.split(
    ' ',
  ),
);

/** Launchers whose first two arguments name the command ("npx cap open", "npm install esm"). */
const TWO_WORD = new Set(
  'npx ionic cap docker kubectl dotnet npm yarn pnpm pip pip3 brew apt apt-get gem cargo conda poetry'.split(
    ' ',
  ),
);

/** Words that go on in prose after a command line: "run npm ci INSTEAD", "git pull FIRST". */
const PROSE_AFTER_COMMAND: ReadonlySet<string> = new Set(
  'instead first then again too also only now later afterwards'.split(' '),
);

/** Command-line programs worth a key of their own: what an answer tells the reader to run. */
const PROGRAMS = new Set([
  ...LAUNCHERS,
  ...'gradle gradlew mvn make cmake adb keytool jarsigner zipalign tsc webpack vite rails rake composer curl wget ssh scp rsync systemctl service chmod chown tar pm2 nginx java javac subst netsh ipconfig reg'.split(
    ' ',
  ),
]);

/**
 * Commands a code block runs ("cd android && ./gradlew assembleDebug" → k:$gradlew): answers
 * that run the same program give the same fix, whatever else their command lines say.
 * Only known programs count: a line of program code is not a command.
 */
export function commandTerms(block: string): Term[] {
  const out: Term[] = [];
  for (const line of block.split('\n')) {
    for (const segment of line.replace(/^\s*[$>#]\s+/, '').split(/&&|\|\||[|;]/)) {
      const words = segment.trim().split(/\s+/);
      let i = 0;
      while (i < words.length && (words[i] === 'sudo' || /^\w+=/.test(words[i]!))) i++;
      const program = (words[i] ?? '')
        .replace(/^.*[\\/]/, '')
        .replace(/\.(?:exe|bat|cmd|sh)$/i, '')
        .toLowerCase();
      if (!PROGRAMS.has(program)) continue;
      // Its arguments end where the prose goes on: "npm ci instead of npm install".
      const args: string[] = [];
      for (const w of words.slice(i + 1)) {
        if (w.startsWith('-') || !/^[\w:@./-]+$/.test(w)) continue;
        const lower = w.toLowerCase();
        if (FUNCTION_WORD.has(lower) || PROSE_AFTER_COMMAND.has(lower)) break;
        args.push(w);
      }
      // "I use git for everything" names a tool, not a command.
      if (LAUNCHERS.has(program) && args.length === 0) continue;
      const parts = LAUNCHERS.has(program)
        ? [program, ...args.slice(0, TWO_WORD.has(program) ? 2 : 1)]
        : [program];
      out.push({ key: 'k:$' + parts.join(' ').toLowerCase(), kind: 'code', start: 0, end: 0 });
    }
  }
  return out;
}

/** Where a sentence starts running a known program ("type npx cap open android", "sudo ./gradlew"). */
const COMMAND_IN_PROSE = new RegExp(
  `(?:^|[\\s\`"'(])((?:sudo\\s+)?(?:\\.\\/)?(?:${[...PROGRAMS].map((p) => p.replace('-', '\\-')).join('|')})\\s+\\S)`,
);

/** Commands written in a sentence's own text, from the first known program on. */
function proseCommands(text: string, toks: readonly Tok[]): Term[] {
  // A program's name is a word of its own: without one, the long pattern need not run.
  if (!toks.some((t) => (t.flags & F_PROGRAM) !== 0)) return [];
  const m = COMMAND_IN_PROSE.exec(text);
  if (!m) return [];
  const at = m.index + m[0].indexOf(m[1]!);
  // Program names are often words too ("make sure", "go ahead", "service"): in prose, only a
  // command line shows as one: chained, in backticks, opening the line, or after "run"/"type".
  const shown =
    text.includes('&&') ||
    /[`]/.test(text.charAt(at - 1)) ||
    /^\s*$/.test(text.slice(0, at)) ||
    /\b(?:run|running|type|typing|execute|enter|command|use|using)\s+$/i.test(
      text.slice(Math.max(0, at - 12), at),
    );
  if (!shown) return [];
  // The command runs to a closing backtick or quote, or the end of the clause.
  const rest = text.slice(at);
  // …and the word opening the line is English there: "make sure the valve is open", "go ahead".
  if (at === text.length - text.trimStart().length && WORD_NOT_COMMAND.test(rest)) return [];
  const stop = /[`"']|[,;:](?:\s|$)|\.(?:\s|$)/.exec(rest);
  // A command written out is what to run: the object of advice wherever it stands.
  return commandTerms(stop ? rest.slice(0, stop.index) : rest).map((t) => ({
    ...t,
    start: at,
    end: at,
    target: true,
    strong: true,
  }));
}

/** A program's name read as the English word it also is: "make sure", "make it", "go ahead". */
const WORD_NOT_COMMAND =
  /^(?:make|go|service|reg)\s+(?:sure|certain|it|them|a|an|the|your|this|that|yourself|him|her|up|out|ahead|back|on|to|for|with|some|any)\b/i;

/** Words that count the thing after them: "ONE node", "EACH node". */
const COUNTING: ReadonlySet<string> = new Set(
  'a an one each every per another second third extra two three four several'.split(' '),
);

/** Particles and adverbs a verb of booking takes ("booked OUT", "book AHEAD"). */
const VERB_PARTICLES: ReadonlySet<string> = new Set(['out', 'up', 'ahead', 'early', 'online', 'in']);

/** Whether the token after a word that is also a verb shows it is one: what it acts on, or its particle. */
function actsOnNext(next: Tok | undefined): boolean {
  return (
    next !== undefined &&
    (NOUN_PHRASE_OPENERS.has(next.lower) || PRONOUN_OBJECTS.has(next.lower) || VERB_PARTICLES.has(next.lower))
  );
}

/** What follows "leave them" when they are left as they are: "open", "alone", "in the crate". */
const LEFT_AS_IS: ReadonlySet<string> = new Set(
  'open alone on off in out overnight to for with be at until there outside inside unattended running closed shut uncovered'.split(
    ' ',
  ),
);

/** Words around a boundary of land: "the boundary LINE", "OVERHANGS your boundary". */
const PROPERTY_LINE_AFTER: ReadonlySet<string> = new Set(['line', 'lines', 'wall', 'fence', 'hedge', 'post']);
const PROPERTY_LINE_BEFORE: ReadonlySet<string> = new Set([
  'overhangs',
  'overhang',
  'over',
  'across',
  'along',
  'past',
  'beyond',
  'cross',
  'crosses',
]);

/** What "working out" figures out: "working out HOW much…", "work out WHICH one". */
const FIGURED: ReadonlySet<string> = new Set('how what which whether if why when where who'.split(' '));

/** What one walks on or over when stepping on a thing: "walk on it", "walked over them". */
const STEPPED_ON: ReadonlySet<string> = new Set(['on', 'over', 'across']);

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
      // "One NODE on each floor": a thing counted, not the program.
      if (form.counted && n === 1 && COUNTING.has(toks[i - 1]?.lower ?? '')) continue;
      // "BOOK the appointment", "book it", "slots are booked out": the verb, not the thing.
      if (
        form.verb &&
        n === 1 &&
        !NOUN_PHRASE_OPENERS.has(toks[i - 1]?.lower ?? '') &&
        actsOnNext(toks[i + 1])
      )
        continue;
      let ok = true;
      for (let j = 1; j < n && ok; j++) {
        const u = toks[i + j]!;
        ok = u.lex === form.stems[j];
      }
      // "WORKING OUT how much sleep you have left": figuring out, not exercise.
      if (ok && n === 2 && t.lower.startsWith('work') && FIGURED.has(toks[i + 2]?.lower ?? '')) continue;
      // "Leave them OPEN", "leave her alone", "leave him in the crate": things left as they are,
      // not a partner left.
      if (ok && n > 1 && t.lower === 'leave' && LEFT_AS_IS.has(toks[i + n]?.lower ?? '')) continue;
      // "…anything that overhangs your boundary, up to the boundary LINE": land, not a limit set
      // with people.
      if (
        ok &&
        form.concept.id === 'boundaries' &&
        (PROPERTY_LINE_AFTER.has(toks[i + n]?.lower ?? '') ||
          PROPERTY_LINE_BEFORE.has(toks[i - 1]?.lower ?? ''))
      )
        continue;
      // "Have someone walk ON IT and find the spot": stepping on a thing, not walking for exercise.
      if (
        ok &&
        n === 1 &&
        form.concept.id === 'walking' &&
        STEPPED_ON.has(toks[i + 1]?.lower ?? '') &&
        i + 2 < toks.length &&
        PRONOUN_OBJECTS.has(toks[i + 2]!.lower)
      )
        continue;
      // "…you've taught HIM TO keep going longer": what someone else is brought to do, not
      // the reader told to wait it out.
      if (
        ok &&
        form.concept.id === 'patience' &&
        toks[i - 1]?.lower === 'to' &&
        /^(?:him|her|them|it|us|me)$/.test(toks[i - 2]?.lower ?? '')
      )
        continue;
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
/** Cues that put what follows them plainly in the advice: "try X", "seconding X". */
const STRONG_CUES = new Set(
  'try trying recommend recommending suggest suggesting seconding nthing consider considering stick'.split(
    ' ',
  ),
);

/**
 * What "trying" after them tells of: an effort under way ("tires that have been trying to kill
 * me", "I'm trying to sleep", "he kept trying"), not a suggestion to try something. Keys read
 * "I'm" as "i": the pronouns stand for their contractions.
 */
const UNDER_WAY = new Set(
  // "the fight YOU'RE trying to avoid": what someone is trying, not what to try.
  'been was were is are am i we they he she it you keep keeps kept stop stopped'.split(' '),
);

/** Whether a strong cue stands right before token i (one word, e.g. an article, may come between). */
function afterStrongCue(toks: Tok[], i: number): boolean {
  for (let b = Math.max(0, i - 2); b < i; b++) {
    // "You need NEW SHOES", not "you need to listen" (an imperative, read as such) or "the IDEs
    // that you need in order to build".
    if (
      toks[b]!.lower === 'need' &&
      (b + 1 === i || NEED_OBJECT.has(toks[b + 1]!.lower) || !toks[b + 1]!.stop) &&
      youNeed(toks, b)
    )
      return true;
    // "Second CBT-I": "second" opening the sentence vouches for what follows it.
    if (b === 0 && toks[0]!.lower === 'second' && secondOpens(toks)) return true;
    // "You're missing THE DEPENDENCY ARRAY": the piece to add.
    if (toks[b]!.lower === 'missing' && youAre(toks, b)) return true;
    if (!has(toks[b], F_STRONG_CUE)) continue;
    if (toks[b]!.lower === 'trying' && b > 0 && UNDER_WAY.has(toks[b - 1]!.lower)) continue;
    return true;
  }
  return false;
}

/**
 * Whether "you're" (or "you are", "you're probably") stands right before token b. (The tokens
 * keep "you" of "you're", as of "you've".)
 */
function youAre(toks: Tok[], b: number): boolean {
  let a = b - 1;
  while (a >= 0 && BEFORE_NEED.has(toks[a]!.lower)) a--;
  const be = toks[a]?.lower;
  return be === 'you' || (be === 'are' && toks[a - 1]?.lower === 'you');
}

/** "Second CBT-I": an opening "second", only a space before the next word, which is no "time" or "step". */
function secondOpens(toks: Tok[]): boolean {
  const next = toks[1];
  return (
    next !== undefined &&
    next.start === toks[0]!.end + 1 &&
    opensWithSecond(`second ${next.raw}`, toks.length)
  );
}

/** Words that may stand between "you" and "need" ("you may need", "you probably need"). */
const BEFORE_NEED: ReadonlySet<string> = new Set(
  'may might will probably definitely really just also honestly likely still'.split(' '),
);

/** Words that open what is needed ("you need A new one", "you need YOUR own"). */
const NEED_OBJECT: ReadonlySet<string> = new Set(
  'a an the some your more another different new better good proper other'.split(' '),
);

/** Whether the "need" at b is said to the reader: "you need new shoes", "you may need a lawyer". */
function youNeed(toks: Tok[], b: number): boolean {
  for (let a = b - 1; a >= 0 && a >= b - 3; a--) {
    const w = toks[a]!.lower;
    if (w === 'you') return true;
    if (!BEFORE_NEED.has(w)) return false;
  }
  return false;
}

/** Adverbs in -s, which no plural is ("always helps", "sometimes works"). */
const S_ADVERBS: ReadonlySet<string> = new Set(
  'always sometimes perhaps afterwards nowadays besides regardless nevertheless thus unless'.split(' '),
);

/** Ends as a plural noun does: in -s, not -ss. */
function isPlural(lower: string): boolean {
  return /[^s]s$/.test(lower);
}

/**
 * What fixed it, said right after the thing: "A dehumidifier FIXED ours", "the Flexeril really
 * HELPED" name it as plainly as "try a dehumidifier" does.
 */
function outcomeNext(toks: Tok[], i: number): boolean {
  // "Catnip ON THE POST helped", "magnesium BEFORE BED helped": the opening thing helped, where
  // or when it was used did not. (Asked of every word: worked out once per sentence.)
  const p = placeOfOpening(toks);
  if (p > 0) {
    // The place's own words need not be things ("before BED", where "-ed" reads as a verb).
    if (i === p - 1) return placeOutcome >= 0;
    if (i > p && i <= p + 4) return false;
    // "A mouth guard from the dentist THAT PUSHES THE JAW FORWARD helped": nor the words of a
    // clause about it.
    if (i > p && i < placeOutcome) return false;
  }
  return outcomeRightAfter(toks, i);
}

/**
 * Where a sentence opening with a thing and its place ("A mouth guard FROM the dentist…") says
 * it worked: within four words of the place, or past a clause about it ("…that pushes the jaw
 * forward HELPED"); -1 when it does not.
 */
function outcomeAfterPlace(toks: Tok[], p: number): number {
  let relative = false;
  for (let k = p + 2; k <= p + 10 && k < toks.length; k++) {
    if (k > p + 5 && !relative) return -1;
    if (toks[k - 1]!.lower === 'that' || toks[k - 1]!.lower === 'which') relative = true;
    // "CBT for dental phobia CAN HELP": a help foreseen is said of the opening thing as well.
    if (outcomeAt(toks, k) || wouldHelp(toks, k)) return k;
  }
  return -1;
}

/**
 * Which sentence's tokens `placeAt` was worked out for, by `tokensRead` (the token array is
 * one array refilled for every sentence, so it cannot tell sentences apart itself).
 */
let placeOf = -1;
let placeAt = -1;
/** Where the sentence says its opening thing worked, past its place (see `outcomeAfterPlace`). */
let placeOutcome = -1;

/** Whether the sentence opens with a thing, where it was used, then that it worked. */
function openingThingWorked(toks: Tok[]): boolean {
  const p = openingPlace(toks);
  return p > 0 && outcomeNext(toks, p - 1);
}

/** Words a named thing may open with ("THE heating pad", "MY doctor's cream", "A good trainer"). */
const DETERMINERS: ReadonlySet<string> = new Set('a an the my our this that'.split(' '));

/** …and, opening a sentence's thing, also "SOME ice", "HIS cream". */
const THING_DETERMINERS: ReadonlySet<string> = new Set([...DETERMINERS, 'some', 'his', 'her', 'their']);

/** Plain describing words a thing may open with, though too vague to be keys: "SHORT stretches at quiet times". */
const THING_ADJECTIVES: ReadonlySet<string> = new Set(
  'short long small big little new old good proper regular different'.split(' '),
);

/** Prepositions that say where, when, for what or with what a thing was used. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'on in at before after under near during around over into onto for with from'.split(' '),
);

/**
 * The preposition right after the thing a sentence opens with ("Catnip ON the scratching post
 * helped", "A high shelf FOR her special toys helped"), within its first five words; -1 when it
 * opens otherwise.
 */
function openingPlace(toks: Tok[]): number {
  const notThing = (t: Tok): boolean =>
    t.stop || has(t, F_FUNCTION_WORD) || (has(t, F_INFLECTED) && !isPlural(t.lower));
  const first = toks[0];
  if (
    first === undefined ||
    (!THING_DETERMINERS.has(first.lower) && !THING_ADJECTIVES.has(first.lower) && notThing(first))
  )
    return -1;
  let last = 4;
  for (let p = 1; p <= last && p < toks.length - 1; p++) {
    const t = toks[p]!;
    // (…and "BY Patrick Smith" who made it: "The book Cockpit Confidential by Patrick Smith helped".)
    if (PLACE_PREPOSITIONS.has(t.lower) || (t.lower === 'by' && /^\p{Lu}/u.test(toks[p + 1]!.raw)))
      return toks[p - 1]!.stop ? -1 : p;
    // "A SPLASH OF vinegar in the water helped", "a FEW DROPS OF tea tree oil in…": an amount
    // of the thing is the thing.
    if (t.lower === 'few' && AMOUNTS_OF.has(toks[p + 1]?.lower ?? '')) {
      last++;
      continue;
    }
    if (AMOUNTS_OF.has(t.lower) && toks[p + 1]?.lower === 'of') {
      p++;
      last += 2;
      continue;
    }
    if (notThing(t)) return -1;
  }
  return -1;
}

/** Words for an amount of a thing, before its "of" ("a splash of vinegar", "a few drops of oil"). */
const AMOUNTS_OF: ReadonlySet<string> = new Set(
  'splash dash pinch drop drops spoonful teaspoon tablespoon cup bit little lot squeeze sprinkle handful'.split(
    ' ',
  ),
);

/** Verbs that give someone something: "give the dog a chew", "buy your son a lamp". */
const GIVING: ReadonlySet<string> = new Set(['give', 'buy', 'get', 'offer', 'hand', 'send', 'bring']);

/** What a thing given opens with, after who is given it ("… THEIR own feeder", "… A chew toy"). */
const GIFT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'their', 'his', 'her', 'some', 'its']);

/** Whether the word at `i` is who is given something: "give the SQUIRRELS their own feeder". */
function givenTo(toks: readonly Tok[], i: number): boolean {
  const det = toks[i - 1]?.lower;
  return (
    (det === 'the' || det === 'your') &&
    GIVING.has(toks[i - 2]?.lower ?? '') &&
    GIFT_OPENERS.has(toks[i + 1]?.lower ?? '') &&
    toks[i + 2] !== undefined
  );
}

/** What holds a thing, before its "of" ("a bag of rice", "a jar of honey"). */
const HOLDERS_OF: ReadonlySet<string> = new Set(
  'bag bags box bowl jar container tub bucket pot bottle can tin packet pack'.split(' '),
);

/** Whether the word at `i`, before "of", stands for what follows: an amount, a holder, "in front of". */
function ofWhatCounts(toks: readonly Tok[], i: number): boolean {
  const w = toks[i]!.lower;
  if (AMOUNTS_OF.has(w) || HOLDERS_OF.has(w)) return true;
  const before = toks[i - 1]?.lower;
  // (Not "in front of someone": who is no thing.)
  if ((w !== 'front' || before !== 'in') && (w !== 'top' || before !== 'on')) return false;
  let k = i + 2;
  while (k < toks.length - 1 && DETERMINERS.has(toks[k]!.lower)) k++;
  return toks[k]?.stop === false;
}

function outcomeRightAfter(toks: Tok[], i: number): boolean {
  const t = toks[i]!;
  // A thing, not a word about how ("kinda works", "mostly works", "haven't worked on it"); a
  // plural is a thing ("blackout curtains fixed it", "offering two choices worked wonders").
  if (t.stop || has(t, F_FUNCTION_WORD) || t.lower.includes("'")) return false;
  if (has(t, F_INFLECTED) && (!isPlural(t.lower) || S_ADVERBS.has(t.lower))) return false;
  // "The tree METHOD worked for us": the kind of thing it is stands between.
  if (KIND_HEADS.has(toks[i + 1]?.lower ?? '')) return outcomeAt(toks, i + 2);
  return outcomeAt(toks, i + 1);
}

/** Whether the word at `a` says a thing did it on its own ("itself", "themselves"). */
function byItself(toks: readonly Tok[], a: number): boolean {
  const w = toks[a]!.lower;
  return w === 'itself' || w === 'themselves' || w === 'himself' || w === 'herself';
}

const UNDERRATED_HOW: ReadonlySet<string> = new Set([
  'so',
  'very',
  'highly',
  'criminally',
  'seriously',
  'really',
  'massively',
]);

/** Heads naming what kind of thing a word is ("the tree method", "the sugar trick", "the sugar one"). */
const KIND_HEADS: ReadonlySet<string> = new Set([
  'method',
  'technique',
  'trick',
  'approach',
  'one',
  'hack',
  'thing',
]);

/** Whether the words from token `a` say that something worked: "(really) helped", "fixed it". */
function outcomeAt(toks: Tok[], a: number): boolean {
  if (
    toks[a]?.lower === 'really' ||
    toks[a]?.lower === 'totally' ||
    toks[a]?.lower === 'honestly' ||
    // "Fetch FIRST is underrated", "that ALONE fixed it".
    toks[a]?.lower === 'first' ||
    toks[a]?.lower === 'alone'
  )
    a++;
  // "…the Comotomo FINALLY WORKED": what worked at last, after others did not.
  if (toks[a]?.lower === 'finally') return toks[a + 1]?.lower === 'worked' || outcomeAt(toks, a + 1);
  // "Works" says how a thing works as often as that it worked ("how this system works").
  // Praise says it worked as plainly ("the improv class CHANGED MY LIFE"), and so does what it
  // bettered ("the cooling pad DROPPED MY temps").
  const w = toks[a]?.lower ?? '';
  // "…fixed" with nothing after is what was done to the thing ("got that headlight fixed"),
  // not what it did; "the Flexeril really helped" needs no object.
  // "My tension fixed ITSELF", "it sorted itself out": nothing was done, nothing worked.
  if (FIXED_IT.has(w))
    return w === 'helped' || w === 'relieved' || (a + 1 < toks.length && !byItself(toks, a + 1));
  // "Unplugging the dock DID IT FOR ME", "the vinegar DID THE TRICK".
  if (w === 'did') {
    const what = toks[a + 1]?.lower;
    if (what === 'the' && toks[a + 2]?.lower === 'trick') return true;
    if (what === 'it' && toks[a + 2]?.lower === 'for' && FOR_OURS.has(toks[a + 3]?.lower ?? '')) return true;
  }
  // "…a copper spray STOPPED IT spreading": what it put an end to ("the dog stopped eating" did not).
  if (w === 'stopped') return STOPPED_WHAT.has(toks[a + 1]?.lower ?? '');
  // "Concrobium WORKED BETTER than bleach", "the wedge pillow works great".
  if ((w === 'worked' || w === 'works') && WORKED_HOW.has(toks[a + 1]?.lower ?? '')) return true;
  // "A sticker chart WORKED HERE": in the writer's home, as "worked for us".
  if (
    w === 'worked' &&
    toks[a + 1]?.lower === 'here' &&
    (a + 2 === toks.length || toks[a + 2]?.lower === 'too')
  )
    return true;
  // "Sugar WORKS FOR MY kids too", "it worked for us": what worked for the writer's own.
  if (
    (w === 'worked' || w === 'works') &&
    toks[a + 1]?.lower === 'for' &&
    FOR_OURS.has(toks[a + 2]?.lower ?? '')
  )
    return true;
  // "Giving choices WORKED WITH MY GRANDAD": with the writer's own people (not "works with my
  // phone", which says it fits).
  if (
    w === 'worked' &&
    toks[a + 1]?.lower === 'with' &&
    FOR_OURS.has(toks[a + 2]?.lower ?? '') &&
    OWN_PEOPLE.has(toks[a + 3]?.lower ?? '')
  )
    return true;
  return praisedAfter(toks, a) || betteredOurs(toks, a);
}

/** What may follow "was the one" when it says the one that worked: "…that worked", "…for us". */
const ONE_THAT: ReadonlySet<string> = new Set(['that', 'which', 'for']);

const WORKED_HOW: ReadonlySet<string> = new Set(
  'better best great perfectly wonderfully brilliantly'.split(' '),
);

const FOR_OURS: ReadonlySet<string> = new Set('me us my our'.split(' '));

/** The writer's people a way worked with: "worked with my SON", "…with our DOG". */
const OWN_PEOPLE: ReadonlySet<string> = new Set(
  (
    'kid kids son sons daughter daughters child children toddler baby mum mom dad grandad grandpa ' +
    'grandma granddad mother father husband wife partner boyfriend girlfriend dog dogs cat cats ' +
    'students class team family parents'
  ).split(' '),
);

const STOPPED_WHAT: ReadonlySet<string> = new Set('it the my our this that them her his'.split(' '));

/** Past-tense verbs of a thing making something of the writer's better (or less bad). */
const BETTERED: ReadonlySet<string> = new Set(
  'improved reduced lowered dropped eliminated halved'.split(' '),
);

/** "…IMPROVED MY sleep", "…DROPPED OUR bill": what it did to the writer's own problem. */
function betteredOurs(toks: Tok[], a: number): boolean {
  const owner = toks[a + 1]?.lower;
  return BETTERED.has(toks[a]?.lower ?? '') && (owner === 'my' || owner === 'our');
}

/**
 * The outcome words that say a thing fixed the problem: past tense, what happened ("helped",
 * "fixed"), not what a thing does in general ("that extension solves a different problem");
 * "worked" and "saved" often say something else ("haven't worked on it").
 */
const FIXED_IT: ReadonlySet<string> = new Set(
  [...OUTCOME_WORDS].filter((w) => /^(?:helped|fixed|solved|cured|relieved)$/.test(w)),
);

/** Verbs of a remedy doing its job: "Yellow sticky traps CATCH the adults", "Vinegar KILLS mold". */
const DOES_THE_JOB: ReadonlySet<string> = new Set(
  (
    'catch catches kill kills repel repels trap traps absorb absorbs dissolve dissolves eliminate ' +
    'eliminates prevent prevents block blocks relieve relieves neutralize neutralizes stop stops reduce reduces'
  ).split(' '),
);

/**
 * Where the verb stands when a sentence opens on a thing (content words only, four at most)
 * and says it does the job on something: "Yellow sticky traps CATCH the adults" recommends the
 * traps as "…work great" would. -1 when it does not.
 */
function jobVerbAt(toks: Tok[]): number {
  for (let v = 1; v <= 4 && v + 1 < toks.length; v++) {
    if (doesTheJob(toks, v)) return v;
    if (toks[v]!.stop) {
      // "Thin merino liners UNDER YOUR NORMAL SOCKS stop most of the friction": past where the
      // thing is used, the verb still says what it does; the thing is what opened the sentence.
      const p = v > 1 ? placeOfOpening(toks) : -1;
      if (p !== v) return -1;
      for (let w = p + 2; w <= p + 5 && w + 1 < toks.length; w++) if (doesTheJob(toks, w)) return p;
      return -1;
    }
  }
  return -1;
}

/** An opening measure of something: "A layer of", "A few drops of", "Some sprinkles of". */
const MEASURE_OPENING =
  /^(?:a|an|some) (?:thin |thick |few |little |good |light )?(?:layers?|coats?|coating|bit|drops?|splash|dash|pinch|sprinkles?|sprinkling|handful|spoonful|scoop|spritz|mix|mixture) of /i;

/**
 * After the measure, the thing it is of (up to where it is put), then a verb of it doing its job:
 * "A layer of SAND OR GRIT on top of the soil stops them…", "A few drops of PEPPERMINT OIL keeps
 * them away". Group 1 is the measure, so the thing starts after it.
 */
const MEASURED_JOB =
  /^((?:a|an|some) (?:thin |thick |few |little |good |light )?[a-z]+ of )[a-z][\w' -]{1,40}?(?= (?:(?:on top of|on|in|around|under|over) (?:the |your |a )?[a-z]+(?: [a-z]+)? )?(?:catch|kill|repel|trap|absorb|stop|prevent|block|keep|deter|dissolve|neutrali[sz]e|reduce)s? (?:them|it|the|most|all|[a-z]+ (?:from|away))\b)/i;

/** Whether token `v` is a verb of doing the job on what follows it ("…STOP MOST of the friction"). */
function doesTheJob(toks: readonly Tok[], v: number): boolean {
  const next = toks[v + 1]!.lower;
  return DOES_THE_JOB.has(toks[v]!.lower) && (PHRASE_OPENERS.has(next) || next === 'most' || next === 'all');
}

/** Words that open a clause of when. */
const WHEN_WORDS: ReadonlySet<string> = new Set(['while', 'whilst', 'before', 'after', 'until', 'when']);
/** What a clause of when may name alone: "before BED", "after LUNCH". */
const TIMES_OF_DAY: ReadonlySet<string> = new Set(
  'bed bedtime breakfast lunch lunchtime dinner dinnertime supper noon midnight'.split(' '),
);
/** Who does what a clause of when tells of: "while IT cooks". */
const WHEN_DOERS: ReadonlySet<string> = new Set(['it', 'they', 'you', 'he', 'she', 'we', 'i']);

/**
 * Whether token `i` is what a clause of when is about ("Soak it before COOKING", "Don't lift the
 * lid while it COOKS", "No screens before BED"): when the advice applies, not what it advises.
 * What the reader is to do then ("before you rinse") is left as it was read.
 */
function whenClauseHead(toks: readonly Tok[], i: number): boolean {
  const before = toks[i - 1]?.lower ?? '';
  const word = toks[i]!.lower;
  return (
    (WHEN_WORDS.has(before) && (word.endsWith('ing') || TIMES_OF_DAY.has(word))) ||
    // (Not "…wait 24 hours before you RINSE": what the reader does next is still the deed.)
    (WHEN_DOERS.has(before) && before !== 'you' && WHEN_WORDS.has(toks[i - 2]?.lower ?? '') && !toks[i]!.stop)
  );
}

/** `openingPlace`, worked out once per sentence (see `outcomeNext`). */
function placeOfOpening(toks: Tok[]): number {
  if (placeOf !== tokensRead) {
    placeOf = tokensRead;
    placeAt = openingPlace(toks);
    placeOutcome = placeAt > 0 ? outcomeAfterPlace(toks, placeAt) : -1;
  }
  return placeAt;
}

function isTarget(toks: Tok[], i: number, j: number): boolean {
  for (let b = Math.max(0, i - 4); b < i; b++) {
    // "I used X" says what worked; "my dad used to say" tells a habit.
    if (has(toks[b], F_TARGET_CUE) && !(toks[b]!.lower === 'used' && toks[b + 1]?.lower === 'to'))
      return true;
  }
  // "Vinegar IN THE WATER helped": the place the opening thing went did not help (outcomeNext).
  const p = placeOfOpening(toks);
  const inPlace = p > 0 && placeOutcome >= 0 && i > p && i < placeOutcome;
  if (!inPlace)
    for (let a = j; a < Math.min(toks.length, j + 3); a++) if (has(toks[a], F_OUTCOME)) return true;
  // "Those dog rocks you put in the water bowl ARE A SCAM": what is said of the opening thing,
  // past the clause about it, is said of it, not of the clause's last word (the bowl).
  const relative = openingRelative(toks);
  if (
    relative !== null &&
    j === relative[0] &&
    (praisedAfter(toks, relative[1]) || dismissedAfter(toks, relative[1]))
  )
    return true;
  if (relative === null || j !== relative[1]) {
    if (praisedAfter(toks, j) || dismissedAfter(toks, j)) return true;
  }
  if (putAbove(toks, i, j)) return true;
  if (whatItTakes(toks, i)) return true;
  if (namedTheKey(toks, i)) return true;
  return !inPlace && wouldHelp(toks, j) && !asksHow(toks, i);
}

/** What the answer calls the whole secret: "the TRICK is repetition", "the real KEY is consistency". */
const THE_KEY: ReadonlySet<string> = new Set(['trick', 'key', 'secret']);

/** "The trick is REPETITION", "the real key is CONSISTENCY": what the fix is said to be is what to do. */
function namedTheKey(toks: Tok[], i: number): boolean {
  if (i < 3 || toks[i - 1]!.lower !== 'is' || !THE_KEY.has(toks[i - 2]!.lower)) return false;
  let k = i - 3;
  if (toks[k]!.lower === 'real' || toks[k]!.lower === 'whole' || toks[k]!.lower === 'only') k--;
  return k >= 0 && k <= 1 && toks[k]!.lower === 'the';
}

const TAKES: ReadonlySet<string> = new Set(['takes', 'needs', 'requires']);
const TAKES_HOW_MUCH: ReadonlySet<string> = new Set('a lot of lots some more plenty so much'.split(' '));
const TAKES_ONLY: ReadonlySet<string> = new Set('just really all only simply mostly'.split(' '));

/** "It just takes PRACTICE", "this needs PATIENCE": what the fix is said to take is what to do. */
function whatItTakes(toks: Tok[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && TAKES_HOW_MUCH.has(toks[k]!.lower)) k--;
  if (k < 1 || !TAKES.has(toks[k]!.lower)) return false;
  k--;
  while (k > 0 && TAKES_ONLY.has(toks[k]!.lower)) k--;
  const it = toks[k]!.lower;
  return k <= 1 && (it === 'it' || it === 'this' || it === 'that');
}

/** Words that open a clause about the thing before them: "the sprays THEY sell", "the one THAT you buy". */
const RELATIVE_OPENERS: ReadonlySet<string> = new Set('you that which they we i people'.split(' '));

/** Words the main clause goes on with after such a clause ("…ARE a scam", "…DON'T work"). */
const MAIN_VERBS: ReadonlySet<string> = new Set('is are was were doesn don won'.split(' '));

/**
 * A sentence opening on a thing and a clause about it ("Those dog rocks | you put in the water
 * bowl | are a scam"): [where the clause starts, where the main verb after it stands], or null.
 * Worked out once per sentence (asked of every word).
 */
function openingRelative(toks: Tok[]): [number, number] | null {
  if (relativeOf === tokensRead) return relativeAt;
  relativeOf = tokensRead;
  relativeAt = null;
  let i =
    THING_DETERMINERS.has(toks[0]?.lower ?? '') || toks[0]?.lower === 'those' || toks[0]?.lower === 'these'
      ? 1
      : 0;
  const from = i;
  while (i < from + 3 && i < toks.length && !toks[i]!.stop && !has(toks[i], F_FUNCTION_WORD)) i++;
  if (i === from || !RELATIVE_OPENERS.has(toks[i]?.lower ?? '')) return null;
  for (let v = i + 1; v < i + 9 && v < toks.length; v++) {
    // The clause runs on in plain words: a comma or quote ends the look.
    if (toks[v]!.start !== toks[v - 1]!.end + 1) return null;
    if (MAIN_VERBS.has(toks[v]!.lower)) {
      relativeAt = v > i + 1 ? [i, v] : null;
      return relativeAt;
    }
  }
  return null;
}

let relativeOf = -1;
let relativeAt: [number, number] | null = null;

/**
 * What worked, said as praise right after it: "Pomodoro CHANGED MY LIFE", "magnesium WORKS
 * WONDERS", "a standing desk was a GAME CHANGER", "the app MADE A HUGE DIFFERENCE", "Sintra
 * WAS THE HIGHLIGHT", "the castle IS A MUST-SEE".
 */
function praisedAfter(toks: Tok[], j: number): boolean {
  let a = j;
  if (toks[a]?.lower === 'really' || toks[a]?.lower === 'honestly' || toks[a]?.lower === 'has') a++;
  const w = toks[a]?.lower;
  const next = toks[a + 1]?.lower;
  if ((w === 'changed' || w === 'saved') && next === 'my') return toks[a + 2]?.lower === 'life';
  // "…SAVED OUR sofa": a thing saving what the writer owns.
  if (w === 'saved' && next === 'our') return true;
  if ((w === 'works' || w === 'worked' || w === 'does' || w === 'did') && next === 'wonders') return true;
  // "made the biggest difference", "made all the difference".
  if (w === 'made' && (next === 'the' || next === 'all')) {
    const what = toks[a + 2]?.lower;
    return (
      (next === 'all' ? what === 'the' : what === 'biggest' || what === 'most') &&
      toks[a + 3]?.lower === 'difference'
    );
  }
  if (w === 'made' && next === 'a') {
    const size = toks[a + 2]?.lower;
    return (size === 'huge' || size === 'big' || size === 'world' || size === 'massive' || size === 'real') &&
      toks[a + 3]?.lower === 'of'
      ? toks[a + 4]?.lower === 'difference'
      : toks[a + 3]?.lower === 'difference';
  }
  // "is the right answer", "was the culprit", "is the way to go", "is the only thing that
  // works": what fixes or caused it.
  if ((w === 'was' || w === 'is' || w === 'were' || w === 'are') && next === 'the') {
    const what = toks[a + 2]?.lower ?? '';
    if (THE_ANSWER.has(what)) return true;
    // "the Comotomo WAS THE ONE": the one that worked, after others did not.
    if (what === 'one' && (a + 3 === toks.length || ONE_THAT.has(toks[a + 3]!.lower))) return true;
    // "was the highlight of our trip", "was the best part": what a traveller would do again.
    if (what === 'highlight' || (what === 'best' && toks[a + 3]?.lower === 'part')) return true;
    if (
      what === 'only' &&
      (THE_ANSWER.has(toks[a + 3]?.lower ?? '') || ONLY_WHAT.has(toks[a + 3]?.lower ?? ''))
    )
      return true;
    // "is the right answer", "is the actual evidence-based treatment": a few words describing it between.
    for (let d = a + 3; d < a + 6 && d < toks.length && ANSWER_PRAISE.has(toks[d - 1]!.lower); d++)
      if (THE_ANSWER.has(toks[d]!.lower)) return true;
    // "is the way to go", and "Two locks is THE WAY." ending the sentence.
    if (
      what === 'way' &&
      (a + 3 === toks.length || (toks[a + 3]!.lower === 'to' && toks[a + 4]?.lower === 'go'))
    )
      return true;
    // "Parking enforcement is THE NUMBER TO CALL", "…the people to ask": whom to turn to.
    if (WHOM_TO.has(what) && toks[a + 3]?.lower === 'to' && TURN_TO.has(toks[a + 4]?.lower ?? ''))
      return true;
    // "is the best OBD2 scanner I've used": the best of its kind the writer knows.
    if (what === 'best')
      for (let d = a + 3; d < a + 7 && d < toks.length; d++) {
        const x = toks[d]!.lower;
        if (x === 'i' || x === 'we') return BEST_SEEN.has(toks[d + 1]?.lower ?? '');
        if (x === 'ever' || x === 'out') return true;
        if (toks[d]!.stop) return false;
      }
    return false;
  }
  // "is underrated", "is so underrated": praise that others miss it.
  if (
    (w === 'is' || w === 'are' || w === 'was') &&
    (next === 'underrated' || toks[a + 2]?.lower === 'underrated')
  )
    return next === 'underrated' || UNDERRATED_HOW.has(next ?? '');
  // "is my go-to", "is our holy grail": what the writer reaches for first.
  if ((w === 'was' || w === 'is' || w === 'are') && (next === 'my' || next === 'our')) {
    const what = toks[a + 2]?.lower;
    const then = toks[a + 3]?.lower;
    return (
      (what === 'go' && then === 'to') ||
      (what === 'holy' && then === 'grail') ||
      (what === 'secret' && then === 'weapon')
    );
  }
  // "The potato and salt TRICK IS AMAZING": praise of a way of doing it (not "is amazing
  // how…"); said of anything else ("Dad is amazing", "the methodology is excellent") it is
  // as often a remark as a recommendation.
  // "TypingClub IS FREE and very structured", "the RK61 is great": a product, named as products
  // are (inner capitals, a model number), praised more plainly.
  const praised = next ?? '';
  const subject = toks[j - 1];
  if (
    (w === 'was' || w === 'is' || w === 'were' || w === 'are') &&
    subject !== undefined &&
    ((GLOWING.has(praised) && KIND_HEADS.has(subject.lower)) ||
      ((w === 'is' || w === 'are') &&
        (GLOWING.has(praised) || PRODUCT_PRAISE.has(praised)) &&
        PRODUCT_NAME.test(subject.raw)))
  )
    return a + 2 >= toks.length || !CLAUSE_AFTER_PRAISE.has(toks[a + 2]!.lower);
  // "Eucalyptus oil IS AMAZING FOR THIS": glowing praise of a thing for the problem at hand.
  if (
    (w === 'is' || w === 'are' || w === 'was' || w === 'were') &&
    (GLOWING.has(praised) || praised === 'great' || praised === 'perfect') &&
    toks[a + 2]?.lower === 'for' &&
    FOR_THIS.has(toks[a + 3]?.lower ?? '')
  )
    return true;
  // "The no thank you bowl WAS GENIUS FOR US": glowing praise of what the writer did, said first-hand.
  if (
    (w === 'was' || w === 'were') &&
    GLOWING.has(praised) &&
    toks[a + 2]?.lower === 'for' &&
    FOR_OURS.has(toks[a + 3]?.lower ?? '')
  )
    return true;
  // "was a game changer", "is a lifesaver", "were a godsend"
  if ((w === 'was' || w === 'is' || w === 'were' || w === 'are') && next === 'a') {
    const what = toks[a + 2]?.lower;
    return (
      what === 'lifesaver' ||
      what === 'godsend' ||
      // "is a must-see", "is a must": not to be missed.
      what === 'must' ||
      (what === 'game' && toks[a + 3]?.lower === 'changer')
    );
  }
  return false;
}

/** Plainer praise, said of a product named as products are ("TypingClub is free"). */
const PRODUCT_PRAISE: ReadonlySet<string> = new Set('free great solid good'.split(' '));
/** Inner capitals ("TypingClub", "WaniKani") or letters and digits together ("RK61", "3087x"). */
const PRODUCT_NAME = /^(?:\p{Lu}\p{Ll}+\p{Lu}\w*|\p{L}+\d[\w-]*|\d+\p{L}[\w-]*)$/u;

/** What praise "for" points at when it is the problem at hand ("amazing for THIS"). */
const FOR_THIS: ReadonlySet<string> = new Set(['this', 'that', 'these', 'those']);
/** Words of glowing praise for a thing. */
const GLOWING: ReadonlySet<string> = new Set(
  'amazing awesome fantastic brilliant incredible magic genius excellent'.split(' '),
);
/** Words after praise that make it about something else ("is amazing how…", "…that you…"). */
const CLAUSE_AFTER_PRAISE: ReadonlySet<string> = new Set('how that what when if to'.split(' '));

/**
 * Where the opening thing ends when the sentence doubts it, then says it worked: "MOUTH TAPE
 * sounds crazy but it fixed my snoring", "Vaseline seems weird but it works"; 0 when not so.
 */
function doubtedThenPraised(toks: readonly Tok[]): number {
  for (let d = 1; d <= 5 && d + 4 < toks.length; d++) {
    if (!SEEMS.has(toks[d]!.lower)) continue;
    return ODD.has(toks[d + 1]!.lower) &&
      toks[d + 2]!.lower === 'but' &&
      (toks[d + 3]!.lower === 'it' || toks[d + 3]!.lower === 'they') &&
      (has(toks[d + 4], F_OUTCOME) || toks[d + 4]!.lower === 'stopped')
      ? d
      : 0;
  }
  return 0;
}

const SEEMS: ReadonlySet<string> = new Set('sounds seems looks sound seem look'.split(' '));
const ODD: ReadonlySet<string> = new Set(
  'crazy weird silly dumb odd strange extreme gross stupid ridiculous insane'.split(' '),
);

/**
 * The kind a thing is praised as the best of: "The BlueDriver is THE BEST OBD2 SCANNER I've
 * used" recommends a scanner as much as the BlueDriver.
 */
function bestOfKind(toks: readonly Tok[], i: number): boolean {
  return (
    i >= 3 &&
    toks[i - 1]!.lower === 'best' &&
    toks[i - 2]!.lower === 'the' &&
    IS.has(toks[i - 3]!.lower) &&
    praisedAfter(toks as Tok[], i - 3)
  );
}

/**
 * A thing put above another: "Polars IS MUCH FASTER THAN pandas", "X is way better than the
 * fancy stuff". Only a subject named before any preposition: in "Netting over the beds is
 * cheaper than a fence" the beds are not what is praised.
 */
function putAbove(toks: readonly Tok[], i: number, j: number): boolean {
  const w = toks[j]?.lower;
  if (w !== 'is' && w !== 'are' && w !== 'was') return false;
  let c = j + 1;
  if (DEGREE.has(toks[c]?.lower ?? '')) c++;
  if (toks[c]?.lower === 'lot' && toks[c - 1]?.lower === 'a') c++;
  if (!PRAISING_COMPARATIVES.has(toks[c]?.lower ?? '') || toks[c + 1]?.lower !== 'than') return false;
  for (let b = 0; b < i; b++)
    if (has(toks[b], F_FUNCTION_WORD) && !PHRASE_OPENERS.has(toks[b]!.lower)) return false;
  return true;
}

/** Words of degree before a comparative ("MUCH faster than", "WAY better than"). */
const DEGREE: ReadonlySet<string> = new Set('much way far so even a lot lots miles tons'.split(' '));

/** Comparatives that put a thing above another as a remedy or a pick. */
const PRAISING_COMPARATIVES: ReadonlySet<string> = new Set(
  'better faster cheaper easier simpler quicker safer gentler healthier nicer stronger quieter'.split(' '),
);

/** What the writer did with the best one they know ("the best scanner I'VE USED", "…we ever HAD"). */
const BEST_SEEN: ReadonlySet<string> = new Set(
  've have had used tried owned found seen bought read ever'.split(' '),
);

/** What a thing is called when run down as no remedy ("X is a MYTH", "X is basically SNAKE oil"). */
const DISMISSED_AS: ReadonlySet<string> = new Set(
  'myth scam gimmick placebo crock overrated useless pointless bunk nonsense snake waste'.split(' '),
);

/** Words that may stand between "is" and what a thing is called ("is JUST a myth"). */
const DISMISS_HEDGES: ReadonlySet<string> = new Set(
  'just basically mostly largely honestly really totally completely all a an total complete'.split(' '),
);

/**
 * What the sentence runs down, said right before it: "the float test IS A MYTH", "Feliway
 * DOESN'T ACTUALLY WORK", "Vinegar DIDN'T HELP at all". Argued against, it is what the sentence is about (detect.ts reads the
 * stance) as much as a thing praised is.
 */
function dismissedAfter(toks: Tok[], j: number): boolean {
  // "Sticky traps (alone) WON'T FIX IT".
  if (toks[j]?.lower === 'alone') j++;
  const w = toks[j]?.lower;
  if (w === 'won' || (w === 'will' && toks[j + 1]?.lower === 'not'))
    return UNFIXED.has(toks[j + (w === 'won' ? 1 : 2)]?.lower ?? '');
  if (w === 'is' || w === 'are' || w === 'was' || w === 'were') {
    let a = j + 1;
    while (a < j + 5 && DISMISS_HEDGES.has(toks[a]?.lower ?? '')) a++;
    return DISMISSED_AS.has(toks[a]?.lower ?? '');
  }
  // "Blitz TEACHES YOU NOTHING", "Soma DID VERY LITTLE".
  if (w !== undefined && DID_NOTHING.has(w)) {
    let a = j + 1;
    if (FOR_OURS.has(toks[a]?.lower ?? '') || toks[a]?.lower === 'you') a++;
    return toks[a]?.lower === 'nothing' || (toks[a]?.lower === 'very' && toks[a + 1]?.lower === 'little');
  }
  let a = j;
  if (w === 'doesn' || w === 'don' || w === 'didn') a++;
  else if ((w === 'does' || w === 'do' || w === 'did') && toks[j + 1]?.lower === 'not') a += 2;
  else return false;
  if (toks[a]?.lower === 'actually' || toks[a]?.lower === 'really') a++;
  // "Vinegar doesn't work EITHER", "…didn't help AT ALL", "…doesn't work FOR mould".
  const verb = toks[a]?.lower;
  return (
    (verb === 'work' || verb === 'help') && (a + 1 === toks.length || FAILED_TAIL.has(toks[a + 1]!.lower))
  );
}

/** What may follow a thing's failure and still end what is said of it. */
const FAILED_TAIL: ReadonlySet<string> = new Set(['either', 'at', 'anymore', 'much', 'long']);

/** What a thing will not do when run down as no fix: "won't FIX it". */
const UNFIXED: ReadonlySet<string> = new Set(['fix', 'solve', 'cure']);

/** Verbs of what a thing did for the reader, before "nothing": "teaches you nothing", "did nothing". */
const DID_NOTHING: ReadonlySet<string> = new Set(
  'teaches taught does did helps helped achieves achieved'.split(' '),
);

/** What a thing is called when it is the fix or the cause: "X is the right ANSWER", "X was the CULPRIT". */
const THE_ANSWER: ReadonlySet<string> = new Set(
  'answer fix solution choice tool culprit treatment cure remedy step call move approach key trick'.split(
    ' ',
  ),
);

/** Whom or where one turns to, as "the number to call", "the people to ask", "the place to go". */
const WHOM_TO: ReadonlySet<string> = new Set('number people person ones place'.split(' '));

const TURN_TO: ReadonlySet<string> = new Set('call ask see go contact email'.split(' '));

/** "…is the only THING that works", "the library is the only PLACE I get anything done". */
const ONLY_WHAT: ReadonlySet<string> = new Set(['thing', 'place']);

/** Words that praise what a thing is called before THE_ANSWER ("the actual evidence-based treatment"), never run it down ("the 'crazy' solution"). */
const ANSWER_PRAISE: ReadonlySet<string> = new Set(
  'right best correct actual real proper true obvious simplest simple easiest standard recommended proven evidence based first only ultimate definitive permanent long term usual safest classic traditional canonical old school'.split(
    ' ',
  ),
);

/** "curious how heat could help", "whether a brace would help": a question, not a forecast. */
function asksHow(toks: Tok[], i: number): boolean {
  for (let b = Math.max(0, i - 3); b < i; b++) {
    const w = toks[b]!.lower;
    if (w === 'how' || w === 'whether' || w === 'if' || w === 'wonder') return true;
  }
  return false;
}

/** Modals that make "help" an outcome foreseen: "an apology would help", "a brace might help". */
const FORESEEING = new Set(['would', 'could', 'might', 'may', 'will', 'should', 'can']);

/**
 * What is said to be going to help, right after the thing: "a sincere apology would go a long
 * way", "a heating pad might really help". Advice put as a forecast, not a story.
 */
function wouldHelp(toks: Tok[], j: number): boolean {
  if (!FORESEEING.has(toks[j]?.lower ?? '')) return false;
  let a = j + 1;
  if (toks[a]?.lower === 'really' || toks[a]?.lower === 'also') a++;
  const w = toks[a]?.lower;
  if (w === 'help') return true;
  return (
    w === 'go' && toks[a + 1]?.lower === 'a' && toks[a + 2]?.lower === 'long' && toks[a + 3]?.lower === 'way'
  );
}

/** Marks that end a clause, between two words, where a negation stops reaching. */
const CLAUSE_MARKS = ',;:.!?';
/** A closing quotation mark between two words. */
const QUOTE_CLOSED = /['"\u2019\u201d]\s/;
/** Marks after which a capital is grammar (a new sentence or clause), not a name. */
const SENTENCE_MARKS = '.!?:;(';

/** Whether any of `marks` stands in text[from, to) (the few characters between two words). */
function punctuationBetween(text: string, from: number, to: number, marks: string): boolean {
  for (let k = from; k < to; k++) if (marks.includes(text[k]!)) return true;
  return false;
}

/** A capitalised word that does not start the sentence: a name ("Bowen", "Sarno", "Goodman"). */
const NEGATORS = new Set([
  'don',
  'dont',
  'not',
  'no',
  'never',
  'avoid',
  'stop',
  'without',
  'quit',
  'skip',
  'ditch',
]);

/** Negations of a verb: the word after them is what is not done, not a thing. */
const VERB_NEGATORS: ReadonlySet<string> = new Set(['don', 'dont', 'not', 'never']);

/** Verbs opening an imperative against what follows ("Don't…", "Avoid the…", "Skip the…"). */
const DO_NOT: ReadonlySet<string> = new Set(['don', 'dont', 'never', 'avoid', 'skip', 'ditch']);

/** Verbs after which a negation does not reach what follows ("don't forget the salt", "never hesitate to…"). */
const NEGATION_TURNS = new Set(['forget', 'hesitate', 'worry', 'fail', 'miss', 'underestimate', 'stop']);

/** Words a negation reaches across to its object ("would not BOTHER WITH THE fridge", "don't USE the"). */
const NEGATION_BRIDGE = new Set(
  'bother with use using get buy take try do put leave keep let the a an any your that this those these it in on to into for more much'.split(
    ' ',
  ),
);

/**
 * A negation before the term in its clause: right before ("not ice", "never X") or reaching
 * across a verb and articles ("do not use the X", "I would not bother with the fridge").
 */
function isNegated(toks: Tok[], i: number, text: string): boolean {
  if (negatorRead !== tokensRead) return false;
  // "Don't use Drano OR bleach", "skip the baking soda AND vinegar": one negation, both things.
  // Not a verb joined to a negated verb ("don't panic and relax").
  const joiner = toks[i - 1]?.lower;
  if (
    (joiner === 'and' || joiner === 'or' || joiner === 'nor') &&
    i > 2 &&
    !toks[i - 2]!.stop &&
    !VERB_NEGATORS.has(toks[i - 3]!.lower) &&
    !punctuationBetween(text, toks[i - 2]!.end, toks[i]!.start, CLAUSE_MARKS) &&
    isNegated(toks, i - 2, text)
  )
    return true;
  // "the no-pressure approach", "a no-screens rule": a kind of thing, named by what it goes without.
  const prev = toks[i - 1];
  const next = toks[i + 1];
  if (
    prev?.lower === 'no' &&
    text.charCodeAt(prev.end) === 45 &&
    next !== undefined &&
    !has(next, F_FUNCTION_WORD) &&
    next.start === toks[i]!.end + 1
  )
    return false;
  for (let b = i - 1; b >= 0 && b >= i - 5; b--) {
    const w = toks[b]!;
    if (punctuationBetween(text, w.end, toks[b + 1]!.start, CLAUSE_MARKS)) return false;
    // A quotation's "no" stays inside it: "a 'no thank you' BOWL" is a bowl (so is one unquoted).
    if (QUOTE_CLOSED.test(text.slice(w.end, toks[b + 1]!.start))) return false;
    if (w.lower === 'no' && (toks[b + 1]!.lower === 'thank' || toks[b + 1]!.lower === 'thanks')) return false;
    // The "no" of a compound ("a no-screens RULE") ends with it.
    if (b < i - 1 && w.lower === 'no' && text.charCodeAt(w.end) === 45) return false;
    // "Don't skip THE PRIMER", "Don't stop TALKING": leaving it undone is what is negated, so the
    // primer is urged ("skip THE BAKING SODA" is against it).
    // (Stopping a doing only: "don't stop the signal" still warns of the signal.)
    if (
      LEAVING_UNDONE.has(w.lower) &&
      (!HALTING.has(w.lower) || toks[b + 1]!.lower.endsWith('ing')) &&
      isNegated(toks, b, text)
    )
      return false;
    // "They're not getting ENOUGH light": what is lacking is wanted, more of it.
    if (w.lower === 'enough') return false;
    // "Agree on A STOP signal", "set a quit date": after an article the word names a kind of thing.
    if (has(w, F_NEGATOR) && b > 0 && THING_DETERMINERS.has(toks[b - 1]!.lower)) return false;
    if (has(w, F_NEGATOR))
      return (b >= i - 2 || !has(toks[b + 1], F_NEGATION_TURN)) && !haltsAtMoment(toks, b);
    // "Don't use BELT DRESSING spray": the words of one compound before it carry the negation on.
    if (b < i - 1 && compoundRun(toks, b, i, text)) continue;
    if (has(w, F_NEGATION_TURN) || (b < i - 1 && !has(w, F_NEGATION_BRIDGE) && !negatedVerb(toks, b, text)))
      return false;
  }
  return false;
}

/** Whether tokens b..i are one run of content words, a space between each ("belt dressing spray"). */
function compoundRun(toks: readonly Tok[], b: number, i: number, text: string): boolean {
  for (let k = b; k < i; k++) if (toks[k]!.stop || !joined(toks[k]!, toks[k + 1]!, text)) return false;
  return !toks[i]!.stop;
}

/**
 * "STOP walking the moment the leash gets tight": a halt at a moment, which is the advice
 * itself, not advice against walking.
 */
function haltsAtMoment(toks: readonly Tok[], b: number): boolean {
  const verb = toks[b + 1];
  if (toks[b]!.lower !== 'stop' || verb === undefined || !(isGerund(verb) || HALTED.has(verb.lower)))
    return false;
  const w = toks[b + 2]?.lower ?? '';
  return HALT_MOMENTS.includes(w) || (w === 'the' && MOMENT_NOUNS.includes(toks[b + 3]?.lower ?? ''));
}

/** "Stop DEAD every time the leash goes tight": how to halt, in place of what to halt. */
const HALTED: ReadonlySet<string> = new Set(['dead', 'still']);

/** Words that say when to halt: "stop walking WHEN…", "…AS soon as", "…THE MOMENT". */
const HALT_MOMENTS = ['when', 'whenever', 'as', 'every', 'each', 'once'];
const MOMENT_NOUNS = ['moment', 'second', 'instant', 'minute'];

/**
 * "Also stop THE SECOND you feel a hot spot", "If it tingles, stop AND GET ASSESSED": a halt with
 * nothing halted, which the detector's "stop" reads as a warning (it warns of nothing).
 */
export const HALT_BARE =
  /(?:^|[,;:] |\b(?:and|also|just|then|so|simply) )stop(?: (?:the (?:moment|second|minute|instant)|as soon as|when(?:ever)?|if|once|before|immediately|every|often|regularly|frequently|halfway|for (?:a|some)|at (?:a|the)|right (?:away|there)|and (?:get|see|call|rest|seek|go|ask|have|check|talk|reassess|think|breathe|take))\b|[.!]?$)(?![^.!?]*\b(?:don't|dont|do not|never|avoid|stay away)\b)/i;

/** A sentence opening on such a halt: the detector's "stop" reads it as a warning, which it is not. */
export const HALT_AT_MOMENT = new RegExp(
  `^(?:(?:just|so|then|simply),? )?stop (?:\\w+ing|dead|still) (?:the (?:${MOMENT_NOUNS.join('|')})|${HALT_MOMENTS.join('|')})\\b`,
  'i',
);

/**
 * Whether token b is the verb a negation governs, which reaches to its object as a bridge word
 * does: "don't PAINT the fence", "don't FOAM ROLL the IT band" (a verb of two words).
 */
function negatedVerb(toks: Tok[], b: number, text: string): boolean {
  // "Stop AND get assessed": a halt, then a step of its own.
  const w = toks[b]!.lower;
  if (w === 'and' || w === 'then' || w === 'or') return false;
  if (b > 0 && has(toks[b - 1], F_NEGATOR)) return true;
  return b > 1 && has(toks[b - 2], F_NEGATOR) && compoundVerb(toks, b - 1, text);
}

function capitalisedMidSentence(toks: Tok[], i: number, text: string): boolean {
  const t = toks[i];
  if (!t || i === 0) return false;
  // Most words start with a lowercase ASCII letter: no Unicode test for them.
  const c0 = t.raw.charCodeAt(0);
  if ((c0 < 128 && (c0 < 65 || c0 > 90)) || !/^\p{Lu}\p{Ll}/u.test(t.raw)) return false;
  // After a sentence or clause break the capital is grammar, not a name.
  return !punctuationBetween(text, toks[i - 1]!.end, t.start, SENTENCE_MARKS);
}

/** Whether tokens i and i+1 stand side by side, nothing but a space between. */
function adjacent(toks: Tok[], i: number, text: string): boolean {
  const a = toks[i];
  const b = toks[i + 1];
  return a !== undefined && b !== undefined && b.start - a.end === 1 && text.charCodeAt(a.end) === 32;
}

/**
 * A capitalised word standing alone mid-sentence: a name ("Bowen", "Sarno"). Not a common
 * word capitalised in a title ("Theory", "Principles"), and not one word of a longer name
 * ("Gillian Russell", "Claude Shannon"): the whole name is its phrase key.
 */
function isName(toks: Tok[], i: number, text: string): boolean {
  if (!capitalisedMidSentence(toks, i, text) || has(toks[i], F_COMMON)) return false;
  const before = i > 1 && adjacent(toks, i - 1, text) && /^\p{Lu}/u.test(toks[i - 1]!.raw);
  const after = adjacent(toks, i, text) && /^\p{Lu}/u.test(toks[i + 1]?.raw ?? '');
  return !before && !after;
}

/**
 * Words that open a setting before the main clause: "In Node.js, add…", "For back pain, try…",
 * "When using modules from a browser, add…", "If you want to use import, set…". Not "with",
 * "after" or "since": "After trying acupuncture, the pain went away" tells what worked.
 */
const FRAME_OPENERS = new Set('in for on under within inside when whenever once if while'.split(' '));

/** A fronted setting is short: a comma farther on closes a clause of its own, not a setting. */
const MAX_FRAME_WORDS = 12;

/**
 * ", then" says where the main clause starts however the setting runs on ("If both of these
 * work, and you have set up the data source, then I'd open a support case"): such a setting
 * may be longer, to this many words.
 */
const MAX_THEN_FRAME_WORDS = 40;
const THEN_CLAUSE = /,\s*then\s/gi;

/**
 * Where a sentence's fronted setting ends (an offset in `text`), or 0 when it has none. What
 * the setting names is where or when the advice applies, never the advice: the main clause
 * after its comma says what to do.
 */
function frameEnd(toks: Tok[], text: string, pick: boolean): number {
  if (pick || toks.length === 0) return 0;
  // After a short label ("The second: In Node.js, …", "Edit: for Windows, …").
  const colon = text.indexOf(':');
  let first = 0;
  if (colon > 0 && colon < 20)
    while (first < 3 && first < toks.length - 1 && toks[first]!.start < colon) first++;
  if (first > 0 && toks[first]!.start < colon) first = 0;
  const opener = toks[first]!;
  if (opener.start > (first === 0 ? 2 : colon + 3) || !has(opener, F_FRAME_OPENER)) return 0;
  // "If none of that works call a plumber": the setting ends where its comma would have stood.
  const unmarked = first === 0 ? conditionEnd(toks, 0, text) : -1;
  if (unmarked > 0) return toks[unmarked]!.start;
  // "On older Excel use INDEX/MATCH…, entered with…": so does a phrase of where or when.
  const lead = first === 0 ? whenLeadEnd(toks, text) : -1;
  if (lead > 0) return toks[lead]!.start;
  let comma = text.indexOf(',', opener.end);
  if (comma < 0) return 0;
  let most = MAX_FRAME_WORDS;
  THEN_CLAUSE.lastIndex = comma;
  const then = THEN_CLAUSE.exec(text);
  // "If it's rusty, SCRUB it with steel wool, then re-season it": the first comma already opens
  // the instruction; its "then" is the next step, not the end of the condition.
  const after = toks.findIndex((t) => t.start > comma);
  const instructs = after > 0 && has(toks[after], F_IMPERATIVE_VERB) && has(toks[after + 1], F_OBJECT_START);
  if (then && !instructs) {
    comma = then.index;
    most = MAX_THEN_FRAME_WORDS;
  }
  let words = 0;
  for (let i = first; i < toks.length; i++) if (toks[i]!.start < comma && ++words > most) return 0;
  // A setting is followed by a main clause: a comma with nothing after it closes no setting.
  return toks.some((t) => t.start > comma) ? comma : 0;
}

/**
 * A heading in Title Case ("Update For Node.js / NPM", "Solution With Webpack"): a label, not an
 * imperative, even when it opens with a verb.
 */
function isHeading(toks: Tok[], text: string): boolean {
  if (toks.length > 8) return false;
  for (let i = 1; i < toks.length; i++) {
    // After a colon a capital may only open a clause ("The first: In the script, include…"):
    // title case there is a capital small word followed by another capital ("…: The Solitary Leaker").
    if (
      isTitleCasedSmallWord(toks[i]!.raw) &&
      (!text.slice(toks[i - 1]!.end, toks[i]!.start).includes(':') || /^\p{Lu}/u.test(toks[i + 1]?.raw ?? ''))
    )
      return true;
  }
  return false;
}

/** Kinds of thing people recommend by title ("the book X", "this paper by Y", "the app Z"). */
const CATEGORY_NOUNS = new Set(
  'book books paper papers article articles essay essays video videos podcast podcasts site website app apps tool library course blog channel series film movie show album talk talks author'.split(
    ' ',
  ),
);

/** Whether a title follows token i: a capitalised word or an opening quote right after it. */
function titleFollows(toks: Tok[], i: number, text: string): boolean {
  const next = toks[i + 1];
  if (!next) return false;
  const between = text.slice(toks[i]!.end, next.start);
  return /["“'‘]/.test(between) || (between.trim() === '' && /^\p{Lu}/u.test(next.raw));
}

/** Two capitalised words side by side mid-sentence: a person's or product's name ("Eric Goodman"). */
function isFullName(toks: Tok[], i: number, text: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(toks[i + 1]?.raw ?? '') || !adjacent(toks, i, text)) return false;
  const first = has(toks[i], F_COMMON);
  const second = has(toks[i + 1], F_COMMON);
  // Opening a sentence, the first capital is grammar: only two uncommon words make a name there.
  if (i === 0 || !capitalisedMidSentence(toks, i, text))
    return /^\p{Lu}\p{Ll}/u.test(toks[i]!.raw) && !first && !second;
  return !(first && second);
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

/** What follows an imperative verb: an object, a particle or a preposition. */
const OBJECT_START = new Set(
  'him her them it me us your yourself a an the some this that these those his their my up out on off in into down over back around away to with for about everything every each both'.split(
    ' ',
  ),
);

/** Verbs that end a two-word verb ("foam ROLL", "power CYCLE", "sleep TRAIN") the verb lists miss. */
const COMPOUND_TAILS: ReadonlySet<string> = new Set(
  'roll fry dry brew train proof prep cycle paint wrap seal boil steam sand mow'.split(' '),
);

/** What a two-word verb acts on: an article, a pronoun or a possessive ("foam roll YOUR IT band"). */
const COMPOUND_OBJECT: ReadonlySet<string> = new Set(
  'your the a an it them him her this these those some yourself'.split(' '),
);

/**
 * Whether tokens i and i + 1 are a verb of two words, then its object: "Foam roll your IT band",
 * "Spot treat the stain", "Power cycle the router". The second word is a verb, or any plain word
 * after a hyphen; the first only needs to be no function word ("Same thing my doctor said" has no
 * verb there).
 */
function compoundVerb(toks: Tok[], i: number, text: string): boolean {
  const second = toks[i + 1];
  const object = toks[i + 2];
  return (
    second !== undefined &&
    object !== undefined &&
    joined(toks[i]!, second, text) &&
    joined(second, object, text) &&
    (has(second, F_IMPERATIVE_VERB) ||
      COMPOUND_TAILS.has(second.lower) ||
      // Joined by a hyphen, any plain word: "Face-nail the boards", "Pre-drill the holes".
      (text.charCodeAt(toks[i]!.end) === 45 &&
        !has(second, F_FUNCTION_WORD | F_IRREGULAR_PAST | F_INFLECTED))) &&
    COMPOUND_OBJECT.has(object.lower)
  );
}

/** Where a pick's naming of its item ends before its author ("… by Neal Stephenson"), or the text's end. */
export function byAuthorAt(text: string): number {
  BY_AUTHOR.lastIndex = 0;
  for (let m = BY_AUTHOR.exec(text); m; m = BY_AUTHOR.exec(text)) {
    // "Move by Move", "Bird by Bird": a title's own words, not who wrote it.
    if (
      m[1] === undefined &&
      m[2]!.toLowerCase() === /(\p{L}+)$/u.exec(text.slice(0, m.index))?.[1]?.toLowerCase()
    )
      continue;
    return m.index > 0 ? m.index : text.length;
  }
  return text.length;
}
const BY_AUTHOR = /,?\s(also |written |directed )?by\s+(\p{Lu}\p{L}*)/gu;

/**
 * Where a pick named by a name of a few words ends at its first comma ("Radiolab, or Reply All
 * if you can find the old episodes", "Serial, for sure") or condition ("Asakusa if you want
 * something quieter"); the text's end when it does not.
 */
const NAME_ENDS = /, | if /;

function namedBeforeComma(text: string, toks: readonly Tok[]): number {
  const m = NAME_ENDS.exec(text);
  const comma = m ? m.index : -1;
  if (comma < 0 || comma > 40) return text.length;
  let words = 0;
  let name = false;
  for (const t of toks) {
    if (t.start >= comma) break;
    words++;
    if (!name && !has(t, F_COMMON) && /^\p{Lu}/u.test(t.raw)) name = true;
  }
  return name && words <= 4 ? comma : text.length;
}

/**
 * Where a pick's naming of its item ends: at a comma, dash, colon or bracket, "here too", "for
 * sure" and the like ("Sintra for sure, but skip…"), a preposition opening what it goes with ("Apple cider vinegar IN A jar…"),
 * or a condition ("Heated gloves IF your budget allows").
 */
function pickHeadEnd(text: string): number {
  // "Honestly, separate bedrooms.": the item follows an opening word of how it is said.
  const from = SAID_HOW.exec(text)?.[0].length ?? 0;
  const m = PICK_HEAD_END.exec(from > 0 ? text.slice(from) : text);
  return m ? from + m.index : text.length;
}
const SAID_HOW = /^(?:honestly|personally|seriously|frankly|definitely|really|ok|okay|well|yeah|yes|so),\s/i;
const PICK_HEAD_END =
  /,\s|\s(?:and|plus)\s(?=a (?:little |tiny )?(?:bit|dab|touch|drop|splash|pinch) of\s)|\s[-–—]\s|:\s|\s\(|\s(?:here|for me|for us)\s(?:too|as well)\b|\s(?:for sure|hands down|without a doubt|no question|definitely|absolutely)\b|\s(?:in|with|on|into|plus|from|under|over|inside)\s(?:a|an|the|your|my|some)\b|\swith\s|\s(?:if|unless|when|once)\s/i;

/** Words that open a statement rather than an imperative ("It is", "The fridge", "My back"). */
const FUNCTION_WORD = new Set(
  'i me my we us our you your he him his she her it its they them their this that these those a an the some any no every each all both there here is are was were be been has had have do does did will would should can could may might must what which who when where why how if because as since though while to of in on at by for with from about and but or so one two after before during under over into onto upon inside outside within without among between behind beyond near through across around against along despite toward towards unlike via'.split(
    ' ',
  ),
);

/** Imperative verbs that lead to the advice rather than being it ("ask your doctor"). */
const LIGHT_VERBS = new Set(
  'ask tell talk speak call email contact reach consult visit see bring pick choose let give go come keep make take get put have be do look find use try start stop check consider leave note notice remember forget stay remain sign'.split(
    ' ',
  ),
);

/** Irregular past forms that look like bare verbs ("Forgot to say", "Went to"): narration. */
const IRREGULAR_PAST = new Set(
  'forgot got went thought found took made said gave came saw felt knew told left kept became began brought bought ran sat stood'.split(
    ' ',
  ),
);

/** Words that may open an imperative before its verb ("So just put it…", "Honestly, try…"). */
const IMPERATIVE_LEAD = new Set(
  'so and but then also just maybe perhaps definitely really honestly please first finally instead plus now ok okay well yes oh personally seriously always'.split(
    ' ',
  ),
);

/**
 * The spans of a sentence that tell the reader to do or use something: from an imperative
 * verb to the end of its clause ("Put it in the fridge", "Forgot to say: label the jar").
 * Every content word inside one is the object of advice.
 */
/** Modals after "you" that make what follows advice ("you should", "you need to", "you'd better"). */
const MODALS = new Set('should need must have could might may can ought better'.split(' '));

/** Words between the modal and its verb ("you might WANT TO try", "you should REALLY see"). */
const MODAL_FILLER = new Set(
  'to want really definitely probably also just still seriously absolutely first at least'.split(' '),
);

/**
 * Where an imperative's clause ends: punctuation, a dash, or "and"/"but" starting a new subject.
 * A comma before a list's last items ("salt, pepper and oil") ends nothing; before a verb acting
 * on "it" ("If you love it, TEAR IT and let it drain") it does. Nor does one inside a number ("$2,000"),
 * nor one between describing words ("a simple, specific rule", "shorter, more frequent deadlines").
 */
/** Words that describe ("simple", "cheap", "shorter", "specific"): a comma between two is no clause's end. */
const DESCRIBING_WORD = `(?:simple|small|cheap|quick|short|long|big|clear|firm|gentle|low|high|warm|cool|dry|soft|thin|thick|light|heavy|tall|loose|tight|plain|slow|steady|regular|frequent|clean|fresh|[a-z]+(?:er|ic|ful|ous|ive|able|ible))`;
const DESCRIBED_ON = `(?:(?:more|less|very|really) )?(?:simple|small|cheap|quick|short|long|big|clear|firm|gentle|low|high|warm|cool|dry|soft|thin|thick|light|heavy|tall|loose|tight|plain|slow|steady|regular|frequent|clean|fresh|[a-z]+(?:ic|ful|ous|ive|able|ible|ent|ant))\\s(?!(?:it|them|him|her|up|off|out|down|and|or|then)\\b)[a-z]`;
/** After a comma: not one between describing words ("a simple, specific rule"). */
const DESCRIBING_COMMA = `(?!(?<=\\b${DESCRIBING_WORD},)\\s${DESCRIBED_ON})`;

/** "shorter, more frequent deadlines": a word that describes, its comma, and more describing. */
export const DESCRIBING_PAIR = new RegExp(`^${DESCRIBING_WORD},\\s${DESCRIBED_ON}`, 'i');

const CLAUSE_END = new RegExp(
  `,(?!(?<=\\d,)\\d)${DESCRIBING_COMMA}(?!\\s(?!(?:then|and|but|so|or|not|never|just|also|if|when|because|since|which|who|you|it|they|i|we|he|she)\\b)[\\w'-]+(?:\\s(?!(?:it|them)\\b)[\\w'-]+)?\\s(?:and|or)\\s(?!(?:then|it|you|they|he|she|we|i|this|that)\\b))|[;!?(]|(?<![\\d:]):(?![\\d:])|(?<!\\b(?:[Dd]r|Mr|Mrs|Ms|St|vs|e\\.g|i\\.e|etc|[A-Z]))\\.(?!\\w)|\\s[-–—]\\s|\\s(?:and|but|so|or)\\s(?=(?:it|you|they|he|she|we|i|this|that)(?:['’][a-z]+)?\\s)|\\s(?:even\\s)?(?:if|unless)\\s(?<!\\b(?:check|see|ask|test|find out|figure out|notice)\\s(?:if|unless)\\s)(?=(?:your?|it|they|he|she|we|i|this|that|the|there)(?:['’][a-z]+)?\\s)|\\sso\\s(?=(?:(?:the|your|its|their|a|an)\\s)?[a-z]+\\s(?:doesn't|don't|won't|can't|isn't|aren't|does not|do not|will not|cannot|will|can|stays?|gets?)\\s)`,
  'gi',
);

/**
 * Whether a straight mark at `at` opens a short quote that shuts within the text: a name or a
 * few words said as such ('"tell, show, do"'), not a whole sentence quoted.
 */
export function shortQuote(text: string, at: number): boolean {
  const shut = text.indexOf('"', at + 1);
  return (
    (at === 0 || /[\s(]/.test(text.charAt(at - 1))) &&
    /\w/.test(text.charAt(at + 1)) &&
    shut > 0 &&
    text.slice(at + 1, shut).split(/\s+/).length <= 6
  );
}

/**
 * Where the short quote left open between `from` and `to` shuts (just past its mark); -1 when
 * none is left open there. A quoted name or a few words ('"tell, show, do"'), not a sentence.
 */
function quoteShutAfter(text: string, from: number, to: number): number {
  const last = text.slice(from, to).lastIndexOf('"');
  if (last < 0 || !shortQuote(text, from + last)) return -1;
  const shut = text.indexOf('"', from + last + 1);
  return shut < to ? -1 : shut + 1;
}

/** A sentence ending on a dotted short form, whose last full stop is the form's own: "the U.S.", "etc.". */
const DOTTED_END = /(?:\.\p{L}|\b(?:etc|vs|[Dd]r|Mr|Mrs|Ms|St|e\.g|i\.e))\.$/u;

/**
 * Where the next clause that may be an imperative starts: after a colon or semicolon, or a
 * comma with "then" or "and" ("Pour off the hooch when you get back, then feed it"), or a
 * comma before advice put to "you" ("…, tho you may want to check for drug interactions").
 * "You can" and "you might say" describe: they start no clause here.
 */
const NEXT_CLAUSE =
  /[:;]\s|,\s(?:and\s)?then\s|,\sand\s|\sand then\s|,\s(?:(?:but|so|tho|though|although)\s)?(?=you\s(?:should|must|need|ought|(?:may|might|could)\s(?:want|try|consider))\b)/g;

/** Words between "I" and the verb that advises ("I would strongly suggest you…"). */
const SUGGEST_FILLER = new Set('would also really strongly highly definitely personally just'.split(' '));
const SUGGEST_VERBS = new Set(['suggest', 'recommend', 'advise']);

/**
 * Where the verb advised stands in "I'd suggest you VERB…", "we recommend that you VERB…",
 * "I would advise you to VERB…" opening the clause at `i`; -1 when the clause opens otherwise.
 */
function afterSuggestYou(toks: Tok[], i: number): number {
  const who = toks[i]!.lower;
  if (who !== 'i' && who !== 'we') return -1;
  let k = i + 1;
  while (k < toks.length && SUGGEST_FILLER.has(toks[k]!.lower)) k++;
  // "I'd say DON'T bother…", "I would say get a trainer": what is said is the imperative.
  if (toks[k]?.lower === 'say') {
    const verb = toks[k + 1];
    return k + 2 < toks.length && (DO_NOT.has(verb!.lower) || has(verb, F_IMPERATIVE_VERB)) ? k + 1 : -1;
  }
  if (!SUGGEST_VERBS.has(toks[k]?.lower ?? '')) return -1;
  k++;
  if (toks[k]?.lower === 'that') k++;
  if (toks[k]?.lower !== 'you') return -1;
  k++;
  while (k < toks.length - 1 && has(toks[k], F_MODAL_FILLER)) k++;
  return k < toks.length - 1 ? k : -1;
}

/** Words between "I'd" and what the writer would do ("I'd JUST replace it", "I would PROBABLY call"). */
const WOULD_FILLER: ReadonlySet<string> = new Set(
  'just probably definitely honestly personally also really simply first still actually'.split(' '),
);

/**
 * Verbs of the imperative list that after "I'd" tell of the writer, not of what to do ("I'd SAY
 * it's fine", "I'd BE upset", "I'd HAVE done it", "I'd THINK so", "I'd LOVE to know"); and
 * "consider", whose "I would consider blocking her" is read as "suggest" is.
 */
const NOT_WOULD_DO: ReadonlySet<string> = new Set(
  'be have say think believe understand realize realise recognize recognise expect imagine need do read feel accept trust respect acknowledge work love like hate want prefer appreciate welcome enjoy consider'.split(
    ' ',
  ),
);

/**
 * Where the verb stands in what the writer would do, said as advice: "I'd just REPLACE the
 * whole faucet", "we would CALL the vet first"; -1 otherwise. A verb the imperative list knows,
 * not one telling of the writer.
 */
function wouldDo(toks: readonly Tok[], i: number, text: string): number {
  const who = toks[i]!;
  if (who.lower !== 'i' && who.lower !== 'we') return -1;
  let k = i + 1;
  const contracted = /['’]d$/i.test(text.slice(who.start, who.end));
  if (!contracted) {
    if (toks[k]?.lower !== 'would') return -1;
    k++;
  }
  // ("I'd not rely on it" would not: wouldNotDo.)
  if (toks[k]?.lower === 'not' || toks[k]?.lower === 'never') return -1;
  k = wouldVerb(toks, k);
  if (k < 0) return -1;
  const verb = toks[k]!;
  // Sayings, not deeds: "I'd CALL IT a fad", "I'd PUT MONEY on it", "I'd GO SO FAR as to…".
  const then = toks[k + 1]!.lower;
  if (
    (verb.lower === 'call' && (then === 'it' || then === 'this' || then === 'that' || then === 'them')) ||
    (verb.lower === 'put' && then === 'money') ||
    (verb.lower === 'go' && (then === 'so' || then === 'as') && toks[k + 2]?.lower === 'far')
  )
    return -1;
  return k;
}

/**
 * The verb of what the writer would (not) do, from token `k` past the small words between ("I'd
 * JUST replace…", "I would PROBABLY call…"): a verb the imperative list knows, not one telling of
 * the writer ("I'd SAY…"), with a word after it; -1 otherwise.
 */
function wouldVerb(toks: readonly Tok[], k: number): number {
  while (k < toks.length && WOULD_FILLER.has(toks[k]!.lower)) k++;
  const verb = toks[k];
  if (verb === undefined || k + 1 >= toks.length || !has(verb, F_IMPERATIVE_VERB)) return -1;
  if (NOT_WOULD_DO.has(verb.lower) && !(verb.lower === 'do' && doesItSo(toks, k))) return -1;
  return k;
}

/** How a deed is done, after "do it": "in writing", "by email", "over the phone", "gradually". */
const DONE_HOW: ReadonlySet<string> = new Set(
  'in by over on at with through via gradually slowly quickly yourself face early later'.split(' '),
);

/**
 * "I'd do IT IN WRITING", "I would do it over the phone": how the writer would do the deed asked
 * about, advice as "Do it in writing" is. Not "I'd do the same", "I'd do it again".
 */
function doesItSo(toks: readonly Tok[], k: number): boolean {
  const it = toks[k + 1]?.lower;
  return (it === 'it' || it === 'this' || it === 'that') && DONE_HOW.has(toks[k + 2]?.lower ?? '');
}

/**
 * Where the verb stands in what the writer would not do, said as advice against it: "I wouldn't
 * ADD light", "I would never USE bleach", "I'd not RELY on hiding them"; -1 otherwise.
 */
function wouldNotDo(toks: readonly Tok[], i: number, text: string): number {
  const who = toks[i]!;
  if (who.lower !== 'i' && who.lower !== 'we') return -1;
  let k = i + 1;
  const w = toks[k]?.lower;
  if (w === 'wouldn' || w === 'wouldnt') k += toks[k + 1]?.lower === 't' ? 2 : 1;
  else if (w === 'would' && (toks[k + 1]?.lower === 'not' || toks[k + 1]?.lower === 'never')) k += 2;
  else if (/['’]d$/i.test(text.slice(who.start, who.end)) && (w === 'never' || w === 'not')) k++;
  else return -1;
  const verb = wouldVerb(toks, k);
  if (verb >= 0) return verb;
  // "I wouldn't DO the notes app thing", "I'd not RELY ON hiding them": a deed the writer would
  // not do, which said for it ("I'd do…", "I'd rely on…") would tell little.
  while (k < toks.length && WOULD_FILLER.has(toks[k]!.lower)) k++;
  const w2 = toks[k]?.lower ?? '';
  const next = toks[k + 1]?.lower;
  return (w2 === 'do' && next !== undefined && THING_DETERMINERS.has(next)) ||
    (RELY.has(w2) && next === 'on' && k + 2 < toks.length)
    ? k
    : -1;
}

/** Verbs of trusting a thing to work: "rely on", "count on", "depend on". */
const RELY: ReadonlySet<string> = new Set(['rely', 'count', 'depend']);

/** Words between "could you" and the verb of a polite request. */
const REQUEST_FILLER = new Set(['please', 'kindly', 'just', 'also']);

/**
 * Where the verb stands in a polite request that ends without a question mark ("could you please
 * use code tags with your code."); -1 otherwise ("Can you post the log?" asks for something).
 */
function politeRequest(toks: Tok[], i: number, text: string): number {
  const modal = toks[i]!.lower;
  if (modal !== 'could' && modal !== 'can' && modal !== 'would' && modal !== 'will') return -1;
  if (toks[i + 1]?.lower !== 'you' || /\?["'”’)\]]*\s*$/.test(text)) return -1;
  let k = i + 2;
  while (k < toks.length - 1 && REQUEST_FILLER.has(toks[k]!.lower)) k++;
  return k < toks.length - 1 ? k : -1;
}

/** What a wish calls the thing to do ("it would be GREAT to…", "it might be WISE to…"). */
const WISH_WORDS = new Set(
  'great nice good better best helpful useful ideal wise smart worthwhile easier simpler cleaner safer'.split(
    ' ',
  ),
);
const WISH_MODALS = new Set(['would', 'will', 'might', 'could', 'may']);

/** Where the verb stands in "(it) would be great to VERB…" opening the clause at `i`; -1 otherwise. */
function afterWishTo(toks: Tok[], i: number): number {
  let k = i;
  if (toks[k]?.lower === 'it') k++;
  if (!WISH_MODALS.has(toks[k]?.lower ?? '')) return -1;
  k++;
  if (toks[k]?.lower !== 'be') return -1;
  k++;
  if (toks[k]?.lower === 'really' || toks[k]?.lower === 'much' || toks[k]?.lower === 'very') k++;
  if (!WISH_WORDS.has(toks[k]?.lower ?? '') || toks[k + 1]?.lower !== 'to') return -1;
  k += 2;
  return k < toks.length - 1 ? k : -1;
}

/** Words between "is" and "worth": "it's PROBABLY worth asking". */
const WORTH_ADVERBS: ReadonlySet<string> = new Set(
  'probably definitely also really well totally maybe certainly always still'.split(' '),
);

/** Doings called worth it that only comment: "It's worth NOTING that…". */
const WORTH_REMARKING: ReadonlySet<string> = new Set(
  'noting mentioning pointing saying adding remembering considering'.split(' '),
);

/**
 * Where the gerund stands in "(it) (might be | is) worth ASKING…" opening the clause at `i`
 * ("It's worth asking his teacher", "Might be worth checking the fuse", "Worth getting a second
 * opinion"); -1 otherwise.
 */
function afterWorthDoing(toks: Tok[], i: number): number {
  const at = (j: number): string => toks[j]?.lower.replace(/\u2019/g, "'") ?? '';
  let k = i;
  if (at(k) === "it's") k++;
  else {
    if (at(k) === 'it') k++;
    if (WISH_MODALS.has(at(k))) {
      if (at(k + 1) !== 'be') return -1;
      k += 2;
    } else if (at(k) === 'is') k++;
  }
  if (WORTH_ADVERBS.has(at(k))) k++;
  if (at(k) !== 'worth' || !isIngForm(at(k + 1)) || WORTH_REMARKING.has(at(k + 1))) return -1;
  k++;
  return k < toks.length - 1 ? k : -1;
}

interface Imperative {
  /** Where the verb starts. */
  verb: number;
  /** Where what it advises starts: the verb itself, or after a verb that only leads to it. */
  from: number;
  end: number;
  /** Advice against what it acts on: "Don't…", "Avoid…", "Skip…". */
  against?: true;
}

/** What "No" opens that is no rule: "No one…", "No way", "No idea", "No problem"… */
const NO_IDIOMS: ReadonlySet<string> = new Set(
  'one way idea problem worries worry matter doubt offense offence thanks clue kidding wonder need longer more less sense point luck chance reason big harm'.split(
    ' ',
  ),
);

/**
 * "No screens FOR an hour…", "No caffeine AFTER noon", "No phones AT the table", "No screens AN
 * HOUR BEFORE bed": the thing ruled out (group 1), then when or where.
 */
const NO_RULE_SHAPE =
  /^\W{0,2}no ([\p{L}-]+(?: [\p{L}-]+)?) (?:(?:an?|one|two|three|\d+) (?:hours?|minutes?|mins?|days?|weeks?) )?(?:for|after|before|during|until|past|while|in|on|at|near|around|with)\b(?! all\b)/iu;

/** Verbs of being, having or doing and modals: a sentence with one is a clause, not a fragment or a rule. */
export const FINITE_VERBS =
  /\b(?:is|are|was|were|be|been|am|have|has|had|do|does|did|will|would|can|could|should|may|might|must)\b/i;

/**
 * A sentence opening "No <thing>" ("No screens for an hour before bed", "No caffeine after
 * noon"): a rule against the thing, read as "Don't…" is, to its clause's end.
 */
function noRule(toks: readonly Tok[], text: string): Imperative | null {
  const no = toks[0];
  const thing = toks[1];
  if (no === undefined || thing === undefined || no.lower !== 'no' || no.start > 2) return null;
  if (thing.start !== no.end + 1 || thing.stop || NO_IDIOMS.has(thing.lower)) return null;
  // A rule says when or where, and has no verb: "No charges have been filed" is a report.
  const shape = NO_RULE_SHAPE.exec(text);
  if (!shape || FINITE_VERBS.test(text)) return null;
  // What it rules out ends where when or where begins: the screens, not the bed.
  return { verb: no.start, from: thing.start, end: thing.start + shape[1]!.length, against: true };
}

/**
 * A verb alone before a colon labels what follows ("Note: it needs the android directory",
 * "Update: …"): the clause after the colon is read for an imperative of its own.
 */
function isLabel(v: Tok, end: number, text: string): boolean {
  return end === v.end && text.charCodeAt(end) === 58;
}

function doYourselfAFavor(toks: Tok[], i: number): boolean {
  return (
    i + 4 < toks.length &&
    toks[i]!.lower === 'do' &&
    toks[i + 1]!.lower === 'yourself' &&
    toks[i + 2]!.lower === 'a' &&
    (toks[i + 3]!.lower === 'favor' || toks[i + 3]!.lower === 'favour')
  );
}

/** "Always COUNTER.": the last word of a sentence opening with "always" is a rule's verb. */
function alwaysDo(toks: Tok[], i: number): boolean {
  const v = toks[i]!;
  return (
    i > 0 &&
    i === toks.length - 1 &&
    toks[i - 1]!.lower === 'always' &&
    !v.stop &&
    !has(v, F_FUNCTION_WORD | F_INFLECTED)
  );
}

/** Set phrases that only stress the advice after their comma: "Whatever you do, never declaw." */
const STRESS_LEADS: readonly string[][] = [
  ['whatever', 'you', 'do'],
  ['whatever', 'you', 'decide'],
  ['whatever', 'you', 'choose'],
  ['either', 'way'],
  ['in', 'any', 'case'],
  ['whatever', 'happens'],
  ['no', 'matter', 'what'],
  ['above', 'all'],
  ['most', 'importantly'],
  ['more', 'importantly'],
  ['for', 'the', 'love', 'of', 'god'],
  ['trust', 'me'],
];

/** Whether a modal between tokens `from` and `to` tells what to do ("should", "must", "need"). */
function advisedBy(toks: readonly Tok[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (ADVISING_MODALS.has(toks[k]!.lower)) return true;
  return false;
}

/** Verbs of harm done to a thing: after "you can", "you could", a risk and no instruction. */
const HARMS: ReadonlySet<string> = new Set(
  'crack damage ruin warp scratch hurt injure void snap fry brick'.split(' '),
);

/** "You can't avoid it completely", "you cannot get rid of them entirely". */
const CANNOT_WHOLLY =
  /^you (?:can't|cannot|can not) (?:\w+ ){1,2}(?:it|them|this|that)(?: \w+)? (?:completely|entirely|fully|totally|altogether|100%)/i;

/** Whether a sentence only says no remedy cures it all ("You can't avoid it completely…"): a remark, no advice. */
export function saysNoWholeCure(text: string): boolean {
  return CANNOT_WHOLLY.test(text.replace(/^\W*(?:but|and|still|sadly|honestly|unfortunately),?\s+/i, ''));
}

/** "You can't undo it, but you can…": up to the verb of what can be done. */
const CANNOT_BUT_CAN = new RegExp(
  `^\\W*${CANNOT_THEN_CAN} (?:still |always |definitely |at least )?(?=\\p{L})`,
  'iu',
);

/**
 * The token after a stress lead and its comma at `i`, or `i` when there is none. (Typed without
 * the comma, the lead is one still before a "don't": "whatever you do dont dig it out".)
 */
function pastStressLead(toks: Tok[], i: number, text: string): number {
  const first = toks[i]?.lower;
  for (const lead of STRESS_LEADS) {
    if (lead[0] !== first) continue;
    const last = toks[i + lead.length - 1];
    if (
      last === undefined ||
      i + lead.length >= toks.length ||
      (text.charCodeAt(last.end) !== 44 && !DO_NOT.has(toks[i + lead.length]!.lower))
    )
      continue;
    if (lead.every((w, k) => toks[i + k]!.lower === w)) return i + lead.length;
  }
  return i;
}

/** Listed verbs that head a thing's name before these words ("GROW lights", "grow bags"). */
const COMPOUND_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['grow', new Set('light lights lamp lamps bag bags tent tents box boxes room'.split(' '))],
]);

/** Whether the verb and the word after it are a thing's name ("Grow lights changed everything"). */
function namesCompound(v: Tok, after: Tok | undefined): boolean {
  return after !== undefined && COMPOUND_HEADS.get(v.lower)?.has(after.lower) === true;
}

/** Verbs an imperative may follow with a whole clause: "CHECK tires are inflated", "ENSURE backups are running". */
const TAKES_CLAUSE: ReadonlySet<string> = new Set(
  'check ensure verify confirm make see test know remember assume note find say tell ask pretend imagine'.split(
    ' ',
  ),
);

/**
 * Whether the sentence's opening word and the one or two after it are the subject of an "is" or
 * "are" ("DATE-ONLY STRINGS are parsed as UTC", "Water bottles are cheap"): a thing named, no
 * instruction.
 */
function subjectOfCopula(toks: readonly Tok[], i: number): boolean {
  if (TAKES_CLAUSE.has(toks[i]!.lower)) return false;
  for (let k = i + 1; k <= i + 3 && k < toks.length; k++) {
    const w = toks[k]!;
    if (COPULAS.has(w.lower)) return k > i + 1;
    // (A title in capitals may hold an "are": 'Read "Hands Are Not for Hitting"'.)
    if ((w.stop && w.lower !== 'only') || w.raw !== w.lower) return false;
  }
  return false;
}

/** The "is" of what a thing is: after a thing named, it says what is so. */
const COPULAS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);

/**
 * Whether a sentence opening "X from…" says only from where before its clause ends ("Water from
 * the bottom and let…", "Mist from below."): an instruction. "Water from the tap tastes…" goes on.
 */
function fromWhereOnly(toks: readonly Tok[], text: string): boolean {
  let k = 2;
  if (toks[k]?.lower === 'the') k++;
  if (toks[k] === undefined || !FROM_WHERE.has(toks[k]!.lower)) return false;
  const rest = text.slice(toks[k]!.end);
  return /^\s*(?:$|[.,;!]|and\b|then\b)/.test(rest);
}

const FROM_WHERE: ReadonlySet<string> = new Set(
  'bottom below underneath above top base side inside outside'.split(' '),
);

/** Words ending in -ly that are no adverb ("Family you can choose"). */
const LY_NOUNS: ReadonlySet<string> = new Set(
  'family belly jelly bully ally rally supply reply assembly lily holly italy july anomaly monopoly'.split(
    ' ',
  ),
);

function imperativeSpans(toks: Tok[], text: string): Imperative[] {
  const spans: Imperative[] = [];
  // Each clause opening the sentence or following a colon or semicolon may be an imperative.
  let from = 0;
  while (from < toks.length) {
    let i = from;
    // "Only check email at set times": a sentence's opening "only" limits the instruction
    // (not "…and then only keeping the output", a gerund further on).
    if (i === 0 && toks[0]!.lower === 'only' && toks.length > 2) i = 1;
    // "You can't reverse the stretching, but you can behead them": what cannot be done is no
    // instruction; what can, after the turn, is.
    if (i === 0) {
      const turn = CANNOT_BUT_CAN.exec(text);
      if (turn)
        i = Math.max(
          0,
          toks.findIndex((t) => t.start >= turn[0].length),
        );
    }
    while (i < toks.length - 1 && has(toks[i], F_IMPERATIVE_LEAD)) i++;
    i = pastStressLead(toks, i, text);
    while (i < toks.length - 1 && has(toks[i], F_IMPERATIVE_LEAD)) i++;
    // "If none of that works call a plumber": the condition's comma left out, the imperative
    // shows by its verb right after the condition's last word.
    const unmarked = conditionEnd(toks, i, text);
    if (unmarked > i) i = unmarked;
    if (i === 0) i = Math.max(i, whenLeadEnd(toks, text));
    // "Once a week, WATER deeply": how often, then the instruction.
    if (i === 0 && toks.length > 4 && toks[0]!.lower === 'once' && ONCE_EVERY.test(text)) i = 3;
    // "Do try yoga", "do do the cat-cow thing": an emphatic "do" before the verb.
    if (toks[i]!.lower === 'do' && has(toks[i + 1], F_IMPERATIVE_VERB) && i + 2 < toks.length) i++;
    // "Do yourself a favor and check out…": the favour is the advice that follows it.
    if (doYourselfAFavor(toks, i)) {
      i += 4;
      while (i < toks.length - 1 && has(toks[i], F_IMPERATIVE_LEAD)) i++;
    }
    // "Legally you can cut back…", "Honestly you should…": an adverb on the whole sentence first.
    if (
      i + 3 < toks.length &&
      /^[a-z]{3,}ly$/.test(toks[i]!.lower) &&
      !LY_NOUNS.has(toks[i]!.lower) &&
      toks[i + 1]!.lower === 'you' &&
      modalAt(toks, i + 2)
    )
      i++;
    // "You should stretch", "you might want to try yoga": what follows the modal is an
    // imperative in all but form.
    // Past "you should", "you'll need to", the word is the verb whatever it is ("you will need to
    // REGROUT"), though no list knows it.
    let advisedVerb = false;
    if (toks[i]!.lower === 'you' && modalAt(toks, i + 1) && i + 2 < toks.length) {
      const you = i;
      i += 2;
      // "you will NEED to…": past the modal's own verb.
      if (!has(toks[i - 1], F_MODAL)) i++;
      while (i < toks.length - 1 && has(toks[i], F_MODAL_FILLER)) i++;
      // "You should be seeing logs", "you might have missed it": an auxiliary, not advice.
      if (toks[i]!.lower === 'be' || toks[i]!.lower === 'have') i = toks.length - 1;
      // "You can't avoid it completely": a limit of any remedy, not a warning off one.
      // "You can CRACK the neck": a harm that may come, not what to do.
      else if (
        CANNOT_WHOLLY.test(text.slice(toks[you]!.start)) ||
        (HARMS.has(toks[i]!.lower) && !advisedBy(toks, you, i))
      )
        i = toks.length - 1;
      else for (let k = you + 1; k < i; k++) if (ADVISING_MODALS.has(toks[k]!.lower)) advisedVerb = true;
    }
    // "I'd suggest you start a support case", "we recommend that you update": the same.
    const advised = afterSuggestYou(toks, i);
    if (advised > 0) i = advised;
    // "I'd just REPLACE the whole faucet": what the writer would do, said to the reader.
    const would = wouldDo(toks, i, text);
    if (would > 0) i = would;
    const wouldNot = would > 0 ? -1 : wouldNotDo(toks, i, text);
    if (wouldNot > 0) i = wouldNot;
    // "Could you please use code tags with your code.": a request put politely, not a question.
    const asked = politeRequest(toks, i, text);
    if (asked > 0) i = asked;
    // "It would be great to replace the dom calls with cheerio": a wish for what to do.
    const wished = afterWishTo(toks, i);
    if (wished > 0) i = wished;
    // "Might be worth ASKING his teacher": the doing called worth it is what to do.
    const worth = wished > 0 ? -1 : afterWorthDoing(toks, i);
    if (worth > 0) i = worth;
    const v = toks[i]!;
    const after = toks[i + 1];
    // "STOP USING fabric softener", "quit giving him treats": against what the gerund does
    // ("Stop walking the moment the leash gets tight" halts at a moment: the advice itself).
    const negative =
      after !== undefined &&
      (wouldNot > 0 ||
        DO_NOT.has(v.lower) ||
        ((v.lower === 'stop' || v.lower === 'quit') && isIngForm(after.lower) && !haltsAtMoment(toks, i)));
    // A verb the list misses still shows by its shape: an open-class word, then an object or
    // particle ("Dry some of it", "Label the jar"); -s, -ed and -ly words are not imperatives.
    const shaped =
      !has(v, F_FUNCTION_WORD | F_IRREGULAR_PAST | F_INFLECTED) &&
      !NOT_GERUNDS.has(v.lower) &&
      // "ONCE that really sinks in, it gets easier": a clause of when, no verb.
      !SUBORDINATORS.has(v.lower) &&
      v.lower !== 'once' &&
      // "EVEN a small amount changes…" stresses; "Even out the soil" is the verb.
      !(v.lower === 'even' && after?.lower !== 'out' && after?.lower !== 'up') &&
      (has(after, F_OBJECT_START) ||
        compoundVerb(toks, i, text) ||
        (atPlace(toks, i + 1) && !copulaFollows(toks, i + 1, text)) ||
        // "Water deeply", "Breathe slowly": a verb opening the sentence, then how.
        (i === 0 && MANNER.has(after?.lower ?? '')) ||
        // "Water only when the soil is dry": then when only.
        (i === 0 && after?.lower === 'only' && ONLY_WHEN_NEXT.has(toks[i + 2]?.lower ?? '')) ||
        // "Water from the bottom and let…", "Mist from below.": then from where, all the clause says.
        (i === 0 && after?.lower === 'from' && fromWhereOnly(toks, text))) &&
      // "Catnip on the post HELPED": a thing said to have worked, not a verb; "Catnip on the
      // post.", "Vaseline on the hinge pin.": a thing and where it goes, all the sentence says.
      !(i === 0 && (openingThingWorked(toks) || thingAndPlace(toks)));
    const clause = CLAUSE_END;
    clause.lastIndex = v.end;
    const m = clause.exec(text);
    // A full stop ending the sentence ends the clause, after a capital too ("Look into CBT-I."),
    // but not one ending a dotted short form ("Move to the U.S.").
    let clauseEnd = m ? m.index : text.length;
    if (m === null && text.endsWith('.') && !DOTTED_END.test(text)) clauseEnd--;
    // "Get a tall, heavy one": a comma between describing words after an article goes on with
    // the thing described, not to another clause.
    // ("…below the KNEES, hands on hips": a noun, plural or not, ends its phrase there.)
    if (
      text.charCodeAt(clauseEnd) === 44 &&
      /\b(?:a|an|the) [a-z]+[^s\W]$/i.test(text.slice(v.end, clauseEnd))
    ) {
      const next = toks.findIndex((t) => t.start > clauseEnd);
      const w = toks[next];
      if (
        w !== undefined &&
        w.start === clauseEnd + 2 &&
        !w.stop &&
        !has(w, F_IMPERATIVE_VERB) &&
        toks[next + 1] !== undefined &&
        toks[next + 1]!.start === w.end + 1
      ) {
        clause.lastIndex = clauseEnd + 1;
        const m2 = clause.exec(text);
        clauseEnd = m2 ? m2.index : text.length;
      }
    }
    // 'Ask the dentist about "tell, show, do"': a mark inside quotes is the quoted words', not
    // the clause's end.
    const shut = quoteShutAfter(text, v.end, clauseEnd);
    if (shut > 0) {
      clause.lastIndex = shut;
      const m3 = clause.exec(text);
      clauseEnd = m3 ? m3.index : text.length;
      if (m3 === null && text.endsWith('.') && !DOTTED_END.test(text)) clauseEnd--;
    }
    // A gerund opening the sentence is its subject ("Talking to a real person | did more than
    // apps"): the act ends where what is said of it begins.
    const end = i === 0 && isGerund(v) ? predicateStart(toks, i, clauseEnd) : clauseEnd;
    // "Considering your allergy, your girlfriend is…", "Having said that, …": a clause opened by
    // one of these and cut off by a comma before the sentence goes on sets the scene; it advises
    // nothing. (Other -ing openings often do: "Walking, slowly at first, helped the most.")
    const participle =
      SCENE_SETTERS.has(v.lower) && text.charCodeAt(end) === 44 && /\p{L}/u.test(text.slice(end + 1));
    // The verb is advice too when it says what to do ("stretch", "dry"), not when it only
    // leads to it ("ask your doctor", "talk to a PT").
    // "Ditch the drip machine for A FRENCH PRESS", "Replace the flapper with A NEW ONE": what it
    // is traded for is the advice, not what it replaces.
    const traded = TRADES.has(v.lower) ? tradedFor(toks, i + 1, end) : -1;
    if (traded >= 0) spans.push({ verb: v.start, from: toks[traded]!.start, end });
    else if (negative) {
      // "Don't LEAVE it on the counter": what is advised against follows the negated verb.
      const w = toks[i + 1]!;
      spans.push({
        verb: v.start,
        from: has(w, F_LIGHT_VERB) && !actsAlone(toks, i + 1, end) ? w.end : w.start,
        end,
        against: true,
      });
    } else if (
      !participle &&
      (has(v, F_IMPERATIVE_VERB) || shaped || (advisedVerb && !v.stop) || alwaysDo(toks, i)) &&
      !isLabel(v, end, text) &&
      !namesCompound(v, after) &&
      !(i === 0 && subjectOfCopula(toks, i))
    )
      spans.push({
        verb: v.start,
        from: has(v, F_LIGHT_VERB) && !actsAlone(toks, i, end) ? v.end : v.start,
        end,
      });
    const colon = NEXT_CLAUSE;
    colon.lastIndex = end;
    const c = colon.exec(text);
    const next = c ? toks.findIndex((t) => t.start >= c.index + c[0].length) : -1;
    // Most clauses have no comma after them: one search spares the token scan.
    const comma = text.indexOf(', ', end);
    const spliced =
      comma >= 0 && (next < 0 || comma < toks[next]!.start)
        ? commaSplice(toks, text, i + 1, next < 0 ? toks.length : next)
        : -1;
    from = spliced >= 0 ? spliced : next;
    if (from < 0) break;
  }
  return spans;
}

/** Verbs that trade one thing for another ("ditch X for Y", "replace X with Y"). */
const TRADES: ReadonlySet<string> = new Set(['ditch', 'swap', 'trade', 'exchange', 'replace', 'substitute']);

/** Words opening what a thing is traded for: "for A French press". */
const TRADE_DETERMINERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'one', 'your']);

/** Time words a "for" brings as how long, not as what is traded for ("skip it for a WEEK"). */
const FOR_HOW_LONG = /^(?:week|day|month|year|while|bit|few|couple|night|hour|minute)s?$/;

/**
 * Where what a thing is traded for starts, in [from, end): after "for" or "with" and a
 * determiner, past at least one word of what is traded ("ditch THE DRIP MACHINE for a French
 * press"); -1 when the clause trades nothing.
 */
function tradedFor(toks: readonly Tok[], from: number, end: number): number {
  for (let j = from + 1; j + 2 < toks.length && toks[j]!.start < end; j++) {
    const w = toks[j]!.lower;
    if (w !== 'for' && w !== 'with') continue;
    const det = toks[j + 1]!.lower;
    if (!TRADE_DETERMINERS.has(det)) return -1;
    return FOR_HOW_LONG.test(toks[j + 2]!.lower) ? -1 : j + 2;
  }
  return -1;
}

/** Whether token i is an "and" (or "then") leading to another step, not to a clause of its own ("and I…"). */
function andThenStep(toks: readonly Tok[], i: number): boolean {
  const and = toks[i]?.lower;
  const next = toks[i + 1]?.lower;
  return (
    (and === 'and' || and === 'then') &&
    next !== undefined &&
    i + 2 < toks.length &&
    !/^(?:i|we|you|he|she|they|it|that|this|there|the|a|an|my|your|so|then)$/.test(next)
  );
}

/**
 * The first token in [from, to) that opens an imperative joined on with a comma: "Sounds like
 * a UTI, TAKE her to the vet", "If he cries, HOLD him": a verb advice opens with, right after
 * the comma, then an object or particle. -1 when there is none.
 */
function commaSplice(toks: Tok[], text: string, from: number, to: number): number {
  for (let k = Math.max(1, from); k < to; k++) {
    const t = toks[k]!;
    if (text.charCodeAt(t.start - 1) !== 32 || text.charCodeAt(t.start - 2) !== 44) continue;
    let v = k;
    while (v < to - 1 && has(toks[v], F_IMPERATIVE_LEAD)) v++;
    // "…, let me forward you these": the writer offering, not advising.
    if (toks[v]!.lower === 'let' && (toks[v + 1]?.lower === 'me' || toks[v + 1]?.lower === 'us')) continue;
    // "…, CHECK ALL checks, captures and threats": "all", "any" and "our" lead to an object
    // too, after a verb advice opens with (not after any word: "Almost all of…").
    if (
      has(toks[v], F_IMPERATIVE_VERB) &&
      (has(toks[v + 1], F_OBJECT_START) ||
        QUANTIFIED.has(toks[v + 1]?.lower ?? '') ||
        // "If it hurts, TAKE ibuprofen", "If you stay with pandas, SET dtype explicitly": after
        // the condition opening the sentence, a thing named bare.
        (v === k &&
          toks[v + 1] !== undefined &&
          !toks[v + 1]!.stop &&
          ((firstComma(text, t.start) && opensWithCondition(text)) ||
            // "…the docker0 bridge, CHECK ufw status.": a short last clause naming its thing bare,
            // after the sentence's only comma (not the last item of a list: "…voice, video, email IM traffic").
            (to === toks.length &&
              to - v <= 3 &&
              firstComma(text, t.start) &&
              !text.includes(',', t.start)))))
    )
      return k;
    // "…, so yes, BLEED THEM.": a verb no list knows shows by its shape, a bare word acting on
    // "it" or "them" with the sentence ending there.
    // ("If you love it, TEAR IT and let it drain": …or where "and" brings the next step.)
    const it = toks[v + 1]?.lower;
    if (
      (it === 'it' || it === 'them') &&
      (v + 2 === toks.length || andThenStep(toks, v + 2)) &&
      !has(toks[v], F_FUNCTION_WORD | F_INFLECTED | F_IRREGULAR_PAST) &&
      !toks[v]!.stop
    )
      return k;
  }
  return -1;
}

/** Whether the comma right before offset `at` is the sentence's first. */
function firstComma(text: string, at: number): boolean {
  return text.indexOf(',') === at - 2;
}

/**
 * A copula in the clause from token `from`: "Cold at the top IS air" opens on its subject,
 * not on a verb of the kind no list knows.
 */
function copulaFollows(toks: readonly Tok[], from: number, text: string): boolean {
  for (let k = from; k < toks.length && k < from + 8; k++) {
    const w = toks[k]!.lower;
    if (w === 'is' || w === 'are' || w === 'was' || w === 'were') return true;
    if (/[,;:.!?]/.test(text.slice(toks[k]!.end, toks[k]!.end + 1))) return false;
  }
  return false;
}

/** Words that open an object after a verb advice opens with, beside OBJECT_START's. */
const QUANTIFIED: ReadonlySet<string> = new Set(['all', 'any', 'our']);

/** Participles that open a scene-setting clause rather than say what to do. */
const SCENE_SETTERS = new Set(
  'considering regarding concerning including excluding according assuming speaking having being given granted'.split(
    ' ',
  ),
);

/**
 * What the verb at token `i` acts on before `end`: the first content word, past a time said with
 * "every" or "each" ("read to her EVERY NIGHT"); -1 for none, or for the words of a vague thing
 * ("talk to a REAL person", "ignoring the FACT"): then the act itself is the advice.
 */
/** Verbs that have someone else do a thing ("HAVE them test it", "LET him help cook"). */
const CAUSATIVES: ReadonlySet<string> = new Set(['have', 'get', 'let', 'make']);

/** Who is had to do it. */
const HELPERS: ReadonlySet<string> = new Set(['them', 'him', 'her', 'someone', 'somebody']);

/** Whether a word other than a small one stands from token `i` to offset `end`. */
function namesSomething(toks: readonly Tok[], i: number, end: number): boolean {
  for (let j = i; j < toks.length && toks[j]!.start < end; j++) if (!toks[j]!.stop) return true;
  return false;
}

/** Whether token `i` is what someone is had to do: "have them TEST it", "let him HELP cook". */
function hadDoing(toks: readonly Tok[], i: number): boolean {
  const who = toks[i - 1];
  const verb = toks[i - 2];
  return (
    who !== undefined &&
    verb !== undefined &&
    HELPERS.has(who.lower) &&
    CAUSATIVES.has(verb.lower) &&
    has(toks[i], F_IMPERATIVE_VERB) &&
    toks[i + 1] !== undefined
  );
}

/**
 * Whether token `i` is a doing tried or weighed ("try CHANGING the channel", "consider SWITCHING
 * your plan") with a thing of its own right after it, at most past an article or possessive.
 */
function triedDoing(toks: readonly Tok[], i: number, end: number): boolean {
  const t = toks[i]!;
  if (!TRY_VERBS.has(toks[i - 1]?.lower ?? '') || !isGerund(t)) return false;
  let j = i + 1;
  if (toks[j] !== undefined && NOUN_PHRASE_OPENERS.has(toks[j]!.lower)) j++;
  const thing = toks[j];
  return thing !== undefined && thing.start < end && !thing.stop;
}

const TRY_VERBS: ReadonlySet<string> = new Set(['try', 'consider']);

function objectOf(toks: readonly Tok[], i: number, end: number, text: string): number {
  // "Water DEEPLY a couple of times a week": the verb done so is the advice, not what follows.
  if (MANNER.has(toks[i + 1]?.lower ?? '')) return -1;
  // Where or when, not what: "water AT the base", "stretch at night".
  let at = false;
  for (let j = i + 1; j < toks.length && toks[j]!.start < end; j++) {
    if (toks[j]!.stop) {
      if (toks[j]!.lower === 'at') at = true;
      // "Stand still UNTIL he comes back": what follows says when, not what.
      else if (SUBORDINATORS.has(toks[j]!.lower)) return -1;
      // "Label everything AND PUT your stuff on one shelf": a second imperative acts on its own.
      // (Not a name in capitals: "Shut Up and Write sessions".)
      else if (
        (toks[j]!.lower === 'and' || toks[j]!.lower === 'then') &&
        has(toks[j + 1], F_IMPERATIVE_VERB) &&
        toks[j + 1]!.raw === toks[j + 1]!.lower
      )
        return -1;
      continue;
    }
    const w = toks[j - 1]!.lower;
    // …and "IN THE evening", "in the morning": when, as "every night" is.
    const inThe = w === 'the' && toks[j - 2]?.lower === 'in';
    // …and "IN autumn", "in the spring": a season is when, too.
    const season = (w === 'in' || inThe) && SEASONS.has(toks[j]!.lower);
    if (at || season || ((w === 'every' || w === 'each' || inThe) && TIMES.has(toks[j]!.lower))) {
      at = false;
      continue;
    }
    let k = j;
    while (k + 1 < toks.length && !toks[k + 1]!.stop && joined(toks[k]!, toks[k + 1]!, text)) k++;
    const head = toks[k + 1];
    return head !== undefined && VAGUE_HEADS.has(head.lower) && joined(toks[k]!, head, text) ? -1 : j;
  }
  return -1;
}

/** Seasons, when said after "in": "Scarify it in autumn". */
const SEASONS: ReadonlySet<string> = new Set(['spring', 'summer', 'autumn', 'fall', 'winter']);

/**
 * A light verb with nothing to lead to, only when to do it or vague words: "LEAVE after 15
 * minutes", "STOP before you get tired", "SPEAK up in the moment", "GIVE it time": the verb is
 * the advice itself. (Alone it is mostly a scold or an aside:
 * "Just stop", "Remember, …"; "Just ask." is the one that advises.)
 */
function actsAlone(toks: readonly Tok[], i: number, end: number): boolean {
  const next = toks[i + 1];
  // …but "Just ASK." is advice as it stands: to ask at all.
  if (next === undefined || next.start >= end) return toks[i]!.lower === 'ask';
  // "SPEAK UP in the moment", "speak up for yourself": a verb and its particle, then only where or when.
  if (next.lower === 'up' || next.lower === 'out') {
    const after = toks[i + 2];
    if (after === undefined || after.start >= end || AFTER_PARTICLE.has(after.lower)) return true;
    // "STAY OUT of it", "stay out of this": out of nothing named.
    if (next.lower !== 'out' || after.lower !== 'of') return false;
    return !namesSomething(toks, i + 3, end);
  }
  if (SUBORDINATORS.has(next.lower) && next.lower !== 'so') return true;
  // "Don't ASK questions you already know the answer to", "GIVE it time": nothing named after
  // it, only vague or function words, and the verb is what is advised.
  // ("Just remember THAT": function words alone point elsewhere.)
  let vague = false;
  for (let j = i + 1; j < toks.length && toks[j]!.start < end; j++) {
    if (!toks[j]!.stop) return false;
    if (!FUNCTION_WORD_SET.has(toks[j]!.lower)) vague = true;
  }
  return vague;
}

/** Words after "speak up" that say where, when or for whom, not what. */
const AFTER_PARTICLE: ReadonlySet<string> = new Set(
  'in at for during when whenever early more right now'.split(' '),
);

/** How often, opening a sentence: "Once a week, …", "Once every morning …". */
const ONCE_EVERY = /^\W*once (?:a|an|every|per) [a-z]+\b,?\s+[a-z]/i;

/** Words opening a clause of when, where, why or whether: no object of the verb before them follows. */
const SUBORDINATORS: ReadonlySet<string> = new Set(
  'until till when whenever while because since before after unless if so where wherever'.split(' '),
);

const CLAUSE_SUBJECTS: ReadonlySet<string> = new Set('this it he she they we i you'.split(' '));

/**
 * Whether a short sentence is only a word, a preposition of place and what it is on: "Catnip on
 * the post", "Vaseline on the hinge pin". (A verb the lists know, "Sit on the floor", is read
 * as one before this is asked.)
 */
function thingAndPlace(toks: readonly Tok[]): boolean {
  if (toks.length < 3 || toks.length > 6 || !WHERE_IT_GOES.has(toks[1]!.lower)) return false;
  // ("Workin' in the Data Mine": a title, read as its words come.)
  for (let k = 2; k < toks.length; k++)
    if (has(toks[k], F_IMPERATIVE_VERB) || toks[k]!.raw !== toks[k]!.lower) return false;
  return !has(toks[0], F_IMPERATIVE_VERB | F_LIGHT_VERB);
}

const WHERE_IT_GOES: ReadonlySet<string> = new Set('on in into over under inside'.split(' '));

/**
 * "Water AT THE base", "Stretch AT NIGHT": a verb and where or when to do it. Only before a
 * place or time: "zha at efreak" (an address) is no instruction.
 */
function atPlace(toks: readonly Tok[], i: number): boolean {
  return toks[i]?.lower === 'at' && AT_WHAT.has(toks[i + 1]?.lower ?? '');
}

const AT_WHAT: ReadonlySet<string> = new Set(
  'the a an your least night home bedtime first once work school'.split(' '),
);

/** A modal at token `i`: "should", "might"…; "will" and "would" only before "need" or "want" ("you will need to"). */
function modalAt(toks: readonly Tok[], i: number): boolean {
  const t = toks[i];
  if (t === undefined) return false;
  if (has(t, F_MODAL)) return true;
  const next = toks[i + 1]?.lower;
  return (t.lower === 'will' || t.lower === 'would') && (next === 'need' || next === 'want');
}

/** Modals, and words after them, that tell the reader what to do ("should", "need to", "must"). */
const ADVISING_MODALS: ReadonlySet<string> = new Set(['should', 'must', 'need', 'want', 'ought', 'better']);

/** Words that open a condition before an imperative ("If it persists, see a doctor"). */
const CONDITIONS: ReadonlySet<string> = new Set(['if', 'when', 'once', 'unless']);

/** Whether a text opens with a condition ("If it is under the grout…"). */
export function opensWithCondition(text: string): boolean {
  const m = /^\W*(\p{L}+)/u.exec(text);
  return m !== null && CONDITIONS.has(m[1]!.toLowerCase());
}

/** Words a condition often ends on: how things went ("works", "fails", "persists", "worse"). */
const CONDITION_ENDS: ReadonlySet<string> = new Set(
  'works work worked helps help fails fail failed persists persist continues continue happens worse better'.split(
    ' ',
  ),
);

/**
 * Where an imperative starts after a condition written without its comma ("If none of that
 * works CALL a plumber", "If it persists SEE a doctor", "If it is under the grout YOU WILL need
 * to regrout"): the token after the condition's last word, when that token is a verb advice
 * opens with or "you" and a modal; else -1. Only a clause opening with the
 * condition, and only up to the first punctuation.
 */
function conditionEnd(toks: readonly Tok[], i: number, text: string): number {
  if (!CONDITIONS.has(toks[i]!.lower)) return -1;
  for (let j = i + 2; j < toks.length; j++) {
    if (punctuationBetween(text, toks[j - 1]!.end, toks[j]!.start, CLAUSE_MARKS)) return -1;
    if (CONDITION_ENDS.has(toks[j - 1]!.lower) && has(toks[j], F_IMPERATIVE_VERB) && j + 1 < toks.length)
      return j;
    // "If it is under the grout YOU WILL need to regrout": advice put to "you" after it.
    if (toks[j]!.lower === 'you' && modalAt(toks, j + 1) && j + 2 < toks.length) return j;
  }
  return -1;
}

/** Seasons a "next" may open on ("Next spring plant them deeper"). */
const SEASONS_NEXT: ReadonlySet<string> = new Set('spring summer fall autumn winter season'.split(' '));

/**
 * Where the instruction starts after a leading phrase of when or how far, written without its
 * comma: "At 3000 km CHECK the chain", "After 20 minutes TAKE the lid off", "In winter KEEP the
 * plants…". The phrase must end on a number, a measure after one, or a word of time, and a
 * verb advice opens with must follow it with its object ("At first glance the chain…" is none);
 * else -1.
 */
function whenLeadEnd(toks: readonly Tok[], text: string): number {
  if (toks.length < 4) return -1;
  // …or of where: "On older Excel USE INDEX/MATCH", "With Docker RUN…".
  const where = settingLeadWords(text);
  if (
    where > 1 &&
    where + 1 < toks.length &&
    has(toks[where], F_IMPERATIVE_VERB) &&
    !NOT_AN_OBJECT.has(toks[where + 1]!.lower)
  )
    return where;
  // "Next time TAKE a deposit", "Next year START them later": what to do another time.
  if (
    toks[0]!.lower === 'next' &&
    (toks[1]!.lower === 'time' || TIMES.has(toks[1]!.lower) || SEASONS_NEXT.has(toks[1]!.lower)) &&
    !punctuationBetween(text, toks[1]!.end, toks[2]!.start, CLAUSE_MARKS) &&
    has(toks[2], F_IMPERATIVE_VERB) &&
    has(toks[3], F_OBJECT_START)
  )
    return 2;
  if (!WHEN_LEADS.has(toks[0]!.lower)) return -1;
  for (let j = 2; j <= WHEN_LEAD_WORDS && j + 1 < toks.length; j++) {
    if (punctuationBetween(text, toks[j - 1]!.end, toks[j]!.start, CLAUSE_MARKS)) return -1;
    if (
      endsOnWhen(toks[j - 2]!.lower, toks[j - 1]!.lower) &&
      has(toks[j], F_IMPERATIVE_VERB) &&
      has(toks[j + 1], F_OBJECT_START)
    )
      return j;
  }
  return -1;
}

/**
 * How many tokens open the sentence as the thing it calls worth its price, when it does ("A good
 * trainer for two or three sessions is worth every penny", "The Miele was worth it"): a
 * determiner and the words of the thing, up to the first function word; else 0.
 */
function worthSubject(toks: readonly Tok[]): number {
  if (toks.length < 5) return 0;
  // With its article or without: "Custom night guard is worth every penny".
  const from = DETERMINERS.has(toks[0]!.lower) ? 1 : 0;
  let k = from;
  while (k < toks.length && !has(toks[k], F_FUNCTION_WORD)) k++;
  if (k === from || k > from + 4) return 0;
  for (let j = k; j + 2 < toks.length; j++) {
    const w = toks[j]!.lower;
    if ((w === 'is' || w === 'was' || w === 'are' || w === 'were') && toks[j + 1]!.lower === 'worth') {
      const what = toks[j + 2]!.lower;
      const then = toks[j + 3]?.lower;
      return what === 'it' ||
        (what === 'every' && (then === 'penny' || then === 'cent')) ||
        (what === 'the' && (then === 'money' || then === 'price' || then === 'cost' || then === 'investment'))
        ? k
        : 0;
    }
  }
  return 0;
}

/**
 * The things a sentence opens with when it goes on to promise all will be well with them ("An
 * SSD and 8GB more RAM and it'll be good for another few years", "New pads and you're golden")
 * ([from, to) token indexes, past lead-in words); else null.
 */
function thenAllGood(toks: readonly Tok[]): [number, number] | null {
  let from = 0;
  while (from < toks.length - 1 && has(toks[from], F_IMPERATIVE_LEAD)) from++;
  const first = toks[from];
  if (first === undefined || (has(first, F_FUNCTION_WORD) && !DETERMINERS.has(first.lower))) return null;
  for (let j = from + 1; j < toks.length - 2 && j <= from + 8; j++) {
    if (toks[j]!.lower !== 'and') continue;
    // Contractions lose their ending in the tokens: "it'll be" reads "it be", "you're" "you".
    let k = j + 1;
    const who = toks[k]!.lower;
    if (who !== 'it' && who !== 'you' && who !== 'that' && who !== 'everything') continue;
    k++;
    if (toks[k]?.lower === 'will' || toks[k]?.lower === 'should') k++;
    if (toks[k]?.lower === 'be') k++;
    if (toks[k]?.lower === 'all' || toks[k]?.lower === 'so' || toks[k]?.lower === 'much') k++;
    // "…and it'll be good FOR years", "…and you're golden." ("…and it's set OFF by…" is not).
    const after = toks[k + 1]?.lower;
    if (ALL_GOOD.has(toks[k]?.lower ?? '') && (after === undefined || ALL_GOOD_AFTER.has(after)))
      return j > from ? [from, j] : null;
    return null;
  }
  return null;
}

/** What all will be once the thing is done: "…and you'll be FINE", "…and it's GOLDEN". */
const ALL_GOOD: ReadonlySet<string> = new Set(
  'good fine golden sorted better faster great okay ok done'.split(' '),
);

/** Words that may follow it: "good FOR another few years", "fine AGAIN". */
const ALL_GOOD_AFTER: ReadonlySet<string> = new Set('for to now again afterwards after from then'.split(' '));

/** What the writer says they took up, before saying it worked ("I TRIED magnesium and it helped"). */
const TOOK_UP: ReadonlySet<string> = new Set(
  'tried started began switched used bought got added took did'.split(' '),
);

/** What "it" did, said of what the writer took up: "…and it HELPED a lot", "…, it really WORKS". */
const IT_DID: ReadonlySet<string> = new Set(
  'helped helps worked works fixed fixes cured solved saved changed'.split(' '),
);

/**
 * The tokens of what the writer took up, when the sentence goes on to say it worked: "I tried
 * magnesium and it helped a lot", "I started exercising Sunday evenings and it helps", "We
 * switched to a standing desk, it worked" ([from, to) token indexes); else null. First person
 * only ("my doctor tried…" is no first-hand success), and "it" must follow the thing, after
 * "and" or a comma, before the outcome ("it saved my life", not "it was saved").
 */
function triedThenWorked(toks: readonly Tok[], text: string): [number, number] | null {
  for (let j = 1; j < toks.length - 3 && j < 6; j++) {
    if (!TOOK_UP.has(toks[j]!.lower)) continue;
    const who = toks[j - 1]!.lower;
    const subject =
      who === 'i' ||
      who === 'we' ||
      ((who === 'also' || who === 'finally' || who === 'just') &&
        j > 1 &&
        (toks[j - 2]!.lower === 'i' || toks[j - 2]!.lower === 'we'));
    if (!subject) return null;
    let from = j + 1;
    // "took UP running", "switched TO a standing desk"
    if (toks[from]?.lower === 'up' || toks[from]?.lower === 'to') from++;
    for (let k = from + 1; k < toks.length - 1; k++) {
      if (toks[k]!.lower !== 'it') continue;
      const joined = toks[k - 1]!.lower === 'and' || text.charCodeAt(toks[k - 1]!.end) === 44;
      let o = k + 1;
      if (toks[o]?.lower === 'really' || toks[o]?.lower === 'actually' || toks[o]?.lower === 'honestly') o++;
      if (!joined || !IT_DID.has(toks[o]?.lower ?? '')) continue;
      const to = toks[k - 1]!.lower === 'and' ? k - 1 : k;
      return to > from ? [from, to] : null;
    }
    return null;
  }
  return null;
}

/**
 * The tokens of what the writer settled on after trying others: "We tried six different bottles
 * before she took THE COMOTOMO", "I went through five pillows until I found A WEDGE PILLOW" (to
 * the clause's end); else null.
 */
function foundAfterTrying(toks: readonly Tok[], text: string): [number, number] | null {
  let j = 1;
  while (j < 4 && j < toks.length && toks[j]!.lower !== 'tried' && toks[j]!.lower !== 'went') j++;
  const who = toks[j - 1]?.lower;
  if (j >= 4 || j >= toks.length || (who !== 'i' && who !== 'we')) return null;
  if (toks[j]!.lower === 'went' && toks[j + 1]?.lower !== 'through') return null;
  for (let k = j + 2; k < toks.length - 2 && k < j + 12; k++) {
    const w = toks[k]!.lower;
    if (w !== 'before' && w !== 'until') continue;
    let v = k + 1;
    if (SETTLERS.has(toks[v]!.lower)) v++;
    if (toks[v]?.lower === 'finally') v++;
    if (!SETTLED_ON.has(toks[v]?.lower ?? '')) return null;
    let from = v + 1;
    if (toks[from]?.lower === 'on' || toks[from]?.lower === 'to') from++;
    return toClauseEnd(toks, text, from);
  }
  return null;
}

/** Who settles on the thing at last: the writer, or the one it was for ("…before SHE took it"). */
const SETTLERS: ReadonlySet<string> = new Set('i we she he they it'.split(' '));

/** Verbs of settling on a thing found at last ("…before she TOOK the Comotomo", "until we FOUND…"). */
const SETTLED_ON: ReadonlySet<string> = new Set(
  'took found finding settled settling landed landing accepted liked switched switching'.split(' '),
);

/**
 * The tokens of what a sentence says worked, when it says so first: "What worked was REMOVING
 * HER FROM THE ROOM calmly and…", up to where it goes on to a clause of when, why or how long
 * ([from, to) token indexes); else null.
 */
function whatWorkedWas(toks: readonly Tok[], text: string): [number, number] | null {
  const m =
    text.length < 400 && /\b(?:worked|helped|fixed|fix|solution|cure|remedy)\b/i.test(text)
      ? WHAT_WORKED.exec(text)
      : null;
  if (m === null) return null;
  let from = 0;
  while (from < toks.length && toks[from]!.start < m[0].length) from++;
  const span = toClauseEnd(toks, text, from);
  if (span === null) return null;
  // "…switching to acetate frames THAT rest on the bridge": what it is, not more of it.
  for (let k = span[0] + 1; k < span[1]; k++) if (RELATIVES.has(toks[k]!.lower)) return [span[0], k];
  return span;
}

/** Words that open a relative clause after the thing it describes. */
const RELATIVES: ReadonlySet<string> = new Set(['that', 'which', 'who']);

/**
 * The tokens from `from` up to where the clause goes on to when, why or how long (a
 * subordinator or a clause mark), as [from, to); null when none.
 */
function toClauseEnd(toks: readonly Tok[], text: string, from: number): [number, number] | null {
  let to = from;
  while (
    to < toks.length &&
    !SUBORDINATORS.has(toks[to]!.lower) &&
    !(to > from && punctuationBetween(text, toks[to - 1]!.end, toks[to]!.start, CLAUSE_MARKS))
  )
    to++;
  return to > from ? [from, to] : null;
}

/** Words a named thing may have between its own: "baking soda AND vinegar", "A heating pad". */
const THING_JOINERS: ReadonlySet<string> = new Set(['and', 'or', 'a', 'an', 'the', 'some', 'plus']);

/** Words an imperative points back to a thing named before it with. */
const POINTING_BACK: ReadonlySet<string> = new Set(['it', 'them']);

/**
 * How many tokens open the sentence as a thing named before a comma, when an imperative after
 * the comma points back to it ("Baking soda and vinegar, let it fizz", "Cold showers, take them
 * daily"); else 0. A few words, all of one noun phrase: "Good luck, take it easy" opens with a
 * courtesy, not a thing.
 */
function frontedObject(toks: readonly Tok[], text: string, spans: readonly Imperative[]): number {
  const comma = text.indexOf(',');
  if (comma < 0 || spans.length === 0) return 0;
  let k = 0;
  while (k < toks.length && toks[k]!.end <= comma) {
    const t = toks[k]!;
    if (t.stop ? !THING_JOINERS.has(t.lower) || k === 0 : has(t, F_IMPERATIVE_VERB)) return 0;
    k++;
  }
  if (k === 0 || k > 5) return 0;
  for (const { from, end } of spans) {
    if (from <= comma) continue;
    for (let j = k; j < toks.length && toks[j]!.start < end; j++)
      if (toks[j]!.start >= from && POINTING_BACK.has(toks[j]!.lower)) return k;
  }
  return 0;
}

/** A verb in -ing ("Talking", "Reading"), not a word that only ends so ("something", "spring"). */
function isGerund(t: Tok): boolean {
  return (!t.stop || LIGHT_GERUNDS.has(t.lower)) && t.lower.length > 5 && isIngForm(t.lower);
}

/** Gerunds of verbs too common to key, which still open a sentence as its subject ("GETTING up teaches her…"). */
const LIGHT_GERUNDS: ReadonlySet<string> = new Set(
  'getting making taking having giving keeping letting putting'.split(' '),
);

/** A word in -ing that is no thing ("using", "giving"; not "bedding"), however common. */
export function isIngForm(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ing') && !NOT_GERUNDS.has(lower);
}

/** Words in -ing that are things, not acts ("Netting over the beds is cheaper than a fence"). */
const NOT_GERUNDS: ReadonlySet<string> = new Set(
  'spring string swing sting sling netting bedding clothing flooring roofing siding ceiling building wedding morning evening pudding stuffing frosting icing seasoning dressing filling lighting plumbing housing'.split(
    ' ',
  ),
);

/** Words that say something of a gerund subject ("Talking to her DID more", "Walking HELPED"). */
const PREDICATES: ReadonlySet<string> = new Set(
  'is was are were did does has had can will would could might may must helps works makes means costs seems feels takes gives saves'.split(
    ' ',
  ),
);

/**
 * Where the predicate of a gerund subject at token `i` starts, before `end` (or `end`): a verb
 * saying something of it, a past tense not right after a determiner ("a TRAINED walker"), or
 * the subject of another clause.
 */
function predicateStart(toks: readonly Tok[], i: number, end: number): number {
  for (let j = i + 1; j < toks.length && toks[j]!.start < end; j++) {
    const t = toks[j]!;
    if (PREDICATES.has(t.lower) || has(t, F_IRREGULAR_PAST)) return t.start;
    // A subject after the gerund's object opens a clause of its own ("ignoring the fact | this may…").
    if (j > i + 1 && CLAUSE_SUBJECTS.has(t.lower) && !has(toks[j - 1], F_OBJECT_START)) return t.start;
    if (t.lower.endsWith('ed') && !has(toks[j - 1], F_OBJECT_START)) return t.start;
    // "Repeating it once LOCKS it in": a verb in -s with its own object after it.
    if (
      j > i + 1 &&
      /[^s]s$/.test(t.lower) &&
      !t.stop &&
      (!has(toks[j - 1], F_OBJECT_START) || (j === i + 2 && PARTICLES.has(toks[j - 1]!.lower))) &&
      OBJECT_PRONOUNS.has(toks[j + 1]?.lower ?? '')
    )
      return t.start;
  }
  return end;
}

/** Who else may do a deed: "THEY slow down", "HE takes a break" tell of them, advising no one. */
const DOERS: ReadonlySet<string> = new Set('they he she it'.split(' '));

/** Pronouns a verb acts on: after a word in -s, they make it a verb ("locks IT in"). */
const OBJECT_PRONOUNS: ReadonlySet<string> = new Set('it them you me us him her everything'.split(' '));

/** Nouns that name no particular thing: what they are said of is no object of advice either. */
export const VAGUE_HEADS: ReadonlySet<string> = new Set([
  'person',
  'people',
  'thing',
  'things',
  'guy',
  'one',
  'ones',
  'fact',
]);

/** Whether two tokens are words of one phrase: a space or hyphen and nothing else between them. */
function joined(a: Tok, b: Tok, text: string): boolean {
  const sep = text.charCodeAt(a.end);
  return b.start === a.end + 1 && (sep === 32 || sep === 45);
}

/**
 * "Get a workout buddy OR A CLASS": the thing offered instead of the one plainly advised is
 * plainly advised too, by the head of its phrase. Not another instruction ("…or see a doctor").
 */
function orAlternative(toks: Tok[], imp: Uint8Array, text: string, end: number): void {
  let last = -1;
  for (let i = 0; i < toks.length && toks[i]!.start < end; i++) if ((imp[i]! & 2) === 2) last = i;
  if (last < 0) return;
  let i = last + 1;
  while (i < toks.length && !toks[i]!.stop && joined(toks[i - 1]!, toks[i]!, text)) i++;
  if (toks[i]?.lower !== 'or' || toks[i]!.start >= end || text.charCodeAt(toks[i - 1]!.end) !== 32) return;
  // An article says a thing of its own follows, not a second modifier ("a south or west window").
  if (!ALTERNATIVE_DETERMINERS.has(toks[++i]?.lower ?? '')) return;
  while (i < toks.length && ALTERNATIVE_DETERMINERS.has(toks[i]!.lower)) i++;
  const first = toks[i];
  if (first === undefined || first.start >= end || first.stop || IMPERATIVE_VERBS.has(first.lower)) return;
  let head = i;
  while (head + 1 < toks.length && !toks[head + 1]!.stop && joined(toks[head]!, toks[head + 1]!, text))
    head++;
  imp[i] = imp[i]! | 3;
  imp[head] = imp[head]! | 3;
}

/** Words that open the alternative after "or" ("or A class", "or YOUR own"). */
const ALTERNATIVE_DETERMINERS: ReadonlySet<string> = new Set('a an the some your another one'.split(' '));

/** The imperative clauses of a sentence, verb to clause end ("Put it in the fridge"), as [start, end) offsets. */
export function imperativeClauses(text: string): [number, number][] {
  let spans = CLAUSES.get(text);
  if (spans === undefined) {
    spans = imperativeSpans(tokens(text), text).map((x) => [x.verb, x.end]);
    // Labels ask again for the same sentences; bound the memo like the word memo.
    if (CLAUSES.size > 10_000) CLAUSES.clear();
    CLAUSES.set(text, spans);
  }
  return spans;
}

const CLAUSES = new Map<string, [number, number][]>();

/** A vote opening a sentence: "+1 ACV…", "+ 1 the timer trick". */
const PLUS_ONE = /^\W*\+ ?1\s/;

/** Small words a sentence may say before the instruction it opens on ("JUST use…", "DON'T skip…", "ONLY check…", "THEN vacuum again"). */
const BEFORE_INSTRUCTION = new RegExp(
  `^\\W*(?:(?:${STRESS_LEADS.map((l) => l.join(' ')).join('|')}),\\s+)?` +
    "(?:(?:just|also|definitely|absolutely|seriously|and|so|then|but|please|do|don't|do not|never|always|only)\\s+)*$",
  'i',
);

/** The instruction a sentence opens on, as [verb, end) offsets; undefined when it opens on something else. */
export function openingInstruction(text: string): [number, number] | undefined {
  const first = imperativeClauses(text)[0];
  return first !== undefined && BEFORE_INSTRUCTION.test(text.slice(0, first[0])) ? first : undefined;
}

/** Small words a title in capitals keeps inside it ("Fall OF Rome", "The Rest IS History"). */
const TITLE_SMALL: ReadonlySet<string> = new Set('of the a an for is our my your'.split(' '));

/**
 * Small words a title may open with, capitalised ("IN Our Time", "TO Kill a Mockingbird"); inside
 * a run they relate two names ("Snowden TO Ellsberg", "Germany IN the World Cup").
 */
const TITLE_OPENERS: ReadonlySet<string> = new Set('in on to at as'.split(' '));

/**
 * A word of a title in capitals: a capital, then small letters ("Rest", "History"). Not an
 * initialism or code ("AP", "SDE2", "L5"), nor a word in capitals throughout ("DEFEND THE
 * CONSTITUTION" is shouted, not a title).
 */
function capitalised(t: Tok): boolean {
  const c = t.raw.charCodeAt(0);
  const d = t.raw.charCodeAt(1);
  if (c >= 65 && c <= 90 && d >= 97 && d <= 122) return /^[A-Z][a-z'’-]*$/.test(t.raw);
  return c > 127 && /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.raw);
}

/**
 * Titles in capitals with small words inside ("The Rest Is History", "Blueprint for
 * Armageddon"): [from, to) token ranges of at least three words, two of them capitalised. A
 * sentence's opening verb is no part of one ("Start with the English Civil War season").
 */
function titleRuns(toks: readonly Tok[], text: string, verbFirst: boolean): [number, number][] {
  const runs: [number, number][] = [];
  let i = verbFirst ? 1 : 0;
  while (i < toks.length) {
    const first = toks[i]!;
    // An opening word is capitalised wherever it stands: it opens a title only when it is a
    // title's small word ("The", "In") or the word after it is capitalised too.
    const small0 = TITLE_SMALL.has(first.lower) || TITLE_OPENERS.has(first.lower);
    const opening = i === 0 && !small0 && !(toks[1] && capitalised(toks[1]));
    if (!capitalised(first) || opening) {
      i++;
      continue;
    }
    let caps = small0 ? 0 : 1;
    let lower = 0;
    let last = i;
    let small = 0;
    let j = i + 1;
    // In quotes, "to" is a title's small word too: "How to Talk So Little Kids Will Listen".
    const quoted = first.start > 0 && QUOTE_OPENS.has(text.charCodeAt(first.start - 1));
    // Words a space apart ("Communication_Theory_of_Secrecy" is an identifier).
    for (
      ;
      j < toks.length && toks[j]!.start === toks[j - 1]!.end + 1 && text.charCodeAt(toks[j - 1]!.end) === 32;
      j++
    ) {
      const t = toks[j]!;
      if (capitalised(t) && !TITLE_SMALL.has(t.lower)) {
        caps++;
        last = j;
        small = 0;
      } else if (
        (TITLE_SMALL.has(t.lower) || byAgain(toks, j) || (quoted && t.lower === 'to')) &&
        small < 2
      ) {
        small++;
        if (!capitalised(t)) lower++;
      } else break;
    }
    let inside = false;
    for (let k = i; k < last; k++)
      if (
        TITLE_SMALL.has(toks[k]!.lower) ||
        byAgain(toks, k) ||
        (k === i && small0) ||
        (quoted && toks[k]!.lower === 'to')
      )
        inside = true;
    const titled = caps >= 2 || (lower === 0 && last - i >= 2);
    if (inside && titled && last - i >= 2) runs.push([i, last + 1]);
    i = Math.max(i + 1, last + 1);
  }
  return runs;
}

/** Opening quotation marks: straight, curly, and the low German one. */
const QUOTE_OPENS: ReadonlySet<number> = new Set([0x22, 0x201c, 0x201e]);

/** A "by" between a word and itself, as titles say it: "Move by Move", "Bird by Bird". */
function byAgain(toks: readonly Tok[], j: number): boolean {
  return toks[j]!.lower === 'by' && j > 0 && toks[j + 1]?.lower === toks[j - 1]!.lower;
}

/**
 * A title's key: its content words' stems ("p:rest histori"), or all its words when it has
 * fewer than two ("p:in our time"). Advised as its words are.
 */
function titleTerm(
  toks: readonly Tok[],
  from: number,
  to: number,
  terms: readonly Term[],
  text: string,
  picked: boolean,
): Term {
  const content: Tok[] = [];
  for (let k = from; k < to; k++) if (!toks[k]!.stop) content.push(toks[k]!);
  const words =
    content.length >= 2 ? content.map((t) => t.info.stem) : toks.slice(from, to).map((t) => t.lower);
  const start = toks[from]!.start;
  const end = toks[to - 1]!.end;
  let target = false;
  let strong = false;
  for (const t of terms)
    if (t.kind === 'word' && t.start >= start && t.end <= end) {
      target ||= t.target === true;
      strong ||= t.strong === true;
    }
  // A pick's title is the pick; with no content word of its own ("In Our Time"), a title's
  // place in any other sentence says nothing.
  if (picked) target = strong = true;
  else if (content.length === 0) target = strong = false;
  return {
    key: 'p:' + words.join(' '),
    kind: 'phrase',
    start,
    end,
    target,
    strong,
    negated: isNegated(toks as Tok[], from, text),
  };
}

/**
 * "Not a doctor, but…", "I'm not a lawyer, so…": who the writer is not, said before the advice.
 * It names no doctor to see, nor warns against one.
 */
const DISCLAIMER =
  /^\W*(?:(?:i'?m|i am|i\u2019m) )?not (?:a |an )?(?:doctor|doc|lawyer|vet|veterinarian|dentist|nurse|therapist|accountant|pharmacist|electrician|plumber|mechanic|professional|expert|financial (?:advisor|adviser|planner))(?: (?:either|myself|here))?,? (?:but|so|and)?/i;

/**
 * "GP here, and I'd second this", "Nurse here but…": who writes, said before what they say. The
 * trade names no one to see ("Magnesium here too" names a pick, and stays).
 */
const WRITER_HERE_ASIDE = new RegExp(
  `^\\W*(?:[a-z'-]+ ){0,2}(?:${TRADE_NOUNS}|doc|landlord)\\s+here,?\\s+(?=(?:and|but|so)\\s)`,
  'i',
);

/**
 * "Unpopular opinion, but…", "Hot take:", "Just want to say…": how the writer frames what
 * follows, no thing of theirs.
 */
const OPINION_FRAME =
  /^\W*(?:(?:i )?(?:just )?(?:want|wanted) to (?:say|add|mention|point out)(?: that)?|(?:an? |my )?(?:unpopular|controversial|hot|spicy|contrarian) (?:opinion|take)|hot take|controversial|devil's advocate|real talk)(?:\s*[,:;-]\s*|\s+)(?:but\b:?)?/i;

/** "Third, do it soon.", "Finally: …": where an item stands in the writer's list, no thing of theirs. */
const LIST_PLACE = /^\W*(?:first|second|third|fourth|fifth|sixth|finally|lastly|next)\s*[,:)]\s+(?=\p{L})/iu;

/**
 * "Hard disagree with…", "Strongly agree", "love this.": how strongly the writer sides, no thing
 * of theirs.
 */
const HOW_STRONGLY =
  /^\W*(?:(?:hard|strong|strongly|big|huge|totally|completely|respectfully) (?:dis)?agreed?\b|(?:i )?can (?:also )?confirm\b|(?:i |we )?(?:(?:really|just|absolutely) )?love (?:this|that)(?: (?:idea|tip|one|so much|a lot))?(?=\s*(?:[.!,;:]|$)))/i;

/**
 * "…pace yourself, ask me how I know", "…it works, trust me": a closing aside that vouches for
 * what came before it, and advises no asking.
 */
const CLOSING_ASIDE = /[,;:\u2014-]?\s*\(?(?:ask me how i know|trust me|believe me)\W*$/i;

/**
 * "Run SUDO du -xh /", "sudo apt clean": the prefix of a command shown, not sudo advised ("Use
 * sudo", "run it with sudo", "sudo or root", "Don't ever sudo pip install" still are).
 */
const SUDO_PREFIX =
  /(?<!\b(?:don't|dont|do not|never|not|no|avoid)(?: ever| just)? )\bsudo (?=(?!(?:to|for|and|or|if|then|it|that|this|is|was|are|will|would|should|can|could|works|worked|rights|access|privileges?|permissions?|here|there|too|either)\b)[a-z][a-z0-9_.-]*(?:\s|$))/gi;

/**
 * The text with an opening disclaimer, "Hard disagree" or list place ("Third,"), a closing
 * "trust me", and any "sudo" before a command,
 * blanked out, every other character where it was.
 */
function withoutAsides(text: string): string {
  const m =
    DISCLAIMER.exec(text) ??
    HOW_STRONGLY.exec(text) ??
    (text.includes('here') ? WRITER_HERE_ASIDE.exec(text) : null) ??
    OPINION_FRAME.exec(text) ??
    LIST_PLACE.exec(text);
  if (m !== null) text = ' '.repeat(m[0].length) + text.slice(m[0].length);
  // (Read on the sentence's last characters: the aside ends it.)
  const tail = text.length > 40 ? text.length - 40 : 0;
  const c = text.includes(' me', tail) ? CLOSING_ASIDE.exec(text.slice(tail)) : null;
  if (c !== null && tail + c.index > 0)
    text = text.slice(0, tail + c.index) + ' '.repeat(text.length - tail - c.index);
  return text.includes('sudo ') || text.includes('Sudo ') ? text.replace(SUDO_PREFIX, '     ') : text;
}

/** A pick named in a few words ("A Miele canister vacuum.") is all item; a longer sentence names its pick by name. */
const SHORT_PICK_WORDS = 8;

/**
 * Every key term of a sentence, in order of appearance (a key may repeat). With `pick`, the
 * sentence is a recommendation thread's answer naming its pick: every word of a short one is
 * the object of advice; in a longer one, the names it gives.
 */
export function sentenceTerms(text: string, phrases = true, pick = false, item = false): Term[] {
  text = withoutAsides(text);
  const toks = tokens(text);
  const n = toks.length;
  // "+1 ACV and dish soap": an opening vote backs what it names, as "Nthing" does.
  if (n > 1 && toks[0]!.lower === '1' && PLUS_ONE.test(text)) toks[0]!.flags |= F_STRONG_CUE;
  // An item of a list names its thing before any comment on it: "A daily word count goal, even
  // just 300 words". (A recommendation's opening may run on: "Proof of an external world, G.E. Moore".)
  // A pick by its author names the pick first ("Seveneves by Neal Stephenson", "Artemis, also
  // by Weir"): the author is who wrote it, not what is recommended.
  const pickEnd = pick
    ? item
      ? pickHeadEnd(text)
      : Math.min(byAuthorAt(text), namedBeforeComma(text, toks))
    : text.length;
  let headWords = 0;
  while (headWords < n && toks[headWords]!.start < pickEnd) headWords++;
  const allTargets = pick && headWords <= SHORT_PICK_WORDS;
  // Per token: inside an imperative clause (1), and plainly advised there (2, see below).
  const imp = new Uint8Array(n);
  const spans: Imperative[] = allTargets
    ? [{ verb: 0, from: 0, end: pickEnd }]
    : isHeading(toks, text)
      ? []
      : imperativeSpans(toks, text);
  // "No screens for an hour before bed": a rule against what follows its "No".
  if (!allTargets && spans.length === 0) {
    const rule = noRule(toks, text);
    if (rule) spans.push(rule);
  }
  for (const { verb, from, end } of spans) {
    // Plainly advised: a short pick's every word; in an imperative, what it acts on: its verb
    // when that is all the advice ("stretch", "dry it"), else the first thing after it ("put it
    // in the FRIDGE", "TEST the yeast" is about the yeast), not every word of a long clause
    // ("…muscles at the front half of your body").
    let left = allTargets ? n : 1;
    // The first thing acted on is plainly advised, and so is the head of its noun phrase: "send
    // a demand LETTER by mail", "give it a balanced FERTILIZER", not only the phrase's first word.
    let phrase = false;
    let head = -1;
    // Words before what the verb acts on ("every night" in "read to her every night") are not it.
    let skipTo = -1;
    for (let i = 0; i < n; i++) {
      const t = toks[i]!;
      if (t.start < from || t.start >= end) continue;
      imp[i] = imp[i]! | 1;
      if (i < skipTo) continue;
      if (t.start === from && !t.stop && !allTargets) {
        // The verb itself, with something to act on after it: that thing is the advice; with
        // nothing (or a vague thing: "talk to a real person"), the verb alone. A negated verb
        // and what it acts on ("don't LEAVE it on the COUNTER").
        if (t.start === verb) {
          const object = objectOf(toks, i, end, text);
          if (object >= 0) {
            skipTo = object;
            continue;
          }
          left = 1;
        } else left = 2;
      }
      // "Do that BEFORE THROWING lime at it", "…before you start": past a clause of when,
      // nothing is what it acts on. ("Write them down after the event" still names the event.)
      if (
        left > 0 &&
        !allTargets &&
        t.stop &&
        t.start > verb &&
        SUBORDINATORS.has(t.lower) &&
        /^(?:\w+ing|you|he|she|they|it|we|i)$/.test(toks[i + 1]?.lower ?? '')
      )
        left = 0;
      // "Have them TEST the alternator": what they are had to do acts on the thing advised.
      // …unless nothing is named after it: "let him TEACH you about it" advises the teaching.
      if (left > 0 && !allTargets && hadDoing(toks, i) && namesSomething(toks, i + 1, end)) continue;
      // "Try changing THE CHANNEL": what the trying is of acts on the thing advised.
      if (left > 0 && !allTargets && triedDoing(toks, i, end)) continue;
      // "Put A CUP OF white vinegar on the rack": an amount of the thing is the thing; so is what
      // holds it, "a BAG OF rice", and where it goes, "in FRONT OF a fan", "on TOP OF the fridge".
      if (left > 0 && !allTargets && toks[i + 1]?.lower === 'of' && ofWhatCounts(toks, i)) continue;
      // "Give THE SQUIRRELS their own feeder": who is given is not what is given.
      if (left > 0 && !allTargets && givenTo(toks, i)) continue;
      // A pick names its pick by uncommon words; "the paper", "a good one" say nothing of which.
      if (left > 0 && !t.stop && !(allTargets && has(t, F_COMMON))) {
        imp[i] = imp[i]! | 2;
        left--;
        // "a layer OF SAND", "keep your eyes ON THE HORIZON": what follows is advised too.
        if (left === 0 && !allTargets && LEADS_ON.get(t.lower) === toks[i + 1]?.lower) left = 1;
        phrase = left === 0 && !allTargets;
      } else if (
        phrase &&
        !t.stop &&
        joined(toks[i - 1]!, t, text) &&
        !saysWhatItDoes(t.raw, t.lower, wordAfter(toks, i, text))
      ) {
        head = i;
        // "a thick LAYER OF VASELINE": the named thing the phrase's head holds is advised too.
        // ("a thin coat of oil" is about how thin: which oil is another suggestion.)
        if (
          !allTargets &&
          LEADS_ON.get(t.lower) === toks[i + 1]?.lower &&
          /^\p{Lu}/u.test(toks[i + 2]?.raw ?? '')
        ) {
          imp[i] = imp[i]! | 2;
          left = 1;
          phrase = false;
        }
      } else phrase = false;
    }
    if (head >= 0) imp[head] = imp[head]! | 2;
    if (!allTargets) orAlternative(toks, imp, text, end);
  }
  // The author a pick is by ("… by Wes McKinney") still names it ("Seconding the McKinney
  // book"): a target, though not what is plainly advised.
  if (pick && !item && pickEnd < text.length) {
    const authorEnd = text.indexOf(',', pickEnd + 1);
    for (let i = headWords; i < n && (authorEnd < 0 || toks[i]!.start < authorEnd); i++) imp[i] = imp[i]! | 1;
  }
  // A common word heading a pick's phrase is named by it ("Sticky TAPE!", "Soft Paws nail CAPS"):
  // plainly advised with it, as an imperative's head noun is ("send a demand LETTER").
  // (Not a title's last word: "The Universe of Minds" and "Extravagant Universe" are two books.)
  if (allTargets && item)
    for (let i = 1; i < headWords; i++)
      if (
        (imp[i - 1]! & 2) === 2 &&
        (imp[i]! & 2) === 0 &&
        !toks[i]!.stop &&
        joined(toks[i - 1]!, toks[i]!, text)
      )
        imp[i] = imp[i]! | 2;
  // …unless it has none: "My car.", "Good tires." are picks all the same.
  if (allTargets && !imp.some((f) => (f & 2) === 2)) {
    for (let i = 0; i < headWords; i++) if (!toks[i]!.stop && !has(toks[i], F_CATEGORY)) imp[i] = imp[i]! | 2;
  }
  // "Talk to your doctor ABOUT PROPRANOLOL": whom to ask is the way; what to ask about is the advice.
  const experts = allTargets ? null : askedAbout(toks, imp);
  // "Mouth tape sounds crazy but it fixed my snoring": the thing doubted, then praised.
  if (!allTargets && spans.length === 0) {
    const end = doubtedThenPraised(toks);
    for (let k = 0; k < end; k++) if (!toks[k]!.stop) imp[k] = imp[k]! | 3;
  }
  // "COMOTOMO was the only one that worked for us", "CTRL+END was the fix for us": the thing
  // said to be what worked.
  if (
    !allTargets &&
    spans.length === 0 &&
    // (Most sentences name no such thing: the words the pattern needs, looked for first.)
    (text.includes(' only ') || WORKED_NOUN.test(text))
  ) {
    const only = ONLY_ONE_WORKED.exec(text);
    if (only)
      for (let k = 0; k < n && toks[k]!.end <= only[1]!.length; k++) if (!toks[k]!.stop) imp[k] = imp[k]! | 3;
  }
  // "That sounds like EARLY BLIGHT": the cause a whole sentence guesses at is what it names
  // ("That's almost certainly THE SERPENTINE BELT": a cause said with how sure, too).
  const cause = !allTargets && spans.length === 0 ? causeNamedAt(text) : -1;
  if (cause >= 0)
    for (let k = 0; k < n; k++) if (toks[k]!.start >= cause && !toks[k]!.stop) imp[k] = imp[k]! | 3;
  if (!allTargets && !toks[0]?.stop) {
    const job = jobVerbAt(toks);
    for (let i = 0; i < job; i++) imp[i] = imp[i]! | 3;
  } else if (!allTargets && MEASURE_OPENING.test(text)) {
    // "A layer of SAND or GRIT on top of the soil stops them laying eggs": what the measure is of.
    const job = MEASURED_JOB.exec(text);
    if (job)
      for (let k = 0; k < n && toks[k]!.end <= job[0].length; k++)
        if (toks[k]!.start >= job[1]!.length && !toks[k]!.stop) imp[k] = imp[k]! | 3;
  }
  // "Agree with ann, a SHOP LIGHT 2 inches above them": the thing named after agreeing.
  if (!allTargets && AGREED_THING.test(text)) {
    // The word after the comma's article, up to a small word or a number.
    for (let i = toks.findIndex((t) => text.charCodeAt(t.end) === 44) + 2; i < n; i++) {
      if (toks[i]!.stop || /^\d/.test(toks[i]!.lower)) break;
      imp[i] = imp[i]! | 3;
    }
  }
  // "I tried MAGNESIUM and it helped a lot": what the writer took up is what worked.
  const triedWorked = allTargets
    ? null
    : (triedThenWorked(toks, text) ??
      thenAllGood(toks) ??
      whatWorkedWas(toks, text) ??
      foundAfterTrying(toks, text));
  if (triedWorked)
    for (let i = triedWorked[0]; i < triedWorked[1]; i++) if (!toks[i]!.stop) imp[i] = imp[i]! | 3;
  // A thing said to be worth its price ("A good trainer for two sessions IS WORTH EVERY PENNY")
  // is advised, and praised as what worked is.
  const worth = allTargets ? 0 : worthSubject(toks);
  const tried = (i: number): boolean =>
    i < worth || (triedWorked !== null && i >= triedWorked[0] && i < triedWorked[1]);
  // "Baking soda and vinegar, let IT fizz…": a thing named before an imperative that points back
  // to it is what the imperative advises.
  if (!allTargets) {
    const named = Math.max(frontedObject(toks, text, spans), worth);
    for (let i = 0; i < named; i++) if (!toks[i]!.stop) imp[i] = imp[i]! | 3;
  }
  const inImperative = (i: number): boolean => (imp[i]! & 1) === 1;
  const plainly = (i: number): boolean =>
    (imp[i]! & 2) === 2 || afterStrongCue(toks, i) || outcomeNext(toks, i);
  const framed = frameEnd(toks, text, allTargets);
  const inFrame = (i: number): boolean => toks[i]!.start < framed;
  // A URL written out is a link, not words ("https", "www", "pdf"): its post's link keys stand for it.
  const urls = urlSpans(text);
  let out: Term[] = codeTerms(text);
  // In prose only: a code block's options belong to its own commands (`npm i esm --save` and
  // `npm i milsymbol --save` are not one fix).
  if (text.includes('--')) optionTerms(text, toks, out);
  // Paths in prose only: a code block's paths are mostly its program's own (driver files, output).
  pathTerms(text, out);
  domainTerms(text, out);
  for (const c of proseCommands(text, toks)) if (!out.some((t) => t.key === c.key)) out.push(c);
  if (urls.length > 0) out = out.filter((c) => !urls.some(([a, b]) => c.start < b && c.end > a));
  const lex = lexicon();
  // Tokens consumed by a lexicon form or inside a code token or URL are not also plain words
  // ("script.js" is one code key, not the words "script" and "js").
  const claimed = new Uint8Array(n);
  // "FAIR, it does sting on open cracks": a point granted, not a fair to go to.
  if (n > 1 && toks[0]!.lower === 'fair' && /^\W*fair(?: enough| point)?[,.!;:]/i.test(text)) claimed[0] = 1;
  for (const t of out) {
    if (t.key.startsWith('k:$')) {
      // A command's launcher is no word of the advice: "use git revert" and "use git push
      // --force-with-lease" share "git" and nothing else.
      const launcher = t.key.slice(3).split(' ', 1)[0]!;
      if (LAUNCHERS.has(launcher))
        for (let i = 0; i < n; i++)
          if (toks[i]!.start >= t.start && toks[i]!.lower === launcher) {
            claimed[i] = 1;
            break;
          }
      continue;
    }
    let first = -1;
    for (let i = 0; i < n; i++) {
      if (toks[i]!.end <= t.start) continue;
      if (first < 0) first = i;
      if (toks[i]!.start < t.end) claimed[i] = 1;
    }
    // A code token is advised when the sentence tells the reader to use it ("add type=module",
    // "I used require()"), not when it only names it ("the file ms.js").
    if (first >= 0 && !inFrame(first)) {
      t.strong = plainly(first);
      // A path an answer names is where to look or what to edit ("logs are under /var/log/*"),
      // however the sentence puts it; a long option is what to pass ("push with --force-with-lease").
      t.target =
        t.strong ||
        inImperative(first) ||
        isTarget(toks, first, first + 1) ||
        isPathKey(t.key) ||
        t.key.startsWith('k:--');
    }
  }
  for (const [a, b] of urls)
    for (let i = 0; i < n; i++) if (toks[i]!.start < b && toks[i]!.end > a) claimed[i] = 1;
  // "Wait, that doesn't make sense": an opening "wait" cut off by punctuation is an interjection.
  if (n > 1 && toks[0]!.lower === 'wait' && /^[,!?…]/.test(text.charAt(toks[0]!.end))) claimed[0] = 1;
  for (let i = 0; i < toks.length; i++) {
    if (claimed[i]) continue;
    const hit = matchForm(toks, i);
    if (!hit) continue;
    // A word of an identifier ("node_modules", "log_level") is no word of prose: no concept.
    if (text.charCodeAt(toks[i]!.start - 1) === 95 || text.charCodeAt(toks[i + hit.len - 1]!.end) === 95)
      continue;
    // Nor is a common noun that opens a name of several capitalised words ("Booz Allen
    // Hamilton", "Heat Wave Records"), though a brand or drug name is itself a name.
    if (
      !hit.form.instance &&
      hit.len === 1 &&
      capitalisedMidSentence(toks, i, text) &&
      capitalisedMidSentence(toks, i + 1, text) &&
      adjacent(toks, i, text)
    )
      continue;
    const c = hit.form.concept;
    // "In autumn THEY SLOW DOWN or stop": a deed the concept names, told of what someone else
    // does, outside any instruction, advises no one to do it.
    if (
      i > 0 &&
      DOERS.has(toks[i - 1]!.lower) &&
      (hit.len > 1 || has(toks[i], F_IMPERATIVE_VERB)) &&
      !inImperative(i)
    ) {
      for (let j = 0; j < hit.len; j++) claimed[i + j] = 1;
      i += hit.len - 1;
      continue;
    }
    // "Talk to your ADVISOR", "speak to a THERAPIST": who to go to is the advice, not talking.
    if (c.id === 'conversation' && toAdviser(toks, i + hit.len)) {
      for (let j = 0; j < hit.len; j++) claimed[i + j] = 1;
      i += hit.len - 1;
      continue;
    }
    const first = toks[i]!;
    const last = toks[i + hit.len - 1]!;
    // "the book 'Healing Back Pain'" advises the title, not books in general (see CATEGORY_NOUNS);
    // "MY PEDIATRICIAN said to…" is whose advice it is, not advice to see one.
    const told = toldBy(toks, i, i + hit.len);
    const kindOnly =
      inFrame(i) || (hit.len === 1 && has(first, F_CATEGORY) && titleFollows(toks, i, text)) || told;
    // A brand or drug name is specific enough to count as the object of advice wherever it stands.
    const strong = !kindOnly && plainly(i);
    // A concept the imperative's verb itself says ("TALK TO your neighbours", "HAVE A CHAT with
    // them") is what is advised, though a light verb alone would only lead to it.
    const said = !kindOnly && spans.some((s) => s.verb === first.start);
    const negated = isNegated(toks, i, text);
    const target =
      (hit.form.instance && !inFrame(i) && !told) ||
      (!kindOnly &&
        (strong || said || inImperative(i) || isTarget(toks, i, i + hit.len) || bestOfKind(toks, i)));
    out.push({
      key: conceptKey(c.id),
      kind: 'concept',
      start: first.start,
      end: last.end,
      instance: hit.form.instance,
      canon: hit.form.text,
      fuzzy: hit.fuzzy,
      negated,
      cures: hit.form.fault && negated ? true : undefined,
      target,
      strong,
      worked: !kindOnly && (outcomeNext(toks, i + hit.len - 1) || tried(i)),
    });
    if (c.parent && lex.concepts.has(c.parent)) {
      out.push({ key: conceptKey(c.parent), kind: 'parent', start: first.start, end: last.end, target });
    }
    for (let j = 0; j < hit.len; j++) claimed[i + j] = 1;
    i += hit.len - 1;
  }
  /** The phrase of tokens i and i + 1; in a fronted setting, as its words are, where the advice applies. */
  // A phrase is negated where an imperative argues against what it acts on ("skip the BAKING SODA").
  const against = (i: number): boolean =>
    spans.some((sp) => sp.against === true && toks[i]!.start >= sp.from && toks[i]!.start < sp.end) &&
    isNegated(toks, i, text);
  const pushPhrase = (i: number, negated = against(i), j = i + 1): void => {
    const framed = inFrame(i);
    // "NOSE WIRE masks are a must": a phrase inside a longer one is praised with its last word.
    let last = j;
    while (last < j + 2 && phraseAt(last)) last++;
    const strong = !framed && (plainly(i) || plainly(j) || (last > j && plainly(last)));
    out.push({
      key: phraseKey(toks[i]!.info, toks[j]!.info),
      kind: 'phrase',
      start: toks[i]!.start,
      end: toks[j]!.end,
      target:
        !framed && (strong || inImperative(i) || isTarget(toks, i, last + 1) || isFullName(toks, i, text)),
      strong,
      negated,
    });
  };
  /** Whether tokens k and k + 1 make a phrase: content words, a space or hyphen between. */
  const phraseAt = (k: number): boolean => {
    const a = toks[k];
    const b = toks[k + 1];
    if (!a || !b || a.stop || b.stop || claimed[k] || claimed[k + 1] || b.start - a.end !== 1) return false;
    const sep = text.charCodeAt(a.end);
    return (sep === 32 || sep === 45) && !saysWhatItDoes(b.raw, b.lower, wordAfter(toks, k + 1, text));
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.stop || claimed[i]) continue;
    const next = toks[i + 1];
    // "non-Chomskian", "anti-inflammatory", "self-watering": the prefix makes another word of
    // it, so the two are one word, keyed as their phrase only, never as the word alone.
    if (
      OPPOSITE_PREFIXES.has(t.lower) &&
      next &&
      !next.stop &&
      !claimed[i + 1] &&
      next.start === t.end + 1 &&
      text.charCodeAt(t.end) === 45
    ) {
      pushPhrase(i, isNegated(toks, i, text));
      i++;
      continue;
    }
    // "I recommend the book 'Research Methods'", "the paper Attention Is All You Need": the kind
    // of thing is not what is advised, the title that follows it is.
    const kindOnly =
      inFrame(i) || (has(t, F_CATEGORY) && titleFollows(toks, i, text)) || namesKindOf(toks, i, phraseAt(i));
    // "Don't SKIP the primer": the verb urges what it acts on, and is not itself the advice
    // (it is in "Don't skip it").
    const urges =
      LEAVING_UNDONE.has(t.lower) && !PRONOUN_OBJECTS.has(next?.lower ?? '') && isNegated(toks, i, text);
    // "Unsubscribe from everything YOU DON'T READ": what the reader leaves undone picks out the
    // thing; it is neither advised nor warned against.
    const describes = undoneByReader(toks, i, text) || whenClauseHead(toks, i);
    const strong = !kindOnly && !urges && !describes && plainly(i);
    const advised =
      strong || (!kindOnly && !urges && !describes && (inImperative(i) || isTarget(toks, i, i + 1)));
    const name = !advised && !kindOnly && isName(toks, i, text);
    const lettered = letterBefore(toks, i, text);
    out.push({
      key: lettered === null ? t.info.key : 'w:' + wordStem(lettered + t.lower),
      kind: 'word',
      start: lettered === null ? t.start : t.start - 2,
      end: t.end,
      target: advised || name,
      named: name,
      // "Don't SKIP it", "don't IGNORE it": a negated verb of leaving a thing undone urges it.
      negated: !LEAVING_UNDONE.has(t.lower) && !describes && isNegated(toks, i, text),
      strong,
      worked: strong && (outcomeNext(toks, i) || tried(i)),
    });
    // Adjacent content words with nothing but a space or hyphen between: a phrase.
    if (phrases && next && phraseAt(i)) {
      pushPhrase(i);
      // "unscented CLUMPING litter" is unscented litter too: a describing word between a
      // word and the head of their phrase is skipped once, for a phrase of the two.
      if (
        DESCRIBING.test(next.lower) &&
        phraseAt(i + 1) &&
        !(toks[i + 3] && phraseAt(i + 2)) &&
        !(i > 0 && phraseAt(i - 1))
      )
        pushPhrase(i, against(i), i + 2);
    }
  }
  if (!allTargets) for (const span of spans) deedTerm(toks, span, text, out);
  // What the advice is set aside for ("use --force-with-lease INSTEAD OF --force", "the right
  // alignment RATHER THAN strength") is not what it is about: its keys would join the sentence
  // to the very thing it turns from.
  // "The Rest Is History", "In Our Time": a title in capitals with small words inside is one
  // name however its small words are written ("The Rest is History"), not its words apart.
  // Only where it is what is advised: a title said in passing ("Maybe The Lord of the Rings was
  // autobiographical") would name a suggestion of its own.
  if (phrases)
    for (const [from, to] of titleRuns(
      toks,
      text,
      !allTargets && spans.length > 0 && spans[0]!.verb === toks[0]?.start,
    )) {
      if (urls.some(([a, b]) => toks[from]!.start < b && toks[to - 1]!.end > a)) continue;
      const title = titleTerm(toks, from, to, out, text, allTargets && toks[from]!.start < pickEnd);
      if (!title.target) continue;
      out.push(title);
      // What is advised is the title, not each of its words: "Read Logical Chess Move by Move"
      // gives no advice about a move.
      for (const t of out)
        if (t !== title && t.kind === 'word' && t.start >= title.start && t.end <= title.end) {
          t.strong = false;
          t.named = t.target = true;
        }
    }
  const contrast = contrastSpan(toks, text, spans);
  if (contrast !== null)
    out = out.filter((t) => t.start < contrast[0] || t.start >= contrast[1] || t.end === t.start);
  // "Take it around 10pm LOCAL TIME", "stay awake until local BEDTIME": when, not what, is advised.
  const clock = CLOCK_HINT.test(text) ? clockSpans(toks) : null;
  if (clock !== null)
    out = out.filter(
      (t) =>
        (t.kind !== 'word' && t.kind !== 'phrase') || !clock.some(([a, b]) => t.start >= a && t.start < b),
    );
  // A main clause that points back ("If you supplement magnesium, get IT as glycinate") is
  // about what the setting names: only a setting nothing points back to is mere setting.
  if (framed > 0 && !BACK_REFERENCE.test(text.slice(framed)))
    for (const t of out) if (t.end > t.start && t.start < framed) t.setting = true;
  if (experts !== null)
    for (const t of out) if (experts.some(([a, b]) => t.start <= a && t.end >= b)) t.setting = true;
  // "Lemon juice works IF YOU DON'T LIKE THE VINEGAR SMELL": what the reader would rather do
  // without, after the advice, is what it replaces, not what it advises.
  const trailing = text.includes(' if you ') ? RATHER_NOT.exec(text) : null;
  if (trailing && framed === 0 && out.some((t) => t.target && t.end <= trailing.index))
    for (const t of out) if (t.end > t.start && t.start > trailing.index) t.setting = true;
  // "…then talk to the landlord IF TALKING TO THEM DOESN'T WORK": what is tried first, named
  // in the fallback's condition, is not what it advises.
  const fallback = framed === 0 && text.includes(' if ') ? IF_IT_FAILS.exec(text) : null;
  if (fallback && out.some((t) => t.target && t.end <= fallback.index))
    for (const t of out) if (t.end > t.start && t.start > fallback.index) t.setting = true;
  // "Only take cash … BEFORE YOU HAND OVER THE KEYS": when to do it is not what is advised.
  const when = framed === 0 && text.includes(' you ') ? WHEN_YOU.exec(text) : null;
  if (when && out.some((t) => t.target && t.end <= when.index))
    for (const t of out) if (t.end > t.start && t.start > when.index) t.setting = true;
  // "Check for malware, crypto miners will MAX OUT YOUR CPU": a clause after the instruction
  // saying what some other thing does is why, not what is advised.
  // (Most sentences have no comma: the pattern is not run on them.)
  const why = framed === 0 && spans.length > 0 && text.includes(', ') ? REASON_AFTER.exec(text) : null;
  if (why && !spans.some((s) => s.end > why.index) && out.some((t) => t.target && t.end <= why.index))
    // (What the clause does it to, not its subject or what it is said to be: "…, your
    // statistics might be STALE" names the cause a reply may dispute.)
    for (const t of out) if (t.end > t.start && t.start >= why.index + why[0].length - 1) t.setting = true;
  // "Keep a headache diary for a month: SLEEP, FOOD, DRINKS, STRESS": what a record is to hold
  // is what to note down, not what is advised.
  const record = text.includes(': ') ? RECORD_OF.exec(text) : null;
  const listed = record === null ? -1 : record.index + record[0].length;
  if (record && out.some((t) => t.target && t.end < listed))
    for (const t of out) if (t.end > t.start && t.start >= listed) t.setting = true;
  // "Switch YOUR ROUTER to a less crowded channel", "set THE THERMOSTAT to 18": what is
  // switched is where the advice is carried out; what it is switched to is the advice.
  const switched = framed === 0 && text.includes(' to ') ? SWITCHED_TO.exec(text) : null;
  if (switched) {
    const from = switched.index + switched[0].length - switched[1]!.length;
    const to = switched.index + switched[0].length;
    if (out.some((t) => t.target && t.start >= to))
      for (const t of out) if (t.end > t.start && t.start >= from && t.end <= to) t.setting = true;
  }
  // "Add rye flour TO EACH FEEDING", "take it WITH EVERY MEAL", "play fetch BEFORE THE WALK": how
  // often or when, after what is advised, is not what it is about (a thread about feeding would
  // gather every answer that feeds).
  const each =
    text.includes(' each ') ||
    text.includes(' every ') ||
    text.includes(' before ') ||
    text.includes(' after ')
      ? EACH_TIME.exec(text)
      : null;
  if (each && out.some((t) => t.target && t.end <= each.index))
    for (const t of out)
      if (t.end > t.start && t.start >= each.index && t.end <= each.index + each[0].length) t.setting = true;
  // "Turn off the water under the sink FIRST, THEN replace the cartridge": the fix is what comes
  // after its preparation; the step before stays a target, no longer what is plainly advised.
  const prepared = text.includes('first') ? PREPARED.exec(text) : null;
  if (prepared) for (const t of out) if (t.start < prepared.index && t.kind !== 'code') t.strong = false;
  return out;
}

/**
 * "Comotomo was the only one that worked for us", "Ctrl+End was the fix for us": what comes
 * before is what worked.
 */
const WORKED_NOUN = / (?:fix|answer|solution|culprit)\b/i;

const ONLY_ONE_WORKED =
  /^(\W*(?!(?:it|this|that|he|she|they|which)\b)[\w'\u2019 +.-]{1,40}?) (?:is|was|are|were) (?:the only (?:one|ones|thing|brand|kind|type|stuff) (?:that |which )?(?:\w+ )?(?:works|worked|helps|helped)\b|(?:the|our|my) (?:fix|answer|solution|culprit)(?= for (?:me|us)\b|\s*[.!]*$))/i;

/** How often or when, after the advice: "…to each feeding", "…with every meal", "…before the walk". */
const EACH_TIME =
  / (?:(?:to|with|at|in|into|after|before|on|for|during) (?:each|every) [a-z][\w-]*(?: [a-z][\w-]*ing\b)?|(?:before|after) (?:the|your|his|her|its|their) [a-z][\w-]*(?=[,.;!?]|$| (?:so|and|to|until|or)\b))/;

/** A record kept, then what goes in it: "…a headache diary for a month: ", "…a food log: ". */
const RECORD_OF = /\b(?:diary|journal|log|logbook|spreadsheet|record|tracker)\b[^:;.!?]{0,30}: /i;

/** What a setting is switched on: "Switch your router to…", "set the phone over to…". */
const SWITCHED_TO =
  /^(?:(?:just|also|so|and|then|first|try to|you can|you could|i'd|i would),? )?(?:switch|set|change|turn) (?:your|the) ((?:[\w-]+ ){0,2}?[\w-]+)(?= (?:over |back )?to (?:(?:a|an|the|your|its)\b|\d))/i;

/** A clause with its own subject and a modal, after a comma: ", crypto miners will max out…". */
const REASON_AFTER =
  /, (?:(?:the|some|most|many|a lot of|lots of|old|bad|cheap) )?(?:[a-z][\w-]* ){1,2}(?:will|can|could|may|might|would|often|usually|tend to|always) (?!be\b|get\b|look\b|seem\b)(?:\w+ )?[a-z]/;

/**
 * A clause of when, after the advice: "…before you hand over the keys", "…until you feel it",
 * "…in case you need to go to the landlord later".
 */
const WHEN_YOU = / (?:before|until|till|after|once|whenever|in case) you /;

/** A condition that what is tried first fails: "…if talking to them doesn't work", "…if that fails". */
const IF_IT_FAILS =
  / (?:if|when) (?!you\b)[^,;.!?]{1,40}? (?:doesn't|does not|don't|do not|didn't|did not|won't|will not) (?:work|help)\b| (?:if|when) (?!you\b)[^,;.!?]{1,40}? fails?\b/;

/** A condition on what the reader dislikes or lacks: "…if you don't like the vinegar smell". */
const RATHER_NOT =
  / if you (?:don't|do not|can't|cannot|hate|dislike|aren't a fan of|are not a fan of) (?:like |stand |have |find |afford |use |get )?/;

/** Agreeing with someone, then a thing with its article: "Agree with ann, a shop light…". */
const AGREED_THING =
  /^(?:i )?(?:totally |completely |also |fully )?(?:agree|agreed)(?: with [\w-]+(?: [\w-]+)?)?, (?:an?|the|some) /i;

/** Whom one asks about a remedy: "ask your DOCTOR about…", "talk to the VET about…". */
const ASKED_ABOUT: ReadonlySet<string> = new Set(
  'doctor doctors gp physician pharmacist vet therapist psychiatrist dentist pediatrician paediatrician ped midwife'.split(
    ' ',
  ),
);

/** Verbs after "see your dentist and…" that say what the visit is for. */
const SEEN_FOR: ReadonlySet<string> = new Set(['get', 'ask']);

/**
 * Marks what one is told to ask an expert about (the words after "about") as plainly advised,
 * and returns where the experts asked are named ([start, end) offsets): whom to ask is the way,
 * so "Ask your vet about a stool deterrent" and "Get his stool checked by the vet" are not one
 * piece of advice through the vet.
 */
function askedAbout(toks: readonly Tok[], imp: Uint8Array): [number, number][] | null {
  let experts: [number, number][] | null = null;
  for (let a = 1; a < toks.length - 1; a++) {
    // "See your dentist AND GET a custom night guard", "…FOR a night guard": what the expert
    // is seen for, as what they are asked about.
    const lead = toks[a]!.lower;
    const skip =
      lead === 'about' || lead === 'for' ? 1 : lead === 'and' && SEEN_FOR.has(toks[a + 1]!.lower) ? 2 : 0;
    if (skip === 0 || (imp[a]! & 1) === 0) continue;
    let asked = -1;
    for (let b = Math.max(0, a - 3); b < a; b++) if (ASKED_ABOUT.has(toks[b]!.lower)) asked = b;
    if (asked < 0 || (lead !== 'about' && asked !== a - 1)) continue;
    let k = a + skip;
    while (k < toks.length && toks[k]!.stop) k++;
    if (k < toks.length) {
      imp[k] = imp[k]! | 3;
      (experts ??= []).push([toks[asked]!.start, toks[asked]!.end]);
    }
  }
  return experts;
}

/** Whether the thing at [i, j) is someone's own adviser telling: "my doctor SAID…", "our vet told us…". */
function toldBy(toks: readonly Tok[], i: number, j: number): boolean {
  return OWNERS.has(toks[i - 1]?.lower ?? '') && TELLING.has(toks[j]?.lower ?? '');
}

const OWNERS: ReadonlySet<string> = new Set('my our his her their'.split(' '));

/** Whether the words from k name someone whose job is to advise or decide ("your advisor", "a vet"). */
function toAdviser(toks: readonly Tok[], k: number): boolean {
  if (PHRASE_OPENERS.has(toks[k]?.lower ?? '')) k++;
  // ("Talk to an ACTUAL lawyer", "speak to your FAMILY doctor".)
  if (ADVISER_KINDS.has(toks[k]?.lower ?? '')) k++;
  return ADVISERS.has(toks[k]?.lower ?? '');
}

/** Words saying what kind of adviser follows them. */
const ADVISER_KINDS: ReadonlySet<string> = new Set(
  'actual real good proper qualified licensed independent local own trusted family employment couples school'.split(
    ' ',
  ),
);

const ADVISERS: ReadonlySet<string> = new Set(
  (
    'doctor doctors gp physician pediatrician paediatrician therapist counselor counsellor psychologist ' +
    'psychiatrist advisor adviser supervisor teacher teachers principal landlord manager boss hr lawyer ' +
    'attorney vet pharmacist dentist mechanic professor tutor mentor nurse midwife accountant specialist'
  ).split(' '),
);
const TELLING: ReadonlySet<string> = new Set(
  'said says told tells recommended recommends suggested suggests thinks thought swears insisted'.split(' '),
);

/**
 * Words whose preposition leads on to what is advised: things named by what they are made of
 * ("a layer OF sand", "a mix OF vinegar and water") or measured in ("a few drops OF food
 * colouring", "a pinch OF salt"), and the eyes kept on where to look.
 */
const LEADS_ON: ReadonlyMap<string, string> = new Map([
  ...'mix mixture blend solution layer layers coat coating paste slurry drop drops dash pinch splash squirt dab handful spoonful teaspoon tablespoon capful'
    .split(' ')
    .map((w): [string, string] => [w, 'of']),
  ['eye', 'on'],
  ['eyes', 'on'],
]);

/** Verbs that do one deed to a thing, in one key: taking it away, or putting another in its place. */
const DEED_VERBS: ReadonlyMap<string, string> = new Map([
  ...'remove removing'.split(' ').map((w): [string, string] => [w, 'remove']),
  ...'replace replacing swap swapping change changing switch switching'
    .split(' ')
    .map((w): [string, string] => [w, 'replace']),
]);

/** Words after "switch" or "change" that make it no replacing: "switch TO", "switch OFF". */
const NOT_PUT_IN_PLACE: ReadonlySet<string> = new Set('to over off on from into'.split(' '));

/** Verbs that take a thing away with "off" or "out" after them ("PULL OFF the bottom leaves"). */
const OFF_VERBS: ReadonlySet<string> = new Set('pull pick cut snip clip take strip trim'.split(' '));

/** The deed keys, in the word keys' own form ("remove" and "removing" are one stem). */
const DEED_KEYS: ReadonlyMap<string, string> = new Map(
  ['remove', 'replace'].map((d) => [d, 'w:' + wordStem(d)]),
);

/** Words between a "don't" and the deed it argues against. */
const NEGATED_DEED_LEAD: ReadonlySet<string> = new Set(
  'don t never just ever simply only always even'.split(' '),
);

/** The deed an imperative's verb does to what follows it, if it is one of DEED_VERBS. */
function deedTerm(toks: Tok[], span: Imperative, text: string, out: Term[]): void {
  let i = 0;
  while (i < toks.length && toks[i]!.start < span.verb) i++;
  if (toks[i]?.start !== span.verb) return;
  // "Don't just REPLACE the battery": the deed past the negation and its adverbs.
  if (span.against) while (i < toks.length - 1 && NEGATED_DEED_LEAD.has(toks[i]!.lower)) i++;
  const v = toks[i]!;
  const next = toks[i + 1];
  // "SWITCH TO Battery saver", "change over to…", "switch off": taking up a thing or turning it
  // off puts nothing in another's place.
  let deed = next !== undefined && NOT_PUT_IN_PLACE.has(next.lower) ? undefined : DEED_VERBS.get(v.lower);
  let end = v.end;
  if (deed === undefined && next !== undefined && next.start === v.end + 1) {
    if (OFF_VERBS.has(v.lower) && (next.lower === 'off' || next.lower === 'out')) deed = 'remove';
    else if (v.lower === 'get' && next.lower === 'rid' && toks[i + 2]?.lower === 'of') {
      deed = 'remove';
      end = toks[i + 2]!.end;
    }
    if (deed !== undefined && end === v.end) end = next.end;
  }
  if (deed === undefined || end >= span.end) return;
  out.push({
    key: DEED_KEYS.get(deed)!,
    kind: 'word',
    start: v.start,
    end,
    target: true,
    negated: isNegated(toks, i, text),
    deed: true,
  });
}

/** Possessives and articles before a thing named by its kind: "YOUR baking soda", "A sleeping bag". */
const GERUND_OPENERS: ReadonlySet<string> = new Set([
  ...THING_DETERMINERS,
  'your',
  'its',
  'fresh',
  'new',
  'old',
]);

/**
 * A word in -ing between a thing's opener and its head noun ("check your BAKING soda", "a
 * SLEEPING bag") names the kind of thing, not a deed: "Bake it longer" is other advice. The
 * phrase of the two keeps it.
 */
function namesKindOf(toks: readonly Tok[], i: number, phrase: boolean): boolean {
  const t = toks[i]!;
  return (
    phrase && i > 0 && t.lower.length > 5 && t.lower.endsWith('ing') && GERUND_OPENERS.has(toks[i - 1]!.lower)
  );
}

/** Where a step done first gives way to the fix: "…first, then …". */
const PREPARED = /\bfirst\s*,?\s*(?:and\s+)?then\b/i;

const IS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 's']);

/** A number, in digits or words, or "a", "an", "one" before a measure ("an hour", "a week"). */
function isQuantity(t: Tok | undefined, next: Tok | undefined): boolean {
  if (t === undefined) return false;
  const c = t.lower.charCodeAt(0);
  if ((c >= 48 && c <= 57) || NUMBER_WORD_SET.has(t.lower)) return true;
  return (
    (t.lower === 'a' || t.lower === 'an' || t.lower === 'one' || t.lower === 'half') &&
    MEASURE.test(next?.lower ?? '')
  );
}

const MEASURE =
  /^(?:hours?|days?|weeks?|months?|years?|minutes?|seconds?|miles?|km|cups?|glass(?:es)?|inch(?:es)?|foot|feet|pounds?|dollars?|bucks|quarter|half|few|couple|dozen|bit|little)$/;

/** Verbs of leaving one thing for another ("switched from X to Y"). */
const SWITCHED: ReadonlySet<string> = new Set('switch switched switching moved changed'.split(' '));

/** Comparatives whose "than" sets the advice against another thing ("safer than --force"). */
const COMPARED: ReadonlySet<string> = new Set([...PRAISING_COMPARATIVES, 'cleaner', 'more', 'less']);

/** Words without one of which a sentence names no clock time (see `clockSpans`). */
const CLOCK_HINT = /\d|noon|midnight|bedtime|dawn|dusk|sunset|sunrise|sundown/;

/** Prepositions a clock time follows: "AROUND 10pm", "AFTER noon", "UNTIL local bedtime". */
const CLOCK_PREPOSITIONS: ReadonlySet<string> = new Set(
  'at around after before until till by past'.split(' '),
);

/** Words between such a preposition and its time: "around ABOUT 10", "until LOCAL bedtime". */
const CLOCK_LEADS: ReadonlySet<string> = new Set(
  'about around roughly exactly approximately local your their the usual normal'.split(' '),
);

/** Times of day by name. */
const CLOCK_NAMES: ReadonlySet<string> = new Set(
  'noon midnight bedtime dawn dusk sunset sunrise sundown'.split(' '),
);

/** Words that go on with a time: "10 PM", "9 O'CLOCK", "noon LOCAL TIME". */
const CLOCK_TAILS: ReadonlySet<string> = new Set("am pm o'clock oclock local time".split(' '));

/** A time by the clock: "10", "10pm", "9:30". */
const CLOCK_DIGITS = /^\d{1,2}(?:[:.]\d\d)?(am|pm)?$/;

/**
 * Where a sentence says at what time of day (from its preposition to the time's last word):
 * "around 10pm local time", "after noon", "until local bedtime". A bare number is a time only
 * with "am", "pm", "o'clock" or "local" after it ("after 2 weeks" is no time of day).
 */
function clockSpans(toks: readonly Tok[]): [number, number][] | null {
  let spans: [number, number][] | null = null;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!CLOCK_PREPOSITIONS.has(toks[i]!.lower)) continue;
    let j = i + 1;
    while (j < i + 3 && j + 1 < toks.length && CLOCK_LEADS.has(toks[j]!.lower)) j++;
    const w = toks[j]!.lower;
    const digits = CLOCK_DIGITS.exec(w);
    const named = CLOCK_NAMES.has(w);
    if (!named && !(digits && (digits[1] !== undefined || CLOCK_TAILS.has(toks[j + 1]?.lower ?? ''))))
      continue;
    while (j + 1 < toks.length && CLOCK_TAILS.has(toks[j + 1]!.lower)) j++;
    (spans ??= []).push([toks[i]!.start, toks[j]!.end]);
    i = j;
  }
  return spans;
}

/** "…worked for me where bleach never did", "…helped when the spray didn't": group 1, what failed. */
const WHERE_OTHER_FAILED =
  /\b(?:worked|works|helped|helps|did the trick|fixed it)\b[^,;.!?]{0,30}? (?:where|when) ([^,;.!?]{1,40}?)( (?:never did|never has|never could|didn't|did not|hadn't|had not|couldn't|could not|failed)\b)/i;

/**
 * Where an instruction sets what it advises against another thing: from "instead of", "rather
 * than" or a comparative's "than" to the clause's end; or where a sentence leaves a thing
 * behind ("switched from X", to its "to"). Null when it does not, or when the
 * contrast opens the sentence ("Instead of cups, use a scale": what follows is the advice).
 */
function contrastSpan(
  toks: readonly Tok[],
  text: string,
  spans: readonly Imperative[],
): [number, number] | null {
  // "Eat at a tasca, not the places on Rua Augusta": what an instruction sets aside after ", not".
  // …and after ", never" ("Water at the soil, never on the leaves").
  let not = text.indexOf(', not ');
  let skip = 6;
  if (not < 0) {
    not = text.indexOf(', never ');
    skip = 8;
  }
  if (not > 0 && spans.some((sp) => sp.from < not && !punctuationBetween(text, sp.from, not, CLAUSE_MARKS))) {
    const from = not + skip;
    const rest = /[,;:!?]\s|\.(?:\s|$)|\s(?:but|and then|so)\s/.exec(text.slice(from));
    return [from, rest ? from + rest.index : text.length];
  }
  // "Vinegar worked for me WHERE BLEACH NEVER DID": what failed where the thing worked.
  const failed = text.includes(' where ') || text.includes(' when ') ? WHERE_OTHER_FAILED.exec(text) : null;
  if (failed !== null) {
    const from = failed.index + failed[0].length - failed[1]!.length - failed[2]!.length;
    return [from, from + failed[1]!.length];
  }
  if (!text.includes(' than ') && !text.includes('nstead of ') && !text.includes(' from ')) return null;
  for (let i = 1; i + 1 < toks.length; i++) {
    const b = toks[i + 1]!.lower;
    // Most tokens are no cue: one look at the word after them.
    if (b !== 'from' && b !== 'than' && b !== 'of') continue;
    const a = toks[i]!.lower;
    // "We switched FROM a lavender litter (to …)": what was left behind, in any sentence.
    if (b === 'from' && SWITCHED.has(a)) {
      const from = toks[i + 1]!.end;
      const rest = /\sto\s|[,;:!?]\s|\.(?:\s|$)|\s(?:and|but|so)\s/.exec(text.slice(from));
      return [from, rest ? from + rest.index : text.length];
    }
    // Only in an instruction: a story's "when we use import instead of require, it fails"
    // tells what went wrong, and what it sets aside may be the fix.
    // "…, which IS safer than --force": a thing weighed against another, in any sentence.
    const was = DEGREE.has(toks[i - 1]!.lower) && i > 1 ? toks[i - 2]! : toks[i - 1]!;
    // "An 8x4 pan instead of 9x5 makes it taller": the thing the sentence opens on, preferred.
    const weighed =
      (b === 'than' && COMPARED.has(a) && IS.has(was.lower)) ||
      (a === 'instead' && b === 'of' && i <= 5 && THING_DETERMINERS.has(toks[0]!.lower));
    const at = toks[i]!.start;
    if (!weighed && !spans.some((sp) => sp.from < at && !punctuationBetween(text, sp.from, at, CLAUSE_MARKS)))
      continue;
    // "no more than two cups", "less than an hour": a limit on how much, no other thing.
    if (b === 'than' && a !== 'rather' && isQuantity(toks[i + 2], toks[i + 3])) continue;
    if (
      (a === 'instead' && b === 'of') ||
      (a === 'rather' && b === 'than') ||
      (b === 'than' && COMPARED.has(a))
    ) {
      const from = toks[i + 1]!.end;
      const rest = /[,;:!?]\s|\.(?:\s|$)|\s(?:but|and then|so)\s/.exec(text.slice(from));
      return [from, rest ? from + rest.index : text.length];
    }
  }
  return null;
}

/**
 * The word keys of a text's words, those a lexicon form would claim too: a title's "credit card
 * debt" names a concept and is about cards and debt as well.
 */
export function wordKeys(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) if (!t.stop) out.push(t.info.key);
  return out;
}

/**
 * Word keys of `body` that the title says as the tail of a closed compound: a title asking about
 * a "smartphone" is about the "phones" its question names, "headphones" about "phones". Only a
 * tail the question also says on its own, so "mushroom" makes no topic of "room".
 */
export function compoundTailKeys(title: string, body: string): string[] {
  const heads: string[] = [];
  for (const t of tokens(title))
    if (!t.stop && t.info.key.startsWith('w:')) heads.push(bare(t.info.key.slice(2)));
  const out: string[] = [];
  for (const t of tokens(body)) {
    const key = t.info.key;
    if (t.stop || !key.startsWith('w:')) continue;
    const tail = bare(key.slice(2));
    if (tail.length < 4) continue;
    for (const h of heads) if (h.length >= tail.length + 3 && h.endsWith(tail)) out.push(key);
  }
  return out;
}

/** A stem without its final "e", which stemming keeps in short words only ("phone", "smartphon"). */
function bare(stem: string): string {
  return stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/** Pronouns a main clause points back to its setting with. */
const BACK_REFERENCE = /\b(?:it|its|them|they|one|ones|these|those)\b/i;

/** Whether every term of `key` in a sentence's terms stands in its fronted setting ("If …, then"). */
export function onlyInSetting(terms: readonly Term[], key: string): boolean {
  let setting = false;
  for (const t of terms) {
    if (t.key !== key) continue;
    if (!t.setting) return false;
    setting = true;
  }
  return setting;
}

/** Words of a negation between a subject and its verb ("you DON'T read", "you HAVE NEVER worn"). */
const NEGATION_PARTS: ReadonlySet<string> = new Set(
  'don t not do does did doesn didn never haven hasn have has ve rarely hardly'.split(' '),
);

/** Words before "you" that start a clause of its own, not one picking out a thing. */
const CLAUSE_STARTS: ReadonlySet<string> = new Set(
  'and but so or if when because then unless until'.split(' '),
);

/**
 * Whether token `i` is the verb of what the reader does not do, said of a thing named before it
 * ("everything you don't read", "the apps you never use", "anything you haven't worn").
 */
function undoneByReader(toks: readonly Tok[], i: number, text: string): boolean {
  let k = i - 1;
  let negated = false;
  while (k > 0 && i - k <= 3 && NEGATION_PARTS.has(toks[k]!.lower)) {
    if (toks[k]!.lower !== 'do' && toks[k]!.lower !== 'have' && toks[k]!.lower !== 'has') negated = true;
    k--;
  }
  // (Not "Whatever you do, | never declaw": a clause of its own.)
  if (!negated || k < 1 || toks[k]!.lower !== 'you') return false;
  if (punctuationBetween(text, toks[k]!.end, toks[i]!.start, CLAUSE_MARKS)) return false;
  const before = toks[k - 1]!.lower;
  return !CLAUSE_STARTS.has(before);
}

/** Pronouns a verb may act on, naming nothing of their own (or nothing at all: "Don't skip."). */
const PRONOUN_OBJECTS: ReadonlySet<string> = new Set(['it', 'this', 'that', 'them', '']);

/** Verbs of leaving a thing undone: negated, they tell the reader to do it. */
const LEAVING_UNDONE: ReadonlySet<string> = new Set(['skip', 'ignore', 'neglect', 'stop', 'quit']);

/** Of those, the verbs of halting: negated, only a doing after them goes on ("Don't stop asking"). */
const HALTING: ReadonlySet<string> = new Set(['stop', 'quit']);

/** Endings of words that describe a thing ("clumping", "scented", "natural", "washable"). */
const DESCRIBING = /(?:ing|ed|al|ful|ous|ive|able|ible)$/;

/**
 * The single letter hyphened to token `i` as one word ("D-lock", "U-lock", "X-ray", "e-bike"),
 * or null. The letter alone is no key, so without it a D-lock would be any lock, and "ditch the
 * cable lock, get a D-lock" would advise locks both ways.
 */
function letterBefore(toks: readonly Tok[], i: number, text: string): string | null {
  const prev = toks[i - 1];
  const t = toks[i]!;
  if (prev === undefined || prev.lower.length !== 1 || prev.end + 1 !== t.start) return null;
  // Not a party and state ("Ron Wyden (D-OR)", "R-NV"): a word of its own follows, not letters.
  if (t.lower.length < 3 || (t.raw.length <= 3 && t.raw === t.raw.toUpperCase())) return null;
  if (text.charCodeAt(prev.end) !== 45 || !LETTER.test(prev.lower)) return null;
  const before = prev.start > 0 ? text.charAt(prev.start - 1) : ' ';
  return before === '-' || WORD_CHAR.test(before) ? null : prev.lower;
}

/**
 * Prefixes that, hyphened to a word, make another word of it: its opposite ("non-stick",
 * "anti-inflammatory"), or a thing that does it by itself ("self-watering spikes" are no
 * advice to water).
 */
const OPPOSITE_PREFIXES: ReadonlySet<string> = new Set(['non', 'anti', 'self']);

/** Verbs in -s that follow their subject ("the army cares", "the article explains"). */
const VERBS_S = new Set(
  'says thinks cares wants needs knows seems means decides explains helps makes takes gets goes comes does has feels likes loves hates asks tells gives keeps lets puts sees becomes happens depends matters sounds suggests recommends mentions argues claims refers tends stays lives dies remains solves fixes cures costs'.split(
    ' ',
  ),
);

/**
 * Words that open a noun phrase (articles, possessives, object pronouns): after one, a word in
 * -s that could be a verb is one ("the framework PROVIDES all those things", "psychology
 * REMAINS a classic"), where after anything else it may be a plural noun ("unit tests first",
 * "progress reports every week", "the tests all came back fine").
 */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([...NOUN_PHRASE_OPENERS, 'me', 'him', 'them', 'us']);

/** What "shows" shows, when it is the verb: "…shows EVERY commit", "…shows YOU where". */
const SHOWN = /^(?:a|an|the|your|its|their|every|all|you|me|us|what|how|which|where|when|whether|if)$/;

/** Verbs that bring another with "to" ("tend to", "need to"): what a plural does, not its name. */
const TO_VERBS: ReadonlySet<string> = new Set('tend need want seem have ought used'.split(' '));

/**
 * The word right after token `i`, lowercase, when only a space stands between them; past an
 * "all" ("provides all those things"), the word after that.
 */
function wordAfter(toks: readonly Tok[], i: number, text: string): string | undefined {
  const next = toks[i + 1];
  if (!next || next.start !== toks[i]!.end + 1 || text.charCodeAt(toks[i]!.end) !== 32) return undefined;
  return next.lower === 'all' ? wordAfter(toks, i + 1, text) : next.lower;
}

/** A verb's third person ("provides", "reads", "watches", "tries") whose base form is a verb advice uses. */
function isVerbS(w: string): boolean {
  if (w.length < 4 || !w.endsWith('s') || w.endsWith('ss')) return false;
  const base = w.slice(0, -1);
  if (IMPERATIVE_VERBS.has(base)) return true;
  if (w.endsWith('ies')) return IMPERATIVE_VERBS.has(w.slice(0, -3) + 'y');
  return w.endsWith('es') && IMPERATIVE_VERBS.has(w.slice(0, -2));
}

/**
 * Whether a word after a noun says what the noun does rather than names more of it: a verb
 * ("Army cares", "Wife asked", "Dad drafted", "the framework provides all…") or an adverb
 * ("comparators easily", "mail shortly"). Such two words are a clause, not a phrase: "wife
 * ask" is no key. A capitalised word is a name ("Aunt Mildred"). `following` is the word after
 * it, lowercase, if any.
 */
/** Irregular participles that say how a thing is set ("left in the bottle", "kept by the door"). */
const SET_PARTICIPLES: ReadonlySet<string> = new Set(['left', 'kept', 'put', 'set', 'laid', 'hung', 'held']);

/** Words after such a participle that say where. */
const PLACE_WORDS: ReadonlySet<string> = new Set(
  'in on at by under over near inside outside behind beside around out'.split(' '),
);

export function saysWhatItDoes(raw: string, w: string, following?: string): boolean {
  if (raw !== w) return false;
  if (VERBS_S.has(w)) return true;
  // After a plural, a verb bringing another: "harsh punishments TEND to…", "kids NEED to…".
  if (following === 'to' && TO_VERBS.has(w)) return true;
  // "git reflog SHOWS every commit" (not "Mexican shows on Netflix").
  if (w === 'shows' && following !== undefined && SHOWN.test(following)) return true;
  // "traps CATCH the adults": a remedy doing its job on what follows.
  if (following !== undefined && DOES_THE_JOB.has(w) && PHRASE_OPENERS.has(following)) return true;
  if (w.length >= 5 && w.endsWith('ed') && !w.endsWith('eed')) return true;
  // "Red wine LEFT in the bottle", "a sock KEPT by the door": how the thing is set, no word of its name.
  if (following !== undefined && SET_PARTICIPLES.has(w) && PLACE_WORDS.has(following)) return true;
  if (following !== undefined && PHRASE_OPENERS.has(following) && isVerbS(w)) return true;
  // An adverb is a common word plus -ly ("easily", "shortly"); "family", "supply" are not.
  if (w.length >= 6 && w.endsWith('ly')) {
    const base = w.slice(0, -2);
    return (
      COMMON.has(wordStem(base)) || (base.endsWith('i') && COMMON.has(wordStem(base.slice(0, -1) + 'y')))
    );
  }
  return false;
}

/** A link target as grouping reads it: its key, and the host a sentence may show it by. */
interface LinkTarget {
  key: string;
  /** Host without www. */
  host: string;
  /**
   * The page whatever folder it sits in ("docs.openstack.org/…/logging_monitoring.html" for its
   * trunk and grizzly editions), when its name says which page it is; null otherwise.
   */
  page: string | null;
}

/** Page names that say nothing of which page it is. */
const GENERIC_PAGE =
  /^(?:index|default|readme|home|main|start|welcome|overview|introduction|intro)(?:\.\w+)?$/i;

/** A page name worth a key across folders: a slug of two words or more, not a bare id or program. */
function pageKeyOf(host: string, segments: readonly string[]): string | null {
  if (segments.length < 2) return null;
  const last = segments[segments.length - 1]!;
  if (last.length < 8 || GENERIC_PAGE.test(last) || !/\p{L}{3,}[-_]\p{L}{3,}/u.test(last)) return null;
  return `l:${host}/…/${last}`.toLowerCase();
}

/** Link targets by address: a thread is analysed again as it grows, with the same links each time. */
const LINKS = new Map<string, LinkTarget | null>();

/**
 * A sentence that is a link and nothing more: one web address, maybe after a footnote mark
 * ("[1]", "(2)") or a list bullet, or a word saying what it is ("Paper:", "PDF:").
 */
export const LINK_ONLY =
  /^(?:(\[\d{1,2}\]|\(\d{1,2}\))\s*|[*•-]\s+)?(?:(?:link|links|source|paper|pdf|article|url)\s*:\s*)?(?:https?:\/\/|www\.)\S+$/i;

/** The key and host of a link (null when it has neither path nor video id, or does not parse). */
export function linkTarget(href: string): LinkTarget | null {
  let target = LINKS.get(href);
  if (target === undefined) {
    target = parseLink(href);
    // Bound the memo like the others: a pathological page must not grow it without limit.
    if (LINKS.size > 20_000) LINKS.clear();
    LINKS.set(href, target);
  }
  return target;
}

/** Canonical key of a link target: host without www + path, so two answers citing one page meet. */
export function linkKey(href: string): string | null {
  return linkTarget(href)?.key ?? null;
}

/**
 * Query parameters that say which page an address is ("item?id=36819128", "watch?v=…",
 * "viewtopic.php?t=5", WordPress's "/?p=123"), most telling first. Others (tracking, sorting,
 * referrers) do not: the same page cited twice meets whatever follows it.
 */
const PAGE_PARAMS = ['v', 'id', 'p', 't', 'title', 'topic', 'thread', 'story', 'article', 'item'];

/** A last path segment that is a script or a word, not a page's own name or id. */
const GENERIC_PATH_END = /^(?:[a-z_-]{1,20}(?:\.(?:php|aspx?|jsp|cgi|pl|html?))?)?$/i;

function parseLink(href: string): LinkTarget | null {
  try {
    const u = new URL(href);
    const host = u.hostname.replace(/^www\./, '');
    const path = u.pathname.replace(/\/+$/, '');
    let which = '';
    // Only a path that names no page itself ("/item", "/watch", "/viewtopic.php", "/") has its
    // page in the query: "youtu.be/<id>?t=42" is the video, at a moment of it.
    if (u.search && GENERIC_PATH_END.test(path.slice(path.lastIndexOf('/') + 1)))
      for (const name of PAGE_PARAMS) {
        const value = u.searchParams.get(name);
        if (value) {
          which = `?${name}=${value}`;
          break;
        }
      }
    if (!path && !which) return null;
    return {
      key: `l:${host}${path}${which}`.toLowerCase(),
      host,
      page: which ? null : pageKeyOf(host, path.split('/').filter(Boolean)),
    };
  } catch {
    return null;
  }
}
