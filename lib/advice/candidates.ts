/**
 * The raw material of grouping: every sentence of every live post with its key terms, and
 * which of them are advice. Non-advice sentences are kept too (as background) so grouping
 * can tell a thread's topic words ("back", "pain") from the things people recommend.
 */
import type { Post, Thread } from '../model';
import {
  codeTerms,
  isPathKey,
  commandTerms,
  FINITE_VERBS,
  imperativeClauses,
  openingInstruction,
  isCommonWordKey,
  linkTarget,
  sentenceTerms,
  wordKeys,
  compoundTailKeys,
  saysNoWholeCure,
  wordStem,
  HALT_AT_MOMENT,
  HALT_BARE,
  type Term,
} from './keys';
import { onlyRemarks, onlyTrade, saysItFails } from './detect';
import { PostReading, type PostReadings } from './post-readings';
import { kindOf } from './kind';
import { splitSentences } from './sentences';
import { FUNCTION_WORD_SET, NOUN_PHRASE_OPENERS, STOPWORDS } from './stopwords';
import {
  asksForAdvice,
  asksOpinion,
  choiceOptions,
  asksUnmarked,
  isBackstory,
  isDiagnosis,
  guessesCause,
  instructsAfterRemark,
  reactsAsLikeness,
  isExplanation,
  isPreamble,
  isProgramOutput,
  isSelfIntroduction,
  isRecommendationRequest,
  isTitleHeading,
  PAN_WORDS,
  replyStance,
  runsDown,
  type ReplyStance,
} from './thread-shape';
import type { AdviceSentence } from './types';
import {
  asksForJudgement,
  asksIfWorth,
  decisionAsked,
  decisionVerdictIn,
  verdictIn,
  verdictKey,
  onlySaysNotWorth,
  worthVerdictIn,
} from './verdicts';
import { endorsedFragment, endorses } from './endorse';

/** One sentence of a post, analysed. */
export interface Unit {
  /** Position in `Candidates.units`. */
  id: number;
  post: Post;
  /** Position of the post in the thread's answers (for stable ordering). */
  postIndex: number;
  /** Lowercased author: distinct people are counted by it. */
  person: string;
  sentence: AdviceSentence;
  /** The sentence exactly as it stands in post.text. */
  text: string;
  terms: Term[];
  /** Distinct keys of `terms` (plus post-level code and link keys on advice sentences). */
  keys: Set<string>;
  /** Keys said at least once as the object of advice (Term.target). */
  targets: Set<string>;
  /** Keys said plainly as the object of advice (Term.strong). */
  strong: ReadonlySet<string>;
  /** Keys that are targets only as names mid-sentence (Term.named). */
  named: ReadonlySet<string>;
  byAsker: boolean;
  /**
   * `advice`: the detector's verdict. `mention`: not phrased as advice, but names a known
   * remedy, a code token or a link, or says what worked ("the Flexeril really helped"); it
   * can add its author to a group that advice founded, never found one.
   */
  tier: 'advice' | 'mention';
  /** The answer this unit's post replies to (null for replies to the question). */
  replyTo: string | null;
  /** Set on a reply's opening sentence when it agrees or disagrees with the answer replied to. */
  reply: ReplyStance | null;
  /** The answer's key a reply opens on ("THE COTTON trick can cause infections"), when it does. */
  about?: string;
}

/** How the thread's answers (live, not the asker's) use one key, in any sentence, advice or not. */
export interface KeyUse {
  /** Answers that use the key. */
  posts: number;
  /**
   * Uses as the object of advice, and others: a key said mostly in stories and background
   * ("my muscles…") is the thread's topic, one said mostly as what to do ("put it in the
   * fridge") is what is advised, however many say it.
   */
  advice: number;
  other: number;
  /** The last answer (by position) counted in `posts`: each answer counts once. */
  lastPost: number;
  /**
   * Ids of the answers' units (not the asker's) that carry the key, ascending: grouping's
   * inverted index, gathered as the keys are counted (null until a unit carries it).
   */
  units: number[] | null;
}

export interface Candidates {
  /** Advice sentences (and mentions) of answers, in thread order. */
  units: Unit[];
  /** Every key the answers use, with how they use it. */
  uses: Map<string, KeyUse>;
  /** Live answers counted in `KeyUse.posts`. */
  answerCount: number;
  /** Keys of the thread's title: its topic, rarely itself the advice. */
  titleKeys: Set<string>;
  /** Word keys of the question's own text: "the frames" in an answer are most likely the asker's. */
  questionKeys: ReadonlySet<string>;
  /**
   * Every answer stands alone as an answer to the question (Stack Exchange, Askbot): one the
   * readers voted for is its own suggestion at least, whatever its phrasing.
   */
  answersStandAlone: boolean;
  /** The question asks for picks ("best papers you have read"): each answer names its own. */
  recommendations: boolean;
  /** The opening post asks something (thread-kind.ts): its title names the problem, not advice. */
  asks: boolean;
  /** The thread asks yes or no ("Is a standing desk worth it?"): an answer's "Yes!" answers it. */
  yesOrNo: boolean;
  /** No answer replies to another (MetaFilter): an answer may answer the one above it. */
  flat: boolean;
}

/** Between a thing and the place it goes: "on the", "into your", "next to her old". */
const PLACE_GAP =
  /^\s+(?:on|onto|in|into|to|at|under|over|near|around|inside|next to|beside)\s+(?:(?:the|your|her|his|its|their|a|an|that|this)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * The asker's own thing, named where an instruction puts something else ("Rub CATNIP on the
 * POST" under "…a scratching post but ignores it"): where the advice goes, not what it is about.
 * The terms naming that place, or null when the sentence puts nothing so.
 */
function placedAside(
  text: string,
  terms: readonly Term[],
  questionKeys: ReadonlySet<string>,
): Set<Term> | null {
  // (Most sentences name none of the asker's things after another term: no clause to find.)
  if (terms.length < 2 || !terms.some((t, i) => i > 0 && t.kind === 'word' && questionKeys.has(t.key)))
    return null;
  const clause = imperativeClauses(text)[0];
  if (clause === undefined) return null;
  const [a, b] = clause;
  const verbEnd = text.indexOf(' ', a);
  if (verbEnd < 0) return null;
  let object: Term | undefined;
  let aside: Set<Term> | null = null;
  for (const t of terms) {
    if (t.start <= a || t.end > b || t.end <= t.start) continue;
    if (object === undefined) {
      if (t.start <= verbEnd || !t.target) continue;
      // (The asker's own thing as what is acted on is the advice: "Put the crate in your bedroom".)
      if (wordKeys(text.slice(t.start, t.end)).some((k) => questionKeys.has(k))) return null;
      object = t;
      continue;
    }
    if (t.start <= object.end) continue;
    if (t.kind === 'word' && questionKeys.has(t.key) && PLACE_GAP.test(text.slice(object.end, t.start)))
      (aside ??= new Set()).add(t);
  }
  return aside;
}

/** The shared empty set of a sentence with no strong or named key (never added to). */
const NONE: ReadonlySet<string> = new Set<string>();

/**
 * What is done to the thread's topic ("LABEL your food" under "…keeps eating my food") is
 * plainly advised as the topic is: the verb right before it meets "Label everything".
 */
/**
 * A command that names the thread's own topic ("tsc" in a thread about TypeScript's compile, where
 * the same word is the concept in the title) is the topic too: two answers running "tsc" with
 * different options give different advice.
 */
function commandsOnTopic(units: readonly Unit[], titleKeys: Set<string>): void {
  for (const u of units)
    for (const t of u.terms)
      if (
        t.key.startsWith('k:$') &&
        !titleKeys.has(t.key) &&
        u.terms.some((o) => o.start === t.start && o !== t && titleKeys.has(o.key))
      )
        titleKeys.add(t.key);
}

function verbsOnTopic(units: Unit[], titleKeys: ReadonlySet<string>): void {
  for (const u of units) {
    if (u.tier !== 'advice' || u.strong.size === 0) continue;
    for (const v of u.terms)
      if (
        v.kind === 'word' &&
        v.target &&
        !v.strong &&
        !titleKeys.has(v.key) &&
        actsOnTopic(u, v.key, titleKeys)
      )
        u.strong = withKey(u.strong, v.key);
    placeForTopic(u, titleKeys);
  }
}

/**
 * Where the thread's topic is told to go ("Keep the GUITAR out of its case ON A STAND" under
 * "How do I practice guitar…"): the place is the advice, plainly as the topic is, and meets
 * "Guitar on a stand…".
 */
function placeForTopic(u: Unit, titleKeys: ReadonlySet<string>): void {
  const topic = u.terms.find((t) => t.strong && titleKeys.has(t.key));
  if (topic === undefined) return;
  for (const t of u.terms) {
    if (t.start <= topic.end || !t.target || t.kind !== 'word' || titleKeys.has(t.key)) continue;
    if (!t.strong && PLACED.test(u.text.slice(topic.end, t.start)) && PLACE_ENDS.test(u.text.slice(t.end)))
      u.strong = withKey(u.strong, t.key);
    return;
  }
}

/** What may follow a place's last word: its sentence's end, or where or how ("…a stand IN the living room"), not more of it. */
const PLACE_ENDS = /^(?:\s*[.,;:!?)]|\s*$|\s+(?:in|at|on|with|and|so|to|for|by|where|when)\b)/;

/** What puts a thing somewhere, before the place: "… out of its case ON A stand". */
const PLACED =
  /\b(?:on|in|into|onto|under|beside|next to|near)\s+(?:(?:a|an|the|your|its|their|some)\s+)?(?:[\w-]+\s+)?$/i;

/**
 * A compound written open and closed ("a NIGHT LIGHT", "Nthing the NIGHTLIGHT") is one thing:
 * where the thread has both, every sentence with the open phrase carries the closed word's key
 * too, as it would have written it, and the key's counts and index take them in.
 */
function joinCompounds(units: readonly Unit[], uses: Map<string, KeyUse>): void {
  for (const [key, open] of uses) {
    if (open.units === null || !key.startsWith('p:')) continue;
    const space = key.indexOf(' ');
    const first = key.slice(2, space);
    // The stemmer writes a final "y" as "i" ("batteri report"), which the closed word keeps
    // ("/batteryreport").
    let word = 'w:' + first + key.slice(space + 1);
    let closed = uses.get(word);
    if (closed === undefined && first.endsWith('i')) {
      word = 'w:' + first.slice(0, -1) + 'y' + key.slice(space + 1);
      closed = uses.get(word);
    }
    if (closed === undefined || closed.units === null) continue;
    carryKey(units, key, open, word, closed);
  }
}

/**
 * Every sentence said with `key` carries `other` too, as it would have written it, and the
 * other key's counts and index take them in.
 */
function carryKey(units: readonly Unit[], key: string, said: KeyUse, other: string, into: KeyUse): void {
  for (const id of said.units ?? []) {
    const u = units[id]!;
    u.keys.add(other);
    if (u.targets.has(key)) u.targets.add(other);
    if (u.strong.has(key)) u.strong = withKey(u.strong, other);
  }
  into.units = [...new Set([...(into.units ?? []), ...(said.units ?? [])])].sort((a, b) => a - b);
  into.posts += said.posts;
  into.advice += said.advice;
  into.other += said.other;
}

/**
 * A thing named with another name for it in brackets ("Bar mitts (pogies)", "a TENS unit
 * (e-stim)"): the other name, said anywhere in the thread ("Pogies are a game changer"), names
 * the same thing, and its sentences carry the first name's key too.
 */
function joinAliases(units: readonly Unit[], uses: Map<string, KeyUse>): void {
  const aliases = new Map<string, string>();
  for (const u of units) {
    if (!u.text.includes(' (')) continue;
    for (const b of u.terms) {
      if (u.text.charCodeAt(b.start - 1) !== 40 /* ( */ || u.text.charCodeAt(b.end) !== 41 /* ) */) continue;
      // "(live)", "(free)", "(optional)": a note on the thing, not another name for it.
      // Nor the broad concept a name in brackets also falls under: "Flonase (fluticasone)" makes
      // no "medication" another name for a nasal spray.
      if (isCommonWordKey(b.key) || b.kind === 'parent') continue;
      let a: Term | undefined;
      for (const t of u.terms)
        if (t.end === b.start - 2 && t.kind !== 'parent' && (a === undefined || t.start < a.start)) a = t;
      if (a !== undefined && a.key !== b.key && !aliases.has(b.key)) aliases.set(b.key, a.key);
    }
  }
  for (const [alias, name] of aliases) {
    const said = uses.get(alias);
    const named = uses.get(name);
    if (said?.units == null || named?.units == null) continue;
    carryKey(units, alias, said, name, named);
  }
}

/** Whether the word `key` is a verb whose object, plainly advised, is the thread's topic ("RINSE the rice"). */
export function actsOnTopic(u: Unit, key: string, titleKeys: ReadonlySet<string>): boolean {
  const verb = u.terms.find((t) => t.key === key);
  return verb !== undefined && doneToTopic(verb, u.terms, titleKeys, u.text, BEFORE_OBJECT);
}

/**
 * Whether a deed ("remove", "pull off") is done to the thread's topic, plainly advised right
 * after it: "Remove the affected LEAVES" under "…yellow leaves at the bottom" is the same deed
 * as "Just remove leaves", though both words are too common to group by alone.
 */
function deedOnTopic(
  deed: Term,
  terms: readonly Term[],
  titleKeys: ReadonlySet<string>,
  text: string,
): boolean {
  return doneToTopic(deed, terms, titleKeys, text, DEED_OBJECT);
}

/** Whether the topic, plainly advised, follows `verb` with only `between` before it. */
function doneToTopic(
  verb: Term,
  terms: readonly Term[],
  titleKeys: ReadonlySet<string>,
  text: string,
  between: RegExp,
): boolean {
  for (const t of terms)
    if (t.strong && t.start > verb.end && titleKeys.has(t.key) && between.test(text.slice(verb.end, t.start)))
      return true;
  return false;
}

/** What may stand between a deed and the topic it is done to: an article, two describing words. */
const DEED_OBJECT =
  /^\s+(?:(?:the|your|a|an|some|any|all|this|that|these|those|my|his|her|their|its)\s+)?(?:[\w-]+\s+){0,2}$/i;

/** Words that may stand between a verb and what it acts on. */
const BEFORE_OBJECT = /^\s+(?:(?:the|your|a|an|some|this|that|these|those|my|his|her|their)\s+)?$/i;

/** `set` with `key` added: a new set in place of the shared empty one. */
function withKey(set: ReadonlySet<string>, key: string): ReadonlySet<string> {
  const out = set === NONE ? new Set<string>() : (set as Set<string>);
  out.add(key);
  return out;
}

/**
 * What sites show in place of an author they no longer name (a Reddit account deleted, a Hacker
 * News comment's missing byline) or never named: not one person who wrote every such post.
 */
const UNNAMED: ReadonlySet<string> = new Set(['', '[deleted]', '[removed]', '[unknown]', 'anonymous']);

/** Who wrote a post, as grouping counts people: its author, or the post itself when unnamed. */
export function personOf(post: Post): string {
  const name = post.author.trim().toLowerCase();
  return UNNAMED.has(name) ? `\u0000${post.id}` : name;
}

/**
 * A thing said again and again as a sentence of its own: "Fence, fence, fence.", "Therapy.
 * Therapy. Therapy." The emphasis is the recommendation.
 */
const CHANT = /^\s*(\p{L}[\p{L}'’ -]{0,30}?)(?:\s*[,.!]+\s*\1){2,}\s*[.!]*\s*$/iu;

/** `CHANT` behind a cheap look: a short sentence whose first word comes twice more. */
function isChant(text: string): boolean {
  if (text.length > 80 || text.length < 5) return false;
  const lower = text.toLowerCase();
  let end = 0;
  while (end < lower.length && lower.charCodeAt(end) > 64) end++;
  if (end < 2) return false;
  const first = lower.slice(0, end);
  const again = lower.indexOf(first, end);
  return again > 0 && lower.indexOf(first, again + end) > 0 && CHANT.test(text);
}

/** Whether some term is said to have worked ("…fixed mine", "…changed my life"). */
function saysWhatWorked(terms: readonly Term[]): boolean {
  for (const t of terms) if (t.worked) return true;
  return false;
}

/** What may stand before a sentence's opening thing: "THOSE dog rocks", "THE ULTRASONIC plug-ins". */
const THING_OPENING = /^(?:(?:the|those|these|that|this|my|your|all|any)\s+)?["“'‘]?(?:[\p{L}-]+\s+){0,2}$/iu;

/** Whether a sentence runs down the thing it opens on, as the detector's against rules read it. */
function runsDownItsOpening(text: string, terms: readonly Term[]): boolean {
  let first: Term | undefined;
  for (const t of terms) if (t.target && (first === undefined || t.start < first.start)) first = t;
  return (
    first !== undefined && THING_OPENING.test(text.slice(0, first.start)) && saysItFails(text.toLowerCase())
  );
}

/** "The RK84 software IS TERRIBLE though": what a reply pans, it argues against. */
const PANS = new RegExp(
  `\\b(?:is|are|was|were) (?:(?:just|really|so|pretty|absolutely|honestly|only) )?(?:${PAN_WORDS}|trash|junk|an? (?:band-?aid|crutch|stopgap|cop-?out))\\b`,
  'i',
);

/**
 * Whether a sentence's first clause pans what it opens on: "Tram 28 is overrated, it's packed",
 * not "Ferber worked for us too, the first night WAS AWFUL though".
 */
function pansOpening(text: string): boolean {
  return PANS.test(text.split(/[,;]/, 1)[0]!);
}

/**
 * What works, then the code that does it: "The old way still works: `position: absolute; …`",
 * "This also works: `git switch -`". The code is the advice, however plain the words before it.
 */
const WORKS_THEN_CODE =
  /^(?:(?:this|that|it)|(?:the|an?|another) (?:[\w-]+ ){0,2}(?:way|method|approach|trick|version|syntax|option|one|fix))(?: (?:also|still|too|really|definitely|always))* (?:works?|worked|does (?:it|the trick)|did the trick)(?: (?:too|as well|fine|great|for me))?\s*:\s*`/i;

/** An opening that adds to what it replies to: "Also…", "Plus…", "And also…". */
const ADDS_ONE_MORE = /^(?:also|and also|plus|additionally|on top of that)\b/i;

/**
 * What gets past the answer's pick says it fails: "Kids figure out how to get AROUND parental
 * controls in a week", "mice chew right THROUGH steel wool".
 */
const DEFEATED =
  /\b(?:(?:get|gets|got|getting|find (?:a way|ways)) (?:right |straight |easily )?around(?! to\b)|(?:chew|chews|chewed|climb|climbs|climbed|jump|jumps|jumped|squeeze|squeezes|squeezed|dig|digs|dug) (?:right |straight |easily )?(?:around|through|past|over|under))\b/i;

/**
 * A "don't" that names nothing: "Please don't.", "Don't do that!", "Never do this.", "I
 * wouldn't."; or a last resort: "Try everything else first."
 */
const BARE_PROHIBITION =
  /^\s*(?:(?:please,? )?(?:don't|do not|never|i wouldn't|i would not)(?: do (?:that|this|it))?(?:,? please)?|(?:but )?(?:try|do) (?:everything|anything) else first)[.!]*\s*$/i;

/** A harm that may come, said right after a bare "don't": "You can BREAK apt-managed packages…". */
const MAY_BREAK =
  /\b(?:can|could|will|may|might) (?:\w+ )?(?:break|damage|ruin|corrupt|brick|wreck|kill|hurt|harm|mess up|screw up)\b/i;

/** A short rejection after a pick asked back: "I'd toss it", "I wouldn't", "No way". */
const REJECTS =
  /^\W*(?:(?:i'd|i would|i'd just|just) (?:toss|bin|ditch|skip|avoid|throw|replace)\b|i (?:wouldn't|would not|'d never|would never)\b|no way\b|nope\b|yikes\b|please don't\b)/i;

/** A thing said to be not enough by itself ("X alone won't fix it", "on its own it won't help"). */
const NOT_ENOUGH_ALONE =
  /\b(?:alone|by itself|by themselves|on its own|on their own)\b[^,;]*\b(?:won't|will not|doesn't|does not|didn't|did not|isn't|is not|wasn't|can't|cannot|never)\b/;

/** After "not enough alone": that it is still wanted ("…, but you need it anyway"). */
const STILL_NEEDED =
  /\bbut (?:you |it |they |you'll )?(?:still |definitely |absolutely )?(?:need|needs|want|should|must|is (?:still )?worth|are (?:still )?worth|helps?|matters?|is (?:still )?(?:essential|necessary|required))\b/i;

/**
 * A reply that agrees after saying something ("Division of responsibility saved our dinners.
 * Seconding."): its bare agreement, and its sentences on what the answer replied to named,
 * take that answer's side as an opening "Seconding" would. One that opens by warning against
 * what the answer advised disagrees with it.
 */
function secondedLater(
  units: Unit[],
  parentKeys: ReadonlySet<string> | undefined,
  parentWarnings: ReadonlySet<string> | undefined,
  titleKeys: ReadonlySet<string>,
  asked: boolean,
  parentCodeWords: ReadonlySet<string> = NONE,
): void {
  const warned = parentWarnings ?? NONE;
  if (parentKeys === undefined || units.some((u) => u.reply !== null)) return;
  // "I'd avoid hiding them, he'll never learn…" under "Hide them in smoothies", "Tram 28 is
  // overrated" under "Take tram 28": an opening warning against what the answer advised disagrees with it.
  const first = units[0];
  if (
    first !== undefined &&
    first.sentence.index === 0 &&
    (first.sentence.stance === 'against' || pansOpening(first.text) || DEFEATED.test(first.text)) &&
    // "Also avoid embarrassing stories" under "Yes, one story": one more warning, said beside it.
    !ADDS_ONE_MORE.test(first.text) &&
    // "Tram 28 is overrated, it's packed" runs down what it names without aiming at it (a
    // mention keeps only its telling keys: "WORKING HANDS never did much for me, Neutrogena…").
    (runsDown(first.text) || first.tier === 'mention'
      ? [...first.keys].some((k) => parentKeys.has(k)) || first.terms.some((t) => parentKeys.has(t.key))
      : [...first.targets].some((k) => parentKeys.has(k) || parentCodeWords.has(k)))
  ) {
    // "Yes please avoid !!" under "…so don't do that": a warning the answer gave too backs it.
    const shared = [...first.targets].filter((k) => parentKeys.has(k));
    first.reply = shared.length > 0 && shared.every((k) => warned.has(k)) ? 'agree' : 'disagree';
    first.sentence.stance = 'against';
    return;
  }
  // What comes after a catch ("…but it won't fix active rust, you need to scrub that first") is
  // said against the thing it opens on, not advice of its own, and its praise is no backing.
  const upTo = first === undefined ? undefined : catchAt(first.text);
  // The reply opens by advising for something.
  const advisesFirst =
    first !== undefined &&
    first.sentence.index === 0 &&
    first.tier === 'advice' &&
    first.sentence.stance === 'for';
  // "The bed risers were a game changer for me" under "Raise the head of your bed": a reply
  // opening with praise of what the answer advised backs it.
  if (
    advisesFirst &&
    upTo === undefined &&
    first.terms.some((t) => t.worked === true) &&
    // (What it praises is what the answer named, "the BED risers": "Also omega-3 helped my DRY
    // eyes" under "…Office air is really DRY" is one more thing that worked.)
    first.terms.some(
      (t) =>
        parentKeys.has(t.key) && first.terms.some((x) => x.target && x.start <= t.start && t.end <= x.end),
    )
  ) {
    first.reply = 'agree';
    return;
  }
  // "Spray bottles just teach them to fear you. Please don't." under "A spray bottle worked":
  // a bare "don't" in a reply is said to the answer itself; so are its words on what it named,
  // and the warnings that give its why ("Lying about the time will backfire. I wouldn't.").
  const bare = units.find((u) => BARE_PROHIBITION.test(u.text));
  if (bare !== undefined) {
    for (const u of units)
      if (
        u === bare ||
        [...u.keys].some((k) => parentKeys.has(k)) ||
        (u.sentence.stance === 'against' && u.sentence.index < bare.sentence.index) ||
        (u.sentence.index === bare.sentence.index + 1 && MAY_BREAK.test(u.text))
      ) {
        u.reply = 'disagree';
        u.sentence.stance = 'against';
      }
    return;
  }
  // "The cotton trick can cause infections…", "Sluggo is the iron phosphate brand, it's fine with
  // dogs" under the answer that advised it: a reply whose first words name what the answer
  // advised talks about that advice, and runs it down or backs it.
  const opening =
    first !== undefined && first.sentence.index === 0 && asked
      ? opensOn(first.text, first.terms, parentKeys, titleKeys, upTo)
      : null;
  // "Wood glue on a cutting board? I'd toss it.": the pick asked back in disbelief, then
  // rejected. Asked back alone, it takes no side.
  if (opening && first!.text.trimEnd().endsWith('?')) {
    const then = units[1];
    if (then !== undefined && then.sentence.index === 1 && REJECTS.test(then.text)) {
      first!.reply = 'disagree';
      first!.about = opening;
      first!.sentence.stance = 'against';
    }
    return;
  }
  if (opening) {
    // Judged by what it says before any turn: "Heisig is great for meanings, but don't leave
    // the readings too long" backs Heisig.
    const head = first!.text.split(HEAD_ENDS, 1)[0]!;
    const lower = head.toLowerCase();
    // "DMARC ALONE won't fix it, but you need it anyway": not enough by itself, not no good;
    // "The fan alone didn't help ours, the dehumidifier did" takes no side on the fan.
    const alone = NOT_ENOUGH_ALONE.test(lower);
    const needed = alone && STILL_NEEDED.test(first!.text);
    const against =
      pansOpening(head) ||
      // "Ulysses is lovely BUT THE SUBSCRIPTION PUT ME OFF": praise, then the catch that decides.
      upTo !== undefined ||
      (!alone && (NO_GOOD.test(lower) || saysItFails(lower))) ||
      CAME_BACK.test(first!.text) ||
      (head === first!.text && first!.sentence.stance === 'against' && !alone);
    // A remark on it says more of it ("Lock mode, that was exactly it for us", "The LED
    // interference thing is real"), unless it hedges or denies: "Herbicide damage WOULD look
    // different" takes no side.
    if (
      (!alone || needed) &&
      (against || needed || first!.sentence.agreement || SPEAKS_WELL.test(lower) || !HEDGES.test(lower))
    ) {
      first!.reply = against !== warned.has(opening) ? 'disagree' : 'agree';
      first!.about = opening;
      first!.sentence.stance = against ? 'against' : 'for';
      return;
    }
  }
  // "Separate room first, definitely." under "Keep them separated… Give the kitten her own
  // room": an endorsement in the answer's own words, whatever name a lexicon gives the phrase.
  if (
    first !== undefined &&
    first.sentence.index === 0 &&
    first.sentence.agreement &&
    endorsedFragment(first.text) &&
    wordKeys(first.text).some((k) => parentKeys.has(k) && !titleKeys.has(k))
  ) {
    first.reply = 'agree';
    return;
  }
  // "Don't skip the primer." under "…then prime with an oil-based primer": a reply opening by
  // telling again only what the answer told, in its own words, backs it.
  if (
    advisesFirst &&
    first.strong.size > 0 &&
    [...first.strong].every((k) => parentKeys.has(k) && !titleKeys.has(k)) &&
    openingInstruction(first.text) !== undefined
  ) {
    first.reply = 'agree';
    return;
  }
  if (!units.some((u) => u.sentence.agreement && u.keys.size === 0)) return;
  for (const u of units) {
    let shares = u.keys.size === 0 && u.sentence.agreement;
    for (const k of u.keys) if (!shares && parentKeys.has(k)) shares = true;
    if (shares) u.reply = 'agree';
  }
}

/**
 * "Yes! Daddy doing it with me out of the room was the only thing that worked.": what worked,
 * told in plain words right after a reply's bare agreement, is how the answer's advice went for
 * them, not advice of its own. A name or remedy of its own ("Yes! The Comotomo was the one") is.
 */
function toldHowItWent(units: Unit[]): void {
  const agreed = units.findIndex((u) => u.reply === 'agree' && u.sentence.agreement && u.keys.size === 0);
  const told = agreed < 0 ? undefined : units[agreed + 1];
  if (
    told !== undefined &&
    told.reply === null &&
    told.sentence.index === units[agreed]!.sentence.index + 1 &&
    told.sentence.stance === 'for' &&
    told.terms.some((t) => t.worked === true) &&
    told.named.size === 0 &&
    [...told.strong].every((k) => k.startsWith('w:') && isCommonWordKey(k))
  )
    told.reply = 'agree';
}

/**
 * "This is the answer. Order of COPY instructions matters, copying everything first busts the
 * cache…": after a bare agreement, a sentence telling more of what the answer advised (naming
 * its words, telling nothing new to do) says why the reply agrees, not advice of its own. So,
 * after a disagreement, does one saying why it disagrees ("That's a myth. You can't reinforce
 * fear by comforting a dog" under "Don't coddle her, it reinforces the fear"): it keeps the
 * reply's side.
 */
function saysWhySided(
  units: Unit[],
  parentKeys: ReadonlySet<string> | undefined,
  titleKeys: ReadonlySet<string>,
): void {
  if (parentKeys === undefined) return;
  const sided = units.find((u) => u.reply !== null);
  if (sided === undefined) return;
  for (const u of units.slice(units.indexOf(sided) + 1)) {
    if (u.reply !== null) continue;
    // "…which can make you push harder. I'd avoid THEM right before singing": after a reply
    // disagrees, a warning off "it" or "them" is a warning off what the answer advised.
    if (sided.reply === 'disagree' && u.sentence.stance === 'against' && WARNS_OFF_IT.test(u.text)) {
      u.reply = 'disagree';
      continue;
    }
    // Why it agrees backs the advice; why it disagrees runs it down ("The hot bath itself feels
    // nice though" after "Epsom salts are placebo" is no reason against).
    if (
      sided.reply === 'agree'
        ? u.sentence.stance !== 'for'
        : u.sentence.stance !== 'against' && !runsDown(u.text)
    )
      continue;
    if ([...u.named].some((k) => !parentKeys.has(k))) continue;
    let shared = false;
    for (const k of u.keys) if (parentKeys.has(k) && !titleKeys.has(k)) shared = true;
    if (!shared || tellsToDo(u.text)) continue;
    u.reply = sided.reply;
    if (sided.reply === 'disagree') u.sentence.stance = sided.sentence.stance;
  }
}

/** A warning off the thing last spoken of: "I'd avoid them…", "Don't use it for…". */
const WARNS_OFF_IT =
  /^(?:(?:so|and|but|just|please|honestly),? )?(?:(?:i'd|i would) (?:avoid|skip|not use|never use)|don't|do not|never|avoid|skip|stop)(?: (?:use|using|take|taking|give|giving|put|putting|rely on|relying on))? (?:it|them|that|those|these)\b/i;

/**
 * Whether the sentence tells the reader to do something: an imperative, not a noun before "of"
 * or "vs" ("ORDER of COPY instructions matters", "TEXT vs number is the cause").
 */
function tellsToDo(text: string): boolean {
  return imperativeClauses(text).some(([verb]) => !/^[\w'-]+ (?:of|vs\.?|versus)\s/i.test(text.slice(verb)));
}

/**
 * "The Vaseline thing is a myth, it does nothing. Save your money.": after a reply disagrees,
 * a sentence that only says the answer's pick is not worth it disagrees too, and founds nothing.
 * After a reply takes either side, "Worth a try" is said of the same pick.
 */
function dismissedAfter(units: Unit[]): void {
  let side: Unit['reply'] = null;
  for (const u of units) {
    if (u.reply !== null) side = u.reply;
    else if (side === 'disagree' && onlySaysNotWorth(u.text)) {
      u.reply = 'disagree';
      u.sentence.stance = 'against';
    } else if (side !== null && u.named.size === 0 && WORTH_A_TRY.test(u.text)) {
      // "It did nothing for our dog. Worth a try but don't expect miracles.": a verdict on the
      // same pick, which keeps the side the reply took and founds nothing.
      u.reply = side;
      u.sentence.stance = side === 'disagree' ? 'against' : 'for';
    }
  }
}

/** A short verdict that a pick is worth trying: "Worth a try but don't expect miracles", "Still worth a shot." */
const WORTH_A_TRY =
  /^(?:(?:but|still|it's|it is|probably|definitely|maybe|might be|could be|may be|well|so)\s+)*worth (?:a (?:try|shot|go|look)|trying)\b(?:\W+\S+){0,5}\W*$/i;

/**
 * "Silicone grease bought me a few months but the drip came back": it held off the trouble for
 * a while, then failed, which the turn says (what comes before it does not).
 */
const CAME_BACK =
  /,? but (?:then |eventually |soon )?(?:the \w+|it|they|that|mine)(?: \w+)? (?:came|comes|come) (?:right |straight )?back\b/i;

/**
 * Whether the clause right after offset `end` (a name) says the named thing failed or is no
 * good ("Cetirizine | did nothing for me but…", "…| is useless"), as a reply running it down would.
 */
export function failsRightAfter(text: string, end: number): boolean {
  const clause = text.slice(end, end + 60).split(/[,;.!?]|\sbut\s/, 1)[0]!;
  return NO_GOOD.test(clause.toLowerCase().replace(/\u2019/g, "'")) || PANS.test(clause);
}

/** Where a sentence's first say ends: "X is great, BUT…". */
const HEAD_ENDS = /,? (?:but|though|although|however|except)\b|; /i;

/**
 * The catch after a turn that decides against the thing: "…but I find it clunky for a
 * manuscript", "…but the subscription put me off". (Not an instruction after it: "…, but don't
 * leave the readings too long" still backs the thing.)
 */
const DOWNSIDE =
  /\b(?:put|puts|turned|turns) (?:me|us) off\b|\b(?:it's|it is|that's|that is|they're|they are) (?:a lot of|lots of|too much) (?:sediment|work|effort|hassle|mess|noise|cleanup|clean-up|maintenance|fuss)\b|\b(?:is|are|was|'s) (?:a )?(?:real |huge |total |massive |bit of a )?(?:pain|nightmare|hassle|headache)\b|\bbut (?:the )?op (?:asked|wants?|wanted|said)\b|^,? but not (?:on|for|in|with|when|if|during|at)\b|^,? but (?:it |they |that |this )?(?:won't|will not|doesn't|does not|can't|cannot) (?:fix|solve|cure|remove|stop)\b|\b(?:can|could|will|may|might) (?:\w+ )?(?:burn|backfire|cost you|hurt|damage|ruin|clog|jam|leak|overheat|dry out)\b|\bsilently (?:fails?|returns?|ignores?|drops?|breaks?|skips?)\b|,? careful[.!]*$|\bdeal ?breaker\b|\b(?:i|we) (?:find|found) (?:it|them) (?:\w+ )?(?:clunky|slow|awkward|confusing|annoying|fiddly|bloated|too \w+)\b|\b(?:it's|it is|it was|it gets|they're|they are|they were) (?:\w+ )?(?:clunky|slow|awkward|confusing|annoying|fiddly|bloated|overpriced|too expensive|unreliable|buggy|wasteful|inefficient|error-prone|fragile|brittle|hacky)\b|\beasy to (?:get wrong|mess up|screw up|break|forget)\b/i;

/** Praise held to theory: "Shifting beforehand is great IN THEORY but hard with a work week". */
const IN_THEORY = /\b(?:in theory|on paper)\b/i;

/** Where a sentence turns to a catch that decides against its thing, if it does. */
function catchAt(text: string): number | undefined {
  const turn = text.search(HEAD_ENDS);
  if (turn <= 0) return undefined;
  const head = text.slice(0, turn);
  const tail = text.slice(turn);
  return DOWNSIDE.test(tail) ||
    IN_THEORY.test(head) ||
    // "A ref won't trigger a re-render THOUGH": what it cannot do, told as its catch.
    (/^,? though\b/i.test(tail) && CANNOT.test(head))
    ? turn
    : undefined;
}

/** What a thing cannot or will not do. */
const CANNOT = /\b(?:won't|doesn't|can't|cannot|will not|does not|do not|don't)\b/i;

/**
 * What a reply says against the thing it opens on, beyond what the detector's against rules
 * read (saysItFails): it does not do its job, falls off, does little, made things slower, can
 * cause or break something, or the writer "wouldn't".
 */
const NO_GOOD =
  /\b(?:(?:won't|will not|doesn't|does not|didn't|did not|can't|cannot|never) (?:really |actually |even )?(?:help|work|fix|kill|stop|solve|clear|remove|unclog|dissolve|last|stick|do (?:anything|much|a thing)|come out|show up|respond|bother|care)|did (?:nothing|little|not much)|does nothing|(?:flakes?|flaked|peels?|peeled|wears?|wore|falls?|fell) off|(?:barely|hardly|rarely) (?:does|do|did|works?|worked|helps?|helped)|hit (?:and|or) miss|(?:made|makes|make) (?:no|zero|little) (?:real )?difference|(?:didn't|did not|doesn't|does not) make (?:a|any|much) difference|does very little|(?:makes?|made) (?:it|things|mine|ours|everything) (?:worse|slower)|(?:can|could|will|may|might) (?:cause|hurt|harm|kill|blow|fry|break|burn)|(?:won't|will not|wouldn't|would not|doesn't|does not|can't|cannot) cause (?:this|that|it)|(?:isn't|is not|aren't|are not|wasn't|was not) (?:the|your) (?:cause|problem|issue|culprit)|(?:has|have) nothing to do with|(?:has|have|had) (?:really |pretty |such )?(?:terrible|awful|horrible|poor|crappy|lousy|abysmal) [a-z]+|escalates? (?:things|it|matters|the situation)|(?:irritated|irritates|burned|burnt|stung|inflamed|dried out) (?:my|his|her|their|our|the)|(?:gave|gives) (?:me|him|her|us|them) (?:a )?(?:rash|hives|headaches?|migraines?)|(?:can|could|will|may|might) (?:come across|come off|read|sound) (?:as )?(?:passive[- ]aggressive|rude|hostile|creepy|pushy|aggressive|condescending|confrontational))\b|\bi (?:wouldn't|would not)[.!]*$/;

/** Words that hedge or deny what a remark says. */
const HEDGES =
  /\b(?:would|wouldn't|could|might|may|maybe|perhaps|not|no(?! more| longer)|never|isn't|aren't|wasn't|doesn't|don't|didn't|unless|only|if)\b/;

/** What a reply says for the thing it opens on: it worked, or it is fine. */
const SPEAKS_WELL =
  /\b(?:works?|worked|helps?|helped|fixed|saved|changed (?:everything|(?:my|our) li(?:fe|ves)|things)|made (?:all the|a (?:huge|big|real|massive)) difference|(?:is|'s|are|was|were) (?:(?:totally|perfectly|really|so|also|just) )?(?:fine|great|good|safe|perfect|brilliant|amazing|excellent|the best|a lifesaver|a life saver|a game changer|great advice|good advice|a (?:great|good|solid|excellent|safe) (?:choice|pick|option|bet|one))|(?:is|'s|are) (?:(?:definitely|really|honestly|clearly|probably) )?the (?:better|best|right|correct|cleaner|smarter) (?:answer|way|option|approach|solution|choice|bet|tool)|(?:is|'s|are|was|were) (?:not|n't) (?:that|so|as|very|really|actually) (?:scary|bad|hard|difficult|risky|dangerous|complicated|tricky|expensive)|(?:isn't|aren't|wasn't|weren't) (?:that|so|as|very|really|actually) (?:scary|bad|hard|difficult|risky|dangerous|complicated|tricky|expensive))\b/;

/**
 * The word a sentence opens on, after an article or possessive at most, when its parent answer
 * used it (not the thread's topic) and the sentence plainly advises nothing else: its subject
 * is the answer's advice ("THE COTTON trick can cause infections").
 */
function opensOn(
  text: string,
  terms: readonly Term[],
  parentKeys: ReadonlySet<string>,
  titleKeys: ReadonlySet<string>,
  upTo = text.length,
): string | null {
  let at = 0;
  const opener = /^([A-Za-z]+) /.exec(text);
  if (opener && NOUN_PHRASE_OPENERS.has(opener[1]!.toLowerCase())) at = opener[0].length;
  // The longest such term: "BAKING SODA and vinegar is mostly fizz" opens on the baking soda.
  let opens = longestAt(terms, at, parentKeys, titleKeys);
  // …or a word the answer used heading the opening's phrase: "The wall STRETCH is good".
  if (opens === null)
    for (const t of terms)
      if (t.kind === 'phrase' && t.start === at) {
        opens = longestAt(terms, text.lastIndexOf(' ', t.end - 1) + 1, parentKeys, titleKeys);
        if (opens !== null) break;
      }
  // …or the head after one describing word: "The stick-on PADS fell off after a week".
  if (opens === null && at > 0) opens = afterOneWord(text, at, terms, parentKeys, titleKeys);
  // …or, after a gerund, what it does with: "Moving to 5 GHZ made no difference for me", "Using
  // an outside OFFER works but can burn trust".
  if (opens === null) {
    const gerund = GERUND_OPENING.exec(text);
    if (gerund) {
      opens = longestAt(terms, gerund[0].length, parentKeys, titleKeys);
      if (opens === null) opens = afterOneWord(text, gerund[0].length, terms, parentKeys, titleKeys);
      // …or the doing itself: "SHIFTING beforehand is great in theory" under "Start shifting…".
      if (opens === null) opens = longestAt(terms, 0, parentKeys, titleKeys);
    }
  }
  if (opens === null) return null;
  // Its own advice, not the answer's, before any catch ("Bacon helps but it won't fix active
  // rust, you need to SCRUB that first" still opens on the bacon); the words describing the
  // opening's own thing ("OUTSIDE offer") are that thing.
  const opening = terms.find((t) => t.key === opens)!;
  for (const t of terms)
    if (t.strong && t.start < upTo && t.end > opening.end && !parentKeys.has(t.key) && !titleKeys.has(t.key))
      return null;
  return opens;
}

/** The parent's term heading the phrase after one describing word at `at`. */
function afterOneWord(
  text: string,
  at: number,
  terms: readonly Term[],
  parentKeys: ReadonlySet<string>,
  titleKeys: ReadonlySet<string>,
): string | null {
  const word = /^[\w'-]+ /.exec(text.slice(at));
  return word ? longestAt(terms, at + word[0].length, parentKeys, titleKeys) : null;
}

/** A gerund opening a sentence, with the small words and numbers before what it acts on. */
const GERUND_OPENING =
  /^(?!(?:no|some|any|every)thing\b)(?:[A-Za-z]{3,}|[Uu]s|[Dd]o)ing (?:(?:to|on|off|over|back|from|into|onto|the|a|an|my|our|your|his|her|their|\d[\d.,]*) )*/;

/** The longest term starting at `at` that the parent answer used and the title did not. */
function longestAt(
  terms: readonly Term[],
  at: number,
  parentKeys: ReadonlySet<string>,
  titleKeys: ReadonlySet<string>,
): string | null {
  let opens: string | null = null;
  let end = -1;
  for (const t of terms)
    if (t.start === at && t.end > end && parentKeys.has(t.key) && !titleKeys.has(t.key)) {
      opens = t.key;
      end = t.end;
    }
  return opens;
}

/**
 * An example in quotes said to be or not be something: '"Write thesis" is not a task.',
 * '"Draft the first paragraph of section 2.3" is.' It shows what the advice means; it is not
 * advice of its own. (A title in quotes praised on a thread of picks is a pick.)
 */
const QUOTED_EXAMPLE = /^\s*["“][^"”]{2,100}["”][.,]?\s+(?:is|isn't|is not|are|aren't|was|wasn't)\b/i;

/**
 * A sentence in quotes from end to end after an answer's first ("Say their name back right
 * away. "Nice to meet you, Sarah.""): the words to say, an example of the advice before it.
 */
const WHOLLY_QUOTED = /^\s*["“][^"”]{2,200}["”]\s*$/;

/**
 * Which sentences start inside a quotation that an earlier one opened: "She should have texted
 * something like "I am a little hurt… | Maybe in the future can we work harder…"": the words of
 * someone else, not the answerer's advice. Undefined when the post has no double quotes.
 */
function insideQuotes(text: string, sentences: readonly { start: number }[]): boolean[] | undefined {
  if (!text.includes('"') && !text.includes('\u201c')) return undefined;
  // Straight quotes count only when they pair up: one left open (a typo, or inches after a
  // number: 12") would put the rest of the post in quotes.
  let straight = 0;
  for (let i = text.indexOf('"'); i >= 0; i = text.indexOf('"', i + 1))
    if (!isDigitBefore(text, i)) straight++;
  const pairs = straight % 2 === 0;
  const out: boolean[] = new Array(sentences.length).fill(false);
  let open = false;
  let at = 0;
  for (let k = 0; k < sentences.length; k++) {
    const start = sentences[k]!.start;
    for (; at < start; at++) {
      const c = text.charCodeAt(at);
      if (c === 0x22) {
        if (pairs && !isDigitBefore(text, at)) open = !open;
      } else if (c === 0x201c) open = true;
      else if (c === 0x201d) open = false;
    }
    out[k] = open;
  }
  return out;
}

/** An inch mark (12"), not a quote: a digit before it, and no quote opening its word ("es2020"). */
function isDigitBefore(text: string, i: number): boolean {
  const c = text.charCodeAt(i - 1);
  if (!(c >= 48 && c <= 57)) return false;
  for (let j = i - 2; j >= 0 && j >= i - 40; j--) {
    const d = text.charCodeAt(j);
    if (d === 0x22) return false;
    if (d === 0x20 || d === 0x0a) return true;
  }
  return true;
}

/** What someone is heard saying, right before the quotation of it: "…hovering around SAYING, "…". */
const SPEECH_LEAD =
  /\b(?:saying|says|said|asking|asked|yelling|screaming|telling (?:me|us|her|him|them)|something like|stuff like|things like|goes|went)\s*[,:]?\s*$/i;

/**
 * A sentence whose only instruction is in the words it reports someone saying: "Most don't want
 * mom hovering around saying, "oh honey try this one on…"". "Try saying "I understand"" instructs.
 */
function reportsSpeech(text: string): boolean {
  const q = text.search(/["\u201c]/);
  if (q <= 0 || !SPEECH_LEAD.test(text.slice(0, q))) return false;
  return imperativeClauses(text).every(([a]) => a > q);
}

/**
 * The words an instruction gives to say ("Say their name back right away: "Nice to meet you,
 * Priya."", "Tell them "I need a day to think about it""): an example of the advice, not what
 * it is about. Where that quotation opens and closes, or undefined.
 */
const SAY_LEAD =
  /\b(?:say|tell (?:them|him|her|people|the \w+|your \w+)|reply|respond|text (?:them|him|her|back))\b[^"\u201c.;!?]{0,60}$/i;

function utterance(text: string): [number, number] | undefined {
  const open = text.search(/["\u201c]/);
  if (open <= 0 || !SAY_LEAD.test(text.slice(0, open))) return undefined;
  const close = text.slice(open + 1).search(/["\u201d]/);
  const end = close < 0 ? text.length : open + 1 + close;
  return /\S\s+\S/.test(text.slice(open + 1, end)) ? [open, end] : undefined;
}

/**
 * The terms of a sentence outside the words it gives to say, when it names something of its
 * own besides ("Say their NAME back…"); words to say that are all the advice names ('Say "two
 * more episodes" instead of a time') are what it advises.
 */
function outsideUtterance(text: string, terms: Term[]): Term[] {
  // A sentence that is all words to say ('"Thanks, our pediatrician is happy with how she's
  // doing."') names no remedy by what it says: the pediatrician is no advice to see one.
  if (WHOLLY_QUOTED.test(text)) return terms.filter((t) => t.kind !== 'concept' && t.kind !== 'parent');
  const said = utterance(text);
  if (said === undefined) return terms;
  const outside = terms.filter((t) => t.end <= said[0] || t.start > said[1]);
  return outside.length > 0 ? outside : terms;
}

/**
 * A thing of a few words put above another ("INDEX/MATCH is more robust than VLOOKUP") or
 * above all ("Bar Keepers Friend is the answer", "…is the way to go").
 */
const PUT_ABOVE =
  /^(?!(?:it|this|that|there|which|what|who|he|she|they|we|i|you|nothing|everything|anything)\b)[\w/.+#-]+(?: [\w/.+#-]+){0,3} (?:is|are) (?:much |far |way |a lot |generally |usually |often )?(?:(?:better|more (?:robust|reliable|flexible|accurate|comfortable)|faster|easier|safer|cheaper|simpler|sturdier|quieter) than|the (?:real )?answer|the way to go|your (?:best )?friend)\b/i;

/** A thing said to exist, by its name: "There's an app called SOAR…", "There is a great book named…". */
const THERE_IS_CALLED =
  /^(?:there's|there is|there are) (?:a|an|this|some)? ?(?:\w+ ){0,2}?(?:app|apps|book|books|podcast|course|courses|program|programme|site|website|tool|extension|plugin|channel|video|class|workbook|service) (?:called|named)\s+\S/i;

/** A word and how to do it: "Water deeply…", "Prune hard…" (an instruction if the keys read one). */
const MANNER_OPENING =
  /^\p{Lu}\p{Ll}+ (?:deeply|gently|slowly|firmly|lightly|thoroughly|sparingly|carefully|generously|hard)\b/u;

/** An answer opening with a command and then the next step: "`git checkout …` then `npm install`". */
const RUN_THIS_THEN = /^`[^`\n]+`,? (?:then|and then|followed by|and)\b/i;

/** Subject pronouns: with one, a sentence is a clause ("We tried it"), not a thing named. */
const SUBJECTS = /(?<![\w-])(?:i|you|we|they|he|she|it|its|it's|i'm|i've|that's|there's|here's)(?![\w-])/i;

/**
 * A short sentence with no verb and no subject, that is no question: "Apple cider vinegar in a
 * jar with a drop of dish soap.", "Insecticidal soap.", "Morning sunlight, definitely."
 */
function isFragment(text: string): boolean {
  // "Hairdryer first, it's the least risky.": a thing, then a clause about it.
  // (A few words and no more: "WD-40 isn't a lubricant, it's a solvent" says something of it.)
  const comma = text.indexOf(', ');
  if (comma > 0 && (GOES_ON_ABOUT_IT.test(text.slice(comma + 2)) || SAYS_WHY.test(text.slice(comma + 2)))) {
    const head = text.slice(0, comma);
    return head.split(' ').length <= 4 && !/['’]|\bnot\b/.test(head) && isFragment(`${head}.`);
  }
  // "A mirror on the headrest so she can see you.": a thing, then what it is for.
  const purpose = PURPOSE.exec(text);
  if (purpose && purpose.index > 0) return isFragment(`${text.slice(0, purpose.index)}.`);
  if (
    text.length > 100 ||
    text.trimEnd().endsWith('?') ||
    FINITE_VERBS.test(text) ||
    // ("North window isn't enough light for a fig." has its verb in the "n't".)
    /\wn['\u2019]t\b/i.test(text.split(',', 1)[0]!) ||
    SUBJECTS.test(text)
  )
    return false;
  // "Totally normal at 7.", "Very common at this age.": reassurance, no remedy.
  if (NORMAL_SAID.test(text)) return false;
  // (How much counts for nothing: "A SPOONFUL OF sugar on the back of your tongue.")
  const words = text.trim().replace(AMOUNT_LEAD, '').split(/\s+/);
  // It opens with its thing ("His car smelled…", "When out walking, wear…" open otherwise)…
  const first = words[0]!.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (words.length > 14 || (FUNCTION_WORD_SET.has(first) && !THING_OPENERS.has(first))) return false;
  // …which is all it says, or ends within a few words at a comma, dash, bracket or "in a", or
  // where a participle says how it is set up ("Automatic feeder SET TO 5am", "A sock FILLED WITH
  // cat litter").
  const head = words.slice(0, words.length <= THING_ONLY_WORDS ? THING_ONLY_WORDS : 6).join(' ');
  if (
    words.length > 4 &&
    !/,\s|\s[-–—]\s|\s\(|\s(?:in|with|on|into|plus|and|or|along|inside|under|over|around|near|at|as|behind|across|from|for)\s(?:a|an|the|your|her|his|their|its|some|each|every|half)\s|\s(?:if|unless)\s|\swith\s(?=\p{L})/u.test(
      head,
    ) &&
    !(SET_UP.test(head) && !SAYS_WHAT_IT_DOES.test(text))
  )
    return false;
  return imperativeClauses(text).length === 0;
}

/** A clause saying what a thing named before it is for: "…so she can see you", "…so that it stays dry". */
const PURPOSE =
  /,? so (?:that )?(?:she|he|they|you|it|we|i|the \w+|your \w+)(?:'s|'re| is| are| can| could| will| won't| can't| doesn't| don't| stays?| gets?| has| have)\b/i;

const SET_UP = /\s(?:\w+ed|set|put|left|kept)\s(?:to|at|on|in|into|for|with|under|over|near)\s/;
/** "A little wine left in the bottle WORKS as a trap": a clause about the thing, no fragment. */
const SAYS_WHAT_IT_DOES =
  /\b(?:works?|worked|helps?|helped|makes?|made|keeps?|does|did|gets?|got|goes|went|kills?|killed)\b/i;

/**
 * An answer's opening that names its remedy and nothing else, in a few words with no verb
 * ("Vise grips.", "Borax and sugar bait.", "Split keyboard all the way."): what follows in its
 * paragraph is about that remedy. A guess at the cause ("Sounds like a drain") names no remedy.
 */
export function namesRemedyAlone(text: string, most = 6): boolean {
  const words = text.trim().split(/\s+/);
  const first = words[0]!.toLowerCase().replace(/[^\p{L}]/gu, '');
  return (
    words.length <= most &&
    !text.trimEnd().endsWith('?') &&
    !(FUNCTION_WORD_SET.has(first) && !THING_OPENERS.has(first)) &&
    !FINITE_VERBS.test(text) &&
    !SUBJECTS.test(text) &&
    !guessesCause(text) &&
    imperativeClauses(text).length === 0
  );
}

/**
 * A thing named, then how it went for the writer: "Vaseline and cotton gloves overnight, my
 * hands were healed in three days." The thing is the advice, as a fragment alone would be.
 */
function thingThenOutcome(text: string): boolean {
  const comma = text.indexOf(', ');
  if (comma < 0 || !HEALED.test(text.slice(comma + 2))) return false;
  const head = text.slice(0, comma) + '.';
  return namesThingOnly(head) && namesRemedyAlone(head);
}

/** A first-hand outcome after the thing: "my hands were healed", "our mold was gone". */
const HEALED =
  /^(?:my|our) (?:\w+ ){0,2}(?:was|were|got|is|are) (?:(?:completely|totally|fully|almost|mostly) )?(?:healed|gone|better|fixed|cured|clear|fine|solved)\b/i;

/** A diagnosis said as a name alone: "Classic plantar fasciitis.", "Textbook separation anxiety." */
const NAMES_CONDITION = /^(?:a |an )?(?:classic|textbook|typical|sounds like)\s[\p{L}' -]{2,40}[.!]$/iu;

/** An amount opening a thing named alone: "A spoonful of sugar…", "A pinch of salt…". */
const AMOUNT_LEAD =
  /^(?:a|one) (?:little |tiny |heaping |level )?(?:bit|dab|drop|splash|pinch|touch|dash|spoonful|teaspoon|tablespoon|handful|squeeze) of /i;

/** A small amount before its "of": "a bit of", "a little dab of". */
const LITTLE_OF = /\ba (?:little |tiny )?(?:bit|dab|drop|splash|pinch|touch|dash) of /gi;

/** Words a thing named alone may take with where it goes ("Cinnamon along the entry point."). */
const THING_ONLY_WORDS = 8;

/**
 * A few words ending in a full stop or "!" that open with no greeting, thanks or cheer: "Sticky
 * tape!", "Soft Paws nail caps." An answer that opens so names its remedy, however little the
 * detector makes of words with no verb. ("Hello,", "Awesome dude!", "Thanks for the input!" are
 * turns of conversation; "@name" speaks to someone.)
 */
function namesThingOnly(text: string): boolean {
  const t = text.trim();
  return (
    /[.!]$/.test(t) &&
    !t.includes('@') &&
    // (How much counts for nothing: "Bar Keepers Friend and A BIT OF elbow grease.")
    t.replace(LITTLE_OF, '').split(/\s+/).length <= THING_ONLY_WORDS &&
    !/^(?:hello|hi|hey|oops|awesome|nice|great|good|cool|wow|thanks?|cheers|congrats|congratulations|welcome|sorry|wrong|yes|yeah|yep|no|nope|ok|okay|exactly|agreed|same|bingo|yikes|lol|haha|fuck|damn|ugh|spot|amen|bravo|perfect|lovely|fair|true|ditto|indeed|oh|ah|aw|well|update|edit|solved|done)\b/i.test(
      t,
    )
  );
}

const NORMAL_SAID =
  /^(?:(?:totally|perfectly|completely|pretty|very|quite|so|super|really|entirely|also|all) )?(?:normal|common|typical|natural|expected|standard)\b/i;

/**
 * An opening that only greets or wishes well ("Hello there, good luck with it all.", "Hi and
 * welcome!"): no pick, in a thread of picks. One that names something in capitals after its
 * greeting ("Hi! Dune, by Frank Herbert") may be.
 */
function onlyGreets(text: string): boolean {
  return GREETS.test(text) && !/\s\p{Lu}/u.test(text.slice(1));
}
const GREETS = /^(?:hello|hi|hey|hiya|greetings|welcome|good luck|best of luck|congrats|congratulations)\b/i;

/** Function words that may open a thing's name ("A humidifier.", "The plastic wrap trick…"). */
const THING_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'some', 'more', 'less', 'fewer']);

/** Capitals that may be initials: "ACV", "PSLF", "ETFs". */
const ACRONYM = /\b[A-Z]{3,5}s?\b/g;

/** At most this many acronyms are looked for (a post in capitals is not forty acronyms). */
const MAX_ACRONYMS = 40;

/** The acronyms the answers write, in lowercase, without a plural's "s". */
function acronymsIn(thread: Thread): Set<string> {
  const out = new Set<string>();
  for (const a of thread.answers) {
    if (a.deleted) continue;
    ACRONYM.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACRONYM.exec(a.text)) !== null && out.size < MAX_ACRONYMS) {
      const letters = m[0].replace(/(?<=[A-Z]{3})s$/, '').toLowerCase();
      if (!FUNCTION_WORD_SET.has(letters)) out.add(letters);
    }
  }
  return out;
}

/**
 * The acronyms a sentence spells out: words side by side whose initials are one of `acronyms`
 * ("apple cider vinegar" for "ACV"), each as the acronym's own word key, advised as its words are.
 */
function spelledOut(
  text: string,
  terms: readonly Term[],
  acronyms: ReadonlySet<string>,
): { key: string; target: boolean; strong: boolean }[] {
  const out: { key: string; target: boolean; strong: boolean }[] = [];
  let run: Term[] = [];
  const flush = (): void => {
    if (run.length >= 3) {
      let initials = '';
      for (const t of run) initials += text.charAt(t.start).toLowerCase();
      for (let len = 3; len <= 5; len++)
        for (let s = 0; s + len <= run.length; s++) {
          const letters = initials.slice(s, s + len);
          if (!acronyms.has(letters)) continue;
          const words = run.slice(s, s + len);
          out.push({
            key: 'w:' + wordStem(letters),
            target: words.some((t) => t.target === true),
            strong: words.some((t) => t.strong === true),
          });
        }
    }
    run = [];
  };
  for (const t of terms) {
    if (t.kind !== 'word') continue;
    const last = run[run.length - 1];
    if (last !== undefined && !(t.start === last.end + 1 && /[ -]/.test(text.charAt(last.end)))) flush();
    run.push(t);
  }
  flush();
  return out;
}

/** A pick said to be the writer's too: "RK61 here too", "Keychron for me as well". */
/**
 * Praise that names nothing and says no more ("Game changer.", "Total lifesaver!", "Worked like
 * a charm."): said of what the sentence before it named.
 */
/** A sentence on what the thing before it is made of or how it goes: "It starts with…", "It consists of…". */
const DESCRIBES_IT =
  /^(?:it|this|that|the program|the plan)(?:'s| is)? (?:starts|begins|consists|comes|has you|goes from|builds up)\b/i;

/** "The baking soda THING", "that vinegar TRICK": a thing called by name as another's advice. */
const NAMED_THING = /^(?:the|that|this|those) ((?:[\p{L}-]+ ){1,3})(thing|trick|method|idea|hack|stuff)\b/iu;

/**
 * A post's opening that only agrees, naming nothing or a few words of the post above: "Agreed.",
 * "This.", "This is the best advice I ever got about lying.", "Seconding the above.", "Agreed,
 * no pressure.", "Agree with this." (Not "Agree with piet.": agreeing by name is with piet, found
 * by name, whoever wrote the post above.)
 */
const AGREES_ABOVE =
  /^\W*(?:(?:agreed?|exactly|yes|yep|this),? (?!(?:is|are|was|but|if|and|i|we|it|you|with)\b)[\w'-]+(?: (?!(?:is|are|was)\b)[\w'-]+){0,2}|this|agreed|seconded|exactly|yes|yep|same|\+ ?1|so much this|(?:this|that) is (?:the |such )?(?:best|great|good|excellent|solid) advice\b[^.!?]*|(?:great|good|excellent|solid) advice|(?:seconding|agreed? with|(?:i )?agree with|\+ ?1 to|what) (?:the (?:post |comment )?above|above|they said|he said|she said|this|that))[.!]*\s*$/i;

/** An opening "yes": agreement, or the answer to a question asking yes or no. */
export const YES = /^\W*(?:yes|yep|yeah|yup)\b/i;

/** A post's opening that only disagrees, naming nothing: "Disagree.", "Please don't.", "I wouldn't." */
const DISAGREES_ABOVE =
  /^\W*(?:(?:i )?(?:strongly |respectfully )?disagree(?: with the (?:post |comment )?above)?|(?:please,? )?don'?t|i wouldn'?t)[.!]*\s*$/i;

/** An opening pointing at what the post above said to do: "Don't do that, …" (asked yes or no too). */
const DISAGREES_WITH_THAT = /^\W*(?:please,? )?(?:don'?t|do not) do (?:that|this)\b/i;

/**
 * An answer its writer takes back ("…so ignore me", "Disregard my comment, I misread"), not one
 * that only says for whom it is not ("Ignore me if you've tried this").
 */
const RETRACTED =
  /\b(?:ignore|disregard) (?:me|my (?:last |previous )?(?:post|comment|answer|reply))(?!\s+(?:if|unless|when|for)\b)\s*(?:[.!,;)]|$)/i;

/** A failure with nothing of its own: the sentence before named what did not work. */
const BARE_FAILURE =
  /^(?:(?:but|sadly|unfortunately|though),? )?(?:(?:it|that|they|this) )?(?:(?:didn't|did not|doesn't|does not|never|won't|will not) (?:really |actually |even )?(?:do (?:anything|much|a thing)|work|help)|(?:does|did|will do) (?:nothing|very little))(?: (?:at all|much))?(?: for (?:me|us|mine|ours)| (?:to|for|against|on) (?:a |an |the |your )?[\w'-]+(?: [\w'-]+)?)?(?:,? (?:though|either|sadly|unfortunately))?[.!]*$/i;

const BARE_PRAISE =
  /^(?:(?:a|an|total|totally|absolute|absolutely|real|complete|huge|such a|honestly|seriously|literally|an absolute|a total|a real|a huge)\s+)*(?:game[- ]?changer|life[- ]?saver|lifesaver|godsend|must[- ]have|worth every (?:penny|cent)|worked (?:wonders|like a charm|like magic)|works (?:wonders|like a charm|like magic)|(?:(?:it|this|that) )?(?:really |totally |always )?(?:worked|works|helped) (?:for|with) (?:me|us)(?: too| as well)?|life[- ]?changing|changed (?:my|our) li(?:fe|ves)|highly recommend(?:ed)?|can't recommend (?:it )?enough)[.!]*$/i;

/**
 * Words opening a sentence or clause that goes on about the thing before it: "SHE can't get up
 * until…", "Hairdryer first, IT'S the least risky", "…, WORKS every time", or how long to run
 * it ("Instant Pot, 5 MINUTES high pressure…").
 */
/** A clause saying what is so of something else, after a thing: "Clamshells, HIP WEAKNESS IS the usual cause". */
const SAYS_WHY =
  /^(?:[\p{Ll}-]+ ){1,3}(?:is|are) (?:the|usually|often|probably|almost always|a|an) \p{L}[^,;]*[.!]$/u;

const GOES_ON_ABOUT_IT =
  /^(?:she|he|it|it's|it is|its|they|they're|they are|this|this is|that|that's|that is|which|works|worked|\d+ (?:minutes?|mins?|seconds?|hours?|days?|weeks?|degrees?)\b)/i;

/**
 * Whether bare praise is said of sentence `k`: the one right after it, or the one after a
 * sentence going on about it ("We got a Gro clock. She can't get up until the sun shows. Game changer.").
 */
function praiseFollows(texts: readonly string[], k: number): boolean {
  const next = texts[k + 1];
  if (next === undefined) return false;
  if (BARE_PRAISE.test(next)) return k === 0 || !GOES_ON_ABOUT_IT.test(texts[k]!);
  return GOES_ON_ABOUT_IT.test(next) && BARE_PRAISE.test(texts[k + 2] ?? '');
}

const ALSO_MINE = /^\S.{0,40}?\s(?:here|for me|for us)\s(?:too|as well)\b/i;

/** Words that second what follows them: "seconding", "+1 to", "another vote for". */
export const SECONDING = String.raw`\+ ?1 (?:to|for|on)|\+ ?1(?= [a-z])|seconding|thirding|nthing|another vote for`;

/**
 * The keys of the option a sentence opens on, when it names one option's words and not the
 * other's first ("Private. $2k is a lot for paperwork." under "…a private seller or a dealer?").
 */
function pickedOption(
  terms: readonly Term[],
  optionKeys: readonly ReadonlySet<string>[],
): ReadonlySet<string> | undefined {
  let first: Term | undefined;
  for (const t of terms)
    if (t.start === 0 && t.end > 0 && (first === undefined || t.end < first.end)) first = t;
  if (first === undefined) return undefined;
  const [a, b] = optionKeys as [ReadonlySet<string>, ReadonlySet<string>];
  if (a.has(first.key) && !b.has(first.key)) return a;
  if (b.has(first.key) && !a.has(first.key)) return b;
  return undefined;
}

/** A thing seconded by name: "Seconding the fidget toy", "+1 to the brain dump". */
const SECONDED_NAME = new RegExp(
  String.raw`^\W*(?:${SECONDING}|seconded|second)\s+(?:the |a |an |your |that )?([\p{L}\p{N}][\p{L}\p{N}.'-]*(?: [\p{L}\p{N}][\p{L}\p{N}.'-]*)?)`,
  'iu',
);

/** Words a seconding names that are no thing of the advice ("Seconding this", "…the above"). */
const NOT_SECONDED_THINGS: ReadonlySet<string> = new Set(
  'this that it what everything everyone all above last first previous advice suggestion idea comment poster op'.split(
    ' ',
  ),
);

interface Seconded {
  /** What is seconded, lower case: "fidget toy". */
  name: string;
  /** The name as a whole phrase in lower-case text. */
  re: RegExp;
  person: string;
  at: number;
}

/** The things each answer seconds by name in its opening, with who seconds them and where. */
function secondedNames(answers: readonly Post[], personOf: (p: Post) => string): Seconded[] {
  const out: Seconded[] = [];
  answers.forEach((a, at) => {
    const m = SECONDED_NAME.exec(a.text);
    if (m === null) return;
    // The words before a comma, "fix" or "suggestion" (what it is called, not what it is).
    // (Not on into the next sentence: "Second the baffle. Nothing else worked".)
    const words = m[1]!
      .toLowerCase()
      .replace(/[.,;:!?]\s.*$/, '')
      .split(' ')
      .filter((w) => !/^(?:fix|suggestion|idea|advice|tip|trick|thing|method|rec|recommendation)$/.test(w));
    const name = words.join(' ').replace(/[.,;:!?]+$/, '');
    if (name.length < 4 || NOT_SECONDED_THINGS.has(words[0]!) || (words.length === 1 && STOPWORDS.has(name)))
      return;
    // Compiled once: every sentence before it is tested against it.
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'u',
    );
    out.push({ name, re, person: personOf(a), at });
  });
  return out;
}

/**
 * Where `text`, said by `person` in answer `at`, names what someone else seconds later, as
 * [start, end) offsets; null when it names none.
 */
function secondedAfter(
  seconded: readonly Seconded[],
  text: string,
  person: string,
  at: number,
): [number, number] | null {
  const lower = text.toLowerCase();
  for (const s of seconded) {
    if (s.at <= at || s.person === person) continue;
    // (Most sentences name none of it: the cheap test first.)
    const m = lower.includes(s.name) ? s.re.exec(lower) : null;
    // (Not said of another thing, "the fridge ONE", nor in a condition: "even IF the fridge one dies".)
    if (m === null || /^\s+ones?\b/.test(lower.slice(m.index + m[0].length))) continue;
    if (/\b(?:if|unless|whether)\b[^,;:]*$/.test(lower.slice(0, m.index))) continue;
    return [m.index, m.index + m[0].length];
  }
  return null;
}

/** A seconding of a pick by name, then more: "+1 to StoryWorth, we did it for my grandpa…". */
const SECONDS_PICK = new RegExp(String.raw`^\W*(?:${SECONDING})\s[^,;]{1,40}[,;]\s`, 'i');

/** A word at most this many answers have used so far is particular to the pick that used it. */
const RARE_IN_THREAD = 2;

/**
 * Whether a reply's terms name the pick it answers, by a key that says which: one less common
 * than "good" or "time" in English, or one few answers of the thread have used ("tires").
 */
function namesPick(
  terms: readonly Term[],
  pick: ReadonlySet<string> | undefined,
  uses: ReadonlyMap<string, KeyUse>,
): boolean {
  if (pick === undefined) return false;
  for (const t of terms) {
    if (!pick.has(t.key) || t.kind === 'parent') continue;
    if (!isCommonWordKey(t.key) || (uses.get(t.key)?.posts ?? 0) <= RARE_IN_THREAD) return true;
  }
  return false;
}

/** A line of a list that remarks on the items, opening with a setting or pointing back. */
const LIST_REMARK =
  /^(?:when|whenever|if|once|while|after|before|since|because|as|this|that|it|these|those|they|all)\b/i;

/** Line breaks in text[from, to): 1 between two lines of a list, 2 or more across a blank line. */
function lineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/** Whether text[from, to) is only whitespace. */
function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) > 32) return false;
  return true;
}

/**
 * A sentence of this many words or more is too particular for two people to write it word for
 * word. Shorter ones may be the same fix said alike ('Add "type": "module" to your
 * package.json file.', seven words, in two answers).
 */
const ECHO_MIN_WORDS = 8;

/**
 * Characters above ASCII that part words as punctuation does: curly quotes, dashes, "…", the
 * no-break space.
 */
function isWideSeparator(c: number): boolean {
  return c === 0xa0 || (c >= 0x2010 && c <= 0x201f) || c === 0x2026;
}

/**
 * A sentence as it reads whatever its case, punctuation or spacing, as a hash of its words
 * (FNV-1a) and their length, when it has enough words to tell a quotation by; else -1. One
 * pass over the characters: it runs on every sentence of the thread.
 */
function echoKey(sentence: string): number {
  // Most sentences are too short: told by their length alone.
  if (sentence.length < ECHO_MIN_WORDS * 3) return -1;
  let h = 0x811c9dc5;
  let n = 0;
  // Words as written, between spaces ("package.json" is one).
  let words = 0;
  let spaced = true;
  let inWord = false;
  for (let i = 0; i < sentence.length; i++) {
    let c = sentence.charCodeAt(i);
    if (c <= 32) spaced = true;
    else if (spaced) {
      spaced = false;
      words++;
    }
    if (c < 128) {
      if (c >= 65 && c <= 90) c += 32;
      else if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57))) c = 0;
    } else if (isWideSeparator(c)) c = 0;
    if (c === 0) {
      inWord = false;
      continue;
    }
    if (!inWord) {
      inWord = true;
      // A word boundary is part of what is hashed: "a bc" is not "ab c".
      h = Math.imul(h ^ 32, 0x01000193);
      n++;
    }
    h = Math.imul(h ^ c, 0x01000193);
    n++;
  }
  return words >= ECHO_MIN_WORDS ? (h >>> 0) * 0x200000 + (n & 0x1fffff) : -1;
}

/** Who wrote a sentence, when, and where on the page. */
interface Said {
  person: string;
  /** Milliseconds, or NaN when the site gave no time. */
  time: number;
  /** Index of the answer on the page; -1 for the question. */
  at: number;
}

/** Whether `a` was written before `b`: by time where both have one, else by place on the page. */
function before(a: Said, b: Said): boolean {
  const timed = !Number.isNaN(a.time) && !Number.isNaN(b.time) && a.time !== b.time;
  return timed ? a.time < b.time : a.at < b.at;
}

/**
 * Records that `said` wrote the sentence `key` (see echoKey) unless someone wrote it before, and
 * tells whether this is a quotation: someone else wrote it first, earlier on the page and in
 * time. MetaFilter quotes in italics, which read like any text, and many forums quote unmarked.
 * Stack Exchange lists answers by votes: there, a copy standing above the answer it copies is
 * not taken for the original, and neither is dropped.
 */
function claim(first: Map<number, Said>, key: number, said: Said): boolean {
  if (key < 0) return false;
  const was = first.get(key);
  if (!was) {
    first.set(key, said);
    return false;
  }
  if (was.person === said.person) return false;
  if (before(was, said)) return true;
  first.set(key, said);
  return false;
}

function timeOf(post: Post): number {
  return post.time === null ? NaN : Date.parse(post.time);
}

/** Where a code block stands in the post's text (by its first non-blank line), or -1. */
function blockOffset(text: string, block: string): number {
  const first = block
    .split('\n')
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  return first ? text.indexOf(first) : -1;
}

/** The word opening a line of code, when it is a lowercase keyword or name ("case", "import"). */
const LINE_KEYWORD = /^[ \t]*([a-z_][a-z_0-9]{2,15})(?=[ \t])/gm;

/**
 * Words that open lines of most programs, whatever they do ("return x", "for i in …", "const
 * a = …"): prose that uses them ("it will return null") names no keyword of its own code.
 */
const STATEMENT_WORDS = new Set(
  'return const let var def function func fn class struct from new public private protected static void int else elif end then'.split(
    ' ',
  ),
);

/**
 * A member's page, by its path: "/user/10056", "/u/sam", "/members/jo.12/", "user?id=pg",
 * "memberlist.php?…". On the thread's own site it is a byline or a nod to someone here, not
 * a page to read.
 */
const MEMBER_PATH =
  /^\/(?:(?:users?|u|members?|profiles?|people)\/[^/?]+|(?:user|member\.php|profile\.php|memberlist\.php)(?:\?.*)?)$/;

/** The thread's site, as its last two host labels ("metafilter.com" for ask.metafilter.com). */
function siteOf(url: string): string | null {
  try {
    return new URL(url).hostname.split('.').slice(-2).join('.');
  } catch {
    return null;
  }
}

function isMemberPage(key: string, host: string, site: string | null): boolean {
  if (site === null || (host !== site && !host.endsWith('.' + site))) return false;
  return MEMBER_PATH.test(key.slice(2 + host.length));
}

/**
 * Gives code blocks and links their sentence: a block's code keys go to the sentence right
 * above it ("In the script, include type=module:" then the block), else to the advice sentence
 * before it; a link to the sentence that shows its address, else to the first advice sentence.
 */
function attachPostKeys(
  post: Post,
  units: Unit[],
  own: { page: string | null; site: string | null },
  titleWords: ReadonlySet<string>,
): void {
  const advice = units.filter((u) => u.tier === 'advice');
  const pool = advice.length > 0 ? advice : units;
  if (pool.length === 0) return;
  const keywords = new Set<string>();
  for (const block of post.code ?? []) {
    const at = blockOffset(post.text, block);
    let carrier = pool[0]!;
    for (const u of pool) if (at >= 0 && u.sentence.end <= at) carrier = u;
    // The sentence right above the block brings it, advice or not ("The second: in node.js,
    // into your package.json file" over `"type": "module"`), not advice above an earlier block.
    let above: Unit | undefined;
    for (const u of units) if (at >= 0 && u.sentence.end <= at) above = u;
    if (above && above !== carrier && isBlank(post.text, above.sentence.end, at)) carrier = above;
    for (const t of [...codeTerms(block), ...commandTerms(block)]) carrier.keys.add(t.key);
    for (const m of block.matchAll(LINE_KEYWORD)) keywords.add(m[1]!);
  }
  // A word the prose names that opens lines of the post's own code is that code's keyword
  // ("Ruby uses the case expression" over a block of `case a when …`): a key of its own,
  // however common the word is in English. Not the question's own word ("import" under "Cannot
  // use import statement"): that is what the thread is about.
  for (const w of keywords) {
    if (titleWords.has(w) || FUNCTION_WORD_SET.has(w) || STATEMENT_WORDS.has(w)) continue;
    const named = new RegExp(`(?<![\\w.])${w}(?![\\w(])`);
    for (const u of units) if (named.test(u.text)) u.keys.add('k:' + w);
  }
  let lowered: string[] | null = null;
  for (const href of post.links ?? []) {
    const link = linkTarget(href);
    // A link to another comment of this very thread ("feloniousmonk: …" linking to it) points
    // at what was said here, not at something to read or use.
    if (!link || link.key === own.page || isMemberPage(link.key, link.host, own.site)) continue;
    // The sentence that shows the address (or names its site) carries the link; else the first
    // advice. A post that advises nothing cites a link it does not show for what it says
    // ("This error occurs when it fails in Babel transpile", linking the Babel article).
    const { key: k, host, page } = link;
    lowered ??= pool.map((u) => u.text.toLowerCase());
    // The line showing this very address, before one showing only its site: two papers on
    // one host are two links.
    const shown = shownPart(href).toLowerCase();
    let at = lowered.findIndex((t) => t.includes(shown));
    if (at < 0 && host) at = lowered.findIndex((t) => t.includes(host));
    // A footnote ("[2] https://…" on a line advising nothing) cites the sentence with its mark.
    if (at < 0 && host) {
      const mark = footnoteOf(post.text, href);
      if (mark) at = pool.findIndex((u) => u.text.includes(mark));
    }
    if (at < 0 && advice.length === 0) continue;
    const carrier = at >= 0 ? pool[at]! : pool[0]!;
    carrier.keys.add(k);
    // The same page in another edition ("/trunk/…", "/grizzly/…") is the same advice.
    if (page !== null) carrier.keys.add(page);
  }
}

/**
 * The part of an address a post surely shows when it shows the address: sites shorten long
 * ones on show ("cs.kent.ac.uk/people/staff/dat/miranda/whyfp90.p..."), and drop the scheme.
 */
function shownPart(href: string): string {
  return href.replace(/^https?:\/\/(?:www\.)?/i, '').slice(0, 40);
}

/** The footnote mark ("[2]", "(2)") opening the line of `text` that shows `href`, if any. */
function footnoteOf(text: string, href: string): string | null {
  const at = text.indexOf(shownPart(href));
  if (at < 0) return null;
  const line = text.slice(text.lastIndexOf('\n', at) + 1, at);
  return /^\s*(\[\d{1,2}\]|\(\d{1,2}\))\s*(?:https?:\/\/)?(?:www\.)?$/i.exec(line)?.[1] ?? null;
}

/** Second-level domains under which countries register names ("co.uk", "com.au", "ac.jp"). */
const SECOND_LEVEL: ReadonlySet<string> = new Set('co com net org ac gov edu or ne'.split(' '));

/** The name a site's host goes by ("metafilter" for ask.metafilter.com), or null. */
function siteName(url: string): string | null {
  try {
    const labels = new URL(url).hostname.split('.');
    // Under a country's second level ("guardian.co.uk", "abc.net.au") the name is one further left.
    const at = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]!) ? 3 : 2;
    return labels.length >= at ? labels[labels.length - at]! : null;
  } catch {
    return null;
  }
}

/**
 * Splits, detects and extracts terms for every answer of the thread. With `readings`, posts
 * read in an earlier analysis and unchanged since are not read again.
 */
/** How much of the question is read for the paths it gives. */
const QUESTION_PATHS_READ = 4000;
/** A file's key: a name and an extension ("k:backup.sh", "k:journald.conf"). */
const FILE_KEY = /^k:[\w-]+\.[a-z]{1,5}$/;

export function collectCandidates(thread: Thread, readings?: PostReadings): Candidates {
  const asker = personOf(thread.question);
  const units: Unit[] = [];
  // One map lookup per term counts everything grouping needs to know of its key.
  const uses = new Map<string, KeyUse>();
  let postAt = -1;
  const use = (key: string): KeyUse => {
    let u = uses.get(key);
    if (u === undefined) {
      u = { posts: 0, advice: 0, other: 0, lastPost: -1, units: null };
      uses.set(key, u);
    }
    if (u.lastPost !== postAt) {
      u.lastPost = postAt;
      u.posts++;
    }
    return u;
  };
  const recommendations = isRecommendationRequest(thread);
  // Asked "did I do wrong?", an answer's verdict on the asker is what it says first.
  const judging = asksForJudgement(thread);
  const weighing = !judging && asksIfWorth(thread);
  const deciding = judging || weighing ? null : decisionAsked(thread);
  const own = { page: linkTarget(thread.url)?.key ?? null, site: siteOf(thread.url) };
  const titleWords = new Set(thread.title.toLowerCase().split(/[^a-z0-9_]+/));
  // Asked to choose ("a used Honda Civic or a new Kia Forte?"), an answer naming an option as
  // what it advises votes for it as plainly as "go with the Civic" ("The Kia warranty is 10
  // years on the powertrain, that is worth a lot").
  const choice = choiceOptions(thread.title) ?? [];
  const options = new Set<string>();
  const acronyms = acronymsIn(thread);
  const asks = kindOf(thread) === 'question';
  for (const option of choice) for (const k of wordKeys(option)) options.add(k);
  const optionKeys = choice.map((o) => new Set(wordKeys(o)));
  const titleKeys = new Set(sentenceTerms(thread.title).map((t) => t.key));
  const questionKeys = new Set(wordKeys(thread.question.text));
  for (const k of wordKeys(thread.title)) titleKeys.add(k);
  for (const k of compoundTailKeys(thread.title, thread.question.text)) titleKeys.add(k);
  // A path or file the question gives ("my script at /home/deploy/backup.sh") is where the
  // trouble is, as the title's words are: no answer advises it by naming it again.
  for (const t of sentenceTerms(thread.question.text.slice(0, QUESTION_PATHS_READ)))
    if (t.kind === 'code' && (isPathKey(t.key) || FILE_KEY.test(t.key))) titleKeys.add(t.key);
  // Asked to choose, the options are what is advised, not the topic.
  for (const k of options) titleKeys.delete(k);
  for (const option of choice) for (const t of sentenceTerms(option)) titleKeys.delete(t.key);
  // The site's own name ("MetaFilter" on MetaTalk, "Reddit" on Reddit) is where the thread is, not advice.
  const site = siteName(thread.url);
  if (site) for (const t of sentenceTerms(site)) titleKeys.add(t.key);
  // So is the site the opening post links to: a story from Tailscale's blog is about Tailscale.
  for (const link of thread.question.links ?? []) {
    const linked = siteName(link);
    if (linked) for (const t of sentenceTerms(linked)) titleKeys.add(t.key);
  }
  // On Stack Exchange the asker's follow-ups are comments, which are not read as posts: an
  // answer of theirs is a self-answer, the fix they found, and counts like anyone's.
  const selfAnswers = thread.site === 'stackexchange';
  // What each top-level answer of a recommendation thread advised (its advice's targets).
  const picks = new Map<string, ReadonlySet<string>>();
  /** Who wrote each answer, as grouping counts people: a reply may name whom it sides with. */
  const answerers = new Map<string, string>();
  for (const a of thread.answers) answerers.set(a.id, personOf(a));
  // What later answers second by name ("Seconding the fidget toy"): an earlier sentence naming
  // it ("For me it was boredom, so I keep a fidget toy.") gave it, however it was put.
  const seconded = asks ? secondedNames(thread.answers, personOf) : [];
  let answerCount = 0;
  // The keys of each answer's units, for its replies (see secondedLater).
  const keysOf = new Map<string, ReadonlySet<string>>();
  /** Each answer's keys said in its warnings. */
  const warningsOf = new Map<string, ReadonlySet<string>>();
  // The words of the code each post advised ("the absolute positioning trick" names
  // `position: absolute; …`): a reply warning in those words warns against that code.
  const codeWordsOf = new Map<string, ReadonlySet<string>>();
  // Who wrote each long sentence first: the same words from someone else later are a quotation.
  const firstSaid = new Map<number, Said>();
  const q = thread.question;
  const asked: Said = { person: asker, time: timeOf(q), at: -1 };
  for (const s of splitSentences(q)) claim(firstSaid, echoKey(q.text.slice(s.start, s.end)), asked);
  const yesOrNo = judging || weighing || deciding !== null;
  // Whether no answer replies to another: every post then follows the one above it.
  const flat = !thread.answers.some((a) => a.parentId !== null && answerers.has(a.parentId));
  /** The last answer read that is not the asker's: what a bare "Agreed." in a flat thread agrees with. */
  let previous: { id: string; person: string } | null = null;
  thread.answers.forEach((post, postIndex) => {
    // "In your case you can't, so ignore me": its writer took the answer back.
    if (post.deleted || !post.text.trim() || RETRACTED.test(post.text)) return;
    const person = personOf(post);
    const byAsker = person === asker && !selfAnswers;
    if (!byAsker) answerCount++;
    let replyTo = post.parentId !== null && answerers.has(post.parentId) ? post.parentId : null;
    postAt = postIndex;
    const advice: Unit[] = [];
    const reading = readings ? readings.read(thread.id, post, byAsker) : new PostReading(post, byAsker);
    const { sentences, texts } = reading;
    // In a thread with no replies to answers, "Agreed." or "This is the best advice I ever got"
    // opening a post answers the post right above it, and so does "Please don't.".
    const above = previous;
    if (!byAsker) previous = { id: post.id, person };
    if (
      replyTo === null &&
      flat &&
      !byAsker &&
      above !== null &&
      above.person !== person &&
      texts.length > 0 &&
      // (Asked yes or no, "I wouldn't." answers the question too.)
      (AGREES_ABOVE.test(texts[0]!) ||
        (!yesOrNo && DISAGREES_ABOVE.test(texts[0]!)) ||
        DISAGREES_WITH_THAT.test(texts[0]!)) &&
      // (Asked yes or no, "Yes!" answers the question.)
      !(yesOrNo && YES.test(texts[0]!))
    )
      replyTo = above.id;
    const said: Said = { person, time: timeOf(post), at: postIndex };
    let announced = false;
    // Set by a colon that announces a list ("Things that helped:"): each line after it, to the
    // next blank line, opens with an item of the list.
    let list = false;
    let greeted = false;
    const inQuote = insideQuotes(post.text, sentences);
    for (let k = 0; k < sentences.length; k++) {
      const s = sentences[k]!;
      const text = texts[k]!;
      // A quotation of an earlier post: its words, not this answerer's advice.
      if (claim(firstSaid, echoKey(text), said)) {
        announced = false;
        list = false;
        continue;
      }
      // Bare praise after a sentence ("Game changer.") is that sentence's: see `praiseFollows` below.
      // So is a bare failure ("Didn't do anything for me though."): it turns that sentence into a
      // warning (below).
      if (k > 0 && (BARE_PRAISE.test(text) || BARE_FAILURE.test(text))) continue;
      // A copy: the reading's verdict may be kept for the next analysis, and this one adjusts it.
      const was = reading.verdicts[k]!;
      const verdict = {
        score: was.score,
        advice: was.advice,
        // "Stop walking the moment the leash gets tight" tells to halt: for, not against.
        stance:
          was.stance === 'against' && (HALT_AT_MOMENT.test(text) || HALT_BARE.test(text))
            ? ('for' as const)
            : was.stance,
        agreement: was.agreement,
      };
      // "Copper tape around the pots. Didn't do anything for me though.": tried, and it failed.
      if (BARE_FAILURE.test(texts[k + 1] ?? '')) verdict.stance = 'against';
      // "Would you recommend X?" asks for advice, "Do you think X?" for an opinion: each names X
      // without advising or using it.
      const asking = text.endsWith('?') ? asksForAdvice(text) || asksOpinion(text) : asksUnmarked(text);
      const heading = isTitleHeading(text);
      const introduces = isSelfIntroduction(text);
      if (
        asking ||
        heading ||
        isExplanation(text) ||
        isDiagnosis(text) ||
        (!recommendations &&
          (QUOTED_EXAMPLE.test(text) ||
            (k > 0 && WHOLLY_QUOTED.test(text)) ||
            inQuote?.[k] === true ||
            reportsSpeech(text))) ||
        introduces ||
        isPreamble(text) ||
        isBackstory(text) ||
        isProgramOutput(text) ||
        reactsAsLikeness(text) ||
        saysNoWholeCure(text)
      )
        verdict.advice = false;
      // An answer opening on its guess at the cause ("That sounds like early blight.") names
      // what others second ("Nthing early blight"), as "Could also be nitrogen deficiency" does.
      else if (
        !verdict.advice &&
        asks &&
        k === 0 &&
        replyTo === null &&
        !byAsker &&
        guessesCause(text) &&
        !onlyRemarks(text)
      )
        verdict.advice = true;
      else if (!verdict.advice && asks && !byAsker && instructsAfterRemark(text)) verdict.advice = true;
      // (Whatever it seemed, a story or a reason: "For me it was boredom, so I keep a fidget toy";
      // or advice named in passing: "A baffle on the pole, at least 4 feet up, and…".)
      const secondedHere =
        !byAsker && seconded.length > 0 && inQuote?.[k] !== true
          ? secondedAfter(seconded, text, person, postIndex)
          : null;
      if (secondedHere !== null) verdict.advice = true;

      // Advice that ends in a colon ("This is what fixed it for me:") announces the sentence
      // after it: that one says what is advised, whatever its form ("A standing desk.",
      // `"module": "commonjs" in tsconfig.json.`), as a pick does.
      // Only when nothing stands between them: a code block after the colon is what it announces.
      // A list after the colon ("Things that helped:\nLess sitting.\nStrength training.") is
      // announced line by line.
      const blank = k > 0 && isBlank(post.text, sentences[k - 1]!.end, s.start);
      const breaks = list ? lineBreaks(post.text, sentences[k - 1]!.end, s.start) : 0;
      // A code block or a blank line ends the list; a sentence later in an item's line is no item.
      if (list && (!blank || breaks > 1)) list = false;
      // An item names a thing ("Strength training."); a line saying something of what came
      // before ("When driving, this helps a ton.") is no item of its own.
      const item = list && breaks === 1 && !LIST_REMARK.test(text);
      const announcedHere = (announced || item) && !asking && !heading && blank;
      announced = verdict.advice && !byAsker && text.endsWith(':');
      if (announced) list = true;
      // After an opening that only greets ("Hi and welcome! Day trip to Sintra."), the answer opens on its next sentence.
      const opening = (s.index === 0 || (k === 1 && greeted)) && !byAsker;
      greeted = k === 0 && onlyGreets(text);
      // A reply that opens by agreeing or disagreeing takes the side of the answer it replies to.
      let reply =
        opening && replyTo !== null
          ? replyStance(text, recommendations, texts[k + 1], answerers.get(replyTo))
          : null;
      if (reply) {
        verdict.agreement = true;
        if (reply === 'disagree') verdict.stance = 'against';
      }
      // A recommendation thread's answer names its pick first, advice-like or not ("A Miele
      // canister vacuum."): a top-level opening founds suggestions, a reply's may join them.
      // So does a thing said over and over ("Fence, fence, fence."), anywhere.
      // Asked for help, an answer opening with advice that is a thing and no verb ("Apple cider
      // vinegar in a jar with a drop of dish soap.", "ACV trap, with plastic wrap…") names it first.
      const fragment =
        asks &&
        opening &&
        replyTo === null &&
        !recommendations &&
        !asking &&
        !introduces &&
        // ("Classic plantar fasciitis." names what the asker has, not a remedy the sentences after
        // it go on about.)
        !NAMES_CONDITION.test(text) &&
        // ("Following.", "classic.", "25 years in kitchens." name no thing: they are remarks.)
        !onlyRemarks(text) &&
        // ("Dermatology nurse. Jawline breakouts are…": who writes, when more follows.)
        !(sentences.length > 1 && onlyTrade(text)) &&
        (((verdict.advice || (!byAsker && namesThingOnly(text) && !reactsAsLikeness(text))) &&
          isFragment(text)) ||
          (!byAsker && thingThenOutcome(text)));
      const pick =
        (recommendations && opening && !reply && !asking && !onlyGreets(text) && !onlyRemarks(text)) ||
        announcedHere ||
        fragment ||
        (!byAsker && isChant(text));
      if (pick && (replyTo === null || announcedHere)) verdict.advice = true;
      // Phrase keys matter only for advice proper (and picks): other sentences skip building them.
      // A line of an announced list names its item first ("A daily word count goal, even…"), and
      // so does a pick another answer gave too ("RK61 here too, cannot beat it for the money").
      // So does a seconding that goes on about it: "+1 to StoryWorth, …it's our most treasured book".
      const namesItem =
        announcedHere || fragment || (pick && (ALSO_MINE.test(text) || SECONDS_PICK.test(text)));
      // An answer opening "Enzyme cleaner, absolutely." or "Second CBT-I." vouches for a thing
      // as "seconding" does (later in an answer "Inflammation, yes. Tightness, not so much."
      // weighs one thing against another); a fragment's thing is named as a pick names its item.
      const endorsing = opening && !asking && endorses(text) && !onlyRemarks(text);
      if (endorsing) {
        verdict.agreement = true;
        verdict.advice = true;
      }
      const endorsed = endorsing && endorsedFragment(text);
      // "INDEX/MATCH is more robust than VLOOKUP": an answer opening on one thing put above
      // another recommends it, and names it first, as a pick does.
      const above = asks && !byAsker && opening && replyTo === null && !asking && PUT_ABOVE.test(text);
      if (above) verdict.advice = true;
      // "There's an app called SOAR…": an answer naming a thing that exists offers it.
      const called =
        asks && !byAsker && opening && !asking && THERE_IS_CALLED.test(text.replace(/\u2019/g, "'"));
      if (called) verdict.advice = true;
      // "Water deeply twice a week…", "Prune hard in spring": a verb the detector reads as a noun,
      // told how to do it, opens an instruction.
      if (
        asks &&
        !byAsker &&
        !verdict.advice &&
        !asking &&
        MANNER_OPENING.test(text) &&
        imperativeClauses(text)[0]?.[0] === 0
      )
        verdict.advice = true;
      // "`git checkout origin/main -- package-lock.json` then `npm install`": commands to run.
      if (asks && !byAsker && opening && replyTo === null && RUN_THIS_THEN.test(text)) verdict.advice = true;
      let terms = reading.terms(
        k,
        verdict.advice || verdict.agreement || pick,
        pick || endorsed || above,
        namesItem || endorsed || above,
      );
      if (!recommendations) terms = outsideUtterance(text, terms);
      // (What is said of the thing named is not what is offered: SOAR, not the therapist who made it.)
      if (called) {
        const name = / (?:called|named) /.exec(text);
        const from = name === null ? 0 : name.index + name[0].length;
        const rest = text.slice(from).search(/ (?:made|by|that|which|from|for|with|where|who)\b|[,;:.!?(]/);
        const end = rest < 0 ? text.length : from + rest;
        terms = terms.map((t) =>
          t.start >= from && t.end <= end
            ? { ...t, strong: true, target: true }
            : { ...t, strong: false, target: false },
        );
      }
      // "The baking soda thing mostly just fizzes. It won't do anything…": the thing it calls by
      // name, then says does nothing, is what it argues against.
      const calledBy = verdict.stance === 'against' ? NAMED_THING.exec(text) : null;
      if (calledBy !== null && BARE_FAILURE.test(texts[k + 1] ?? '')) {
        const end = calledBy[0].length - calledBy[2]!.length;
        terms = terms.map((t) => (t.end <= end ? { ...t, strong: true, target: true } : t));
      }
      // (What it is put above, and how, are not what it recommends.)
      if (above) {
        const than = text.search(/ (?:is|are) /);
        terms = terms.map((t) => (t.start > than ? { ...t, strong: false, target: false } : t));
      }
      // A reply naming the pick it answers ("I used to sell tires" under "Keep good tires on your
      // vehicles") talks that pick up, unless it runs it down or tells its catch.
      if (
        pick &&
        opening &&
        replyTo !== null &&
        !reply &&
        namesPick(terms, picks.get(replyTo), uses) &&
        !runsDown(text) &&
        !DOWNSIDE.test(text) &&
        catchAt(text) === undefined
      ) {
        reply = 'agree';
        verdict.agreement = true;
      }
      // A verdict is said to the asker: a reply's "you" is the answer it replies to.
      const judged =
        byAsker || replyTo !== null
          ? null
          : judging
            ? verdictIn(text)
            : weighing
              ? worthVerdictIn(text, s.index === 0)
              : deciding !== null
                ? decisionVerdictIn(text, s.index === 0, deciding)
                : null;
      if (judged) verdict.advice = true;
      // What an answer says fixed it ("New thermal paste fixed mine", "a cooling pad dropped my
      // temps") recommends it, however the detector scored the sentence: read as advice, phrases too.
      // "We got a toddler clock (the Gro clock). Game changer.": praise with nothing of its own
      // says the sentence before it named what worked.
      if (
        !verdict.advice &&
        !verdict.agreement &&
        !pick &&
        !byAsker &&
        !asking &&
        (saysWhatWorked(terms) ||
          praiseFollows(texts, k) ||
          WORKS_THEN_CODE.test(text) ||
          // "Those dog rocks you put in the water bowl are a scam": what an answer opens by
          // running down, it warns against, as plainly as "Don't bother with dog rocks".
          (asks &&
            opening &&
            replyTo === null &&
            verdict.stance === 'against' &&
            runsDownItsOpening(text, terms)))
      ) {
        verdict.advice = true;
        terms = reading.terms(k, true, false);
      }
      const isAdvice = verdict.advice || verdict.agreement;
      // Most sentences are not advice: they only count as background (`uses`), and become a
      // mention when they name something telling. Their key sets are built only then.
      let about: string | null = null;
      if (!isAdvice && !pick) {
        let telling = 0;
        for (const t of terms) {
          if (!byAsker) use(t.key).other++;
          if (t.target || t.kind === 'concept' || t.kind === 'code') telling++;
        }
        // A reply opening against what its answer said ("Vinegar only moves them somewhere
        // else") is kept for secondedLater to weigh, however little it names.
        const doubts = k === 0 && replyTo !== null && verdict.stance === 'against';
        // …and so is one opening on what the answer advised ("Lock mode, that was exactly it").
        about =
          k === 0 && replyTo !== null && asks && !byAsker && telling === 0 && !doubts
            ? opensOn(text, terms, keysOf.get(replyTo) ?? NONE, titleKeys)
            : null;
        // Someone else's words in quotes ("…and then say, "Good news! You get to go back to
        // bed!"") mention nothing of the answerer's own.
        if (
          byAsker ||
          (telling === 0 && !doubts && about === null) ||
          asking ||
          (!recommendations && inQuote?.[k] === true)
        )
          continue;
        // "Couch to 5K. IT STARTS WITH 60 second runs and walks in between": what the thing
        // named before is made of, no recommendation of those parts.
        if (k > 0 && DESCRIBES_IT.test(text)) continue;
      }
      // One pass over the terms: every key, the targeted ones, and a mention's telling ones.
      // Most sentences have no plainly advised or named key: those share one empty set.
      const keys = new Set<string>();
      const targets = new Set<string>();
      let strong: ReadonlySet<string> = NONE;
      let named: ReadonlySet<string> = NONE;
      const kept = isAdvice || pick ? keys : new Set<string>();
      const aside = isAdvice && asks && !byAsker ? placedAside(text, terms, questionKeys) : null;
      // Asked to choose, an answer opening on one option's words picks it, whatever it says of
      // it ("Private seller, but get an inspection", "Private sellers are usually more honest").
      const option =
        optionKeys.length === 2 && k === 0 && replyTo === null && !byAsker && (isAdvice || pick)
          ? pickedOption(terms, optionKeys)
          : undefined;
      // (A sentence stands in one suggestion: one that advises something else too, "…, but get an
      // inspection", stands in that, which a reply may back.)
      const picked =
        option !== undefined && !terms.some((t) => t.target && !option.has(t.key)) ? option : undefined;
      for (const t of terms) {
        if (t.deed && !deedOnTopic(t, terms, titleKeys, text)) continue;
        // Where the advice applies ("In the script, include type=module") is not what it is
        // about: a key said only in the setting founds and joins no group (its other mentions
        // in the sentence still do).
        if (!t.setting) keys.add(t.key);
        if (!byAsker && (isAdvice || pick)) {
          const u = use(t.key);
          if (isAdvice && t.target) u.advice++;
          else u.other++;
        }
        if (aside?.has(t)) continue;
        // (What a later answer seconds is what this one gave.)
        if (
          t.target ||
          (secondedHere !== null && t.start >= secondedHere[0] && t.end <= secondedHere[1]) ||
          picked?.has(t.key) === true
        )
          targets.add(t.key);
        if (
          t.strong ||
          t.deed ||
          (t.target && (isAdvice || pick) && options.has(t.key)) ||
          picked?.has(t.key) === true
        )
          strong = withKey(strong, t.key);
        if (t.named) named = withKey(named, t.key);
        // ("Optometrist here." says who writes: it mentions no optometrist to see.)
        if (
          kept !== keys &&
          !introduces &&
          !t.setting &&
          (t.target || t.kind === 'concept' || t.kind === 'code')
        )
          kept.add(t.key);
      }
      if (about !== null) kept.add(about);
      // "ACV trap" and "apple cider vinegar in a jar": a thing and its initials are one key.
      if (acronyms.size > 0 && !byAsker && (isAdvice || pick || kept.size > 0))
        for (const a of spelledOut(text, terms, acronyms)) {
          keys.add(a.key);
          kept.add(a.key);
          if (a.target) targets.add(a.key);
          if (a.strong) strong = withKey(strong, a.key);
          const u = use(a.key);
          if (isAdvice && a.target) u.advice++;
          else u.other++;
        }
      if (judged) {
        const key = verdictKey(judged.verdict);
        keys.add(key);
        targets.add(key);
        strong = withKey(strong, key);
        use(key).advice++;
      }
      if (byAsker && !isAdvice) continue;
      // Built field by field: an object spread is a slow path, and this runs per sentence.
      const sentence: AdviceSentence = {
        postId: s.postId,
        index: s.index,
        text: s.text,
        start: s.start,
        end: s.end,
        score: verdict.score,
        advice: verdict.advice,
        stance: verdict.stance,
        agreement: verdict.agreement,
      };
      advice.push({
        id: -1,
        post,
        postIndex,
        person,
        sentence,
        text,
        terms,
        // A mention keeps only its telling keys: a remedy's name, code, or what it says
        // worked; a pick keeps every key (it is all about what it names).
        keys: kept,
        targets,
        strong,
        named,
        byAsker,
        tier: isAdvice ? 'advice' : 'mention',
        replyTo,
        reply,
      });
    }
    if (recommendations && replyTo === null) {
      const advised = new Set<string>();
      for (const u of advice) if (u.tier === 'advice') for (const k of u.targets) advised.add(k);
      picks.set(post.id, advised);
    }
    attachPostKeys(post, advice, own, titleWords);
    if (replyTo !== null && !byAsker) {
      secondedLater(
        advice,
        keysOf.get(replyTo),
        warningsOf.get(replyTo),
        titleKeys,
        asks,
        codeWordsOf.get(replyTo),
      );
      toldHowItWent(advice);
      saysWhySided(advice, keysOf.get(replyTo), titleKeys);
      dismissedAfter(advice);
    }
    if (!byAsker) {
      const postKeys = new Set<string>();
      const warnings = new Set<string>();
      const codeWords = new Set<string>();
      for (const u of advice) {
        for (const k of u.keys) {
          postKeys.add(k);
          if (u.sentence.stance === 'against') warnings.add(k);
        }
        // A concept's own words too: "Keep a log" keys the diary concept, and a reply saying
        // "The log is the only thing that worked" names it by its word. Code's words are kept
        // apart, for a reply's warning alone (see codeWordsOf).
        for (const t of u.terms)
          if (t.kind === 'code' && u.keys.has(t.key))
            for (const k of wordKeys(u.text.slice(t.start, t.end))) codeWords.add(k);
          else if (t.kind === 'concept' && u.keys.has(t.key))
            for (const k of wordKeys(u.text.slice(t.start, t.end))) {
              postKeys.add(k);
              if (u.sentence.stance === 'against') warnings.add(k);
            }
      }
      keysOf.set(post.id, postKeys);
      warningsOf.set(post.id, warnings);
      if (codeWords.size > 0) codeWordsOf.set(post.id, codeWords);
    }
    for (const u of advice) {
      u.id = units.length;
      units.push(u);
    }
    // Code blocks and links count too: the post uses their keys.
    if (!byAsker)
      for (const u of advice)
        for (const k of u.keys) {
          const kept = use(k);
          if (kept.units === null) kept.units = [u.id];
          else kept.units.push(u.id);
        }
  });
  joinCompounds(units, uses);
  joinAliases(units, uses);
  commandsOnTopic(units, titleKeys);
  verbsOnTopic(units, titleKeys);
  const answersStandAlone = thread.site === 'stackexchange' || thread.site === 'askbot';
  return {
    units,
    uses,
    answerCount,
    titleKeys,
    questionKeys,
    answersStandAlone,
    recommendations,
    asks,
    yesOrNo,
    flat,
  };
}
