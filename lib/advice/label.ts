/**
 * Labels and quotes: a short phrase for each group in the answers' own words, and for each
 * supporter the one sentence that says it best.
 *
 * A label is the phrase most people used for the group's keys ("muscle relaxer"), widened by
 * one adjacent word on each side when it is a content word ("home TENS unit", "medical
 * massage"), with the specific names people gave in parentheses: "muscle relaxer (Flexeril,
 * Soma)".
 */
import { failsRightAfter, namesRemedyAlone, type Unit } from './candidates';
import {
  byAuthorAt,
  imperativeClauses,
  isIngForm,
  isCommonWord,
  isPathKey,
  LAUNCHERS,
  LINK_ONLY,
  normaliseCode,
  onlyInSetting,
  openingInstruction,
  saysWhatItDoes,
  type Term,
} from './keys';
import {
  asInstruction,
  clauseHead,
  clauseLabel,
  clauseOpening,
  relativeObject,
  DANGLING,
  instructedThing,
  instructionLabel,
  warningLabel,
  widenedWord,
} from './label-clauses';
import { lexicon, lexStem, parentKeyOf } from './lexicon';
import { stanceIn } from './stance';
import { IMPERATIVE_VERBS } from './detect-features';
import { FUNCTION_WORD_SET, PARTICLES, STOPWORDS } from './stopwords';
import {
  decisionVerdictIn,
  isDecisionKey,
  isVerdictKey,
  isWorthKey,
  verdictIn,
  verdictKey,
  worthVerdictIn,
} from './verdicts';

/**
 * Where a term's words end, a hyphenated word it stops inside read whole: "Tim Berners-Lee",
 * not "Tim Berners" (the tokens split at the hyphen). Code ends where it ends.
 */
function termEnd(text: string, t: Term): number {
  // Most terms end before a space or a stop: one character tells, no regex or slice.
  if (t.kind === 'code' || text.charCodeAt(t.end) !== 45) return t.end;
  const rest = /^(?:-[\p{L}\p{N}]+)+/u.exec(text.slice(t.end, t.end + 40));
  return rest ? t.end + rest[0].length : t.end;
}

/**
 * Where a term's words start, with the words hyphened before it: "look-ahead assertion", not
 * "ahead assertion" (the tokens split at the hyphen, and "look" alone keys nothing); and a
 * short word slashed before it: "a wet/dry shop vac", not "dry shop vac".
 */
function termStart(text: string, t: Term): number {
  if (t.kind === 'code') return t.start;
  const c = text.charCodeAt(t.start - 1);
  if (c === 47) {
    const slashed = /(?<![\p{L}\p{N}/])(?!(?:and|or)\/)\p{L}{2,6}\/$/u.exec(
      text.slice(Math.max(0, t.start - 8), t.start),
    );
    return slashed ? t.start - slashed[0].length : t.start;
  }
  if (c !== 45) return t.start;
  const before = /(?:[\p{L}\p{N}]+-)+$/u.exec(text.slice(Math.max(0, t.start - 40), t.start));
  return before ? t.start - before[0].length : t.start;
}

/** Vague nouns that, after a name, say what kind of thing it is ("the STAR method"). */
const NAMING_HEADS: ReadonlySet<string> = new Set(['method', 'technique', 'approach', 'rule', 'protocol']);

/** Phrase around a term: the term plus one adjacent content word either side. */
function phraseAround(text: string, t: Term): string {
  let start = termStart(text, t);
  let end = termEnd(text, t);
  if (t.kind !== 'code') {
    // (A ratio is one word: "a 50/50 vinegar", not "50 vinegar", "a 1:4 bleach solution"; so is
    // a decimal: "1.5 cups".)
    const before = /((?:\p{N}+[/.:])?[\p{L}\p{N}][\p{L}\p{N}-]*) $/u.exec(
      text.slice(Math.max(0, start - 30), start),
    );
    // (Not the word that gives the name: "a podcast NAMED Radiolab".)
    if (before && !STOPWORDS.has(before[1]!.toLowerCase()) && !/^(?:named|called)$/i.test(before[1]!))
      start -= before[0].length;
    // A decimal is one word ("stretched past 0.75", not "…past 0").
    const after = /^ ([\p{L}\p{N}](?:[\p{L}\p{N}-]|\.(?=\d))*)(?: (?:all )?([\p{L}\p{N}]+))?/u.exec(
      text.slice(end, end + 50),
    );
    const word = after?.[1];
    const lower = word?.toLowerCase();
    // Not what the phrase does next ("Bruce Schneier recently wrote", "the framework provides all").
    if (
      after &&
      // ("Bar Keepers FRIEND": a small word in capitals goes on a name in capitals.)
      (!STOPWORDS.has(lower!) ||
        (/^\p{Lu}\p{Ll}/u.test(word!) &&
          !FUNCTION_WORD_SET.has(lower!) &&
          /(?:^|\s)\p{Lu}\p{Ll}*$/u.test(text.slice(start, end)))) &&
      (t.kind !== 'word' || brandBefore(text, start, end, word!)) &&
      !saysWhatItDoes(word!, lower!, after[2]?.toLowerCase())
    ) {
      end += 1 + word!.length;
      // Not cut inside a name of two plain words that ends the clause: "call a professional
      // CARPET CLEANER", not "…carpet" (a colon after it may open a link: "docs http://…").
      const last = after[2];
      if (
        last !== undefined &&
        after[0] === ` ${word} ${last}` &&
        /^\p{Ll}+$/u.test(word!) &&
        /^\p{Ll}+$/u.test(last) &&
        !STOPWORDS.has(last) &&
        /^(?:$|[.,;!?)]|\s+(?:and|or|then)\b)/.test(text.slice(end + 1 + last.length, end + 7 + last.length))
      )
        end += 1 + last.length;
    }
    // "the STAR method", "the Pomodoro technique": a vague head names what kind of thing the word is.
    else if (after && NAMING_HEADS.has(lower!)) end += 1 + word!.length;
    // An imperative and its object keep the particle that ends their clause: "Turn ECHO ON",
    // not "Turn ECHO" (but "Put a heating pad on." names the heating pad).
    else if (
      after &&
      PARTICLES.has(after[1]!.toLowerCase()) &&
      clauseEndsAt(text, end + 1 + word!.length) &&
      imperativeClauses(text).some(([verb]) => verb === start)
    )
      end += 1 + word!.length;
  }
  return text.slice(start, end);
}

/**
 * A name in capitals mid-sentence with a plain noun after it names a product by its kind: "the
 * Gro clock", "an Easy Walk harness".
 */
function brandBefore(text: string, start: number, end: number, next: string): boolean {
  return (
    start > 0 &&
    /\p{Lu}/u.test(text[start]!) &&
    /^\p{Ll}+$/u.test(next) &&
    !next.endsWith('ly') &&
    clauseEndsAt(text, end + 1 + next.length)
  );
}

/** Whether a clause ends at `at`: the text ends, punctuation, or "and"/"or"/"then" starts the next. */
function clauseEndsAt(text: string, at: number): boolean {
  return /^(?:$|[.,;:!?)]|\s+(?:and|or|then)\b)/.test(text.slice(at, at + 6));
}

/** A name without the possessive it was written with ("Claude Shannon's paper" names Claude Shannon). */
function unpossessed(surface: string): string {
  return surface.length > 3 ? surface.replace(/['\u2019]s$/u, '') : surface;
}

interface Tally {
  /** The most used spelling (the first seen on a tie). */
  surface: string;
  spellings: Map<string, number>;
  people: Set<string>;
  first: number;
  /** Widened phrases around this surface ("home TENS unit"), by the people who used them. */
  wide: Map<string, Tally>;
}

/** Normal forms computed once per distinct phrase: a big thread repeats the same few hundred. */
const NORMS = new Map<string, string>();

/** Plural-insensitive normal form of a phrase, so "muscle relaxers" and "muscle relaxer" tally together. */
function norm(surface: string): string {
  let n = NORMS.get(surface);
  if (n === undefined) {
    n = surface
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
      .map(lexStem)
      .join(' ');
    // Bounded, as the other memos: a pathological page must not grow it without limit.
    if (NORMS.size > 50_000) NORMS.clear();
    NORMS.set(surface, n);
  }
  return n;
}

function tally(map: Map<string, Tally>, surface: string, person: string, order: number): Tally {
  const key = norm(surface) || surface;
  let t = map.get(key);
  if (!t) {
    t = { surface, spellings: new Map(), people: new Set(), first: order, wide: new Map() };
    map.set(key, t);
  }
  t.people.add(person);
  const n = (t.spellings.get(surface) ?? 0) + 1;
  t.spellings.set(surface, n);
  // A short word anyone wrote in capitals is an initialism ("IP", "SSD"), however most typed it.
  // (Not a word shouted: "STOP", "NEVER".)
  if (initialism(surface) && surface.toLowerCase() === t.surface.toLowerCase()) t.surface = surface;
  else if (n > (t.spellings.get(t.surface) ?? 0) && !initialism(t.surface)) t.surface = surface;
  return t;
}

/** Whether a word is a short one in capitals that no common word spells: "IP", "ISP", "SSD", "NAS". */
function initialism(surface: string): boolean {
  return /^[A-Z]{2,5}$/.test(surface) && !isCommonWord(surface.toLowerCase());
}

/**
 * The end two people's widened phrases share past the surface ("seedling HEAT MAT", "Heat
 * mat" → "Heat mat"), when no one widened phrase has two people: the thing both named.
 */
function sharedEnding(top: Tally): string | undefined {
  const core = norm(top.surface);
  const wides = [...top.wide.values()];
  for (const a of wides)
    for (const b of wides) {
      if (a === b || [...a.people].every((p) => b.people.has(p))) continue;
      const aw = a.surface.split(/\s+/);
      const bw = b.surface.split(/\s+/);
      let k = 0;
      while (k < aw.length && k < bw.length && norm(aw[aw.length - 1 - k]!) === norm(bw[bw.length - 1 - k]!))
        k++;
      const ending = aw.slice(aw.length - k);
      if (k >= 2 && norm(ending.join(' ')).includes(core) && norm(ending[0]!) === core.split(' ')[0])
        return ending.join(' ');
    }
  return undefined;
}

/** Most people first, then the earliest said (the answer that introduced it). */
function ranked(map: Map<string, Tally>): Tally[] {
  return [...map.values()].sort((a, b) => b.people.size - a.people.size || a.first - b.first);
}

/** Capitalises a label's first letter; collapses whitespace. */
function tidy(label: string): string {
  // ("+1 to the proactive update", "Nthing exclusion" name the thing, not the vote.)
  const s = unpairedQuoteDropped(label.replace(/\s+/g, ' ').trim())
    .replace(SECONDING_OPENER, '')
    // ("Yeah, a backup and restore", "yeah the hairdryer": the yes is to the asker, the thing is the label.)
    .replace(/^(?:yeah|yes|yep|yup|ok|okay)(?:[,!.]+\s+(?=\p{L})|\s+(?:the|a|an)\s+(?=\p{L}))/iu, '')
    // ("idk it worked for us", "tbh the cheap one": a hedge typed first is no part of the thing.)
    .replace(/^(?:idk|tbh|imo|imho|fwiw|ngl)[,!.]*\s+(?=\p{L})/iu, '')
    // ("Racking to secondary early actually", "Talking to him privately just", "Time to
    // transition then": a word that only leans on the sentence it was cut from; not "now and then".)
    .replace(/(?<=\S+ \S+)(?<!\band) (?:just|actually|also|then)$/iu, '');
  // Code keeps its case: `type="module"`, `.mjs`, `package.json`.
  if (/^[^\s/]*(?:[=".()`:]|'(?!\p{L}))/u.test(s)) return s;
  // An instruction shouted is named as said: "Call the camp office", not "CALL THE CAMP OFFICE"
  // (a name in capitals stays: "UPS HAT", "WHITFIELD DIFFIE").
  if (!/\p{Ll}/u.test(s) && /^(?:DON'T|DONT|NEVER|[A-Z]+)\s+\S*\p{Lu}{2,}/u.test(s)) {
    const verb = s.slice(0, s.indexOf(' ')).toLowerCase();
    if (IMPERATIVE_VERBS.has(verb) || /^(?:don't|dont|never)$/.test(verb)) {
      // (Letters with no vowel are an initialism: "GP", "NHS".)
      const said = s
        .split(' ')
        .map((w) => (/^[B-DF-HJ-NP-TV-Z]{2,4}$/.test(w.replace(/\W+$/u, '')) ? w : w.toLowerCase()))
        .join(' ');
      return said.charAt(0).toUpperCase() + said.slice(1);
    }
  }
  // A command run as root is run as written: "Run sudo mdutil -E /", not "Sudo mdutil…".
  if (/^sudo \S+ (?:[-/|]|\S+ [-/|])/.test(s)) return `Run ${s}`;
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * A vote for a thing opening a label ("+1 to the …", "1 for this …", "+1 blackout curtains",
 * "Nthing exclusion", "Seconding the brim", "+1 viewModelScope"), not "1 to 2 hours" nor "1 cup".
 */
const SECONDING_OPENER =
  /^(?:\+?1 (?:to|for|on)|\+?1(?= (?:\p{L}+ )?\p{L}+(?:s|ing)\b)|\+?1(?= (?:the|this|that) \p{L})|\+?1(?= (?!(?:cup|tsp|tbsp|teaspoon|tablespoon|inch|foot|metre|meter|mile|hour|minute|day|week|month|year|time|dose|pill|tablet|drop|scoop|pound|kg|lb|gram|oz|ml|litre|liter|gallon)\b)\p{L}[\p{L}\p{N}-]*(?: \p{L}[\p{L}\p{N}-]*)?$)|(?:nthing|seconding|thirding|fourthing)(?: (?:the|this|that))?) (?:(?:the|this|that) )?(?=\p{L})/iu;

/**
 * A label cut from inside a quotation keeps one of its marks ("Let's just put in a json file”"):
 * a mark at either end whose pair is not in the label is dropped (a closing bracket too).
 */
function unpairedQuoteDropped(s: string): string {
  let out = s;
  if (out.endsWith('”') && !out.includes('“')) out = out.slice(0, -1);
  if (out.startsWith('“') && !out.includes('”')) out = out.slice(1);
  // …and so does one cut from inside brackets ("Quit making it personal folks]").
  if (/[\])]$/.test(out) && !out.includes(out.endsWith(']') ? '[' : '(')) out = out.slice(0, -1);
  const straight = out.split('"').length - 1;
  if (straight % 2 === 1) {
    if (out.endsWith('"')) out = out.slice(0, -1);
    else if (out.startsWith('"')) out = out.slice(1);
    // (Cut inside the quotes, they are closed: 'Say "Your toothbrush is dry"'.)
    else out = out.replace(/[\s,;:–—-]+$/u, '') + '"';
  }
  return out.trim();
}

/** A brand or drug name as the lexicon spells it, capitalised ("SOMA", "soma" → "Soma"). */
function nameOf(t: Term, text: string): string {
  const raw = text.slice(t.start, t.end);
  if (!t.canon || (!t.fuzzy && raw !== raw.toLowerCase() && raw !== raw.toUpperCase())) return raw;
  return t.canon.charAt(0).toUpperCase() + t.canon.slice(1);
}

/** Server programs ("viewcontent.cgi", "talkpost.bml", "go.asp"): a path segment that names no page. */
const PROGRAM = /\.(?:php\d?|aspx?|cgi|bml|jsp|pl|cfm)$/i;

/**
 * A program's page as a site mirror saves it: its query folded into four hex digits before
 * ".html" ("viewtopic75d9.html" for "viewtopic.php?t=6044"). Named by its site, as the live page is.
 */
const MIRRORED_PROGRAM =
  /^(?:viewtopic|viewforum|showthread|showtopic|showpost|printthread|memberlist|profile|posting|search|index|forum|topic|thread|item|read)[0-9a-f]{4}\.html?$/i;

/** Last path segments that name a kind of page, not which one ("watch?v=…", "…/wiki", "…/abstract"). */
const GENERIC_SEGMENT =
  /^(?:watch|view|show|item|index|page|post|thread|story|comments?|articles?|wiki|home|default|abstract|full|pdf|html?)$/i;

/** Words a label made from a link's address runs to, at most ("the warming papers the scientific…"). */
const LINK_WORDS = 8;

/**
 * A link target as a readable phrase: its last path segment ("babel_(transcompiler)" → "babel
 * (transcompiler)", "whyfp90.pdf" → "whyfp90"), or its site when the segment names a program, a
 * kind of page or is only an id: the host as a reader knows it ("dl.acm.org", "youtube.com"),
 * not a fragment of it ("Dl", "Watch").
 */
function linkName(key: string): string {
  const path = key.slice(2).split('?')[0]!;
  const parts = path.split('/').filter(Boolean);
  const last = parts.length > 1 ? parts[parts.length - 1]! : (parts[0] ?? path);
  const site = (parts[0] ?? path).replace(/^(?:www\d?|m|mobile)\./, '');
  let text = last;
  try {
    text = decodeURIComponent(last.replace(/\+/g, ' '));
  } catch {
    /* keep it encoded */
  }
  if (parts.length > 1 && (PROGRAM.test(text) || MIRRORED_PROGRAM.test(text) || GENERIC_SEGMENT.test(text)))
    return site;
  text = text
    .replace(/\.(?:s?html?|stm|pdf|txt|md|jpe?g|png|gif|webp|svg|mp[34]|mov|avi|wmv|ram?|rm)$/i, '')
    .replace(/[_+-]+/g, ' ')
    // Before the ends are read: a slug may open with its separator ("_1537496_crash14…").
    .trim()
    // A date or id at either end of a slug ("… snowden 2013 07 02", "… snowden_n_3486455",
    // "2011-07-02-cometh.jpg") is not part of its title.
    .replace(/(?:\s+(?:\d+|\p{L}))+$/u, '')
    .replace(/^(?:\d+\s+)+(?=\p{L})/u, '')
    .trim();
  // An id ("1410.0369", "08b492b7…", a video's "Rs5tzGfObGU", an article's "A12425-2001Sep11")
  // names nothing: the site does.
  if (!/\p{L}{3,}/u.test(text) || !mostlyWords(text)) return site;
  // A long slug is a headline: its opening words, up to a colon, say what it is.
  const words = text.split(':')[0]!.trim().split(/\s+/);
  return words.length > LINK_WORDS ? words.slice(0, LINK_WORDS).join(' ') + '…' : words.join(' ');
}

/**
 * A word of an address a reader can read: letters, perhaps a version after them ("html5",
 * "whyfp90"); an ASCII one of six letters or more has a vowel ("dqwwxgxcq" is an id).
 */
function isReadableWord(word: string): boolean {
  const m = /^(\p{L}{2,})\d{0,2}$/u.exec(word);
  if (!m) return false;
  return !/^[a-z]{6,}$/i.test(m[1]!) || /[aeiouy]/i.test(m[1]!);
}

/** Does more than half of a slug read as words ("Babel (transcompiler)"; not "A12425 2001Sep11")? */
function mostlyWords(text: string): boolean {
  let words = 0;
  let readable = 0;
  for (const raw of text.split(/[\s.]+/)) {
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
    if (!word) continue;
    words++;
    if (isReadableWord(word)) readable++;
  }
  return readable * 2 > words;
}

/**
 * What tells apart two links named by the same site: the page's last path segment, or the
 * page's query value where the segment names a kind of page ("youtube.com · dqw4w9wgxcq", not
 * "youtube.com · watch").
 */
export function linkPage(key: string): string {
  const [path, query] = key.split('?');
  const last = path!.split('/').filter(Boolean).pop() ?? '';
  if (query && GENERIC_SEGMENT.test(last)) return query.slice(query.indexOf('=') + 1);
  return last;
}

/** A code keyword's key ("k:case", from the keyword a post's prose and code share): a bare identifier. */
function isKeywordKey(key: string): boolean {
  return /^k:[a-z_]\w*$/.test(key);
}

/** For a group on a link alone: the phrase its sentences name most (a title beside the URL), if any. */
function wordsAround(units: readonly Unit[], key: string): string | undefined {
  const phrases = new Map<string, Tally>();
  let order = 0;
  for (const u of units)
    for (const t of u.terms)
      if (t.kind === 'phrase' || t.kind === 'concept' || (t.kind === 'word' && t.target))
        tally(phrases, phraseAround(u.text, t), u.person, order++);
  const top = ranked(phrases)[0];
  // A page three or more people link, no phrase two of them share: one person's passing words
  // ("Downvoted", "Earlier") name it worse than its own title does.
  if (top && top.people.size < 2 && new Set(units.map((u) => u.person)).size >= 3) {
    const title = linkName(key);
    if (title.split(' ').length >= 3) return title;
  }
  return top?.surface;
}

/**
 * A readable label for a group, drawn from its sentences' terms on the group's keys: a short
 * imperative one of them gives ("Put it in the fridge"), else the phrase most people used
 * (the anchor's phrasing preferred on a tie), a second common phrasing after a slash, and up
 * to two specific names in parentheses. `against`: everyone in the group argues against it.
 */
/**
 * The word widened to its phrase, unless it is a doing that the instruction tries ("Try
 * pressing just hard enough", not "pressing just hard enough"): then the instruction's opening.
 */
function widenedUnlessTried(units: readonly Unit[], anchor: string): string | undefined {
  const widened = widenedWord(units, anchor);
  if (widened === undefined || !/^\p{L}+ing\b/u.test(widened)) return widened;
  const opening = clauseOpening(units, anchor);
  return opening !== undefined && opening.toLowerCase().endsWith(' ' + widened.toLowerCase())
    ? opening
    : widened;
}

export function labelFor(
  units: readonly Unit[],
  keys: ReadonlySet<string>,
  anchor: string,
  against = false,
): string {
  if (isVerdictKey(anchor)) return verdictLabel(units, anchor) ?? anchor.slice(2);
  if (anchor.startsWith('i:')) return tidy(instructionLabel(units[0]!));
  // A suggestion someone gives is named in their words, not in a critic's: "Zinc oxide on your
  // nose", not the reply "I'd skip the pure zinc".
  const givers = against ? units : units.filter((u) => u.reply !== 'disagree');
  const sayers = givers.length > 0 ? givers : units;
  /** key → its surfaces; a key's people are the union of its surfaces' people. */
  const byKey = new Map<string, { people: Set<string>; first: number; surfaces: Map<string, Tally> }>();
  const named = new Map<string, Tally>();
  let order = 0;
  for (const u of sayers) {
    for (const t of u.terms) {
      // Commands carry no span of their own (see commandTerms): they are named by their key.
      if (!keys.has(t.key) || t.kind === 'parent' || t.end <= t.start) continue;
      // A name said again past the setting is named as the advice says it ("…, then open a
      // support case with Tableau"), not as the setting does ("connect Tableau").
      if (t.setting && !onlyInSetting(u.terms, t.key)) continue;
      if (t.instance) {
        // "Cetirizine did nothing for me but fexofenadine works great": not the one to name.
        if (!failsRightAfter(u.text, t.end)) tally(named, nameOf(t, u.text), u.person, order++);
        continue;
      }
      let k = byKey.get(t.key);
      if (!k) {
        k = { people: new Set(), first: order, surfaces: new Map() };
        byKey.set(t.key, k);
      }
      k.people.add(u.person);
      const core =
        t.fuzzy && t.canon
          ? t.canon
          : unpossessed(u.text.slice(termStart(u.text, t), slashedEnd(u.text, termEnd(u.text, t))));
      const entry = tally(k.surfaces, core, u.person, order++);
      const wide = t.fuzzy ? core : unpossessed(phraseAround(u.text, t));
      tally(entry.wide, wide.includes(core) ? wide : core, u.person, order);
    }
  }
  // The key most people used (the anchor unless another has two more people); then its most used spelling.
  // A code token names the fix exactly: it heads the label whatever words surround it.
  const bonus = anchor.startsWith('k:') ? 1000 : 1.5;
  const keyOrder = [...byKey.entries()].sort(
    ([ka, a], [kb, b]) =>
      b.people.size + (kb === anchor ? bonus : 0) - (a.people.size + (ka === anchor ? bonus : 0)) ||
      a.first - b.first,
  );
  const topKey = keyOrder[0]?.[1];
  let head = '';
  // A command is named by what it runs ("Run gradlew"), however its lines are written.
  const command = anchor.startsWith('k:$') ? anchor.slice(3) : commandOf(anchor, units);
  if (command !== undefined) head = `Run ${commandAsWritten(units, command) ?? command}`;
  else if (!topKey)
    head = anchor.startsWith('l:')
      ? (wordsAround(units, anchor) ?? linkName(anchor))
      : // Code no sentence shows, only a block after one ("obj = 'hello'" in an example): the
        // sentence that brings the block says what it is about.
        // A keyword ("case" over blocks of `case a when …`) names itself.
        anchor.startsWith('k:') && !isPathKey(anchor) && !isKeywordKey(anchor)
        ? answerLabel(quoteFor(units, keys))
        : // A concept only its brand names stand for ("Flexeril") is named as the lexicon names it
          // ("muscle relaxant"), not by its id ("muscle-relaxant").
          anchor.startsWith('c:')
          ? (lexicon().concepts.get(anchor.slice(2))?.name ?? anchor.slice(2))
          : anchor.slice(2);
  else {
    const spellings = ranked(topKey.surfaces);
    const top = spellings[0]!;
    // A widened phrase ("home TENS unit", "Eric Goodman") when several people said it that
    // way, or when only one person said it at all.
    const wide = ranked(top.wide)[0];
    head =
      wide && wide.people.size >= Math.min(2, topKey.people.size)
        ? wide.surface
        : (sharedEnding(top) ?? top.surface);
    // Paths written differently in the same place name the place: "/var/log/…".
    if (isPathKey(anchor) && spellings.length > 1) head = pathPlace(top.surface);
    // A concept said as a verb and its preposition ("talk to", "break up with") reads as the
    // lexicon names it ("Talk it through"), not as a fragment.
    // So does one three people or more each name in their own words ("climbing gym", "sports
    // league", "meetup" are "Join a club or group"), none of which stands for the others.
    const ownWords = anchor.startsWith('c:') && topKey.people.size >= 3 && top.people.size === 1;
    if (
      anchor.startsWith('c:') &&
      (ownWords || FUNCTION_WORD_SET.has(head.slice(head.lastIndexOf(' ') + 1).toLowerCase()))
    )
      head =
        (ownWords ? undefined : saidAsInstruction(sayers, anchor)) ??
        lexicon().concepts.get(anchor.slice(2))?.name ??
        head;
    // A second phrasing several people used, from the same key or the next one (never the
    // broad concept over the top one: "muscle relaxer / medication" says nothing more).
    const topName = keyOrder[0]![0];
    // Nor another concept: "beta blockers" and "doctor" (whom to ask about them) are no two
    // names of one thing.
    // Nor a plain word beside code: `type="module"` goes in the script "tag", which is no name of it;
    // nor a concept beside it: "restart" after editing daemon.json is a step, no second name.
    const next = keyOrder.find(
      ([k], i) =>
        i > 0 &&
        parentKeyOf(topName) !== k &&
        !(k.startsWith('c:') && topName.startsWith('c:')) &&
        !((k.startsWith('w:') || k.startsWith('c:')) && topName.startsWith('k:')),
    )?.[1];
    const alt = ownWords
      ? undefined
      : spellings[1] && spellings[1].people.size >= 2
        ? spellings[1]
        : next && next.people.size >= 2
          ? ranked(next.surfaces)[0]
          : undefined;
    if (alt) {
      const h = head.toLowerCase();
      const a = alt.surface.toLowerCase();
      // The second phrasing said as part of the first ("a home TENS unit", "TENS at home") is
      // one name, as one of them wrote it, not two ("TENS unit / home").
      const whole = ranked(top.wide).find((w) => {
        const l = w.surface.toLowerCase();
        return l.startsWith(a + ' ' + h) || l.startsWith(h + ' ' + a);
      });
      // A longer name several people used names the group better ("Booz" → "Booz Allen"); the
      // same word inflected ("walk / walking", "nation / national") says nothing more.
      if (a.startsWith(h + ' ')) head = alt.surface;
      else if (whole)
        head = whole.surface
          .split(' ')
          .slice(0, h.split(' ').length + a.split(' ').length)
          .join(' ');
      else if (!h.includes(a) && !a.startsWith(h) && !h.startsWith(a) && !inflectedIn(a, h))
        // "Keychron K2" said so in a sentence is one name ("Keychron / K2" reads as two).
        head = saidTogether(units, head, alt.surface) ?? `${head} / ${asName(alt.surface)}`;
    }
  }
  // A lexicon concept, code token or link has its own good name; a group on plain words reads
  // best as what its answers tell the reader to do.
  // One person's advice is best named in their own words: what they tell the reader to do
  // ("Check out the work of Dr. Eric Goodman"), not the one word it was grouped by ("Favor").
  // (Replies agreeing with that person's answer in words of their own add no name for it, nor
  // do replies arguing against it; one seconding it by name, "Seconding leave it", names it as
  // the answer did.)
  // (Nor does an agreement that does not name the group's key: "Agree about the light, they
  // sulk in low light" backs "Move it to a south window" for what its answer said of the light.)
  const single = units.every(
    (u) =>
      u.person === units[0]!.person ||
      (u.sentence.agreement && u.reply !== 'disagree' && !u.terms.some((t) => t.key === anchor)) ||
      (u.reply !== null &&
        u.replyTo === units[0]!.post.id &&
        // A bare "This." names nothing either; nor does a reply arguing against it in its own
        // words ("Grounding a 14 year old for a semester just makes him give up").
        (!u.sentence.agreement || u.keys.size === 0 || u.reply === 'disagree')),
  );
  // What everyone warns against reads as their warning ("Don't apologize"), not as the thing
  // they warn against.
  const warning = against
    ? (warningLabel(units, (k) => k === anchor) ?? warningLabel(units, (k) => keys.has(k)))
    : undefined;
  if (warning) head = warning;
  // A command warned against, named by what it runs: "Don't run git reset --hard".
  else if (against && command !== undefined) head = head.replace(/^Run /, "Don't run ");
  else if (anchor.startsWith('w:') || anchor.startsWith('p:'))
    head =
      clauseLabel(sayers, (k) => k === anchor) ??
      (single
        ? (clauseLabel(sayers, (k) => keys.has(k)) ??
          (anchor.startsWith('p:') ? instructedThing(units, anchor) : undefined))
        : undefined) ??
      head;
  else if (single && (!anchor.startsWith('k:') || isPathKey(anchor)))
    head = clauseLabel(sayers, (k) => k === anchor) ?? head;
  else if (anchor.startsWith('c:')) {
    // "Cut out caffeine after noon", not "Caffeine": a thing to have less of is named with the
    // cutting, or the list would seem to recommend it.
    const less = clauseLabel(units, (k) => k === anchor);
    if (less !== undefined && CUTTING_DOWN.test(less)) head = less;
  }
  // "More exercise before you leave": how much of it is the advice.
  if (single && !against && anchor.startsWith('c:') && /^\p{L}+$/u.test(head))
    head = moreOrLessOf(units, anchor) ?? head;
  // "Turn off location for apps", not "Location": a thing to switch off, however the group is
  // named, or the list would seem to recommend it.
  if (!against && /^\p{L}[\p{L}-]*$/u.test(head)) {
    const off = clauseOpening(units, anchor);
    if (off !== undefined && SWITCHING_OFF.test(off)) head = off;
  }
  // A thing's bare name from its phrase ("Cors package") reads better as the instruction that
  // opens on it: "Install the cors package".
  if (single && anchor.startsWith('p:') && /^\p{L}[\p{L}-]*(?: \p{Ll}[\p{L}-]*){1,2}$/u.test(head)) {
    // (Not one running on into a second instruction or cut inside a name: "…initiative's This".)
    // (Nor a critic's: "I'd avoid prong collars" under "A prong collar fixed it".)
    const opening =
      clauseOpening(against ? units : units.filter((u) => u.sentence.stance !== 'against'), anchor) ??
      verbUpToThing(units, anchor);
    if (
      opening !== undefined &&
      (IMPERATIVE_VERBS.has(/^\p{L}+/u.exec(opening)?.[0].toLowerCase() ?? '') ||
        opensSentenceAsInstruction(units, opening)) &&
      !/^(?:let's|be)\b/i.test(opening) &&
      !/ and |\s\p{Lu}\S*$/u.test(opening)
    )
      head = wherePutToo(units, opening) ?? opening;
  }
  // A bare verb ("Ignoring") is no name for one person's advice.
  if (single && /^\p{L}[\p{L}-]*$/u.test(head))
    head =
      namedBefore(sayers, anchor) ??
      widenedUnlessTried(sayers, anchor) ??
      clauseOpening(sayers, anchor) ??
      describedOpening(sayers, anchor) ??
      // "…an explicit conversion that you need to SPECIFY": what the verb acts on.
      (/^\p{Ll}/u.test(head) ? relativeObject(sayers, anchor) : undefined) ??
      // A plain word as written, not a name ("shoulders", or "protein" in "Cook a big batch of rice
      // or grains and one protein"): what the sentence tells the reader to do.
      ((anchor.startsWith('w:') || anchor.startsWith('c:')) && /^\p{Ll}/u.test(head)
        ? clauseHead(sayers, anchor)
        : undefined) ??
      // "Write for 25 minutes first thing in the morning…": an instruction naming the word far
      // into it is named by its opening words ("Morning" says nothing of what to do).
      (anchor.startsWith('w:') || anchor.startsWith('c:') ? openingNaming(sayers, anchor) : undefined) ??
      // "…then move them up into a FULL 10-frame box": the instruction the word is in, mid-sentence.
      (anchor.startsWith('w:') && /^\p{Ll}/u.test(head) ? clauseNaming(sayers, anchor) : undefined) ??
      head;
  // "Panel", "Pads" name no advice of two people either, where one of them says it in a short
  // instruction ("Check the back panel", "Put felt pads or shims"). (Of three or more, one
  // person's instruction the others do not say names none of theirs.)
  if (
    !single &&
    (anchor.startsWith('w:') || anchor.startsWith('c:')) &&
    /^\p{L}\p{Ll}+$/u.test(head) &&
    // (A bare "This." names it for no one: "Take her to the vet first" / "This." / "the vet visit…".)
    (new Set(units.map((u) => u.person)).size === 2 || namers(units, anchor) === 2) &&
    writtenLower(units, anchor)
  ) {
    // (Said for it, not in a warning against it, and opening on what to do.)
    // ("Water deeply, and don't let the pots dry out" is for watering.)
    const opening = clauseOpening(
      units.filter((u) => stanceIn(u, keys) !== 'against'),
      anchor,
    );
    if (
      opening !== undefined &&
      (IMPERATIVE_VERBS.has(/^\p{L}+/u.exec(opening)?.[0].toLowerCase() ?? '') ||
        opensInstruction(units, opening)) &&
      !/\b(?:not|never|skip|avoid|stop|don't|quit|ditch)\b/i.test(opening) &&
      // A remedy the lexicon names is named so, unless an instruction acts on it by name ("Take
      // her to the vet first", "Restart the service"): not words saying how the remedy does
      // ("Heat better for that"), a gerund ("Walking an increasing distance") or an instruction
      // on "it" ("Get it in magnesium glycinate form").
      (anchor.startsWith('w:') ||
        (!/^\S+ (?:it|them|this|that|better|worse|more|less|is|are|was|helps?|works?)\b/i.test(opening) &&
          !/^\p{L}+ing\b/iu.test(opening)))
    )
      head = opening;
  }
  if (single && !against) head = listedWith(units, head) ?? head;
  // "Your advisor", "The manager": a person named by a concept's own words ("your X") reads as
  // the instruction that goes to them ("Talk to your advisor about weekly deadlines").
  if (anchor.startsWith('c:') && !against && /^(?:your|my|the) /i.test(head)) {
    const opening = clauseOpening(
      units.filter((u) => u.sentence.stance !== 'against'),
      anchor,
    );
    if (opening !== undefined && IMPERATIVE_VERBS.has(/^\p{L}+/u.exec(opening)?.[0].toLowerCase() ?? ''))
      head = opening;
  }
  // "In daylight": a concept said as a phrase of where is no thing to name; the instruction
  // that says it is ("Get outside in daylight").
  if (anchor.startsWith('c:') && !against && /^(?:in|on|at|into|under|with) /i.test(head)) {
    const opening = clauseOpening(
      units.filter((u) => u.sentence.stance !== 'against'),
      anchor,
    );
    if (opening !== undefined && IMPERATIVE_VERBS.has(/^\p{L}+/u.exec(opening)?.[0].toLowerCase() ?? ''))
      head = opening;
  }
  // "Doctor", "a doctor": a concept said only by the word its instruction ends on reads as that
  // instruction ("See a doctor"), when none warns against it (not "Hydration" as "Drink water").
  if (anchor.startsWith('c:') && !against) {
    const concept = lexicon().concepts.get(anchor.slice(2));
    const bare = head.toLowerCase().replace(/^(?:a|an|the|your|my)\s+/, '');
    if (
      concept !== undefined &&
      IMPERATIVE_VERBS.has(concept.name.split(' ', 1)[0]!.toLowerCase()) &&
      !bare.includes(' ') &&
      concept.name.toLowerCase().endsWith(` ${bare}`) &&
      units.every((u) => stanceIn(u, keys) !== 'against')
    )
      head = concept.name;
  }
  if (!single) head = titleCaseName(head, units) ?? head;
  if (anchor.startsWith('k:--')) head = optionCommand(units, anchor.slice(2)) ?? head;
  else if (anchor.startsWith('w:') && !head.includes(' ')) head = commandOfWord(units, head) ?? head;
  head = ownedKind(head, units) ?? head;
  head = asCalls(head, units);
  head = spelledOutIn(head, units) ?? head;
  // "Force", of a group whose only words for it are a warning ("Don't force it") and a reply
  // arguing back in other words: named by the warning, as a group of warnings is.
  if (!against && /^\p{L}[\p{L}-]*$/u.test(head)) {
    const naming = units.filter((u) => u.terms.some((t) => t.key === anchor && t.end > t.start));
    if (naming.length > 0 && naming.every((u) => u.sentence.stance === 'against'))
      head = warningLabel(naming, (k) => k === anchor) ?? head;
  }
  head = asInstruction(head, units) ?? head;
  head = asDiagnosis(head, units) ?? head;
  const names = ranked(named)
    .filter((n) => !head.toLowerCase().includes(n.surface.toLowerCase()))
    .slice(0, 2)
    .map((n) => n.surface);
  // A keyword keeps its case: `case` is code, "Case" a word; so does any code named as written
  // (`text-overflow`, not "Text-overflow").
  if (
    names.length === 0 &&
    ((isKeywordKey(anchor) && head === anchor.slice(2)) ||
      (anchor.startsWith('k:') && normaliseCode(head) === anchor.slice(2)))
  )
    return head;
  return tidy(names.length > 0 ? `${head} (${names.join(', ')})` : head);
}

/** Most words of a concept named as the instruction that says it. */
const SAID_WORDS = 6;

/**
 * A concept said as a verb and its preposition, as the short instruction that opens on it ("Knock
 * on their door and TALK TO THEM IN PERSON" → "Talk to them in person"), when a sentence for it
 * says one; undefined otherwise.
 */
function saidAsInstruction(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice' || u.sentence.stance === 'against') continue;
    for (const [a, b] of imperativeClauses(u.text)) {
      const t = u.terms.find((x) => x.key === key && x.start >= a && x.end <= b);
      if (t === undefined) continue;
      // (Opening the instruction or its second step: "…and talk to them".)
      const before = u.text.slice(a, t.start);
      if (before.trim() !== '' && !/\band\s+$/i.test(before)) continue;
      // (Up to a second step: "Talk to them privately | and keep it light".)
      const clause = u.text.slice(t.start, b);
      const step = /(?:,|\s+and)\s+(?:then\s+)?(\p{Ll}+)\b/u.exec(clause);
      const said = step !== null && IMPERATIVE_VERBS.has(step[1]!) ? clause.slice(0, step.index) : clause;
      const words = said.replace(/[\s,;:.!?]+$/u, '').split(/\s+/);
      if (words.length >= 3 && words.length <= SAID_WORDS) return words.join(' ');
    }
  }
  return undefined;
}

/** How many people write the key's word (not those agreeing in words of their own: "This."). */
function namers(units: readonly Unit[], key: string): number {
  const people = new Set<string>();
  for (const u of units) if (u.terms.some((t) => t.key === key && t.end > t.start)) people.add(u.person);
  return people.size;
}

/**
 * Whether a sentence opens on the instruction `opening` begins, one its verb shows by its shape
 * only ("Water deeply and on a schedule"): the verb list does not hold every verb.
 */
function opensInstruction(units: readonly Unit[], opening: string): boolean {
  return units.some((u) => {
    const at = openingInstruction(u.text)?.[0];
    return at !== undefined && u.text.startsWith(opening, at);
  });
}

/**
 * Whether every sentence writes the key's word in lowercase, and none opens on it: a plain
 * thing ("the back panel"), not a name ("Litestream") or the verb that opens an instruction ("Wait").
 */
function writtenLower(units: readonly Unit[], key: string): boolean {
  let lower = false;
  for (const u of units)
    for (const t of u.terms) {
      if (t.key !== key || t.end <= t.start) continue;
      // (Opening a sentence, a word's capital tells nothing.)
      if (/^\p{Lu}/u.test(u.text.slice(t.start, t.end))) {
        if (t.start > 0) return false;
      } else lower = true;
    }
  return lower;
}

/** A name in capitals joined to the next by a slash is one name: "INDEX/MATCH", "TCP/IP". */
const SLASHED_CAPITALS = /^\/[A-Z][A-Z0-9]+\b(?!\/)/;

function slashedEnd(text: string, end: number): number {
  const m = /\b[A-Z][A-Z0-9]+$/.test(text.slice(Math.max(0, end - 12), end))
    ? SLASHED_CAPITALS.exec(text.slice(end))
    : null;
  return m ? end + m[0].length : end;
}

/** Whether every word of `alt` is a word of `head`, inflected or not ("Thunder Shirt / shirts"). */
function inflectedIn(alt: string, head: string): boolean {
  const stems = new Set(head.split(/\s+/).map(lexStem));
  return alt.split(/\s+/).every((w) => stems.has(lexStem(w)));
}

/** Instructions to have less of a thing: "Cut out caffeine", "Limit screen time", "Cut back on sugar". */
const CUTTING_DOWN = /^(?:cut|limit|reduce|lower|drop|quit|eliminate)\b/i;

/**
 * A sentence opening on more or less of the thing, up to its first mark: "More exercise before
 * you leave", said as the advice; undefined when none does in a label's length.
 */
function moreOrLessOf(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice') continue;
    const t = u.terms.find((x) => x.key === key && x.end > x.start);
    if (t === undefined || !/^\W*(?:more|less|fewer)\s+$/i.test(u.text.slice(0, t.start))) continue;
    const said = u.text.slice(0, t.end + u.text.slice(t.end).search(/[.,;:!?(]|$/)).trim();
    const words = said.split(/\s+/);
    return words.length <= 7 ? said : u.text.slice(0, t.end).trim();
  }
  return undefined;
}

/** Instructions to switch a thing off or take it away: "Turn off location for apps". */
const SWITCHING_OFF = /^(?:turn off|switch off|disable|uninstall|remove|delete|block|mute)\b/i;

/** A guess at the cause, right before what it names: "could also be", "sounds like", "probably". */
const DIAGNOSIS_CUE =
  /\b(?:(could|might|may)(?: also| well| just)? be|(sounds?|looks?) like|(?:you're|you are|it's|it is|that's|that is) (?:probably|likely|most likely)|(probably|likely))\s+(?:(an?|the)\s+)?$/i;

/**
 * A cause the answers guess at ("Could also be nitrogen deficiency", "You're probably
 * overwatering") is named as the guess it is ("Could be nitrogen deficiency", "Probably
 * overwatering"), not as a thing to do. Only when most of its sentences guess.
 */
function asDiagnosis(head: string, units: readonly Unit[]): string | undefined {
  const h = head.toLowerCase();
  const cues = new Map<string, number>();
  for (const u of units) {
    const at = u.text.toLowerCase().indexOf(h);
    if (at < 0) continue;
    const m = DIAGNOSIS_CUE.exec(u.text.slice(Math.max(0, at - 40), at));
    if (!m) continue;
    const said = m[1] ? 'Could be' : m[2] ? (/^s/i.test(m[2]) ? 'Sounds like' : 'Looks like') : 'Probably';
    // "Could be A worn nut slot", "Could be THE fill valve": the article read as written, but not
    // after "probably".
    const cue = m[4] && said !== 'Probably' ? `${said} ${m[4].toLowerCase()}` : said;
    cues.set(cue, (cues.get(cue) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const e of cues) if (!best || e[1] > best[1]) best = e;
  if (!best || best[1] * 2 < units.length) return undefined;
  // "Nitrogen deficiency" is lowered after the cue; a name ("Early Blight", "WiFi") keeps its case.
  const capitalisedOnly = /^\p{Lu}[^\p{Lu}]*$/u.test(head);
  return `${best[0]} ${capitalisedOnly ? head[0]!.toLowerCase() + head.slice(1) : head}`;
}

/** A second phrasing as it is written when that is a model or code name ("K2", "RK61"), else in lowercase. */
function asName(surface: string): string {
  return /[\p{Lu}\p{N}]/u.test(surface.slice(1)) || /\p{N}/u.test(surface) ? surface : surface.toLowerCase();
}

/**
 * A command as the group's sentences write it, with its options and what it acts on ("git reset
 * --soft HEAD~1", "git commit --amend"): the way most of its people put its options, as the
 * first of them wrote it. Undefined when no sentence writes it out.
 */
/**
 * The command a code token is the whole of, when the group's sentences hold both ("k:npxdepcheck"
 * and "k:$npx depcheck" from "Run `npx depcheck`"): it names a command run, not a thing.
 */
function commandOf(anchor: string, units: readonly Unit[]): string | undefined {
  if (!anchor.startsWith('k:')) return undefined;
  const token = anchor.slice(2);
  for (const u of units)
    for (const k of u.keys)
      if (k.startsWith('k:$') && k.slice(3).replace(/\s+/g, '') === token) return k.slice(3);
  return undefined;
}

function commandAsWritten(units: readonly Unit[], command: string): string | undefined {
  const ways = new Map<string, { written: string; people: Set<string>; first: number }>();
  let order = 0;
  let seen = 0;
  for (const u of units) {
    if (++seen > LABEL_SCAN) break;
    const at = u.text.toLowerCase().indexOf(command);
    if (at < 0 || /[\p{L}\p{N}]/u.test(u.text.charAt(at - 1))) continue;
    const words = [u.text.slice(at, at + command.length)];
    for (const m of u.text.slice(at + command.length).matchAll(/\S+/g)) {
      const w = m[0].replace(/[`"'),;:.]+$/u, '');
      if (!COMMAND_ARG.test(w) || words.length > 5) break;
      words.push(w);
      if (w !== m[0]) break;
    }
    // Options say how it runs; refs and paths differ between answers ("HEAD~1", "HEAD^").
    const how = words.filter((w, i) => i === 0 || w.startsWith('-')).join(' ');
    let way = ways.get(how);
    if (!way) ways.set(how, (way = { written: words.join(' '), people: new Set(), first: order++ }));
    way.people.add(u.person);
  }
  let best: { written: string; people: Set<string>; first: number } | undefined;
  for (const w of ways.values())
    if (
      !best ||
      w.people.size > best.people.size ||
      (w.people.size === best.people.size && w.first < best.first)
    )
      best = w;
  return best?.written;
}

const LAUNCHED = /(?:^|[\s:`(])([\w.-]+)\s+([a-z][\w-]*)\s+$/i;
const LAUNCHED_PAST_ONE = /(?:^|[\s:`(])([\w.-]+)\s+([a-z][\w-]*)\s+[^\s,;]+\s+$/i;

/**
 * "USE FILTERED WATER or leave it out overnight": an instruction's verb and what it acts on, up to
 * the thing's name, when that is all of a few words.
 */
function verbUpToThing(units: readonly Unit[], anchor: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice' || u.sentence.stance === 'against') continue;
    const t = u.terms.find((x) => x.key === anchor);
    if (t === undefined) continue;
    const clause = imperativeClauses(u.text).find(([a, b]) => a <= t.start && t.end <= b);
    if (clause === undefined) continue;
    // The thing's name runs on to its head noun: "a rubber door | GUARD", "your local tenant | UNION".
    let end = t.end;
    for (let n = 0; n < 2; n++) {
      const m = /^\s+([\p{Ll}-]+)(?=[\s,.;:!?]|$)/u.exec(u.text.slice(end, clause[1]));
      if (m === null || FUNCTION_WORD_SET.has(m[1]!) || isIngForm(m[1]!)) break;
      end += m[0].length;
    }
    const text = u.text.slice(clause[0], end);
    if (
      text.split(/\s+/).length <= 6 &&
      !/[,;:()"{}[\]<>=]/.test(text) &&
      !/\b(?:whether|if|that|what|how|which|who|there)\b/i.test(text) &&
      // ("Do you have a reasonable expectation…" asks.)
      !/^\S+\s+(?:you|i|we|they|he|she)\b/i.test(text)
    )
      return text;
  }
  return undefined;
}

/**
 * Whether one of the units opens on `opening` as its instruction ("AGREE ON a stop signal…"):
 * a verb the lists do not know, read as one by where it stands.
 */
function opensSentenceAsInstruction(units: readonly Unit[], opening: string): boolean {
  const m = /^(\p{L}+) (\p{L}+)/u.exec(opening);
  if (m === null) return false;
  const [verb, next] = [m[1]!.toLowerCase(), m[2]!.toLowerCase()];
  // (Not "SECONDING the brain dump", "AGREE with…", "QUITE a few…", "SOMEONE on a list": an
  // agreement, a stress or a who; and a verb's next word is what it acts on or its particle.)
  if (
    /ing$|^(?:some|any|every|no)(?:one|body|thing)$|^(?:second|quite|rather|pretty|really|very)$/.test(verb)
  )
    return false;
  if (!OBJECT_OR_PARTICLE.has(next)) return false;
  return units.some((u) => u.text.startsWith(opening) && openingInstruction(u.text)?.[0] === 0);
}

/** What follows a verb: its object's first word, or its particle. */
const OBJECT_OR_PARTICLE: ReadonlySet<string> = new Set(
  'the a an your his her their my our some this that these those up out off on down over back away'.split(
    ' ',
  ),
);

/** Verbs that want a where or how after their thing: "Keep dependency updates" says nothing yet. */
const WANTS_WHERE = /^(?:keep|put|leave|store|place|hang|move|set)\s/i;

/**
 * "Keep dependency updates IN THEIR OWN SMALL PRS": an opening on a verb that wants a where, told
 * in the instruction's own words when they say where within a label's length.
 */
function wherePutToo(units: readonly Unit[], opening: string): string | undefined {
  if (!WANTS_WHERE.test(opening)) return undefined;
  for (const u of units) {
    const said = instructionLabel(u);
    if (said.length > opening.length && said.toLowerCase().startsWith(opening.toLowerCase()))
      return /^\s(?:in|on|at|into|under|inside|outside|behind|next to|near|away from|out of)\s/i.test(
        said.slice(opening.length),
      ) && said.split(/\s+/).length <= 8
        ? said
        : undefined;
  }
  return undefined;
}

/**
 * An option named as the command line it is passed to in the answers' prose ("…: git reset
 * --soft origin/main, then…" is "Run git reset --soft origin/main", not "--soft").
 */
function optionCommand(units: readonly Unit[], option: string): string | undefined {
  for (const u of units) {
    const at = u.text.toLowerCase().indexOf(option);
    if (at < 0) continue;
    // The launcher and its command right before the option, or one word ("HEAD~4") between.
    const before = u.text.slice(Math.max(0, at - 80), at);
    const m = LAUNCHED.exec(before) ?? LAUNCHED_PAST_ONE.exec(before);
    // A command of one word the answer names as one ("tsc --extendedDiagnostics").
    const alone = /(?:^|[\s:`(])([a-z][\w.-]*)\s+$/.exec(before);
    const word = alone === null ? -1 : at - alone[0].length + alone[0].indexOf(alone[1]!);
    if (
      alone !== null &&
      (u.keys.has(`k:$${alone[1]!}`) ||
        u.terms.some((t) => t.start === word && t.end === word + alone[1]!.length && t.kind === 'concept'))
    )
      return `Run ${alone[1]} ${u.text.slice(at, at + option.length)}`;
    if (m !== null && LAUNCHERS.has(m[1]!.toLowerCase())) {
      const written = commandAsWritten(units, `${m[1]} ${m[2]}`.toLowerCase());
      if (written?.includes(option)) return `Run ${written}`;
    }
    const line = commandBefore(u.text, at, option.length);
    if (line !== undefined) return `Run ${line}`;
  }
  return undefined;
}

/**
 * "Check with journalctl --disk-usage", "Run sudo du -xh / --max-depth=1": a word no prose uses,
 * before the option or a few arguments before it, is the command; the line from it to the
 * option's value.
 */
function commandBefore(text: string, at: number, length: number): string | undefined {
  const words = text.slice(Math.max(0, at - 60), at).split(' ');
  words.pop();
  let args = 0;
  while (
    words.length > 0 &&
    args < 3 &&
    COMMAND_ARG.test(words[words.length - 1]!) &&
    !/^\d+$/.test(words[words.length - 1]!)
  ) {
    words.pop();
    args++;
  }
  const command = words[words.length - 1];
  if (command === undefined || !/^[a-z][a-z0-9_.-]+$/.test(command) || isCommonWord(command))
    return undefined;
  const from = text.lastIndexOf(command + ' ', at);
  const value = /^=[^\s,;`'")]+/.exec(text.slice(at + length));
  return text.slice(from, at + length + (value?.[0].length ?? 0)).replace(/[.:]+$/, '');
}

/**
 * "Reset", where a sentence of the group runs `git reset --soft HEAD~3`: the command line the
 * word is the verb of, with its options, names the suggestion better than the word.
 */
function commandOfWord(units: readonly Unit[], word: string): string | undefined {
  const lower = word.toLowerCase();
  for (const u of units)
    for (const k of u.targets) {
      if (!k.startsWith('k:--')) continue;
      const command = optionCommand(units, k.slice(2));
      if (command?.toLowerCase().split(' ').includes(lower)) return command;
    }
  return undefined;
}

/** What a command line goes on with: options, and refs, paths or names written as code ("HEAD~1", "src/app.js"). */
const COMMAND_ARG = /^(?:--?[\w-]+(?:=\S+)?|[\w.-]*[~^/:@=.][\w~^/:@=.-]*|HEAD\S*|\d+)$/;

/**
 * "Keychron K2" as a sentence of the group writes the two names one after the other, or
 * undefined; failing that, with one word between ("a plastic DRAIN snake", "a plastic HAIR
 * snake": the first sentence's words).
 */
function saidTogether(units: readonly Unit[], first: string, second: string): string | undefined {
  const want = `${first} ${second}`.toLowerCase();
  let seen = 0;
  for (const u of units) {
    if (++seen > LABEL_SCAN) break;
    const at = u.text.toLowerCase().indexOf(want);
    if (at >= 0 && !/[\p{L}\p{N}]/u.test(u.text.charAt(at + want.length)))
      return u.text.slice(at, at + want.length);
  }
  const apart = new RegExp(
    `(?<![\\p{L}\\p{N}])${escaped(first)} [\\p{L}-]+ ${escaped(second)}(?![\\p{L}\\p{N}])`,
    'iu',
  );
  seen = 0;
  for (const u of units) {
    if (++seen > LABEL_SCAN) break;
    const m = apart.exec(u.text);
    if (m) return m[0];
  }
  return undefined;
}

function escaped(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A name in Title Case that the group's label starts inside: "Project Hail Mary", not "Hail
 * Mary", where "Project" is no key (a vague word alone). The capitalised words just before the
 * label, the same in most of its sentences and two at least (one says "Second Project Hail
 * Mary"; a headline's "Pardon Edward Snowden" is not the name), not small words nor a verb
 * ("Try Hail Mary").
 */
function titleCaseName(head: string, units: readonly Unit[]): string | undefined {
  if (!/^\p{Lu}/u.test(head)) return undefined;
  const seen = new Map<string, number>();
  let sample = 0;
  let found = 0;
  for (const u of units) {
    if (++sample > LABEL_SCAN) break;
    const at = u.text.indexOf(head);
    if (at < 0) continue;
    found++;
    if (at === 0) continue;
    const before = u.text.slice(Math.max(0, at - 40), at).split(' ');
    // The split leaves '' after the last space: the word before the label is second to last.
    if (before.pop() !== '') continue;
    let ext = '';
    for (let i = before.length - 1; i >= 0 && i >= before.length - 2; i--) {
      const w = before[i]!;
      if (
        !/^\p{Lu}\p{Ll}+$/u.test(w) ||
        FUNCTION_WORD_SET.has(w.toLowerCase()) ||
        IMPERATIVE_VERBS.has(w.toLowerCase())
      )
        break;
      ext = ext ? `${w} ${ext}` : w;
      seen.set(ext, (seen.get(ext) ?? 0) + 1);
    }
  }
  let best: string | undefined;
  for (const [ext, n] of seen) if (n >= 2 && n * 2 > found && (!best || ext.length > best.length)) best = ext;
  return best ? `${best} ${head}` : undefined;
}

/** Sentences a Title Case name is looked for in, at most. */
const LABEL_SCAN = 60;

/** Small words a Title Case name keeps lowercase or capitalises ("Shut Up and Write"). */
const NAME_SMALL_WORDS: ReadonlySet<string> = new Set(
  'and of the a an to in on for up with or at by'.split(' '),
);

/** Words an instruction may run to, through the word a group is named by. */
const THROUGH_WORDS = 10;

/** Verbs an opening shares with remarks and questions ("Let me…", "Have you read…", "Note that…"). */
const NOT_OPENING: ReadonlySet<string> = new Set(['let', 'have', 'note', 'be', 'do', 'make', 'think', 'see']);

/**
 * An acronym a label would show bare ("ACV") as one of the group's sentences spells it out
 * ("Apple cider vinegar with a drop of dish soap"): the words, which every reader knows.
 */
function spelledOutIn(head: string, units: readonly Unit[]): string | undefined {
  if (!/^\p{Lu}{2,5}$/u.test(head)) return undefined;
  const initials = head.toLowerCase();
  let said: string | undefined;
  for (const u of units) {
    said = spelling(u.text, initials);
    if (said !== undefined) break;
  }
  if (said === undefined) return undefined;
  // (As many people spelling it as writing it: "nameless security agencies" once among twenty
  // who write "NSA" is no name of it.)
  const acronym = new RegExp(`\\b${head}\\b`);
  const spelled = said.toLowerCase();
  const writing = new Set(units.filter((u) => acronym.test(u.text)).map((u) => u.person)).size;
  const spellers = new Set(units.filter((u) => u.text.toLowerCase().includes(spelled)).map((u) => u.person))
    .size;
  if (spellers < writing) return undefined;
  return said.charAt(0).toUpperCase() + said.slice(1);
}

/** Words side by side in `text` whose initials are `initials`, as written. */
function spelling(text: string, initials: string): string | undefined {
  const words = [...text.matchAll(/\p{L}+/gu)];
  for (let i = 0; i + initials.length <= words.length; i++) {
    let ok = true;
    for (let k = 0; k < initials.length && ok; k++) {
      const w = words[i + k]!;
      const before = words[i + k - 1];
      ok =
        w[0].length > 1 &&
        w[0][0]!.toLowerCase() === initials[k] &&
        (before === undefined || k === 0 || text.slice(before.index + before[0].length, w.index) === ' ');
    }
    if (!ok) continue;
    const last = words[i + initials.length - 1]!;
    return text.slice(words[i]!.index, last.index + last[0].length);
  }
  return undefined;
}

/** The opening instruction of one of the group's advice sentences that names the key, as a label. */
/**
 * A word inside an instruction that does not open its sentence, named by that instruction: "Nuc
 * box is fine for a month or so, then MOVE THEM UP INTO A FULL 10-FRAME BOX before…", "…so
 * CHECK THE MODEL NUMBER stamped inside the tank".
 */
function clauseNaming(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice' || u.sentence.stance === 'against' || u.sentence.agreement) continue;
    for (const [a, b] of imperativeClauses(u.text)) {
      const verb = /^\p{L}+/u.exec(u.text.slice(a))?.[0].toLowerCase() ?? '';
      if (a === 0 || !IMPERATIVE_VERBS.has(verb) || NOT_OPENING.has(verb)) continue;
      const term = u.terms.find((t) => t.key === key && t.start >= a && t.end <= b);
      if (term === undefined) continue;
      const said = instructionLabel({ ...u, text: u.text.slice(a) });
      if (!said.toLowerCase().includes(u.text.slice(term.start, term.end).toLowerCase())) continue;
      if (/[()[\]{}=<>`"]/.test(said)) continue;
      return said;
    }
  }
  return undefined;
}

function openingNaming(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice' || u.sentence.stance === 'against' || u.sentence.agreement) continue;
    const at = imperativeClauses(u.text)[0];
    // (Opening the sentence on a verb of the list: not "Let's…", "Have you…", "Using the word…".)
    const verb = /^\p{L}+/u.exec(u.text)?.[0].toLowerCase() ?? '';
    if (at?.[0] !== 0 || !IMPERATIVE_VERBS.has(verb) || NOT_OPENING.has(verb)) continue;
    const term = u.terms.find((t) => t.key === key && t.start >= at[0] && t.end <= at[1]);
    if (term === undefined) continue;
    let said = instructionLabel(u);
    // Cut before the word, it would name something else ("Put them in a bag" for the freezer):
    // the words through it, when few enough ("Put them in a bag in the freezer").
    if (!said.toLowerCase().includes(u.text.slice(term.start, term.end).toLowerCase())) {
      const through = u.text.slice(at[0], term.end);
      if (through.split(/\s+/).length > THROUGH_WORDS) continue;
      said = through;
    }
    // Not code ("Use const express = require()"), a title ("Tell Me What Is Being Done"), or
    // things paired as a subject ("Fire and rescue have…").
    if (
      /[()[\]{}=<>`"]/.test(said) ||
      /^\S+ (?:and|or)\b/.test(said) ||
      (said.match(/ \p{Lu}/gu)?.length ?? 0) >= 2
    )
      continue;
    return said;
  }
  return undefined;
}

/**
 * An answer opening on two things joined by "and", with no verb, before its comma or full stop
 * ("Clamshells and side planks, hip weakness is…", "Borax and sugar bait, it works."): one
 * pick, named by both, not by the one the group keys on.
 */
function listedWith(units: readonly Unit[], head: string): string | undefined {
  const h = head.toLowerCase();
  for (const u of units) {
    if (u.tier !== 'advice' || u.sentence.index !== 0) continue;
    const m = /^(\p{Lu}[\p{L}-]*(?: [\p{L}-]+){0,2} and [\p{L}-]+(?: [\p{L}-]+){0,2})(?:, |[.!]$)/u.exec(
      u.text,
    );
    if (m === null) continue;
    const both = m[1]!;
    const lower = both.toLowerCase();
    if (lower === h || !lower.includes(h) || !namesRemedyAlone(`${both}.`)) continue;
    return both;
  }
  return undefined;
}

/**
 * A sentence that opens on the word with a few words describing it ("SHORT sessions several
 * times a day…"): the word with them, "Short sessions". Not after a small word ("The sessions").
 */
function describedOpening(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    const t = u.terms.find((x) => x.key === key && x.end > x.start);
    // (A name is named as it is: "New Kia" and "The Kia warranty" both pick the Kia.)
    if (!t || t.kind !== 'word' || t.start === 0 || !/^\p{Ll}/u.test(u.text.charAt(t.start))) continue;
    const before = u.text.slice(0, t.start);
    if (!/^\p{Lu}\p{Ll}*(?: \p{Ll}[\p{Ll}-]*){0,2} $/u.test(before)) continue;
    if (before.split(' ').some((w) => w !== '' && FUNCTION_WORD_SET.has(w.toLowerCase()))) continue;
    return u.text.slice(0, t.end);
  }
  return undefined;
}

/**
 * A word named by the Title Case name just before it: "Shut Up and Write sessions", not
 * "Sessions". The name has two capitalised words at least, small words between them.
 */
function namedBefore(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    const t = u.terms.find((x) => x.key === key && x.end > x.start);
    if (!t || !/^\p{Ll}/u.test(u.text.charAt(t.start))) continue;
    const words = u.text.slice(Math.max(0, t.start - 60), t.start).split(' ');
    // The split leaves '' after the last space: the word before the term is second to last.
    if (words.pop() !== '') continue;
    let capitals = 0;
    let from = words.length;
    for (let i = words.length - 1; i >= 0; i--) {
      const w = words[i]!;
      if (/^\p{Lu}[\p{L}'’-]*$/u.test(w)) capitals++;
      else if (!NAME_SMALL_WORDS.has(w) || i === words.length - 1) break;
      from = i;
    }
    // Not opened by a small word ("and Write sessions").
    while (from < words.length && NAME_SMALL_WORDS.has(words[from]!.toLowerCase())) from++;
    if (capitals >= 2 && from < words.length)
      return `${words.slice(from).join(' ')} ${u.text.slice(t.start, t.end)}`;
  }
  return undefined;
}

/** A verdict as most of its people put it ("You did the right thing"), in their own words. */
function verdictLabel(units: readonly Unit[], anchor: string): string | undefined {
  const said = new Map<string, Tally>();
  let order = 0;
  const worth = isWorthKey(anchor);
  const decision = isDecisionKey(anchor);
  for (const u of units) {
    const v = worth
      ? worthVerdictIn(u.text, u.sentence.index === 0)
      : decision
        ? decisionVerdictIn(u.text, u.sentence.index === 0, '')
        : verdictIn(u.text);
    if (v && verdictKey(v.verdict) === anchor) tally(said, v.words.replace(/\s+/g, ' '), u.person, order++);
  }
  const top = ranked(said)[0];
  return top && tidy(top.surface.replace(/^you\b/i, 'You'));
}

/** Words a title runs to, at most, before it is cut at its colon. */
const TITLE_WORDS = 12;

/**
 * Words no title of a paper or book is made of but a remark about one is ("Here's the list
 * from 2022", "This is my favourite", "Life at Low Reynolds Number makes you think…").
 */
const REMARK_WORDS = new Set(
  "i i'm i've my me we our you your it it's this that here here's there there's is are was were has have had do does".split(
    ' ',
  ),
);

/**
 * A title an answer gives on a line of its own ("How to write Fast Numerical Code", "Scale and
 * Performance in a Distributed File System") names the pick whole: the words the group was
 * found by ("Fast Numerical") are only part of it. In Title Case (quotes around it aside),
 * without the full stop of a sentence; cut at its colon when long. Where the thread asks for
 * picks, a line that gives its link after it may be in sentence case ("Simple mathematical
 * models with very complicated dynamics: https://…"), so long as no word of it remarks.
 */
export function titleLine(units: readonly Unit[], head: string, picks = false): string | null {
  const want = head.toLowerCase();
  for (const u of units) {
    if (!aloneOnLine(u.post.text, u.sentence.start, u.sentence.end)) continue;
    // Where it can be read follows a title, not part of it: "…on the Web: https://arxiv.org/…".
    const written = u.text.trim();
    let line = written.replace(/[\s,:;-]*(?:\(?https?:\/\/\S+|doi:?\s*\S+)$/i, '');
    const linked = line.length < written.length;
    line = line.replace(/:$/, '');
    // A remark in brackets is an aside, not a title.
    if (line.startsWith('(')) continue;
    // Who wrote it, in brackets after the title, is no part of its name: "(Gould et al)".
    const bare = line.replace(/[\s,;:-]*\([^()]*\)$/, '').replace(/[\s,;:-]+$/, '');
    if (bare.split(/\s+/).length >= 3) line = bare;
    const quoted = /^["“](.+)["”]$/u.exec(line);
    if (quoted) line = quoted[1]!.trim();
    if (/[.!?]$/.test(line) || !line.toLowerCase().includes(want)) continue;
    const words = line.split(/\s+/);
    const sentenceCase =
      picks && linked && words.length <= TITLE_WORDS && !words.some((w) => REMARK_WORDS.has(w.toLowerCase()));
    if (words.length < 3 || !(titleCased(words) || sentenceCase)) continue;
    const title = shortTitle(line, want);
    if (title) return title;
  }
  return null;
}

/** How many words a pick said whole ("Framed old family photos.") may have, at most. */
const SHORT_PICK_WORDS = 5;

/**
 * Where a thread asks for picks, one person's pick said in a few words as the answer's opening
 * sentence ("Framed old family photos.", "Pastéis de Belém.", "Principles of Design (1998) by Tim
 * Berners-Lee.", up to its year or author) is named by all of them, not by the one word it was
 * found by ("Framed", "Principles").
 */
const STRESS_OPENING =
  /^(?:honestly|personally|definitely|seriously|absolutely|also|oh|and|but|ok|okay),?\s+/i;

export function shortPick(units: readonly Unit[], head: string, picks: boolean): string | null {
  if (!picks) return null;
  const want = head.toLowerCase();
  for (const u of units) {
    if (u.sentence.index !== 0 || u.replyTo !== null) continue;
    // Up to its author or year: "Principles of Design (1998) by Tim Berners-Lee".
    const text = u.text.trim();
    let said = text
      .slice(0, byAuthorAt(text))
      .replace(/\s*\([^()]*\)/g, '')
      .replace(/[.!]+$/, '');
    // "The Dollop is hilarious": the pick ends where what is said of it begins.
    const copula = / (?:is|are|was|were) /.exec(said);
    if (copula) said = said.slice(0, copula.index);
    // "Project Hail Mary | if you haven't read it yet": the condition is no part of the name.
    const condition = / (?:if|unless) /.exec(said);
    if (condition) said = said.slice(0, condition.index);
    // "Honestly the Culture series": a stress before the pick is no part of it either.
    said = said.replace(STRESS_OPENING, '');
    const words = said.split(/\s+/);
    if (words.length < 2 || words.length > SHORT_PICK_WORDS || /[?,;:()"]/.test(said)) continue;
    if (said.toLowerCase().includes(want)) {
      // "The Dollop", "The Martian" are names with their article; "the wedge pillow" is not.
      const named = said.replace(/^(?:[Aa]n?|[Mm]y|[Oo]ur)\s+|^[Tt]he\s+(?!\p{Lu})/u, '');
      return named.charAt(0).toUpperCase() + named.slice(1);
    }
  }
  return null;
}

/** A sentence opening with a title in Title Case, then saying what it is: "Why Functional Programming Matters is super readable". */
const TITLE_OPENING =
  /^["“]?((?:\p{Lu}[\p{L}'’-]*|of|the|a|an|and|or|to|in|on|for|with|at|by|from)(?:\s+(?:\p{Lu}[\p{L}'’-]*|of|the|a|an|and|or|to|in|on|for|with|at|by|from)){2,11})["”]?\s+(?:is|was|remains|has been)\s/u;

/**
 * Where a thread asks for picks, one person's pick whose sentence opens with its title in Title
 * Case ("Why Functional Programming Matters is super readable") is named by the whole title, not
 * the words it was found by ("Functional Programming").
 */
export function titleOpening(units: readonly Unit[], head: string, picks: boolean): string | null {
  if (!picks) return null;
  const want = head.toLowerCase();
  for (const u of units) {
    const m = TITLE_OPENING.exec(u.text);
    if (!m) continue;
    const title = m[1]!;
    const words = title.split(/\s+/);
    // Every word capitalised but the small ones, which neither end it nor make most of it.
    const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if (/^\p{Ll}/u.test(words[words.length - 1]!) || capitals < 2 || capitals * 2 < words.length) continue;
    if (title.toLowerCase().includes(want) && title.length > head.length) return tidy(title);
  }
  return null;
}

/** Whether most of a title's longer words after the first are capitalised ("How to write Fast Numerical Code"). */
function titleCased(words: readonly string[]): boolean {
  const long = words.slice(1).filter((w) => /^["“]?\p{L}{4,}/u.test(w));
  const capitals = long.filter((w) => /^["“]?\p{Lu}/u.test(w)).length;
  return long.length > 0 && capitals / long.length >= 0.6;
}

/** A title as a label: whole, or cut at its colon when long, so long as it keeps `want`. */
function shortTitle(title: string, want: string): string | null {
  if (title.split(/\s+/).length <= TITLE_WORDS) return tidy(title);
  const colon = title.indexOf(':');
  if (colon < 0 || colon > 80) return null;
  const head = title.slice(0, colon);
  if (head.split(/\s+/).length < 2 || !head.toLowerCase().includes(want)) return null;
  return tidy(head);
}

/**
 * A link alone on its line under a title that no sentence of advice holds ("You'll Never Guess
 * Who Wrote That: 78 Surprising Authors of Psychological Publications" over "https://…/lilie…"):
 * the title names it, not the file ("Lilienfeld2016").
 */
export function titleAbove(units: readonly Unit[], anchor: string): string | null {
  if (!anchor.startsWith('l:')) return null;
  for (const u of units) {
    if (!LINK_ONLY.test(u.text)) continue;
    let at = u.sentence.start;
    let line = lineBefore(u.post.text, at);
    // Who wrote it, on a line between the title and the link ("by Jim Gray"), is not its name.
    if (/^by\s/i.test(line)) {
      at = u.post.text.lastIndexOf(line, at);
      line = at > 0 ? lineBefore(u.post.text, at) : '';
    }
    line = line.replace(/^["“](.+)["”]$/u, '$1').replace(/:$/, '');
    const words = line.split(/\s+/);
    // A title may ask ("Why Do Computers Stop and What Can Be Done About It?"); it does not state.
    if (words.length < 3 || /[.!]$/.test(line) || LINK_ONLY.test(line) || !titleCased(words)) continue;
    const title = shortTitle(line, '');
    if (title) return title;
  }
  return null;
}

/** The last non-blank line of `text` before `at` (a bounded look: posts can be one huge line). */
function lineBefore(text: string, at: number): string {
  const head = text.slice(Math.max(0, at - 2000), at).trimEnd();
  return head.slice(head.lastIndexOf('\n') + 1).trim();
}

/** A title in quotes inside a sentence: not itself a sentence (no full stop at its end). */
const QUOTED = /["“]([^"“”]{3,160})["”]/gu;

/**
 * A title one person's pick gives in quotes within a sentence ('"Worse Is Better" by Gabriel',
 * 'Dijkstra's "Solution of a Problem in Concurrent Programming Control" from 1965') names it
 * whole, when the words the group was found by are in it (or the label is that very sentence).
 * In Title Case; in a thread that asks for picks, sentence case too ("Information theory and
 * statistical mechanics": paper titles are often written so), and by whatever the sentence
 * names it ("Lamport").
 */
export function quotedTitle(units: readonly Unit[], head: string, picks: boolean): string | null {
  const want = head.toLowerCase();
  for (const u of units) {
    if (!u.text.includes('"') && !u.text.includes('“')) continue;
    for (const m of u.text.matchAll(QUOTED)) {
      const title = m[1]!.trim().replace(/[,;:]$/, '');
      const words = title.split(/\s+/);
      // A quoted sentence is no title, but a question may be one ("The weirdest people in the
      // world?", "Why Do Computers Stop…?") where the thread asks for picks.
      if (words.length < 2 || /[.!]$/.test(title) || (!picks && title.endsWith('?'))) continue;
      const lower = title.toLowerCase();
      const about = lower.includes(want) || want.includes(lower);
      // In a thread of picks, the sentence naming the group ("…" by Lamport) names the pick.
      if (!about && !(picks && u.text.toLowerCase().includes(want))) continue;
      if (!picks && !titleCased(words)) continue;
      const named = shortTitle(title, lower.includes(want) ? want : '');
      if (named) return named;
    }
  }
  return null;
}

/**
 * A Title Case title in quotes ('Read "Hands Are Not for Hitting"') that another person of the
 * group names too, quoted or not ("Hands Are Not for Hitting is great"): the group's name,
 * not the one word it was found by ("Hands").
 */
export function sharedTitle(units: readonly Unit[], head: string): string | null {
  const title = quotedTitle(units, head, false);
  const lower = title?.toLowerCase();
  if (title === null || lower === undefined || lower === head.toLowerCase())
    return head.includes(' ') ? null : sharedWords(units, head);
  return namedByTwo(units, lower) ? title : null;
}

/** Whether at least two people's sentences say `lower` (lowercase). */
function namedByTwo(units: readonly Unit[], lower: string): boolean {
  const naming = new Set<string>();
  for (const u of units) if (u.text.toLowerCase().includes(lower)) naming.add(u.person);
  return naming.size >= 2;
}

/**
 * A few words in quotes opening with the group's one word ('Teach a rock solid "leave it"'),
 * that another person of the group says too ("Seconding leave it"): words to say or teach,
 * named as said, in their quotes ('"Leave it"'), not by the one word ("Leave").
 */
function sharedWords(units: readonly Unit[], head: string): string | null {
  const want = head.toLowerCase();
  for (const u of units) {
    if (!u.text.includes('"') && !u.text.includes('“')) continue;
    for (const m of u.text.matchAll(QUOTED)) {
      const said = m[1]!.trim();
      const words = said.toLowerCase().split(/\s+/);
      if (words.length < 2 || words.length > 4 || /[.!?,;:]$/.test(said)) continue;
      // The words open with it, as a command does ("leave it"): in '"Just use RDS"' a name is quoted.
      if (!words[0]!.startsWith(want) || words[0]!.length > want.length + 3) continue;
      if (namedByTwo(units, said.toLowerCase())) return `"${said.charAt(0).toUpperCase()}${said.slice(1)}"`;
    }
  }
  return null;
}

/**
 * Whether text[start, end) has a line to itself. It looks only at the blanks beside it: a post
 * of one 2 MB line holds 38,000 sentences, and searching it for a line break from each one
 * took seconds.
 */
function aloneOnLine(text: string, start: number, end: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] !== '\n' && /\s/.test(text[i]!)) i--;
  if (i >= 0 && text[i] !== '\n') return false;
  let j = end;
  while (j < text.length && text[j] !== '\n' && /\s/.test(text[j]!)) j++;
  return j >= text.length || text[j] === '\n';
}

/** Kinds of thing a group may be named by when its answers say "this book", "that video". */
const BARE_KINDS = new Set(
  'book books paper papers article articles video videos podcast course blog talk app'.split(' '),
);

/**
 * A group named only by the kind of thing ("Book": "a friend recommended this book", "this book
 * is by the same author") is better named by whose it is, when one of its answers says so:
 * "Sarno's book". Only a name, not an everyday word that opens a sentence ("Today's article").
 */
function ownedKind(head: string, units: readonly Unit[]): string | null {
  const kind = head.toLowerCase();
  if (!BARE_KINDS.has(kind)) return null;
  const noun = `[${kind[0]!.toUpperCase()}${kind[0]}]${kind.slice(1)}`;
  const owned = new RegExp(`(\\p{Lu}[\\p{L}-]+(?: \\p{Lu}[\\p{L}-]+)?)['\u2019]s ${noun}\\b`, 'u');
  for (const u of units) {
    const m = owned.exec(u.text);
    if (!m) continue;
    const last = m[1]!.split(' ').pop()!.toLowerCase();
    if (!isCommonWord(last)) return `${m[1]}'s ${kind}`;
  }
  return null;
}

/**
 * A word of the label its answers also write as a call ("require('express')") names that
 * function: "Use require()", "require()". Only the first such word: a label names one thing.
 */
function asCalls(head: string, units: readonly Unit[]): string {
  let done = false;
  return head.replace(/(^|\s)([A-Za-z_$][\w$]{2,})(?=$|\s)/g, (whole, space: string, word: string) => {
    const name = word.toLowerCase();
    if (done || !units.some((u) => u.text.includes(`${name}(`))) return whole;
    // Called with a string or nothing ("require('express')", "require()"): a word in brackets
    // right after a name ("dolt(dolthub)", "dolt(https://…)") is an aside, not a call.
    const call = new RegExp(`(?:^|[^\\w$.])${name.replace(/\$/g, '\\$')}\\(['"\`)]`);
    if (!units.some((u) => call.test(u.text))) return whole;
    done = true;
    return `${space}${name}()`;
  });
}

/** A path cut after its first two folders ("/var/log/quantum/" → "/var/log/…"), as `pathTerms` keys it. */
function pathPlace(path: string): string {
  const m = /^(~?\/[^/]+\/[^/]+)\/./.exec(path);
  return m ? `${m[1]}/…` : path.replace(/\/$/, '');
}

/** The sentence of a post that best carries the group: most of its key terms, then the detector's confidence. */
export function quoteFor(units: readonly Unit[], keys: ReadonlySet<string>): Unit {
  let bestUnit = units[0]!;
  let bestScore = -Infinity;
  for (const u of units) {
    // Words in the sentence itself count more than keys it carries for a following code block.
    let hits = 0;
    for (const t of u.terms) if (keys.has(t.key)) hits += 2;
    for (const k of u.keys) if (keys.has(k)) hits++;
    // Naming the thing once or twice is enough; beyond that, advice phrased as advice wins
    // over a story that happens to repeat the words.
    const advice = u.tier === 'advice' ? 3 : 0;
    const score =
      Math.min(hits, 5) +
      advice +
      2 * u.sentence.score -
      (u.sentence.agreement ? 0.5 : 0) -
      u.text.length / 1000;
    if (score > bestScore) [bestUnit, bestScore] = [u, score];
  }
  return bestUnit;
}

/** Words an answer's label runs to, at most. */
const ANSWER_WORDS = 8;

/**
 * An answer listed for itself, named by its thesis in its own words: the first clause of three
 * words or more of its sentence ("Ruby uses the case expression instead"; "For me, it was
 * caused by not referencing a library (…)" → "It was caused by not referencing a library"),
 * cut to a few words that end on one that says something.
 */
export function answerLabel(u: Unit): string {
  const rule = houseRule(u.text);
  if (rule !== undefined) return tidy(rule);
  // Punctuation ends a clause before a space ("https://…", "1,000" go on); brackets open an
  // aside after a space ("ts()" is a call).
  const clauses = u.text.split(/[,;:](?=\s|$)|[\u2013\u2014]|\s-\s|\s\(|(?<!\()\)(?=\s|$)/);
  const clause = (clauses.find((c) => c.trim().split(/\s+/).length >= 3) ?? u.text).trim();
  const words = clause
    .replace(/[.!?…]+$/u, '')
    .split(/\s+/)
    .slice(0, ANSWER_WORDS);
  while (words.length > 1 && DANGLING.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return tidy(words.join(' '));
}

/** "We made a rule that | whoever loses picks the next game": a house rule told, then the rule. */
const RULE_MADE =
  /^(?:so |and )?(?:we|i) (?:just |finally |eventually )?(?:made|have|had|set|started|came up with) (?:a|the|one) (?:(?:simple|new|house|family|firm|strict) )?rule(?: (?:that|where)|:)\s+/i;

/** The rule of a sentence telling of a house rule made, when it is short: "Whoever loses picks the next game". */
function houseRule(text: string): string | undefined {
  const m = RULE_MADE.exec(text);
  if (m === null) return undefined;
  const rule = text
    .slice(m[0].length)
    .replace(/[.!]+\s*$/, '')
    .trim();
  return rule.split(/\s+/).length <= 8 && !/[.!?;]/.test(rule) ? rule : undefined;
}
