/**
 * Grouping: the same advice in different words, across answers, becomes one group.
 *
 * Every advice sentence carries key terms (keys.ts). An inverted index maps each key to the
 * sentences using it, so the cost is linear in the number of term occurrences — never a
 * comparison of every sentence with every other. Then, greedily, the key given by the most
 * people becomes a group's anchor; a later key whose sentences mostly sit in one existing
 * group is folded into it (its other sentences join: "core" folds into "strengthen" and
 * brings "improving core muscles" along); the rest become anchors of their own. Agreement
 * replies join the groups of the post they name; sentences no shared key reaches become
 * single-answer groups on their most specific key.
 */
import { indexAuthors, indexShortNames, mentionedPeople, shortNameMentions } from './agreement';
import { actsOnTopic, type Candidates, namesRemedyAlone, SECONDING, type Unit, YES } from './candidates';
import {
  FINITE_VERBS,
  imperativeClauses,
  isCommonWordKey,
  isIngForm,
  isOperatorKey,
  LINK_ONLY,
  openingInstruction,
  opensWithCondition,
  type TermKind,
  wordKeys,
  wordStem,
} from './keys';
import { IMPERATIVE_VERBS } from './detect-features';
import { howLongEnd } from './label-clauses';
import { parentKeyOf } from './lexicon';
import { FUNCTION_WORD_SET, TIMES } from './stopwords';
import { stem } from './tokens';
import { warnsOf } from './stance';
import { instructionAfterRemark, replyStance } from './thread-shape';
import { isSideKey, isVerdictKey } from './verdicts';

export interface Group {
  /** The key the group was founded on. */
  anchor: string;
  /** The anchor and every key folded into it. */
  keys: Set<string>;
  /** Unit ids, ascending. */
  members: Set<number>;
  /** An answer listed for itself (see unlistedAnswers): named by its own opening words. */
  answer?: true;
  /**
   * Members that only say more of another member's advice, beside it in the same answer
   * (`joinOwnNeighbours`): shown with it, never what the suggestion is named or quoted by.
   */
  riders?: Set<number>;
}

/** How much a kind of key says about what is advised: a lexicon concept or a code token beats a bare word. */
const KIND_WEIGHT: Record<TermKind | 'link', number> = {
  concept: 1,
  code: 1,
  link: 1,
  phrase: 0.8,
  parent: 0.7,
  word: 0.45,
};

/** Weight gained by a word or phrase said plainly as the object of advice (Term.strong). */
const STRONG_BOOST = 1.4;

/** Weight gained by a word or phrase said plainly in an agreement ("seconding ITALKI", "+1 to the FRIDGE"). */
const SECONDED = 2 * STRONG_BOOST;

/** Weight kept by a word that is a target only because it is a name mid-sentence (Term.named). */
const NAMED_ONLY = 0.6;

/** Weight kept by a key said in passing rather than as the object of advice (Term.target). */
const PASSING: Record<TermKind | 'link', number> = {
  concept: 0.4,
  code: 1,
  link: 1,
  phrase: 0.5,
  parent: 1,
  word: 0.35,
};

function kindOf(key: string, parentKeys: ReadonlySet<string>): TermKind | 'link' {
  switch (key[0]) {
    case 'c':
      return parentKeys.has(key) ? 'parent' : 'concept';
    case 'k':
      return 'code';
    case 'l':
      return 'link';
    case 'p':
      return 'phrase';
    // A verdict ("you did the right thing") is one thing said, like a lexicon concept.
    case 'v':
      return 'concept';
    default:
      return 'word';
  }
}

export interface KeyStat {
  key: string;
  units: number[];
  people: number;
  weight: number;
  /** Some sentence on the key is advice proper, not only a mention. */
  advised: boolean;
  /** The thread's topic: it may widen a group, never found one. */
  topic: boolean;
}

/** Tunables, exported for tests and the bench; defaults are what the engine uses. */
export const GROUP_TUNING = {
  /** A key needs this weight (Σ over people of their best sentence's weight) to found a multi-answer group. */
  minAnchorWeight: 1.2,
  /** A key below the anchor weight may still fold into a group when it reaches this weight. */
  minFoldWeight: 0.6,
  /** Share of a key's sentences already in one group above which the key folds into that group. */
  foldShare: 0.6,
  /** Lexicon concepts are distinct things: they fold only when nearly always said together. */
  foldShareConcept: 0.8,
  /** Share of a group's sentences also in a larger group above which the two merge. */
  mergeShare: 0.6,
  /** A sentence joins a key's group when the key weighs at least this share of its heaviest key. */
  centralShare: 0.75,
  /** Share of answers using a word (anywhere) above which it is the thread's topic, not advice. */
  topicShare: 0.35,
  /** …unless at least this share of its uses are as the object of advice. */
  topicAdviceShare: 0.4,
  /** An everyday word used by at least this many answers… */
  backgroundPosts: 8,
  /** …and this rarely as the object of advice is background, whatever its share of answers. */
  backgroundAdviceShare: 0.2,
};

/**
 * One sentence's weight for a key: kind, whether it is the object of advice, advice or mention.
 * `aimed`: whether the sentence targets the key, when the caller has looked it up already.
 */
function unitWeight(u: Unit, key: string, kind: TermKind | 'link', aimed = u.targets.has(key)): number {
  let w = KIND_WEIGHT[kind];
  const target = aimed || kind === 'code' || kind === 'link';
  if (!target) w *= PASSING[kind];
  // Two people plainly advising the same word ("put it in the fridge", "seconding the fridge") found a group.
  else if (u.strong.has(key) && (kind === 'word' || kind === 'phrase'))
    // "Seconding italki" vouches for what another answer named: as plainly advised as can be.
    w *= u.sentence.agreement ? SECONDED : STRONG_BOOST;
  // A name said in passing ("vanilla JavaScript") is less surely advised than one recommended.
  else if (u.named.has(key) && !u.strong.has(key)) w *= NAMED_ONLY;
  // A mention counts only for what it says worked or used, not for everything it names.
  if (u.tier === 'mention') w = target ? w * 0.6 : 0;
  return w;
}

/**
 * Per-key statistics from the inverted index, heaviest key first: only keys at least two people
 * give weight to, since grouping founds and folds on no other (most keys are one sentence's).
 */
export function keyStats(c: Candidates, parentKeys: ReadonlySet<string>): KeyStat[] {
  const stats: KeyStat[] = [];
  // The inverted index is the one counting gathered (KeyUse.units).
  for (const [key, use] of c.uses) {
    const ids = use.units;
    if (ids === null || ids.length < 2 || onePerson(c, ids)) continue;
    const kind = kindOf(key, parentKeys);
    // Each person counts once, by their most telling sentence on the key.
    const best = new Map<string, number>();
    const aimedBy = new Set<string>();
    let advised = false;
    for (const id of ids) {
      const u = c.units[id]!;
      const aimed = u.targets.has(key);
      // Advice proper, or a mention of a named remedy as what worked ("the Flexeril really helped").
      // …or a command written out to run ("type npx cap open android").
      if (u.tier === 'advice' || (kind === 'concept' && aimed) || (kind === 'code' && u.strong.has(key)))
        advised = true;
      if (aimed) aimedBy.add(u.person);
      // A plain word counts only where it is what is advised: passing uses by many people
      // ("the world", "the field") must not add up to a suggestion.
      // Likewise a code token named in passing ("the file ms.js"), unless it comes from the
      // code block the sentence introduces.
      const passing =
        !aimed &&
        (kind === 'word' || kind === 'phrase' || (kind === 'code' && u.terms.some((t) => t.key === key)));
      const w = passing ? 0 : unitWeight(u, key, kind, aimed);
      if (w > (best.get(u.person) ?? 0)) best.set(u.person, w);
    }
    if (best.size < 2) continue;
    let weight = 0;
    for (const w of best.values()) weight += w;
    // The thread's own topic ("back", "module" in "import outside a module") is context, not advice.
    if ((kind === 'word' || kind === 'phrase') && c.titleKeys.has(key)) weight *= 0.3;
    const share = use.posts / Math.max(1, c.answerCount);
    // Said by many, and mostly outside advice: the thread's topic. Said by many as advice: the consensus.
    const adviceShare = use.advice / Math.max(1, use.advice + use.other);
    const wordy = kind === 'word' || kind === 'phrase';
    const common =
      wordy &&
      c.answerCount >= 6 &&
      ((share > GROUP_TUNING.topicShare && adviceShare < GROUP_TUNING.topicAdviceShare) ||
        // An everyday word many answers use, nearly always in their stories ("house", "car",
        // "news" under a news story): the thread's vocabulary, however few of them use it.
        (use.posts >= GROUP_TUNING.backgroundPosts &&
          adviceShare < GROUP_TUNING.backgroundAdviceShare &&
          isCommonWordKey(key)));
    if (common) weight *= 0.4;
    // "Open it up and CLEAN the fans", "Clean the fans first" under "Laptop fans running loud":
    // the same deed on the thread's own thing is one piece of advice, however plain its verb.
    if (kind === 'word' && c.asks && weight < GROUP_TUNING.minAnchorWeight && sameDeedOnTopic(c, key, ids))
      weight = GROUP_TUNING.minAnchorWeight;
    // What the question is about ("best papers", "back spasms"): context, never the advice itself.
    // A plain word founds a group only when two people advise it as such, not when many
    // happen to use it ("world", "field"): passing uses add up to nothing.
    // A lexicon concept nobody names as what to do ("In Node.js, …", "from a Node.js environment")
    // is where the advice applies, not advice.
    const topic =
      common ||
      (wordy && (c.titleKeys.has(key) || aimedBy.size < 2)) ||
      (kind === 'concept' && aimedBy.size === 0) ||
      // The thread's own command or file ("tsc" under "TypeScript compile takes forever",
      // "package-lock.json" under "Constant merge conflicts in package-lock.json"): each answer
      // does its own thing with it, which is the advice.
      (kind === 'code' && c.titleKeys.has(key)) ||
      // Asked about a problem, the title's own concept ("nap" in "3 month old will only nap on
      // me") is what the thread is about, unless two people plainly advise it ("Should I take
      // melatonin?" "Take melatonin.").
      (kind === 'concept' && c.asks && c.titleKeys.has(key) && plainlyBy(c, key, ids, true) < 2) ||
      (kind === 'word' && (kindsApart(c, key, ids) || doneApart(c, key, ids))) ||
      (kind === 'word' && c.asks && verbApart(c, key, ids)) ||
      (kind === 'word' && partOfOnly(c, key, ids)) ||
      (kind === 'word' && c.asks && nameAndWord(c, key, ids)) ||
      (kind === 'word' && c.asks && c.questionKeys.has(key) && onlyWhereOrWith(c, key, ids)) ||
      (kind === 'word' && saidOfOtherThings(c, key, ids)) ||
      // The asker's own thing in the question's words ("the SOFA ARM" under "shredding the arm
      // of our new sofa") is where the advice goes, unless two people plainly advise it.
      (kind === 'phrase' && c.asks && ownThingOfQuestion(c, key) && plainlyBy(c, key, ids) < 2);
    stats.push({ key, units: ids, people: best.size, weight, advised, topic });
  }
  // Heaviest first; ties by fewer sentences (the more specific key), then by key for stability.
  stats.sort((a, b) => b.weight - a.weight || a.units.length - b.units.length || (a.key < b.key ? -1 : 1));
  return stats;
}

/**
 * A sentence that plainly advises a thing of its own and uses the group's word only in passing:
 * "Neem oil, but spray in the evening" is about neem oil, not the spray another answer advised.
 */
function aboutOwnThing(c: Candidates, u: Unit, key: string, kind: TermKind | 'link'): boolean {
  if (kind !== 'word' || u.targets.has(key)) return false;
  for (const k of u.strong) if (!c.titleKeys.has(k)) return true;
  return false;
}

/**
 * A warning against a kind of the thing no one advised: "Don't buy the CHEAPEST battery" beside
 * "Get the battery tested" warns of cheap batteries, not against the test.
 */
function warnsOfOtherKind(c: Candidates, uid: number, st: KeyStat): boolean {
  const u = c.units[uid]!;
  if (u.sentence.stance !== 'against') return false;
  for (const k of u.strong) {
    if (!isKindOf(k, st.key)) continue;
    if (st.units.some((o) => o !== uid && c.units[o]!.keys.has(k))) return false;
    return true;
  }
  return false;
}

/**
 * A warning against the plain thing where those who advise it advise a kind of it: "Don't look at
 * the KEYBOARD" beside "Get a split KEYBOARD" warns of looking, not against split keyboards.
 */
function warnsOfPlainWhereKindAdvised(c: Candidates, uid: number, st: KeyStat): boolean {
  const u = c.units[uid]!;
  if (u.sentence.stance !== 'against') return false;
  for (const k of u.keys) if (isKindOf(k, st.key)) return false;
  let advisers = 0;
  for (const o of st.units) {
    const other = c.units[o]!;
    if (o === uid || other.sentence.stance === 'against') continue;
    let kind = false;
    for (const k of other.strong) if (isKindOf(k, st.key)) kind = true;
    if (!kind) return false;
    advisers++;
  }
  return advisers > 0;
}

/**
 * A warning against a command run with an option none of the command's advocates give ("Never
 * use `git reset --hard`" beside "Run `git reset --soft HEAD~1`"): a warning of its own, not
 * an argument against theirs.
 */
function warnsOfOtherOption(c: Candidates, uid: number, st: KeyStat): boolean {
  const u = c.units[uid]!;
  if (!st.key.startsWith('k:$') || u.sentence.stance !== 'against') return false;
  let options = false;
  for (const k of u.keys) {
    if (!k.startsWith('k:--')) continue;
    options = true;
    for (const other of st.units)
      if (other !== uid && c.units[other]!.sentence.stance === 'for' && c.units[other]!.keys.has(k))
        return false;
  }
  return options;
}

/**
 * Whether a sentence says the word only as the end of another name than the group's: "Revisionist
 * HISTORY" is not "Hardcore History", though a group on the latter takes in "history".
 */
function namesOtherCompound(u: Unit, wordKey: string, g: Group): boolean {
  const tail = ' ' + wordKey.slice(2);
  let other = false;
  for (const k of u.strong) {
    if (!k.startsWith('p:') || !k.endsWith(tail)) continue;
    if (g.keys.has(k)) return false;
    other = true;
  }
  return other;
}

/**
 * Whether a sentence would join through a word that, in the group's phrases, only ever says which
 * kind of another thing it is: "trim her NAILS" shares "nail" with a group on "nail caps", and is
 * not about caps. A sentence with another of the group's keys ("the caps") still joins.
 */
function onlyItsModifier(u: Unit, wordKey: string, g: Group): boolean {
  const word = wordKey.slice(2);
  let modifies = false;
  for (const k of g.keys) {
    if (!k.startsWith('p:')) continue;
    const parts = k.slice(2).split(' ');
    if (parts[parts.length - 1] === word) return false;
    if (!parts.includes(word)) continue;
    // The phrase's words apart still say it ("Bradley … Manning" keyed word by word).
    if (parts.every((w) => u.keys.has('w:' + w))) return false;
    modifies = true;
  }
  if (!modifies) return false;
  for (const k of u.keys) if (k !== wordKey && g.keys.has(k)) return false;
  return true;
}

/**
 * Whether a word is, in everyone's advice, the head of a phrase naming a different kind of it by
 * a noun: "call the card COMPANY" and "stay away from debt consolidation COMPANIES" are different
 * things, not one thing twice. The phrases themselves still group.
 */
function kindsApart(c: Candidates, key: string, ids: readonly number[]): boolean {
  const kindsBy = new Map<string, Set<string>>();
  const aiming = new Set<string>();
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.tier === 'advice' && u.targets.has(key)) aiming.add(u.person);
  }
  for (const id of ids) {
    const u = c.units[id]!;
    // (Said in passing by one who advises a kind of it, "Measure flour by weight… you end up
    // with way too much FLOUR", it names no other kind.)
    if (u.tier !== 'advice' || (!u.targets.has(key) && aiming.has(u.person))) continue;
    const terms = u.terms;
    for (let i = 0; i < terms.length; i++) {
      const t = terms[i]!;
      if (t.key !== key) continue;
      // The phrase a word heads comes right before it in the terms, and ends where it ends.
      const p = terms[i - 1];
      let kinds = kindsBy.get(u.person);
      // A deed said after the thing it is done to ("have the ALTERNATOR TESTED") is a kind of it
      // too: the alternator's test, not "a parasitic draw test".
      if (
        p !== undefined &&
        p.kind === 'word' &&
        t.start === p.end + 1 &&
        /ed$/i.test(u.text.slice(t.start, t.end))
      ) {
        if (!kinds) kindsBy.set(u.person, (kinds = new Set()));
        kinds.add(p.key);
        continue;
      }
      if (p === undefined || p.kind !== 'phrase' || p.end !== t.end) {
        // Said bare, a thing the question names is the asker's own ("get THE FRAMES adjusted"
        // under "the frames are metal"): one kind, not "acetate frames".
        if (!c.questionKeys.has(key)) return false;
        if (!kinds) kindsBy.set(u.person, (kinds = new Set()));
        // …and said before another word, it names another thing ("a HEADBAND cushion cover").
        const q = terms[i + 1];
        kinds.add(q !== undefined && q.kind === 'phrase' && q.start === t.start ? q.key : '');
        continue;
      }
      // A quality says how it is, not which kind ("a FORMAL letter", "a DEMAND letter" are one).
      const modifier = u.text.slice(p.start, t.start).trim();
      if (ADJECTIVE_ENDING.test(modifier) || QUALITIES.has(modifier.toLowerCase())) return false;
      if (!kinds) kindsBy.set(u.person, (kinds = new Set()));
      kinds.add(p.key);
    }
  }
  // The asker's own thing and a kind of it someone names ("the frames", "acetate frames") are
  // two things, whoever else names that kind.
  let own = false;
  let named = false;
  for (const kinds of kindsBy.values())
    for (const k of kinds) {
      if (k === '') own = true;
      else named = true;
    }
  return (own && named) || noneShared(kindsBy);
}

/** The phrases a sentence says a word as the end of ("a chain checker TOOL" → "checker tool"). */
function kindsNamed(u: Unit, key: string): Set<string> {
  const kinds = new Set<string>();
  const terms = u.terms;
  for (let i = 1; i < terms.length; i++) {
    const t = terms[i]!;
    const p = terms[i - 1]!;
    if (t.key === key && p.kind === 'phrase' && p.end === t.end) kinds.add(p.key);
  }
  return kinds;
}

/**
 * Whether a sentence says the group's word only as the end of a name no one else gives it, where
 * two others or more name it one way: "A chain checker TOOL is a few dollars" beside "Park TOOL
 * has a great video…" and "Seconding Park Tool". The others still group by the word.
 */
function namesKindOthersDoNot(
  c: Candidates,
  uid: number,
  st: KeyStat,
  read: Map<number, Set<string>>,
): boolean {
  // (Each sentence's phrases for the key are read once, not again for every sentence weighed.)
  const kindsOf = (id: number): Set<string> => {
    let kinds = read.get(id);
    if (kinds === undefined) read.set(id, (kinds = kindsNamed(c.units[id]!, st.key)));
    return kinds;
  };
  const u = c.units[uid]!;
  const own = kindsOf(uid);
  if (own.size === 0) return false;
  const byKind = new Map<string, Set<string>>();
  for (const id of st.units) {
    const v = c.units[id]!;
    if (v.person === u.person) continue;
    const kinds = kindsOf(id);
    // (One who says the word bare, or in a name this sentence gives too, says it as it does.)
    if (kinds.size === 0) return false;
    for (const k of kinds) {
      if (own.has(k)) return false;
      let people = byKind.get(k);
      if (!people) byKind.set(k, (people = new Set()));
      people.add(v.person);
    }
  }
  for (const people of byKind.values()) if (people.size >= 2) return true;
  return false;
}

/** Whether at least two people say something and no two of them say the same ("kinds", "deeds"). */
function noneShared(byPerson: ReadonlyMap<string, ReadonlySet<string>>): boolean {
  if (byPerson.size < 2) return false;
  const said = new Set<string>();
  for (const values of byPerson.values())
    for (const v of values) {
      if (said.has(v)) return false;
      said.add(v);
    }
  return true;
}

/**
 * Whether a word is, in everyone's advice, what different deeds are done to: "CLEAN the blades",
 * "SWAP the blades around", "MEASURE the blade heights" are three pieces of advice about a fan's
 * blades, not one about blades. Each person who plainly advises the word does so as the object of
 * a verb, and no two of them by the same kind of deed. Saying the thing alone ("Blades.") or
 * after a verb that only takes it up ("get", "use", "try") advises the thing itself.
 */
function doneApart(c: Candidates, key: string, ids: readonly number[]): boolean {
  const deedsBy = new Map<string, Set<string>>();
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.tier !== 'advice' || !u.strong.has(key)) continue;
    const deed = deedOn(u, key);
    if (deed === null) return false;
    let deeds = deedsBy.get(u.person);
    if (!deeds) deedsBy.set(u.person, (deeds = new Set()));
    deeds.add(deed);
  }
  return noneShared(deedsBy);
}

/**
 * Whether an everyday word is part of a name in some answers ("Read Logical Chess: MOVE by
 * MOVE") and a plain word in others ("Find the move where it went wrong", "move on"): the name
 * and the word are different things, however the word is spelt.
 */
function nameAndWord(c: Candidates, key: string, ids: readonly number[]): boolean {
  if (!isCommonWordKey(key)) return false;
  const named = new Set<string>();
  const plain = new Set<string>();
  for (const id of ids) {
    const u = c.units[id]!;
    for (const t of u.terms) {
      if (t.key !== key) continue;
      const first = u.text.charAt(t.start);
      if (first === first.toLowerCase()) plain.add(u.person);
      // A capital opening a sentence says nothing; one within it, or after a colon as a
      // title's second part has, makes it a name.
      else if (t.start > 0 && !/[.!?]\s*$/.test(u.text.slice(0, t.start))) named.add(u.person);
    }
  }
  if (named.size === 0 || plain.size === 0) return false;
  for (const p of named) if (plain.has(p)) return false;
  return true;
}

/** Words naming a part of a thing by where it is: "the TOP of the mask", "the BACK of the fridge". */
const PART_WORDS: ReadonlySet<string> = new Set(
  'top bottom side edge back front middle end corner base rim tip underside'
    .split(' ')
    .map((w) => `w:${wordStem(w)}`),
);

/**
 * Whether a part word is, everywhere it is said, the part of something else ("under the TOP OF
 * the mask", "Tape the TOP OF the mask to your nose"): where the advice goes, not advice.
 */
function partOfOnly(c: Candidates, key: string, ids: readonly number[]): boolean {
  if (!PART_WORDS.has(key)) return false;
  for (const id of ids) {
    const u = c.units[id]!;
    const t = u.terms.find((t) => t.key === key);
    if (t === undefined || !/^\s+of\s/i.test(u.text.slice(t.end))) return false;
  }
  return true;
}

/**
 * Whether a word is, in everyone's advice, a verb done to different things, or a verb in some
 * and a name in others: "DELETE your Safari cache and podcasts" and "Check 'Recently DELETED' in
 * Photos" are two pieces of advice, not one about deleting. Each person advising it
 * either opens an instruction with it, with what it acts on, or says it otherwise; no two who
 * open with it act on the same thing, and no two say it otherwise.
 */
function verbApart(c: Candidates, key: string, ids: readonly number[]): boolean {
  /** person → what they do it to, or null where it is no instruction's verb. */
  const uses = new Map<string, Set<string> | null>();
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.tier !== 'advice' || !u.targets.has(key) || uses.has(u.person)) continue;
    const at = u.terms.findIndex((t) => t.key === key);
    // (Keyed by a join, not by a word of its own: no telling how it says it.)
    if (at < 0) return false;
    const t = u.terms[at]!;
    const clause = imperativeClauses(u.text).find(
      ([a, b]) =>
        a <= t.start &&
        t.start < b &&
        /^(?:(?:just|then|also|and|first)\s+)*$/i.test(u.text.slice(a, t.start)),
    );
    if (clause === undefined) {
      // Only as a name ("Recently Deleted" in quotes or capitals) is it something else: "Nthing
      // rinsing" under "Rinse the rice" is the same deed.
      if (!/^\p{Lu}/u.test(u.text.slice(t.start, t.end)) || t.start === 0) return false;
      uses.set(u.person, null);
      continue;
    }
    const objects = new Set<string>();
    for (const o of u.terms.slice(at + 1))
      if (o.start < clause[1] && o.target && o.kind === 'word' && !c.titleKeys.has(o.key)) objects.add(o.key);
    // Done to nothing it names ("Delete it"): no telling what.
    if (objects.size === 0) return false;
    uses.set(u.person, objects);
  }
  if (uses.size < 2) return false;
  const all = [...uses.values()];
  if (all.every((o) => o === null)) return false;
  for (let i = 0; i < all.length; i++)
    for (let j = i + 1; j < all.length; j++) {
      const a = all[i]!;
      const b = all[j]!;
      if (a === null && b === null) return false;
      if (a !== null && b !== null) for (const k of a) if (b.has(k)) return false;
    }
  return true;
}

/**
 * Whether every person who aims verb `key` aims it at one and the same thing of the title's
 * ("clean" → "the fans"): at least two people do that deed to the thread's own thing.
 */
function sameDeedOnTopic(c: Candidates, key: string, ids: readonly number[]): boolean {
  let shared: Set<string> | null = null;
  const people = new Set<string>();
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.tier !== 'advice' || !u.targets.has(key) || u.sentence.stance !== 'for') continue;
    const objects = new Set<string>();
    const clauses = imperativeClauses(u.text);
    for (let at = 1; at < u.terms.length; at++) {
      const t = u.terms[at]!;
      const verb = u.terms[at - 1]!;
      if (
        t.kind === 'word' &&
        c.titleKeys.has(t.key) &&
        verb.key === key &&
        OBJECT_GAP.test(u.text.slice(verb.end, t.start)) &&
        clauses.some(([a, b]) => a <= verb.start && verb.start < b)
      )
        objects.add(t.key);
    }
    if (objects.size === 0) return false;
    if (shared === null) shared = objects;
    else for (const k of shared) if (!objects.has(k)) shared.delete(k);
    people.add(u.person);
  }
  return people.size >= 2 && shared !== null && shared.size > 0;
}

/**
 * The kind of deed a sentence's verb does to the word `key` right after it ("clean" in "Clean
 * the blades", "tighten" in "Tightening the blade screws stopped it"), or null when the word
 * stands after no verb, or after one that only takes the thing up.
 */
function deedOn(u: Unit, key: string): string | null {
  const terms = u.terms;
  const at = terms.findIndex((t) => t.key === key && t.kind === 'word');
  if (at <= 0) return null;
  const verb = terms[at - 1]!;
  if (verb.kind !== 'word' || !OBJECT_GAP.test(u.text.slice(verb.end, terms[at]!.start))) return null;
  const said = u.text.slice(verb.start, verb.end).toLowerCase();
  const imperative = imperativeClauses(u.text).some(([v]) => v === verb.start);
  if (!imperative && !(verb.start === 0 && isIngForm(said))) return null;
  // "Recut the stems" is the deed of "Cut the stems", done again.
  const stem = verb.key.slice(2);
  const kind = DEED_KINDS.get(stem) ?? (stem.startsWith('re') && stem.length >= 5 ? stem.slice(2) : stem);
  return kind === '' ? null : kind;
}

/** What may stand between a verb and the thing it is done to: an article or owner, a number. */
const OBJECT_GAP =
  /^\s+(?:(?:the|your|a|an|some|all|any|each|every|this|that|these|those|its|their|his|her|one|two|both)\s+)?$/i;

/**
 * Verbs by the kind of deed they do (as word keys' stems): several words for one deed are one
 * kind, and a verb that only takes the thing up ("get", "use", "try") is no deed done to it ('').
 */
const DEED_KINDS: ReadonlyMap<string, string> = new Map([
  ...'get buy use tri grab order add put take have keep pick look check consid find invest switch'
    .split(' ')
    .map((w): [string, string] => [w, '']),
  ...'clean wash rins wipe scrub dust vacuum'.split(' ').map((w): [string, string] => [w, 'clean']),
  ...'replac swap chang'.split(' ').map((w): [string, string] => [w, 'replace']),
  ...'remov ditch drop'.split(' ').map((w): [string, string] => [w, 'remove']),
  ...'call email text ask talk contact tell messag phone speak write'
    .split(' ')
    .map((w): [string, string] => [w, 'contact']),
]);

/** Endings of words that say how a thing is: "formal", "tiny", "daily", "useful", "nonstick" is not one. */
const ADJECTIVE_ENDING = /(?:al|y|ful|ous|ive|ic|able|ible|less|ish|est|ed|ing)$/i;

/** Everyday words of how a thing is, with none of ADJECTIVE_ENDING's endings ("WARM water", "a NEW battery"). */
const QUALITIES: ReadonlySet<string> = new Set(
  'warm hot cold cool new old big small large good bad cheap right proper clean fresh dry wet soft hard high low light heavy thin thick long short fine other same whole extra better'.split(
    ' ',
  ),
);

/**
 * Whether the asker's own thing is, in everyone's advice, only where or with what the deed is
 * done: "straight into ice WATER", "peel under running WATER", "a splash of vinegar in the WATER"
 * under "I've tried cold water, salt in the water" are steps and remedies of their own, not one
 * piece of advice about water. A warning about it ("don't keep it in the fridge") still counts.
 */
function onlyWhereOrWith(c: Candidates, key: string, ids: readonly number[]): boolean {
  const people = new Set<string>();
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.tier !== 'advice' || !u.targets.has(key)) continue;
    if (u.sentence.stance !== 'for') return false;
    const t = u.terms.find((t) => t.key === key);
    if (t === undefined || !PLACE_OR_MEANS_BEFORE.test(u.text.slice(Math.max(0, t.start - 40), t.start)))
      return false;
    people.add(u.person);
  }
  return people.size >= 2;
}

/**
 * Whether a word is said of a thing by some ("a very CALM older dog") and of the reader by others
 * ("Stay CALM yourself"): a quality of two different things, no one piece of advice.
 */
function saidOfOtherThings(c: Candidates, key: string, ids: readonly number[]): boolean {
  let ofThing = false;
  let ofReader = false;
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.tier !== 'advice' || !u.strong.has(key)) continue;
    const at = u.terms.findIndex((t) => t.key === key && t.kind === 'word');
    if (at < 0) continue;
    const t = u.terms[at]!;
    const next = u.terms[at + 1];
    if (next !== undefined && next.kind === 'phrase' && next.start === t.start) ofThing = true;
    else if (STATE_VERB_BEFORE.test(u.text.slice(Math.max(0, t.start - 20), t.start))) ofReader = true;
    else return false;
  }
  return ofThing && ofReader;
}

/** "Stay", "keep", "be" before a word: how to be, not a kind of thing ("Stay calm yourself"). */
const STATE_VERB_BEFORE =
  /\b(?:stay|stays|staying|keep|keeping|be|being|remain|remaining|feel)\s+(?:very\s+|really\s+|super\s+)?$/i;

/** Whether every word of phrase key `key` is a word of the title or the question. */
function ownThingOfQuestion(c: Candidates, key: string): boolean {
  for (const w of key.slice(2).split(' '))
    if (!c.questionKeys.has('w:' + w) && !c.titleKeys.has('w:' + w)) return false;
  return true;
}

/**
 * "Once a week is a lot even for a long-haired cat": a sentence naming only the asker's own
 * things in the question's words, and telling nothing to do with them, remarks on the question.
 */
function remarksOnQuestion(c: Candidates, u: Unit, key: string): boolean {
  if (
    c.recommendations ||
    u.reply !== null ||
    u.sentence.agreement ||
    !ownThingOfQuestion(c, key) ||
    u.strong.size === 0
  )
    return false;
  for (const k of u.strong) if ((k[0] !== 'w' && k[0] !== 'p') || !ownThingOfQuestion(c, k)) return false;
  // (A clause opening "Once a week IS…" says what is so; it tells no one to do anything.)
  return imperativeClauses(u.text).every(([a, b]) => SAYS_WHAT_IS.test(u.text.slice(a, b)));
}

/** A clause of a few words and then "is", "are"…: a statement, whatever its first word. */
const SAYS_WHAT_IS = /^(?!make sure\b)(?:\S+\s+){1,4}?(?:is|are|was|were)\b/i;

/** How many people plainly advise a key (Term.strong) in the units. */
function plainlyBy(c: Candidates, key: string, ids: readonly number[], alone = false): number {
  const people = new Set<string>();
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.strong.has(key) && !(alone && aimsElsewhere(c, u, key))) people.add(u.person);
  }
  return people.size;
}

/**
 * Whether a sentence aims at something beyond the thread's own thing it acts on: "Put the CRATE
 * in your bedroom", "Cover the crate with a blanket" are about where and what, under "Puppy
 * cries in the crate"; "Take melatonin" under "Should I take melatonin?" is about melatonin.
 */
function aimsElsewhere(c: Candidates, u: Unit, key: string): boolean {
  for (const t of u.terms) {
    const k = t.key;
    if (!t.target || k === key || c.titleKeys.has(k) || k[0] === 'p' || WHEN_KEYS.has(k)) continue;
    if (PLACE_OR_MEANS_BEFORE.test(u.text.slice(Math.max(0, t.start - 40), t.start))) return true;
  }
  return false;
}

/**
 * Words before a place or a means ("in your BEDROOM", "with a BLANKET", "into ice WATER", "with a
 * bit of WATER", "in already boiling WATER"), not an amount ("a low DOSE").
 */
const PLACE_OR_MEANS_BEFORE =
  /\b(?:in|into|inside|with|under|on|onto|near|beside|behind|next to|by|over|outside|through)\s+(?:(?:the|a|an|your|his|her|their|some|its|a bit of|a little|a splash of|a cup of)\s+)?(?:[\w'-]+\s+){0,2}$/i;

/** Keys of words that say when ("Take melatonin at local BEDTIME for a few DAYS"), not what or where. */
const WHEN_KEYS: ReadonlySet<string> = new Set(
  [...TIMES, 'bedtime', 'time', 'lunch', 'dinner', 'breakfast'].map((w) => 'w:' + wordStem(w)),
);

/** Whether all of the units are one person's: their key can found no shared group. */
function onePerson(c: Candidates, ids: readonly number[]): boolean {
  const person = c.units[ids[0]!]!.person;
  for (let i = 1; i < ids.length; i++) if (c.units[ids[i]!]!.person !== person) return false;
  return true;
}

/** Specificity of a key for a single-answer group: concept and code first, then rarer words. */
function specificity(u: Unit, key: string, c: Candidates, parentKeys: ReadonlySet<string>): number {
  const kind = kindOf(key, parentKeys);
  let s = unitWeight(u, key, kind) * 10 - (c.uses.get(key)?.posts ?? 0) / Math.max(1, c.answerCount);
  // What the sentence plainly tells the reader to do or avoid ("don't leave it on the COUNTER")
  // names it better than words a looser cue points at ("it will turn into grey liquid").
  if (u.strong.has(key)) s += 3;
  // What is done to the thread's topic ("RINSE the rice" under "My rice comes out sticky") is
  // as plainly advised as the topic it acts on.
  else if (kind === 'word' && !c.titleKeys.has(key) && actsOnTopic(u, key, c.titleKeys))
    s += 3 + KIND_WEIGHT.word * (STRONG_BOOST - 1) * 10;
  // A link alone says little about what is advised: the sentence's own words name it better.
  if (kind === 'link') s -= 4;
  // A capitalised name mid-sentence ("the work of Dr. Eric Goodman") is what is recommended,
  // more than the common words around it ("do yourself a favor").
  if (kind === 'word' || kind === 'phrase') {
    const t = u.terms.find((x) => x.key === key);
    // Not the author a pick is by ("Seveneves by NEAL STEPHENSON"): what they wrote is the pick.
    if (
      t &&
      t.start > 0 &&
      /^\p{Lu}/u.test(u.text.charAt(t.start)) &&
      !/[.!?:]\s*$/.test(u.text.slice(0, t.start)) &&
      !BY_NAME.test(u.text.slice(Math.max(0, t.start - 40), t.start))
    )
      s += 3;
  }
  // A title of several words ("Logical Chess Move by Move") names it better than two of them.
  if (kind === 'phrase' && key.indexOf(' ') !== key.lastIndexOf(' ')) s += 1;
  if (c.titleKeys.has(key)) s -= 5;
  // Said only in a clause of when or why ("…keeps your foot flexed WHILE YOU SLEEP"), it is not
  // what the sentence is about.
  if (!u.targets.has(key)) {
    const t = u.terms.find((x) => x.key === key);
    if (t !== undefined && WHILE_CLAUSE.test(u.text.slice(0, t.start))) s -= 2;
  }
  // A warning is named by what it warns against ("Do not ignore her, sit with her…").
  if (u.sentence.stance === 'against' && u.terms.some((t) => t.key === key && t.negated)) s += 1;
  return s;
}

/** Text ending inside a clause of when or why: "…while you ", "…because it ". */
const WHILE_CLAUSE =
  /\b(?:while|when|whenever|because|since|until|unless|so that)\s+(?:you|it|they|he|she|we|i)\b[^,;:.!?]*$/i;

/** The text before a word of the name a pick is by: "by ", "by Tim Berners-", "by Wes ". */
const BY_NAME = /\bby\s+(?:\p{Lu}[\p{L}.'’]*[\s-]+){0,2}$/u;

/** Whether a sentence naming someone also advises something nameable of its own. */
function ownAdvice(u: Unit, mention: Mention, parentKeys: ReadonlySet<string>): boolean {
  for (const k of u.keys) if (!mention.nameKeys.has(k) && nameable(u, k, parentKeys)) return true;
  return false;
}

/** Whether a sentence's key can found a single-answer group (see groupUnits). */
function nameable(u: Unit, key: string, parentKeys: ReadonlySet<string>): boolean {
  const kind = kindOf(key, parentKeys);
  if (u.tier === 'mention') return kind === 'concept' && u.targets.has(key);
  if (kind === 'parent' || isOperatorKey(key)) return false;
  if (kind !== 'word') return true;
  // An everyday word names a suggestion only when said plainly as what to do ("put it in the
  // FRIDGE") or as a name; a looser cue ("by doing the following", "it gives") names nothing.
  return u.targets.has(key) && (u.strong.has(key) || u.named.has(key) || !isCommonWordKey(key));
}

/**
 * Whether a sentence reached through a folded word names a remedy or code of its own that the
 * group is not about: "update the firmware on your router" is about the firmware, and does not
 * join "restart the router" through the router both act on.
 */
function advisesOtherThing(
  u: Unit,
  g: Group,
  kind: TermKind | 'link',
  parentKeys: ReadonlySet<string>,
): boolean {
  if (kind !== 'word' && kind !== 'phrase') return false;
  for (const k of u.targets) {
    const other = kindOf(k, parentKeys);
    if ((other === 'concept' || other === 'code') && !g.keys.has(k)) return true;
  }
  return false;
}

/** Groups the advice sentences of a thread. */
export function groupUnits(
  c: Candidates,
  parentKeys: ReadonlySet<string>,
  confirmed: ReadonlySet<string> = new Set(),
): Group[] {
  const groups: Group[] = [];
  /** unit id → indexes of the groups it belongs to. */
  const memberOf = new Map<number, number[]>();
  const join = (gi: number, uid: number): void => {
    const g = groups[gi]!;
    if (g.members.has(uid)) return;
    g.members.add(uid);
    const list = memberOf.get(uid);
    if (list) list.push(gi);
    else memberOf.set(uid, [gi]);
  };

  const stats = keyStats(c, parentKeys);
  // A sentence joins a group only on a key it is about: one at least `centralShare` as telling
  // as its most telling key ("follow your doctors' advice, then try strength training" is
  // about strength training, not doctors).
  const peak = new Float64Array(c.units.length);
  // A broad concept ("medication") never founds a group: it is no sentence's main point either.
  // Only the keys' own sentences are weighed: the asker's, never in a key's list, join no group.
  for (const st of stats) {
    if (st.people < 2 || parentKeys.has(st.key)) continue;
    const kind = kindOf(st.key, parentKeys);
    for (const uid of st.units) peak[uid] = Math.max(peak[uid]!, unitWeight(c.units[uid]!, st.key, kind));
  }
  // A step of a remedy its answer opened by naming ("Vise grips. Clamp on the HEAD and turn.")
  // is about that remedy: a word it shares in passing with other answers joins it to none.
  const steps = new Set<number>();
  for (const u of c.units)
    if (followsNamedRemedy(c, u) || nextStep(c, u) || actsOnItNext(c, u)) steps.add(u.id);
  // A remark on the advice right before it ("That's litres of water going into the air") is its
  // why, and what to do if it goes wrong part of it (`fallsBack`): joined to it among the
  // singles, never a founder of a group by its words.
  const remarks = new Set<number>();
  for (const u of c.units)
    if (remarksOnIt(c, u) || fallsBack(u) || saysWhatIfOff(c, u) || saysWhyItWorks(c, u)) remarks.add(u.id);
  const central = (key: string, uid: number): boolean => {
    const u = c.units[uid]!;
    if (remarks.has(uid)) return false;
    if (steps.has(uid) && (key[0] === 'w' || key[0] === 'p') && !c.units[uid - 1]!.keys.has(key))
      return false;
    const w = unitWeight(u, key, kindOf(key, parentKeys));
    return w > 0 && w >= GROUP_TUNING.centralShare * peak[uid]!;
  };
  // A reply that opens by agreeing or disagreeing is about the answer it replies to: it joins
  // that answer's groups (joinReplies), not a group it shares a passing word with ("I agree with
  // you, it is a first-principles analysis" is not advice about "principles"). It still counts
  // towards its keys' weight, and joins by key when its parent gave no advice at all.
  const advising = new Set<string>();
  for (const u of c.units) if (u.tier === 'advice' && !u.byAsker) advising.add(u.post.id);
  const waitsForParent = (uid: number): boolean => {
    const u = c.units[uid]!;
    return u.reply !== null && u.replyTo !== null && advising.has(u.replyTo);
  };
  // The last word of each phrase a group was founded on → that group, or -1 when several share it.
  const phraseHeads = new Map<string, number>();
  for (const st of stats) {
    if (st.weight < GROUP_TUNING.minFoldWeight || st.people < 2 || !st.advised) continue;
    // Which existing group already holds most of this key's sentences?
    const counts = new Map<number, number>();
    for (const uid of st.units)
      for (const gi of memberOf.get(uid) ?? []) counts.set(gi, (counts.get(gi) ?? 0) + 1);
    let best = -1;
    let bestCount = 0;
    for (const [gi, n] of counts)
      if (n > bestCount || (n === bestCount && gi < best)) [best, bestCount] = [gi, n];
    const kind = kindOf(st.key, parentKeys);
    const need = kind === 'concept' ? GROUP_TUNING.foldShareConcept : GROUP_TUNING.foldShare;
    let fold = best >= 0 && bestCount / st.units.length >= need;
    // "Wash the lenses with dish SOAP" founded a group; "The soap worked better" and "Soap." say
    // the same thing short. A word that heads one group's phrase, and no other's, folds into it
    // where a question was asked (in a discussion "security" is not always "national security").
    if (!fold && kind === 'word' && c.asks) {
      const headed = headedGroup(c, groups, phraseHeads, st);
      if (headed >= 0) [best, fold] = [headed, true];
    }
    // "ACV" in "ACV trap works great" and in "Apple cider vinegar in a jar…" (spelled out): a
    // name plainly advised in every sentence of two groups makes them one.
    const pair = fold ? null : bridged(c, st, memberOf);
    if (pair !== null) {
      mergeInto(groups, memberOf, pair[0], pair[1]);
      continue;
    }
    if (fold) {
      groups[best]!.keys.add(st.key);
      // Through a folded key, a sentence joins only when it advises that very thing
      // ("recommend a home TENS"), not when it merely uses the word ("go home and rest").
      for (const uid of st.units)
        if (
          central(st.key, uid) &&
          !waitsForParent(uid) &&
          // (A mention that only uses the word, "Some printers get confused when the router…",
          // advises nothing by it.)
          (kind !== 'word' ||
            (c.units[uid]!.targets.has(st.key) &&
              (c.units[uid]!.tier === 'advice' || c.units[uid]!.strong.has(st.key)))) &&
          !advisesOtherThing(c.units[uid]!, groups[best]!, kind, parentKeys) &&
          !(
            kind === 'word' &&
            (namesOtherCompound(c.units[uid]!, st.key, groups[best]!) ||
              onlyItsModifier(c.units[uid]!, st.key, groups[best]!))
          )
        )
          join(best, uid);
      continue;
    }
    // A broad concept ("medication") only gathers into its narrower ones, never founds a group.
    if (st.weight < GROUP_TUNING.minAnchorWeight || kind === 'parent' || st.topic) continue;
    if (kind === 'word' && c.recommendations && linkedApart(c, st.key, st.units)) continue;
    if (oneAnswerAndItsReplies(c, st.key, st.units)) continue;
    groups.push({ anchor: st.key, keys: new Set([st.key]), members: new Set() });
    const kindsRead = new Map<number, Set<string>>();
    for (const uid of st.units)
      if (
        central(st.key, uid) &&
        !waitsForParent(uid) &&
        !aboutOwnThing(c, c.units[uid]!, st.key, kind) &&
        !(kind === 'word' && c.asks && !c.recommendations && warnsOfOtherKind(c, uid, st)) &&
        !(kind === 'word' && c.asks && warnsOfPlainWhereKindAdvised(c, uid, st)) &&
        !warnsOfOtherOption(c, uid, st) &&
        !(kind === 'word' && namesKindOthersDoNot(c, uid, st, kindsRead))
      )
        join(groups.length - 1, uid);
    // "Break" from "learned to break eggs" and a reply's "the winter break", which waits for its
    // own answer: one sentence that does not plainly advise the word founds nothing.
    if (onlyPassingUseLeft(c, groups[groups.length - 1]!, st.units)) {
      unfound(groups, memberOf);
      continue;
    }
    if (kind === 'phrase') {
      const head = st.key.slice(st.key.lastIndexOf(' ') + 1);
      phraseHeads.set(head, phraseHeads.has(head) ? -1 : groups.length - 1);
    }
  }
  mergeOverlapping(c, groups, memberOf);

  // Mentions of other answerers are resolved once every answer's own advice has a group, so
  // "seconding kim" finds kim's single-answer suggestion too; they are settled last.
  const mentions = findMentions(c);
  singles(c, groups, memberOf, join, parentKeys, mentions, steps, false);
  joinMentions(c, groups, memberOf, join, mentions, parentKeys);
  joinReplies(c, groups, memberOf, join);
  singles(c, groups, memberOf, join, parentKeys, mentions, steps, true);
  answerJoinsItsSeconding(c, groups, memberOf, join);
  answerJoinsLaterSeconding(c, groups, memberOf, join);
  joinStepsToNamedRemedy(c, groups, memberOf, steps);
  if (c.asks) joinSinglesSayingTheSame(c, groups, memberOf);
  if (c.asks) joinWarningsToAdvice(c, groups, memberOf);
  if (c.asks) joinOwnNeighbours(c, groups, memberOf);
  unlistedAnswers(c, groups, memberOf, join, parentKeys, confirmed);
  joinOwnRepeats(c, groups, memberOf);
  return groups;
}

/**
 * Whether a newly founded group holds one sentence only, and that one does not plainly advise
 * the group's key: the others who gave the key weight joined elsewhere.
 */
function onlyPassingUseLeft(c: Candidates, g: Group, ids: readonly number[]): boolean {
  if (g.members.size !== 1) return false;
  const u = c.units[[...g.members][0]!]!;
  // (A reply to it that waits for its answer will join it: "Yes please avoid !!" under "…!!".)
  return !u.strong.has(g.anchor) && !ids.some((id) => c.units[id]!.replyTo === u.post.id);
}

/** Takes back the group founded last, and its members' places in it. */
function unfound(groups: Group[], memberOf: Map<number, number[]>): void {
  const gi = groups.length - 1;
  for (const uid of groups.pop()!.members) {
    const list = memberOf.get(uid)!;
    list.splice(list.indexOf(gi), 1);
    if (list.length === 0) memberOf.delete(uid);
  }
}

/** Whether a sentence advises the key, or opens on it ("Leukotape sticks much better…"). */
function namesFirst(u: Unit, key: string): boolean {
  return u.targets.has(key) || u.strong.has(key) || u.terms.some((t) => t.key === key && t.start === 0);
}

/**
 * "Put PgBouncer in front" in one post, "Even 300 will hurt, PgBouncer is the real fix" in a
 * later one: a person naming again what they advised before, on the same side, repeats that
 * advice. The later sentence, in a group of its own, joins the earlier group, so one person's
 * pick is not listed twice.
 */
function joinOwnRepeats(c: Candidates, groups: Group[], memberOf: Map<number, number[]>): void {
  // Each person's sentences, in order: a sentence is weighed against its writer's earlier ones
  // only, not against every group of a thread of a thousand comments.
  const byPerson = new Map<string, number[]>();
  for (const u of c.units) {
    const list = byPerson.get(u.person);
    if (list) list.push(u.id);
    else byPerson.set(u.person, [u.id]);
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (g.members.size !== 1 || g.answer) continue;
    const u = c.units[[...g.members][0]!]!;
    if (u.byAsker || u.tier !== 'advice') continue;
    let into = -1;
    // A reply to their own answer that plainly advises nothing of its own ("The Philips one is
    // pricey but…", "To be clear I mean talking to an actual doctor") says more of that answer.
    let selfReply = -1;
    for (const tid of byPerson.get(u.person)!) {
      if (tid >= u.id) break;
      const t = c.units[tid]!;
      if (t.post === u.post || t.sentence.stance !== u.sentence.stance) continue;
      if (c.asks && selfReply < 0 && u.replyTo === t.post.id && t.tier === 'advice' && tellsNothingNew(u))
        selfReply = memberOf.get(tid)?.find((ei) => ei !== gi && !c.titleKeys.has(groups[ei]!.anchor)) ?? -1;
      for (const ei of memberOf.get(tid) ?? []) {
        if (ei === gi || (into >= 0 && ei >= into)) continue;
        const e = groups[ei]!;
        if (e.members.size === 0 || c.titleKeys.has(e.anchor)) continue;
        // Named by the group's own key, advising nothing else ("Also get a lumbar pillow if you
        // can't afford a new chair yet" advises a thing of its own); or, "Try the rubber band
        // first", all it advises is what their earlier sentence advised.
        if (
          (namesFirst(u, e.anchor) && [...u.strong].every((k) => e.keys.has(k) || c.titleKeys.has(k))) ||
          (c.asks && u.strong.size > 0 && [...u.strong].every((k) => t.keys.has(k)))
        )
          into = ei;
      }
    }
    if (into < 0) into = selfReply;
    if (into >= 0) mergeInto(groups, memberOf, into, gi, false);
  }
}

/**
 * "Tape the bottom in an H pattern. Dish boxes get heavy fast and the bottom gives out.": a
 * sentence right beside another of its answer's advice, in the same paragraph and on the same
 * side, that names what that one advises and advises nothing plainly of its own (no instruction,
 * no other way), tells why or how of that advice; alone it made a suggestion named by a passing
 * word ("Heavy fast"). It joins the advice's group as a rider: shown with it, never naming it.
 */
function joinOwnNeighbours(c: Candidates, groups: Group[], memberOf: Map<number, number[]>): void {
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const u = soleUnit(c, g);
    if (
      u === undefined ||
      g.answer ||
      u.byAsker ||
      u.tier !== 'advice' ||
      u.sentence.agreement ||
      u.strong.size > 0 ||
      // (An answer opening on a thing named, with no verb, offers it: "Cheapest real SIM option: a
      // low-cost prepaid MVNO plan…")
      (u.sentence.index === 0 && !FINITE_VERBS.test(u.text)) ||
      memberOf.get(u.id)!.length !== 1 ||
      ANOTHER_THING.test(u.text) ||
      imperativeClauses(u.text).length > 0
    )
      continue;
    for (const t of [c.units[u.id - 1], c.units[u.id + 1]]) {
      if (
        t === undefined ||
        t.post !== u.post ||
        t.tier !== 'advice' ||
        t.sentence.stance !== u.sentence.stance ||
        Math.abs(t.sentence.index - u.sentence.index) !== 1 ||
        u.post.text
          .slice(Math.min(t.sentence.end, u.sentence.end), Math.max(t.sentence.start, u.sentence.start))
          .includes('\n') ||
        !namesWhatItAdvises(c, u, t)
      )
        continue;
      const into = memberOf
        .get(t.id)
        ?.find((ei) => ei !== gi && groups[ei]!.members.size > 0 && !c.titleKeys.has(groups[ei]!.anchor));
      if (into === undefined) continue;
      const e = groups[into]!;
      (e.riders ??= new Set()).add(u.id);
      mergeInto(groups, memberOf, into, gi, false);
      break;
    }
  }
}

/** Another thing offered: "Also…", "Another option…", "…instead", "Or…". */
const ANOTHER_THING = /\b(?:also|another|instead|alternatively)\b|^\W*or\b/i;

/** Whether `u` names a thing (not the thread's own topic) that `t` advises. */
function namesWhatItAdvises(c: Candidates, u: Unit, t: Unit): boolean {
  for (const k of u.keys) if (t.targets.has(k) && !c.titleKeys.has(k)) return true;
  return false;
}

/** A sentence plainly advising nothing, with no instruction, no "also" and no "or": nothing of its own. */
function tellsNothingNew(u: Unit): boolean {
  return (
    u.strong.size === 0 &&
    !/^\W*or\b|\b(?:also|another|instead|alternatively)\b/i.test(u.text) &&
    imperativeClauses(u.text).length === 0
  );
}

/**
 * "When she starts throwing, the meal is over." named nothing plainly enough to found a
 * suggestion; "Ending the meal worked for us" under it did. The answer's sentence naming what
 * its agreeing reply's group is founded on gave that advice first, and joins it.
 */
function answerJoinsItsSeconding(
  c: Candidates,
  groups: readonly Group[],
  memberOf: Map<number, number[]>,
  join: (gi: number, uid: number) => void,
): void {
  for (const u of c.units) {
    if (u.reply !== 'agree' || u.replyTo === null || !memberOf.has(u.id)) continue;
    const answer = c.units.filter((t) => t.post.id === u.replyTo);
    for (const gi of memberOf.get(u.id)!) {
      const g = groups[gi]!;
      if (answer.some((t) => g.members.has(t.id))) continue;
      for (const t of answer)
        if (t.tier === 'advice' && !memberOf.has(t.id) && t.keys.has(g.anchor)) join(gi, t.id);
    }
  }
}

/** An answer's opening that seconds something by name: "Seconding foam sleeves", "+1 to StoryWorth". */
const SECONDS_BY_NAME = new RegExp(`^\\W*(?:${SECONDING}|i(?:'d| would)? second)\\s+\\S`, 'i');

/**
 * "Seconding foam sleeves" founded a group on "foam" that the answer it seconds ("Insulate the
 * pipes… with foam pipe sleeves") did not join, being named by a heavier word of its own: the
 * nearest answer above naming the group's key gave that advice first, and joins it, leaving a
 * group it alone stood in.
 */
function answerJoinsLaterSeconding(
  c: Candidates,
  groups: readonly Group[],
  memberOf: Map<number, number[]>,
  join: (gi: number, uid: number) => void,
): void {
  for (const u of c.units) {
    if (u.replyTo !== null || u.byAsker || u.sentence.index !== 0 || !memberOf.has(u.id)) continue;
    if (!SECONDS_BY_NAME.test(u.text)) continue;
    for (const gi of memberOf.get(u.id)!) {
      const g = groups[gi]!;
      if ([...g.members].some((id) => c.units[id]!.person !== u.person)) continue;
      // (The answer may name it inside a concept's longer form: "Get a cleaner" is a cleaning
      // service, "Seconding a cleaner" a cleaner.)
      const t = nearestAbove(
        c,
        u,
        (v) => v.tier === 'advice' && (v.keys.has(g.anchor) || saysWord(v.text, g.anchor)),
      );
      if (t === undefined) continue;
      const others = memberOf.get(t.id) ?? [];
      // (A sentence that stands in a group of several stays there and backs this one too:
      // "Distraction works well. A cup of tea, …, music from when she was young." under
      // "Seconding music".)
      if (others.some((o) => groups[o]!.members.size > 1)) {
        join(gi, t.id);
        continue;
      }
      for (const o of others) groups[o]!.members.delete(t.id);
      memberOf.delete(t.id);
      join(gi, t.id);
    }
  }
}

/** Whether a sentence says a word key's word in any form ("weighing" for w:weigh). */
function saysWord(text: string, key: string): boolean {
  if (!key.startsWith('w:')) return false;
  const want = key.slice(2);
  for (const w of text.toLowerCase().split(/[^\p{L}\p{N}'-]+/u))
    if (w.length > 2 && wordStem(w) === want) return true;
  return false;
}

/**
 * The one group founded on a phrase the word heads ("p:dish soap" for "w:soap"), or -1 when
 * none is, or the word's sentences name other kinds of it too ("a draw test", "a free battery
 * test": which test is undecided). Not a name ("Espionage Act", "Bin Laden"): its last word
 * alone may name something else.
 */
function headedGroup(
  c: Candidates,
  groups: readonly Group[],
  phraseHeads: ReadonlyMap<string, number>,
  st: KeyStat,
): number {
  const tail = ' ' + st.key.slice(2);
  const found = phraseHeads.get(st.key.slice(2)) ?? -1;
  if (found < 0 || !writtenLowercase(c, groups[found]!)) return -1;
  const anchor = groups[found]!.anchor;
  for (const uid of st.units)
    for (const t of c.units[uid]!.terms)
      if (t.kind === 'phrase' && t.key !== anchor && t.key.endsWith(tail)) return -1;
  return found;
}

/**
 * Whether a key is said only in passing by one answer and by replies taking sides on it ("Most
 * parts stores do it FREE", "Seconding the free test"; "ask their DOCTOR about propranolol", "talk
 * to a doctor first"): the replies join that answer's own suggestion (joinReplies); a key the
 * answer did not plainly advise founds no second one beside it.
 */
function oneAnswerAndItsReplies(c: Candidates, key: string, ids: readonly number[]): boolean {
  let post: string | null = null;
  for (const id of ids) {
    const u = c.units[id]!;
    if (u.reply !== null && u.replyTo !== null) continue;
    // (A concept the answer names only as whom to ask or where, like the doctor, is passing too.)
    if (
      (u.tier === 'advice' && (key[0] !== 'c' || u.strong.has(key))) ||
      (post !== null && u.post.id !== post)
    )
      return false;
    post = u.post.id;
  }
  if (post === null) return false;
  return ids.every((id) => {
    const u = c.units[id]!;
    return u.post.id === post || u.replyTo === post;
  });
}

/** Whether the group's own anchor phrase is written in lowercase in one of its sentences. */
function writtenLowercase(c: Candidates, g: Group): boolean {
  for (const uid of g.members) {
    const u = c.units[uid]!;
    for (const t of u.terms) {
      if (t.key !== g.anchor) continue;
      const said = u.text.slice(t.start, t.end);
      if (said === said.toLowerCase()) return true;
    }
  }
  return false;
}

/** An answer's opening naming the cause of the trouble: "That's React 18 StrictMode", "You're probably using…". */
const NAMES_CAUSE =
  /^(?:(?:that|this|it)(?:'s| is) (?:probably |likely |almost certainly |just )?(?!(?:a |the )?(?:good|great|bad|hard|tough|normal|common|fine|ok|okay|true)\b)|sounds like\b|(?:you're|you are) (?:probably|likely|almost certainly)\b)/i;

/**
 * On a Q&A site an answer is an answer whatever its phrasing ("Ruby uses the case expression
 * instead." is the 734-vote answer to "How do I write a switch statement in Ruby?"), and on
 * any site the answer the asker accepted is: one the readers did not vote down, still in no
 * suggestion, becomes its own, on its first advice sentence (else its first telling one) and
 * that sentence's most telling key.
 * So, on any site, does an answer the asker said worked (`confirmed`) or another reader agreed
 * with ("We made a rule that whoever loses picks the next game." / "The loser picks rule is
 * genius, we tried it last night…"), whatever its phrasing; the replies agreeing join it.
 */
function unlistedAnswers(
  c: Candidates,
  groups: Group[],
  memberOf: Map<number, number[]>,
  join: (gi: number, uid: number) => void,
  parentKeys: ReadonlySet<string>,
  confirmed: ReadonlySet<string>,
): void {
  const listed = new Set<string>();
  for (const uid of memberOf.keys()) listed.add(c.units[uid]!.post.id);
  /** Answer id → the units of other people's replies agreeing with it, not yet in any group. */
  const agreed = new Map<string, Unit[]>();
  for (const u of c.units) {
    if (u.reply !== 'agree' || u.replyTo === null || u.byAsker || memberOf.has(u.id)) continue;
    const list = agreed.get(u.replyTo);
    if (list) list.push(u);
    else agreed.set(u.replyTo, [u]);
  }
  const best = new Map<string, Unit>();
  for (const u of c.units) {
    const post = u.post;
    if (u.byAsker || u.reply || listed.has(post.id)) continue;
    // Anywhere, the answer the asker accepted; on a Q&A site, any answer not voted down.
    const answer = c.answersStandAlone && post.parentId === null && (post.score ?? 0) >= 0;
    // Its advice; or, where the opening post asks, the cause it opens by naming ("You're probably
    // using too much detergent", "That's React 18 StrictMode"). Not a story or a remark: "I tried
    // Working Hands and it stung…", agreed with, says nothing of what to do.
    const vouched =
      post.parentId === null &&
      (u.tier === 'advice' || (c.asks && u.sentence.index === 0 && NAMES_CAUSE.test(u.text))) &&
      (confirmed.has(post.id) || (agreed.get(post.id) ?? []).some((r) => r.person !== u.person));
    if (!answer && !post.accepted && !vouched) continue;
    // A question back ("so what's new in this?") is no answer to list. (One vouched for may
    // open on an instruction in words too common to key: "Call them.")
    if (
      u.text.endsWith('?') ||
      (![...u.keys].some((k) => kindOf(k, parentKeys) !== 'parent') &&
        !(vouched && openingInstruction(u.text) !== undefined))
    )
      continue;
    const was = best.get(post.id);
    // The answer's first advice (its thesis, mostly: "Ruby uses the case expression
    // instead."), else its first sentence naming something telling.
    if (!was || (u.tier === 'advice' && was.tier !== 'advice')) best.set(post.id, u);
  }
  for (const u of best.values()) {
    let anchor: string | null = null;
    let top = -Infinity;
    for (const k of u.keys) {
      if (kindOf(k, parentKeys) === 'parent') continue;
      const s = specificity(u, k, c, parentKeys);
      if (s > top) [anchor, top] = [k, s];
    }
    anchor ??= `i:${u.post.id}#${u.sentence.index}`;
    groups.push({ anchor, keys: new Set([anchor]), members: new Set(), answer: true });
    join(groups.length - 1, u.id);
    for (const r of agreed.get(u.post.id) ?? []) if (r.person !== u.person) join(groups.length - 1, r.id);
  }
}

/**
 * Two groups that are mostly the same sentences are one piece of advice named two ways
 * ("add "type": "module" to your package.json"; "standing with good posture"): the smaller
 * merges into the larger. Only groups that share a sentence are compared.
 */
/**
 * The two groups a key joins, the earlier first: each of its sentences is already in one of
 * exactly two groups and plainly advises it (a name, not a word in passing). Null otherwise.
 */
function bridged(c: Candidates, st: KeyStat, memberOf: Map<number, number[]>): [number, number] | null {
  if (st.people < 2) return null;
  const seen = new Set<number>();
  for (const uid of st.units) {
    const list = memberOf.get(uid);
    if (list === undefined || list.length !== 1 || !c.units[uid]!.strong.has(st.key)) return null;
    seen.add(list[0]!);
  }
  if (seen.size !== 2) return null;
  const [a, b] = [...seen].sort((x, y) => x - y);
  return [a!, b!];
}

/**
 * Moves every member of group `gi` into group `into`, leaving `gi` empty; its keys too, unless
 * the members only came to `gi` by a word said in passing.
 */
function mergeInto(
  groups: Group[],
  memberOf: Map<number, number[]>,
  into: number,
  gi: number,
  withKeys = true,
): void {
  const target = groups[into]!;
  const g = groups[gi]!;
  if (withKeys) for (const k of g.keys) target.keys.add(k);
  for (const uid of g.members) {
    target.members.add(uid);
    const list = memberOf.get(uid)!.filter((x) => x !== gi);
    if (!list.includes(into)) list.push(into);
    memberOf.set(uid, list);
  }
  g.members.clear();
}

function mergeOverlapping(c: Candidates, groups: Group[], memberOf: Map<number, number[]>): void {
  const shared = new Map<number, Map<number, number>>();
  for (const list of memberOf.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = 0; j < list.length; j++) {
        if (i === j) continue;
        const row = shared.get(list[i]!) ?? new Map<number, number>();
        row.set(list[j]!, (row.get(list[j]!) ?? 0) + 1);
        shared.set(list[i]!, row);
      }
  }
  // Smallest groups first: each merges into the largest group it mostly overlaps.
  const order = groups
    .map((_, i) => i)
    .sort((a, b) => groups[a]!.members.size - groups[b]!.members.size || b - a);
  const gone = new Set<number>();
  for (const gi of order) {
    const g = groups[gi]!;
    let into = -1;
    for (const [other, n] of shared.get(gi) ?? []) {
      const o = groups[other]!;
      if (
        gone.has(other) ||
        o.members.size < g.members.size ||
        (n / g.members.size < GROUP_TUNING.mergeShare && !goesOnFrom(c, g, o))
      )
        continue;
      if (into < 0 || o.members.size > groups[into]!.members.size) into = other;
    }
    if (into < 0) continue;
    // Founded first, by the heavier key ("propranolol" over "ask your doctor"), it names the whole.
    if (gi < into) groups[into]!.anchor = g.anchor;
    // (A part of the thing, "tutorial" of Mode's, is no second name of it.)
    mergeInto(
      groups,
      memberOf,
      into,
      gi,
      shared.get(gi)!.get(into)! / g.members.size >= GROUP_TUNING.mergeShare,
    );
    gone.add(gi);
  }
}

/** Whether a sentence names `part` as its owner's, `owner` said with "'s" a word or two before it. */
function partOf(u: Unit, owner: string, part: string): boolean {
  const o = u.terms.find((t) => t.key === owner);
  const p = u.terms.find((t) => t.key === part);
  if (o === undefined || p === undefined || p.start <= o.end) return false;
  const between = u.text.slice(o.end, p.start);
  const owned = /['’]s$/u.test(u.text.slice(o.start, o.end)) || /^['’]s/u.test(between);
  return owned && /^(?:['’]s)?\s+(?:[\w-]+\s+){0,2}$/u.test(between);
}

/**
 * Whether every sentence of `g` that `o` lacks comes right after one of `o`'s in its post: "SQLZoo
 * and then Mode's SQL tutorial" founding both, and "Seconding Mode. Their TUTORIAL is the best…"
 * going on about the Mode it seconded. Never for a group of one post.
 */
function goesOnFrom(c: Candidates, g: Group, o: Group): boolean {
  // Only a part of the thing named, in its owner's name: "MODE'S SQL TUTORIAL".
  if (![...g.members].some((uid) => o.members.has(uid) && partOf(c.units[uid]!, o.anchor, g.anchor)))
    return false;
  let posts = 0;
  const seen = new Set<string>();
  for (const uid of g.members) {
    const u = c.units[uid]!;
    if (!seen.has(u.post.id)) {
      seen.add(u.post.id);
      posts++;
    }
    if (o.members.has(uid)) continue;
    const before = c.units[uid - 1];
    if (before === undefined || before.post !== u.post || !o.members.has(uid - 1)) return false;
  }
  return posts > 1;
}

/** Each advice sentence that names other answerers → their names' word keys and the people. */
interface Mention {
  people: string[];
  /** Word keys of the names ("w:kim"): a name is not what the sentence advises. */
  nameKeys: Set<string>;
}

/** "Same as above", "as said above": what the answer before it said. */
const AS_ABOVE =
  /\b(?:same as|as|like|what) (?:(?:said|mentioned|suggested) )?(?:above|the (?:answer|comment|post|one) above|(?:the )?(?:previous|last) (?:answer|comment|poster|post))\b/i;

/**
 * The author of the answer right before `u`'s post that gave advice: the answer it replies to,
 * or for an answer to the question, the answer to the question before it.
 */
function answerAbove(c: Candidates, u: Unit): string | undefined {
  if (u.replyTo !== null) return c.units.find((t) => t.post.id === u.replyTo && !t.byAsker)?.person;
  for (let i = u.id - 1; i >= 0; i--) {
    const t = c.units[i]!;
    if (t.post.parentId === null && t.person !== u.person && !t.byAsker && t.tier === 'advice')
      return t.person;
  }
  return undefined;
}

function findMentions(c: Candidates): Map<number, Mention> {
  const persons = new Set(c.units.map((u) => u.person));
  const authors = indexAuthors(persons);
  const shorts = indexShortNames(persons);
  // A link to another answer ("stackoverflow.com/a/5694333/…") names its author too.
  const byPostId = new Map<string, string>();
  for (const u of c.units) if (u.post.id.length >= 5) byPostId.set(u.post.id, u.person);
  const out = new Map<number, Mention>();
  for (const u of c.units) {
    // Mentions too: "this book is by the same author mefireader mentions" is not phrased as
    // advice, but joins mefireader's book through the word they share.
    if (u.byAsker) continue;
    const people = mentionedPeople(u.text, u.person, authors);
    for (const p of shortNameMentions(u.text, u.person, shorts)) if (!people.includes(p)) people.push(p);
    // "Same as above": the answer before it names its author.
    if (AS_ABOVE.test(u.text)) {
      const above = answerAbove(c, u);
      if (above !== undefined && !people.includes(above)) people.push(above);
    }
    // Links to other answers are rare: the set of such keys is made only for one.
    let linked: Set<string> | null = null;
    // Link keys come from the post's links alone (attachPostKeys): without any, none to read.
    if (u.post.links?.length)
      for (const k of u.keys) {
        if (k.charCodeAt(0) !== 108 /* l: a link key */) continue;
        for (const part of k.split(/[/#?=]/)) {
          const who = byPostId.get(part);
          if (who !== undefined && who !== u.person) {
            (linked ??= new Set<string>()).add(k);
            if (!people.includes(who)) people.push(who);
          }
        }
      }
    if (people.length === 0) continue;
    const nameKeys = new Set<string>(linked ?? []);
    const stems = new Set<string>();
    for (const p of people) for (const w of p.match(/[\p{L}\p{N}_]+/gu) ?? []) stems.add(stem(w));
    for (const k of u.keys) {
      // "w:kikito" and "p:kikito warn" are the name, not advice.
      const parts = k.slice(2).split(' ');
      if ((k[0] === 'w' || k[0] === 'p') && parts.some((x) => stems.has(x))) nameKeys.add(k);
    }
    out.set(u.id, { people, nameKeys });
  }
  return out;
}

/**
 * Sentences no shared key reached: one group per post and most specific key, when that key
 * names something (a remedy, code, a phrase, a word said as the object of advice); advice
 * about nothing nameable ("be aware of that tendency") stays out of the list. Sentences that
 * name another answerer wait for the second pass (`late`), after mentions are resolved.
 */
function singles(
  c: Candidates,
  groups: Group[],
  memberOf: Map<number, number[]>,
  join: (gi: number, uid: number) => void,
  parentKeys: ReadonlySet<string>,
  mentions: Map<number, Mention>,
  steps: ReadonlySet<number>,
  late: boolean,
): void {
  const single = new Map<string, number>();
  // The same by person, for a rare name they plainly advise: said again in a later post of
  // theirs ("check SIMPLINK is on", then under the asker's reply "try turning SIMPLINK off and
  // on again"), it goes on with their suggestion.
  const theirs = new Map<string, number>();
  for (const u of c.units) {
    if (u.byAsker) continue;
    // A verdict ("Not worth it", "You did the right thing") is the side a sentence takes, not
    // its advice: "No. Just take walking breaks instead" gives both.
    const joined = memberOf.get(u.id);
    // (A judgement's answers go on about the asker, not about what to do: only a yes or no.)
    // ("This, plus turn off notifications" backs the answer and adds advice of its own.)
    const adds =
      late &&
      joined !== undefined &&
      u.reply === 'agree' &&
      u.sentence.stance === 'for' &&
      ADDS_TO_IT.test(u.text);
    if (joined !== undefined && !joined.every((gi) => isSideKey(groups[gi]!.anchor)) && !adds) continue;
    const mention = mentions.get(u.id);
    // Agreeing or disagreeing replies wait for the answer they reply to (joinReplies), and so
    // does a step of one ("Blackout blinds made the biggest difference. Get the ones with…").
    if (!late && (mention || u.reply)) continue;
    if (!late && (pointsBack(u) || saysMoreOfIt(u)) && waitingBefore(c, u, mentions)) continue;
    // "Agree, the red ones are much better" after "Get a dim night light, a warm red or orange
    // one": an answer opening on agreement backs the nearest one above that named what it names.
    const disputed = late ? undefined : (disputedAbove(c, u, memberOf) ?? runDownAbove(c, u, memberOf));
    if (disputed !== undefined) {
      join(disputed, u.id);
      continue;
    }
    const agreed = late ? undefined : agreedAbove(c, u, memberOf);
    if (agreed !== undefined) {
      u.sentence.agreement = true;
      join(agreed, u.id);
      continue;
    }
    // A reply that only agrees ("Same here") has nothing of its own to found a group on.
    if (late && u.reply && !u.sentence.advice) continue;
    if (whyItDisagrees(c, u) || whyItAgrees(c, u) || setsUpNext(c, u)) continue;
    // …nor one that only disputes an answer listed nowhere ("Disagree, a new battery is $30").
    if (late && u.reply === 'disagree' && u.sentence.agreement) continue;
    let bestKey: string | null = null;
    let bestS = -Infinity;
    let again: string | null = null;
    for (const k of u.keys) {
      // Beside a verdict, only what the sentence plainly advises ("No, nt, but…" names nothing).
      // A reply granting a point ("Fair, it does sting on OPEN CRACKS") founds a suggestion
      // only on what it aims at, not on what it tells of.
      if (
        mention?.nameKeys.has(k) ||
        !nameable(u, k, parentKeys) ||
        (joined && (isVerdictKey(k) || !(u.strong.has(k) || (adds && u.targets.has(k))))) ||
        (u.reply !== null && u.sentence.agreement && !u.targets.has(k)) ||
        questionsPhraseInPassing(c, u, k)
      )
        continue;
      // What the same person named their advice by a sentence earlier, said again ("you need
      // background knowledge…", "a quick way to gain background knowledge is…"), is one
      // suggestion, not two.
      if (again === null && single.has(`${u.post.id}\u0000${k}`)) again = k;
      if (again === null && u.strong.has(k)) again = compoundSaidBefore(c, u, k, groups, memberOf, single);
      const s = specificity(u, k, c, parentKeys);
      if (s > bestS) [bestKey, bestS] = [k, s];
    }
    if (again !== null) {
      bestKey = again;
      // "Don't spray them. SPRAYING kills the few you see…": why to heed the warning, its side.
      if (explainsWarning(c, u, again)) u.sentence.stance = 'against';
    } else if (bestKey !== null) {
      const before = theirsAgain(u, theirs, single);
      if (before !== undefined) {
        join(before, u.id);
        continue;
      }
    }
    // The thread's own subject said in passing ("some kids just need less SLEEP" under "…go to
    // sleep at bedtime?") names no suggestion of its own.
    if (bestKey !== null && c.titleKeys.has(bestKey) && !u.strong.has(bestKey) && again === null && c.asks)
      bestKey = null;
    // Nor does what the asker already does, told of and not advised ("BLEACH only whitens the
    // surface" under "I clean it with bleach"): a remark on their attempt, no suggestion for it.
    if (bestKey !== null && again === null && c.asks && askersOwnInPassing(c, u, bestKey)) bestKey = null;
    // "Keep it under 250 words", "Only check email at set times": an instruction in words too
    // common to key (or only the thread's own) names its own suggestion, by the instruction.
    if (bestKey === null && again === null && !late && !joined && !mention && u.reply === null)
      bestKey = keylessInstruction(u);
    // "Put the crate in your bedroom next to the bed" under "Puppy cries in the crate": named by
    // the thread's own thing, it is named by the instruction instead, of any length.
    else if (
      bestKey !== null &&
      (c.titleKeys.has(bestKey) ||
        afterOpening(u, bestKey) ||
        (bestKey.startsWith('p:') && ownThingOfQuestion(c, bestKey))) &&
      again === null &&
      !late &&
      !joined &&
      !mention &&
      c.asks
    )
      bestKey = keylessInstruction(u, Infinity) ?? bestKey;
    // "Track it. A CALENDAR ON THE FRIDGE with an X for every workout.": what to do it with,
    // right after a short instruction on "it", is part of that instruction.
    if (again === null && !late && !joined && !mention && u.reply === null && meansOfIt(c, u)) {
      const into = previousGroup(c, u, memberOf);
      if (into !== undefined) {
        join(into, u.id);
        continue;
      }
    }
    if (bestKey === null || (again === null && c.asks && remarksOnQuestion(c, u, bestKey))) continue;
    // "You can read more here about both oral and topical forms": a pointer to more on what
    // the post advised before it, not advice of its own ("Oral"). A link on a line of its own
    // after a pick ("How to write Fast Numerical Code" / "https://…/gttse07.pdf") is where to
    // read that pick, not a second one named by its file; "[1] https://…" cites the sentence
    // that carries the mark "[1]".
    if (again === null) {
      const cited = LINK_ONLY.exec(u.text);
      const earlier = cited
        ? citedGroup(c, u, memberOf, cited[1] ?? null)
        : POINTER.test(u.text) ||
            elaborates(u) ||
            describesPick(c, u) ||
            tellsHowToTell(u) ||
            namesWhichOnes(c, u)
          ? earlierGroup(c, u, memberOf)
          : pointsBack(u) ||
              saysMoreOfIt(u) ||
              steps.has(u.id) ||
              onlySetsAmount(u) ||
              onlySetsTime(u) ||
              fallsBack(u) ||
              triesKindsOf(u) ||
              tellsHowToCheck(c, u) ||
              tellsHowToLearn(c, u) ||
              toldHowItWorked(c, u)
            ? previousGroup(c, u, memberOf)
            : backsOwnSingle(c, u, groups, memberOf)
              ? backed(c, u, memberOf)
              : undefined;
      if (earlier !== undefined) {
        join(earlier, u.id);
        continue;
      }
      const why =
        givesReason(u) ||
        saysWhatIfOff(c, u) ||
        cannotOtherwise(c, u) ||
        saysWhyItWorks(c, u) ||
        tellsWhatFollows(c, u) ||
        saysWhatWearsOn(c, u) ||
        remarksOnIt(c, u) ||
        comparesIt(c, u)
          ? previousGroup(c, u, memberOf, true)
          : undefined;
      if (why !== undefined) {
        // Why to heed a warning takes the warning's side.
        u.sentence.stance = c.units[u.id - 1]!.sentence.stance;
        join(why, u.id);
        continue;
      }
    }
    const backs = again === null ? toldOfAgreedAnswer(c, u, bestKey, memberOf) : undefined;
    if (backs !== undefined) {
      join(backs, u.id);
      continue;
    }
    const id = `${u.post.id}\u0000${bestKey}`;
    let gi = single.get(id);
    // "Write down every chore… Seeing the list on paper changed everything for us.": the
    // instruction is what the next sentence says worked, in a group of others who say so.
    const told = gi === undefined && again === null && !late ? workedNext(c, u, groups, memberOf) : undefined;
    if (told !== undefined) {
      join(told, u.id);
      continue;
    }
    // "This. Select the column, Ctrl+1, Text, then paste.": how to do what a reply agreed with,
    // on that advice's own key, is part of it.
    const howTo = gi === undefined ? agreedGroupOn(c, u, bestKey, groups, memberOf) : undefined;
    if (howTo !== undefined) {
      join(howTo, u.id);
      continue;
    }
    if (gi === undefined) {
      gi = groups.length;
      groups.push({ anchor: bestKey, keys: new Set([bestKey]), members: new Set() });
      single.set(id, gi);
      // What else it plainly advises names it too: "Sounds like a worn CASSETTE." then "…you'll
      // need a new CASSETTE too" is one suggestion of one person, not two.
      for (const k of u.strong) {
        const also = `${u.post.id}\u0000${k}`;
        if (!k.startsWith('w:') || c.titleKeys.has(k)) continue;
        if (!single.has(also) && nameable(u, k, parentKeys)) single.set(also, gi);
        const own = `${u.person}\u0000${k}`;
        if (!theirs.has(own) && !c.questionKeys.has(k) && !isCommonWordKey(k)) theirs.set(own, gi);
      }
      // So do the words of a concept it plainly advises: "Update the wifi DRIVER…" then "Intel's
      // own DRIVER fixed mine" is one suggestion.
      for (const t of u.terms) {
        if (t.kind !== 'concept' || !u.strong.has(t.key) || t.end <= t.start) continue;
        for (const k of wordKeys(u.text.slice(t.start, t.end))) {
          const also = `${u.post.id}\u0000${k}`;
          if (!single.has(also) && !c.titleKeys.has(k)) single.set(also, gi);
        }
      }
    }
    join(gi, u.id);
  }
}

/**
 * The group of the same person's earlier post that a sentence plainly advising a rare name of it
 * again goes on with; undefined if none (or the name is this post's own already).
 */
function theirsAgain(
  u: Unit,
  theirs: ReadonlyMap<string, number>,
  single: ReadonlyMap<string, number>,
): number | undefined {
  if (u.reply !== null || u.sentence.stance !== 'for') return undefined;
  for (const k of u.strong) {
    if (!k.startsWith('w:')) continue;
    const gi = theirs.get(`${u.person}\u0000${k}`);
    if (gi !== undefined && single.get(`${u.post.id}\u0000${k}`) === undefined) return gi;
  }
  return undefined;
}

/**
 * "Agree with nicotine. Our PEDIATRICIAN was great…" under "…Talk to his doctor about ways to
 * quit": a story right after an agreement, told of what the answer named, backs the answer's
 * advice on it rather than founding a suggestion of its own.
 */
function toldOfAgreedAnswer(
  c: Candidates,
  u: Unit,
  key: string,
  memberOf: ReadonlyMap<number, number[]>,
): number | undefined {
  if (u.tier !== 'mention' || u.reply !== null || u.replyTo === null) return undefined;
  if (sentenceAt(c, u, -1)?.reply !== 'agree') return undefined;
  for (const p of c.units) {
    if (p.post.id !== u.replyTo || !p.terms.some((t) => t.key === key)) continue;
    const gi = memberOf.get(p.id)?.[0];
    if (gi !== undefined) return gi;
  }
  return undefined;
}

/** Fewest letters of a stem that another stem holds whole ("chunk" in "chunksize"). */
const MIN_COMPOUND_PART = 5;

/**
 * The key of the same person's single a sentence earlier that holds word key `k` as part of one
 * word, or the other way round: "Use pandas with CHUNKSIZE. Read it in CHUNKS of 100k rows" is
 * one suggestion.
 */
function compoundSaidBefore(
  c: Candidates,
  u: Unit,
  k: string,
  groups: readonly Group[],
  memberOf: ReadonlyMap<number, number[]>,
  single: ReadonlyMap<string, number>,
): string | null {
  const t = sentenceAt(c, u, -1);
  if (k[0] !== 'w' || t === undefined) return null;
  const joined = memberOf.get(t.id);
  if (joined?.length !== 1) return null;
  const anchor = groups[joined[0]!]!.anchor;
  if (single.get(`${u.post.id}\u0000${anchor}`) !== joined[0]) return null;
  for (const other of t.keys) {
    if (other[0] !== 'w' || other === k) continue;
    const [short, long] = other.length < k.length ? [other, k] : [k, other];
    if (short.length - 2 < MIN_COMPOUND_PART || !long.startsWith(short)) continue;
    // The rest a word of its own ("chunk|size"), not an ending ("connect|ivity").
    const whole = `${t.text} ${u.text}`.split(/[^\p{L}]+/u).find((w) => wordKeys(w)[0] === long);
    const rest = whole?.slice(short.length - 2) ?? '';
    if (rest.length >= 3 && isCommonWordKey('w:' + wordStem(rest.toLowerCase()))) return anchor;
  }
  return null;
}

/** What a sentence says worked, of the thing before it: "Seeing THE list on paper CHANGED EVERYTHING for us". */
const WORKED_OF_IT =
  /^(?:\w+ing )?(?:the|this|that|these|those)\b[^.;!?]{0,60}?\b(?:changed everything|made (?:all )?the difference|made a (?:huge |big )?difference|worked|helped|fixed (?:it|things)|was a game.?changer)\b/i;

/**
 * The group of others an instruction's next sentence, saying it worked, is in: the instruction
 * belongs there too. Undefined when that sentence says no such thing or is in no group of
 * several people.
 */
function workedNext(
  c: Candidates,
  u: Unit,
  groups: readonly Group[],
  memberOf: ReadonlyMap<number, number[]>,
): number | undefined {
  const t = sentenceAt(c, u, 1);
  if (
    t === undefined ||
    u.sentence.stance !== 'for' ||
    openingInstruction(u.text) === undefined ||
    !WORKED_OF_IT.test(t.text)
  )
    return undefined;
  const joined = memberOf.get(t.id);
  if (joined?.length !== 1) return undefined;
  const g = groups[joined[0]!]!;
  for (const id of g.members) if (c.units[id]!.person !== u.person) return joined[0];
  return undefined;
}

/**
 * How to tell the advice before is done right: "Run slower. … YOU SHOULD BE ABLE TO talk in full
 * sentences.", "You'll know it's right when…".
 */
const HOW_TO_TELL =
  /^(?:you should (?:still )?be able to|you(?:'ll| will) know (?:it's|it is|you're|when))\b/i;

/** An instruction to find out whether something is so: "Check your yeast isn't dead." */
const CHECK_OPENING = /^(?:check|test|confirm|verify|make sure|see if|see whether|find out)\b/i;

/** What the check should show: "…, it should foam in ten minutes." */
const SHOULD_SHOW = /\b(?:it|they|this|that)(?:'ll| will| should)\b/i;

/**
 * "Check your yeast isn't dead. Put a teaspoon in warm water with a pinch of sugar, it should
 * foam in ten minutes.": right after a check, a step that says what it should show is how to do
 * that check, no suggestion of its own.
 */
function tellsHowToCheck(c: Candidates, u: Unit): boolean {
  const before = sentenceAt(c, u, -1);
  return (
    before !== undefined &&
    before.tier === 'advice' &&
    ((CHECK_OPENING.test(before.text) && SHOULD_SHOW.test(u.text)) ||
      (RULE_OUT.test(before.text) && LOOK_OPENING.test(u.text))) &&
    namesNoRemedy(u)
  );
}

/** An instruction to do an exercise: "Do chin tucks.", "Do some calf stretches." */
const EXERCISE_OPENING =
  /^(?:(?:also|and|first|then|just),? )?do (?:some |a few |the )?(?:[\w-]+ ){0,2}(?:tucks|stretches|exercises|drills|squats|lunges|planks|raises|bridges|rows|curls|holds)\b/i;

/** How long or how many: "hold for five seconds", "ten times", "3 sets of 10". */
const COUNTED = /\b(?:hold|seconds?|reps?|sets?|repetitions|times)\b/i;

/** An instruction to learn a skill: "Learn to brace.", "Practise the hip hinge." */
const LEARN_OPENING = /^(?:(?:also|and|first|then|just),? )?(?:learn(?: how)? to|practi[sc]e)\b/i;

/**
 * "Learn to brace. Big breath into your belly, tighten…, then pull.": right after an instruction
 * to learn a skill, a step that opens on no instruction and names no remedy is how it is done,
 * no suggestion of its own.
 */
function tellsHowToLearn(c: Candidates, u: Unit): boolean {
  const before = sentenceAt(c, u, -1);
  if (before === undefined || before.tier !== 'advice') return false;
  // "Do chin tucks. Pull your head straight back…, hold for five seconds, ten times…": an
  // exercise's steps, counted.
  const exercise = EXERCISE_OPENING.test(before.text) && COUNTED.test(u.text);
  return (
    (exercise ||
      (LEARN_OPENING.test(before.text) &&
        // (An instruction of its own is more: "Practice your fueling… Take a gel every 40 minutes.")
        openingInstruction(u.text) === undefined)) &&
    !POINTS_ELSEWHERE.test(u.text) &&
    !/^\W*(?:or|also)\b/i.test(u.text) &&
    namesNoRemedy(u)
  );
}

/**
 * "Raise the screen to eye level. A laptop stand and a separate keyboard fixed my neck in two
 * weeks.": right after an instruction, what the writer says worked, naming no remedy the lexicon
 * knows and no other way, is how they followed it, no suggestion of its own.
 */
function toldHowItWorked(c: Candidates, u: Unit): boolean {
  if (u.sentence.index === 0 || u.replyTo !== null || !u.terms.some((t) => t.worked)) return false;
  if (!namesNoRemedy(u) || POINTS_ELSEWHERE.test(u.text) || /\b(?:also|too|instead|either)\b/i.test(u.text))
    return false;
  const before = sentenceAt(c, u, -1);
  // (A check cures nothing: what helped after it is a remedy of its own, "Check Task Manager…
  // A cooling pad helped me a lot.")
  return (
    before !== undefined &&
    before.tier === 'advice' &&
    openingInstruction(before.text) !== undefined &&
    !CHECK_OPENING.test(before.text)
  );
}

/** An instruction to rule a cause out: "Also rule out mites." */
const RULE_OUT = /^(?:(?:also|and|first|then),? )?rule out\b/i;

/** A look somewhere: "Check under the wings at night", "Look behind the fridge". */
const LOOK_OPENING =
  /^(?:check|look|feel|shine a \w+)(?: (?:under|behind|inside|in|on|at|around|along|between))\b/i;

function tellsHowToTell(u: Unit): boolean {
  return laterAdviceFor(u) && HOW_TO_TELL.test(u.text);
}

/** Kinds of the thing said before, unnamed: "a few KINDS", "different BRANDS", "other ONES". */
const KINDS_OF_IT =
  /\b(?:a few|a couple of|different|several|other|some|various) (?:kinds|types|brands|ones|sizes|models|varieties|versions|makes)\b/i;

/** "Mack's or Moldex, try a few kinds until you find ones that fit": which of the thing before. */
function triesKindsOf(u: Unit): boolean {
  return laterAdviceFor(u) && KINDS_OF_IT.test(u.text);
}

/** Most words of a sentence that only sets an amount ("Aim for 24-26C", "Set it to 180"). */
const AMOUNT_WORDS = 6;

/**
 * A short instruction after another that names nothing but its verb and a number: "Get an
 * aquarium thermometer… Aim for 24-26C." says how much of what came before, no advice of its own.
 */
function onlySetsAmount(u: Unit): boolean {
  if (!laterAdviceFor(u) || !/\d/.test(u.text) || u.text.split(' ').length > AMOUNT_WORDS) return false;
  const first = openingInstruction(u.text);
  if (first === undefined) return false;
  const verb = wordKeys(u.text.slice(first[0]).split(' ', 1)[0]!);
  for (const k of u.keys) if (!verb.includes(k)) return false;
  return true;
}

/**
 * A start, told only by when, after an instruction: "Desensitise with storm sounds… Start in
 * winter, not during storm season." says when to do what came before, no advice of its own.
 */
const STARTS_ONLY_WHEN =
  /^(?:start|begin|do (?:it|this|that)|try (?:it|this|that))(?: it| this)? (?:in|during|at|before|after|by|early|now|today|young|small|slow|slowly)\b[^,;:.!?]{0,30}(?:, (?:not|and not|never) [^,;:.!?]{1,30})?[.!]?$/i;

/**
 * How often to do the step before, and nothing else: "Breathe in…, hold it, then breathe in a
 * little more. Repeat twice.", "Do this every night." is no advice of its own.
 */
const REPEATS_IT =
  /^(?:repeat|redo|do (?:it|this|that|the same)(?: again)?)(?: (?:it|this|that|the process|the whole thing|as needed|if needed|until [^,;:.!?]{1,30}|(?:once|twice|\w+ times)(?: (?:a|per|every) \w+)?|(?:every|each|a couple of|a few) [^,;:.!?]{1,20}|daily|nightly|weekly|again))+[.!]?$/i;

/**
 * "Make a backup branch. IF SOMETHING GOES WRONG you can reset back to it": what to do when the
 * step before fails is part of that step, not a suggestion of its own.
 */
const FALLS_BACK =
  /^(?:and |so |then )?if (?:something|anything|it|this|that|things) (?:goes|go|went) (?:wrong|sideways|badly)\b|^(?:and |so |then )?if you (?:mess|screw) (?:it |this |that |things )?up\b/i;

function fallsBack(u: Unit): boolean {
  return u.sentence.index > 0 && u.reply === null && FALLS_BACK.test(u.text);
}

function onlySetsTime(u: Unit): boolean {
  if (!laterAdviceFor(u)) return false;
  const text = u.text.trim();
  return STARTS_ONLY_WHEN.test(text) || REPEATS_IT.test(text);
}

/** Whether `key` is a word of the question that sentence `u`, aiming at nothing, names. */
function askersOwnInPassing(c: Candidates, u: Unit, key: string): boolean {
  // (Only where it advises nothing: "Enter the android directory" aims at the asker's thing.)
  if (u.targets.size > 0 || (key[0] !== 'w' && key[0] !== 'c')) return false;
  for (const t of u.terms)
    if (t.key === key) return wordKeys(u.text.slice(t.start, t.end)).some((k) => c.questionKeys.has(k));
  return false;
}

/**
 * Whether `key` is a phrase all of whose words the question said, in a sentence aiming at
 * nothing: "A SWEET SMELL inside the cabin almost always means a leaking heater core" under "…sweet
 * smell inside the car…" is about the heater core, not the smell the asker told of.
 */
function questionsPhraseInPassing(c: Candidates, u: Unit, key: string): boolean {
  if (key[0] !== 'p' || u.targets.size > 0 || !saidByQuestion(c, u, key)) return false;
  // (Only beside a phrase of its own to name it by: "…is fine for a HOME COOK" says nothing else.)
  for (const k of u.keys) if (k[0] === 'p' && k !== key && !saidByQuestion(c, u, k)) return true;
  return false;
}

/** Whether every word of the sentence's phrase `key` is a word of the question. */
function saidByQuestion(c: Candidates, u: Unit, key: string): boolean {
  for (const t of u.terms)
    if (t.key === key) {
      const words = wordKeys(u.text.slice(t.start, t.end));
      return words.length > 1 && words.every((k) => c.questionKeys.has(k));
    }
  return false;
}

/**
 * The key of an instruction a sentence opens on when none of its words is a key ("Keep it under
 * 250 words"): its own ("i:", its post and sentence), or null when the sentence is no such instruction.
 */
function keylessInstruction(u: Unit, maxWords = KEYLESS_WORDS.max): string | null {
  if (u.tier !== 'advice' || u.sentence.agreement || u.byAsker) return null;
  const first =
    openingInstruction(u.text) ??
    instructionAfterCondition(u.text) ??
    // ("This is normal at 2, don't turn it into a battle": a warning after a remark.)
    (u.sentence.stance === 'against' ? instructionAfterRemark(u.text) : undefined);
  if (first === undefined) return null;
  const words = u.text
    .slice(first[0], first[1])
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^\W+|\W+$/g, ''))
    .filter(Boolean);
  // "Get down to her level | and say very little": the first of two instructions.
  const and = words.findIndex((w, i) => i >= 2 && w === 'and' && IMPERATIVE_VERBS.has(words[i + 1] ?? ''));
  if (and > 0) words.length = and;
  // "Listen more than you talk | for the first month": too long with how long, it is named
  // without it. ("Take it off for a month" is named by its month.)
  const f = words.lastIndexOf('for');
  if (words.length > maxWords && f > 0 && howLongEnd(words, f + 1) === words.length - 1) words.length = f;
  // "Go to the same thing every week | until people know you": too long with when it ends, it
  // is named without it.
  const until = words.findIndex((w, i) => i >= 3 && UNTIL_WHEN.has(w));
  if (words.length > maxWords && until > 0) words.length = until;
  if (words.length < KEYLESS_WORDS.min || words.length > maxWords) return null;
  // Its verb one the lists know, not one of comment ("Look at me", "Think about it", "Note that…").
  const at =
    words[0] === "don't" || words[0] === 'never' ? 1 : words[0] === 'do' && words[1] === 'not' ? 2 : 0;
  const verb = words[at] ?? '';
  if (!IMPERATIVE_VERBS.has(verb) || COMMENT_VERBS.has(verb)) return null;
  // Something it acts on or says how, not only small words ("Give this a try", "Take it off
  // then"): a word no list calls small, or a number of something ("under 250 words").
  const rest = words.slice(at + 1);
  // What it points at is shown elsewhere ("Use THIS code", "Get THIS kind"): nothing to name it by.
  if (rest.some((w) => POINTING.has(w))) return null;
  // "Don't give in", "Calm down first": a verb and its particle say it all.
  if (PHRASAL.has(`${verb} ${rest[0] ?? ''}`)) return `i:${u.post.id}#${u.sentence.index}`;
  // "Write it down", "Talk it through": the particle after "it" says what to do with it.
  if (rest.length === 2 && IT_OBJECTS.has(rest[0]!) && SEPARABLE.has(`${verb} ${rest[1]}`))
    return `i:${u.post.id}#${u.sentence.index}`;
  return rest.some((w, i) =>
    /^\d/.test(w)
      ? rest[i + 1] !== undefined
      : (/^\p{L}{3,}$/u.test(w) && !FUNCTION_WORD_SET.has(w) && !VAGUE_ACTS.has(w)) ||
        // "Find something you LIKE doing": liking, not the small word of likeness.
        (w === 'like' && LIKERS.has(rest[i - 1] ?? '')),
  )
    ? `i:${u.post.id}#${u.sentence.index}`
    : null;
}

const KEYLESS_WORDS = { min: 3, max: 7 };

/** Who likes, before a "like" that is the verb ("something YOU like", "what THEY like"). */
const LIKERS: ReadonlySet<string> = new Set(['you', 'they', 'he', 'she', 'we', 'i', 'kids', 'people']);

/** Words opening a clause of until when an instruction holds. */
const UNTIL_WHEN: ReadonlySet<string> = new Set(['until', 'till', 'unless']);

/** "If it makes you anxious, TAKE IT OFF for a month": the instruction after an opening condition. */
function instructionAfterCondition(text: string): [number, number] | undefined {
  if (!opensWithCondition(text)) return undefined;
  const comma = text.indexOf(',');
  if (comma < 0) return undefined;
  for (const span of imperativeClauses(text))
    if (span[0] > comma)
      return /^,\s*(?:just |then |so )?$/i.test(text.slice(comma, span[0])) ? span : undefined;
  return undefined;
}

/** Verbs and particles that are advice by themselves ("give in", "calm down"). */
const PHRASAL: ReadonlySet<string> = new Set([
  'give in',
  'give up',
  'calm down',
  'slow down',
  'speak up',
  'back off',
  'hold off',
  'hold on',
  'cut back',
  'walk away',
  'step away',
  'let go',
  'get up',
  'stay up',
]);

/** What a separable verb acts on when it names nothing: "write IT down". */
const IT_OBJECTS: ReadonlySet<string> = new Set(['it', 'them', 'everything', 'this', 'that']);

/** Verbs and particles that say a deed whole with "it" between them ("write it down"). */
const SEPARABLE: ReadonlySet<string> = new Set([
  'write down',
  'jot down',
  'note down',
  'write out',
  'type out',
  'talk through',
  'talk out',
  'put away',
  'lock away',
  'turn off',
]);

/** An instruction that only waits for something: "Wait till…", "Hold on until…". */
const ONLY_WHEN = /^\S+(?: on| off)? (?:till|until|for|while|before|after|when)\b/i;

/**
 * Whether a sentence opening on an instruction names `key` only after it: "Write the text in your
 * notes app first, then COPY it over" is first of all the writing.
 */
function afterOpening(u: Unit, key: string): boolean {
  const first = openingInstruction(u.text);
  // ("WAIT till the gradle downloads and click…": an opening that only says when.)
  if (first === undefined || ONLY_WHEN.test(u.text.slice(first[0], first[1]))) return false;
  let named = false;
  for (const t of u.terms) {
    if (t.key !== key) continue;
    if (t.start < first[1]) return false;
    named = true;
  }
  return named;
}

const POINTING: ReadonlySet<string> = new Set(['this', 'these', 'that', 'those']);

/** Words that only stand for some act ("Give this a TRY", "Give it a SHOT"). */
const VAGUE_ACTS: ReadonlySet<string> = new Set(['try', 'shot', 'whirl', 'chance', 'thought', 'look']);

/** Verbs of remarking, not of doing ("Look at me", "Say it ain't so"). */
const COMMENT_VERBS: ReadonlySet<string> = new Set([
  'look',
  'think',
  'say',
  'note',
  'imagine',
  'guess',
  'see',
]);

/** Whether the sentence right before `u` in its post is a reply or mention still waiting for its group. */
function waitingBefore(c: Candidates, u: Unit, mentions: Map<number, Mention>): boolean {
  const t = c.units[u.id - 1];
  return t !== undefined && t.post === u.post && (t.reply !== null || mentions.has(t.id));
}

/**
 * A few words going on about what their post advised before them ("Bath, book, bed." after
 * "Keep the routine the same every night"; "Plain osmosis works."): advice that plainly names
 * nothing of its own. Longer sentences often name their own advice loosely, and stay apart.
 */
function elaborates(u: Unit): boolean {
  return (
    u.tier === 'advice' &&
    u.sentence.index > 0 &&
    !u.sentence.agreement &&
    u.strong.size === 0 &&
    u.named.size === 0 &&
    u.text.split(' ').length <= 4 &&
    // "See your GP. An antacid might help.": a kind of remedy the lexicon knows is advice of its own.
    !namesKindOfRemedy(u)
  );
}

function namesKindOfRemedy(u: Unit): boolean {
  for (const k of u.targets) if (parentKeyOf(k) !== undefined) return true;
  return false;
}

/**
 * In a thread of picks, what an answer says after naming its pick, naming nothing as advised
 * (no second pick, title or name), describes the pick ("Keychron K2. Hot-swappable, Mac and
 * Windows layouts…").
 */
function describesPick(c: Candidates, u: Unit): boolean {
  if (!c.recommendations || u.sentence.index === 0 || u.replyTo !== null || u.targets.size > 0) return false;
  // A title in quotes or over a link is a pick of its own ("Shedding light on … (2018)" https://…).
  if (/["“”]/.test(u.text)) return false;
  for (const k of u.keys) if (k.startsWith('l:')) return false;
  return true;
}

/**
 * A sentence right after its author's own advice, in the same paragraph, that tells nothing to
 * do but says how it is or went ("Take breaks. I use an app that reminds me every 30 minutes";
 * "Check your desk height. Your elbows should be at 90 degrees"): it backs that advice, which
 * no one else gave, and is no suggestion of its own.
 */
function backsOwnSingle(
  c: Candidates,
  u: Unit,
  groups: readonly Group[],
  memberOf: Map<number, number[]>,
): boolean {
  const t = c.units[u.id - 1];
  // In a thread of picks each sentence may name a pick of its own.
  if (
    c.recommendations ||
    t === undefined ||
    t.post !== u.post ||
    u.tier !== 'advice' ||
    u.sentence.index !== t.sentence.index + 1 ||
    u.sentence.stance === 'against' ||
    u.sentence.agreement ||
    // A new line or paragraph starts a tip of its own.
    u.post.text.slice(t.sentence.end, u.sentence.start).includes('\n') ||
    imperativeClauses(u.text).length > 0
  )
    return false;
  // "Get noise-cancelling headphones. Sony WH-1000XM5 are great FOR THIS.": a pick for the
  // advice before it, said to be so.
  if (FOR_THIS.test(u.text)) return true;
  // "A cooling pad helped me a lot" names a remedy of its own; so does "An antacid might help"
  // after "See your GP", by a kind of remedy the lexicon knows ("A stack of BOOKS works fine"
  // after "Raise your monitor" is how to do it).
  for (const k of u.strong) if (!t.keys.has(k) && !c.titleKeys.has(k)) return false;
  for (const k of u.targets)
    if (parentKeyOf(k) !== undefined && !t.keys.has(k) && !c.titleKeys.has(k)) return false;
  const its = memberOf.get(t.id);
  if (its === undefined) return false;
  // Advice others gave too: the sentence backs it unless it names a thing of its own, which
  // (advised or named at all) may be a suggestion someone else makes ("Klonopin, Valium").
  for (const uid of groups[its[0]!]!.members)
    if (c.units[uid]!.person !== u.person) return !namesOwnThing(u, t, c.titleKeys);
  return true;
}

/** A thing said to serve the advice before it: "…are great for this", "works well for that". */
const FOR_THIS =
  /\b(?:is|are|was|were|works?|worked)(?: (?:really|very|so|super|perfect(?:ly)?|great|good|well|fine|ideal))* (?:great |good |perfect |ideal |fine |well )?for (?:this|that|it)[.!]*$/i;

/** Whether `u` aims at or names a key that the sentence `t` before it and the title do not. */
function namesOwnThing(u: Unit, t: Unit, titleKeys: ReadonlySet<string>): boolean {
  for (const k of u.targets) if (!t.keys.has(k) && !titleKeys.has(k)) return true;
  for (const k of u.named) if (!t.keys.has(k) && !titleKeys.has(k)) return true;
  return false;
}

/**
 * The group of the advice a sentence backs (see backsOwnSingle). What backs a warning naming
 * nothing it advises ("Open windows in summer make it worse. Warm humid air hits the cool walls
 * and condenses.") is why to heed it, and takes its side.
 */
function backed(c: Candidates, u: Unit, memberOf: Map<number, number[]>): number | undefined {
  const t = c.units[u.id - 1]!;
  if (t.sentence.stance !== 'against') return previousGroup(c, u, memberOf);
  // What to do instead names a thing of its own ("DELL has a setting to STOP CHARGING at 80%").
  if (u.strong.size > 0 || u.targets.size > 0 || u.named.size > 0) return undefined;
  const gi = previousGroup(c, u, memberOf, true);
  if (gi !== undefined) u.sentence.stance = 'against';
  return gi;
}

/** An instruction on "it" or "them": "Cover it with plastic wrap", "Mix them with water". */
const ON_IT = /^(?:(?:then|and|just|also),? )?[a-z]+ (?:it|them)\b/i;
/** Which of the thing named before to get: "Get one with a pump", "Buy the ones with…". */
const ONE_OF_IT =
  /^(?:(?:and|just|also),? )?(?:get|buy|look for|find|pick) (?:one|the ones?) (?:with|that|which)\b/i;
/**
 * An instruction on what the sentence before named, pointed at ("Watch that before touching
 * anything", "Read this first"): not "Check that the chain…", where "that" brings a clause.
 */
const ON_THAT =
  /^(?:(?:then|and|just|also|so),? )?[a-z]+ (?:that|this|those)(?=\s*(?:[.!,;]|$)|\s(?:before|after|first|too|again|now|every|once|daily|when|while|until|and|then)\b)/i;
/** How much or how long, opening a step: "250 for 20 minutes with the lid on, then 220…". */
const AMOUNT_STEP =
  /^\d[\d.,]*\s*(?:°\s*[cf]?|degrees?\b|[cf]\b|for\b|minutes?\b|mins?\b|hours?\b|seconds?\b)/i;
/** Most words of a remedy named alone, when the step after it works on it by a pronoun. */
const REMEDY_WORDS = 14;

/**
 * "Get a dehumidifier for the bedroom. EMPTY IT every day…", "Try a later bedtime. MOVE IT to
 * 7:30…", "Write down everything… BRING THAT LIST.": an instruction on what the same answer's
 * instruction right before it named, by a pronoun or a pointing word, naming no remedy, code or
 * link of its own, in the same paragraph: how to do that advice.
 */
function actsOnItNext(c: Candidates, u: Unit): boolean {
  if (u.tier !== 'advice' || u.sentence.agreement || u.sentence.stance === 'against') return false;
  if (!ON_IT.test(u.text) && !ON_THAT_THING.test(u.text)) return false;
  const t = adviceRightBefore(c, u);
  if (
    t === undefined ||
    openingInstruction(t.text) === undefined ||
    !namesNoRemedy(u) ||
    u.post.text.slice(t.sentence.end, u.sentence.start).includes('\n')
  )
    return false;
  // What it does that to or with is the instruction's own: "Run it WITH CPROFILE" names a tool
  // of its own. (What "that" points at is the instruction's, however it is called.)
  const verbEnd = /^(?:(?:then|and|just|also),? )?[a-z]+ (?:(?:that|those|this|these) [a-z]+)?/i.exec(
    u.text,
  )![0].length;
  return !u.terms.some((x) => x.target && x.start >= verbEnd && !t.keys.has(x.key));
}

/** An instruction on a thing pointed back at: "Bring THAT LIST", "Put THOSE on the sill". */
const ON_THAT_THING = /^(?:(?:then|and|just|also),? )?[a-z]+ (?:that|those|this|these) [a-z]+[.!]*$/i;

/**
 * A step right after an answer opened by naming its remedy alone ("Vise grips. Clamp on the
 * head and turn."; "Borax and sugar bait. Mix them with a little water, put it on…"): how to
 * use that remedy, in the same paragraph, naming no remedy, code or link of its own.
 */
function followsNamedRemedy(c: Candidates, u: Unit): boolean {
  const t = c.units[u.id - 1];
  if (
    t === undefined ||
    t.post !== u.post ||
    t.sentence.index !== 0 ||
    u.sentence.index !== 1 ||
    u.tier !== 'advice' ||
    u.sentence.agreement ||
    u.sentence.stance === 'against' ||
    (t.strong.size === 0 && !(ON_THAT.test(u.text) && t.keys.size > 0)) ||
    // "Nthing early blight. Spray with…": what is seconded may be a guess at the cause, not a
    // remedy; "Seconding the dehumidifier. Get ONE with a pump…" picks which of it.
    (SECONDS.test(t.text) && !ONE_OF_IT.test(u.text)) ||
    // A longer name ("Apple cider vinegar in a jar with a drop of dish soap.") is one too when
    // the step works on it by a pronoun ("Cover it with plastic wrap…").
    !(
      namesRemedyAlone(t.text) ||
      (ON_IT.test(u.text) && namesRemedyAlone(t.text, REMEDY_WORDS)) ||
      // "Park Tool has a great video on derailleur adjustment. WATCH THAT before touching
      // anything."; "Lower the
      // temperature for the uncovered part. 250 FOR 20 MINUTES with the lid on, then 220…".
      ON_THAT.test(u.text) ||
      AMOUNT_STEP.test(u.text) ||
      ONE_OF_IT.test(u.text)
    ) ||
    u.post.text.slice(t.sentence.end, u.sentence.start).includes('\n') ||
    // ("Get one with a pump OR a hose…" says which of it, not another way.)
    (ANOTHER_WAY.test(u.text) && !ONE_OF_IT.test(u.text))
  )
    return false;
  // "Propranolol. Ask your DOCTOR…": who to get it from is a step too.
  for (const k of u.strong)
    if (k[0] !== 'w' && k[0] !== 'p' && k !== 'c:doctor' && !t.keys.has(k)) return false;
  return true;
}

/** Whether a sentence names, past its first word, a capitalised name another does not. */
function newName(text: string, before: string): boolean {
  for (const m of text.slice(1).matchAll(/\b\p{Lu}[\p{L}\p{N}]*/gu))
    if (m[0] !== 'I' && !before.includes(m[0])) return true;
  return false;
}

/** An instruction opening on "then": the next step of the one before it. */
const THEN_STEP = /^then,? (?!(?:again|there|that|this|it|you|i|we)\b)[a-z]+\b/i;

/**
 * "Repeat 2-3 times if you need to.", "Repeat as needed.", "If it doesn't come off, repeat the next
 * day.": doing the instruction before it again, no advice of its own.
 */
const REPEAT_STEP =
  /^(?:if [^,]{1,60}, )?(?:then,? |and )?repeat(?: (?:it|this|that|the (?:process|whole thing|cycle|steps?)))?(?=,? (?:as (?:needed|necessary|often)|until|if|\d|two|three|four|a (?:few|couple)|once|twice|daily|every|the next)\b|\s*(?:[.!;]|$))/i;

/** An instruction opening on an amount: "Try 4-6mm…", "Start at 195", "Set it to 128 or even 64". */
const AMOUNT_TRY =
  /^(?:(?:so|then|and|maybe),? )?(?:try|start (?:at|with|on)|go (?:down |up )?to|set it to|aim for|drop it to)(?: (?:about|around|maybe|even|just|roughly))? \d/i;

/**
 * "Give her words for the feeling. "You're angry because he took the truck." THEN SHOW HER
 * what to do instead.": an instruction opening on "then", a sentence or two after its answer's
 * instruction, naming no remedy, code or link of its own, is that instruction's next step; so is
 * one that only says to do it again ("Repeat as needed.").
 */
function nextStep(c: Candidates, u: Unit): boolean {
  const t = c.units[u.id - 1];
  if (
    t === undefined ||
    t.post !== u.post ||
    t.tier !== 'advice' ||
    t.sentence.stance === 'against' ||
    u.sentence.index - t.sentence.index > 2 ||
    u.tier !== 'advice' ||
    u.sentence.agreement ||
    u.sentence.stance === 'against' ||
    u.post.text.slice(t.sentence.end, u.sentence.start).includes('\n')
  )
    return false;
  if (REPEAT_STEP.test(u.text)) return true;
  // "…run a retraction test anyway. TRY 4-6MM at 35-45mm/s.": how much, naming nothing else.
  if (AMOUNT_TRY.test(u.text))
    return u.terms.every((x) => !x.target || t.keys.has(x.key) || /^\d/.test(u.text.slice(x.start, x.end)));
  if (
    !THEN_STEP.test(u.text) ||
    // ("…Diagnostic first. Then connect to Snowflake with SNOWSQL": a name of its own is a remedy.)
    newName(u.text, t.text)
  )
    return false;
  // What it does its step to is the instruction's own: "Then take her to A PROPER FITTING" is a
  // remedy of its own.
  const verbEnd = THEN_STEP.exec(u.text)![0].length;
  if (u.terms.some((x) => x.target && x.start >= verbEnd && !t.keys.has(x.key))) return false;
  for (const k of u.strong) if (k[0] !== 'w' && k[0] !== 'p' && !t.keys.has(k)) return false;
  return true;
}

/**
 * A step after a remedy named alone that a word shared in passing gave a group of its own
 * ("Clamp on the head and turn." after "Vise grips.", "head" and "turn" said in other answers
 * too): when no one else joined it, it is that remedy's step.
 */
function joinStepsToNamedRemedy(
  c: Candidates,
  groups: Group[],
  memberOf: Map<number, number[]>,
  steps: ReadonlySet<number>,
): void {
  for (let gi = 0; gi < groups.length; gi++) {
    const u = soleUnit(c, groups[gi]!);
    if (u === undefined || memberOf.get(u.id)!.length !== 1 || !steps.has(u.id)) continue;
    const into = previousGroup(c, u, memberOf);
    if (into !== undefined && into !== gi) mergeInto(groups, memberOf, into, gi, false);
  }
}

const SECONDS = /^\W*(?:nthing|seconding|second|thirding|agreed?|\+1|ditto|same)\b/i;

/**
 * Two people's one-sentence suggestions that name the same things, each plainly advising one
 * of them ("Practice OUT LOUD with a friend", "Seconding PRACTICING out LOUD"): which word each
 * leaned on split them, though they say the same. Where a question was asked, they are one.
 */
function joinSinglesSayingTheSame(c: Candidates, groups: Group[], memberOf: Map<number, number[]>): void {
  // What each advises, title words aside, said the same way: the first group said so takes in the rest.
  const first = new Map<string, { gi: number; person: string }>();
  for (let gi = 0; gi < groups.length; gi++) {
    const u = soleUnit(c, groups[gi]!);
    if (
      u === undefined ||
      u.tier !== 'advice' ||
      u.sentence.stance !== 'for' ||
      memberOf.get(u.id)!.length !== 1
    )
      continue;
    const told = [...u.targets].filter((k) => !c.titleKeys.has(k));
    if (told.length < 2) continue;
    const said = told.sort().join('\u0000');
    const into = first.get(said);
    if (into === undefined) first.set(said, { gi, person: u.person });
    else if (into.person !== u.person) mergeInto(groups, memberOf, into.gi, gi);
  }
}

/**
 * Before a thing: a warning off using it ("Don't use", "Avoid", "Skip the", "I wouldn't bother
 * with", "I'd skip").
 */
const WARNED_OFF_BEFORE =
  /\b(?:(?:don't|do not|never|avoid|skip|stop)(?: (?:ever|even|just|really|bother))?(?: (?:using|use|buying|buy|getting|get|trying|try|bothering with|bother with|adding|add|applying|apply|taking|take))?|(?:i )?(?:wouldn't|would not) (?:even )?(?:bother with|bother buying|buy|use|waste (?:your |my |the )?(?:money|time) on)|i(?:'d| would) (?:just )?(?:skip|avoid))\s+(?:(?:a|an|the|any|your)\s+)?$/i;
/** After a thing: it said to be worthless ("is overrated", "is a myth", "is a waste of money"). */
const WORTHLESS_AFTER =
  /^\s+(?:is|are)(?: (?:just|basically|honestly|really|totally|completely|pretty much|so|way))? (?:(?:an? |pure |total |complete )?(?:myth|scam|gimmick|placebo|waste of (?:time|money))|overrated|useless|pointless|overkill|nonsense)\b/i;

/**
 * Whether a warning is against the thing its key names itself ("Don't use CINNAMON", "a
 * METRONOME is overrated"), not against something done with it ("Don't look at the KEYBOARD").
 */
function warnsOffTheThing(u: Unit, key: string): boolean {
  return u.terms.some(
    (t) =>
      t.key === key &&
      (WARNED_OFF_BEFORE.test(u.text.slice(0, t.start)) || WORTHLESS_AFTER.test(u.text.slice(t.end))),
  );
}

/**
 * "Honestly a metronome is overrated for beginners" beside another answer's "Use a metronome.":
 * one person's answer warning against what another plainly advises, each a suggestion of its
 * own (too few to found a group by the word), is that advice's critic: one suggestion, mixed.
 */
function joinWarningsToAdvice(c: Candidates, groups: Group[], memberOf: Map<number, number[]>): void {
  /**
   * key → the first group whose answer plainly advises it: its anchor, or a word of the anchor's
   * phrase ("Feliway" of "Feliway diffusers").
   */
  const advised = new Map<string, number>();
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    if (isSideKey(g.anchor)) continue;
    for (const uid of g.members) {
      const u = c.units[uid]!;
      if (u.sentence.stance !== 'for' || u.tier !== 'advice' || !u.strong.has(g.anchor) || u.byAsker)
        continue;
      if (!advised.has(g.anchor)) advised.set(g.anchor, gi);
      if (g.anchor.startsWith('p:'))
        for (const k of u.strong)
          if (k.startsWith('w:') && g.anchor.slice(2).split(' ').includes(k.slice(2)) && !advised.has(k))
            advised.set(k, gi);
      break;
    }
  }
  for (let gi = 0; gi < groups.length; gi++) {
    const g = groups[gi]!;
    const into = advised.get(g.anchor);
    if (into === undefined || into === gi || g.members.size === 0) continue;
    const first = c.units[Math.min(...g.members)]!;
    if (
      first.sentence.stance !== 'against' ||
      first.reply !== null ||
      !first.targets.has(g.anchor) ||
      c.titleKeys.has(g.anchor) ||
      !warnsOffTheThing(first, g.anchor)
    )
      continue;
    // One person's warning, not a second opinion with backers of its own.
    const people = new Set([...g.members].map((uid) => c.units[uid]!.person));
    if (people.size > 2 || [...groups[into]!.members].some((uid) => c.units[uid]!.person === first.person))
      continue;
    if (
      [...g.members].some((uid) => c.units[uid]!.person !== first.person && c.units[uid]!.reply === 'agree')
    )
      continue;
    mergeInto(groups, memberOf, into, gi);
  }
}

/** An agreement going on to advice of its own: "This, plus turn off notifications", "Yes, and use…". */
const ADDS_TO_IT =
  /^\W*(?:this|yes|yep|yeah|agreed?|exactly|totally)(?:,\s*|\s+)(?:and|plus|\+)\s+(?:also\s+)?(?=[a-z])/i;

/**
 * An answer's opening that agrees before it says anything: "Agree, …", "Yep, …", "Seconding, …",
 * or says with what: "Agree about the light, …".
 */
const AGREES_FIRST =
  /^\W*(?:(?:agreed?|yes|yep|yeah|seconding|seconded|same|exactly|\+ ?1)\b\s*[,.!:;\u2014-]|(?:i )?(?:totally |completely |also )?agreed? (?:about|on|with) )/i;

/**
 * The group of the nearest sentence above, in another's answer, that names a word an answer's
 * agreeing opening names (not the thread's own words), in a thread that asks for help;
 * undefined when none does.
 */
function agreedAbove(c: Candidates, u: Unit, memberOf: Map<number, number[]>): number | undefined {
  if (!c.asks || u.replyTo !== null || u.sentence.index !== 0 || u.byAsker || !AGREES_FIRST.test(u.text))
    return undefined;
  // (Asked yes or no, "Yes, …" answers the question.)
  if (c.yesOrNo && YES.test(u.text)) return undefined;
  const own = [...u.keys].filter((k) => !c.titleKeys.has(k));
  const v =
    own.length === 0
      ? undefined
      : nearestAbove(
          c,
          u,
          (v) =>
            own.some((k) => v.keys.has(k)) &&
            v.sentence.stance === 'for' &&
            answerGroup(c, v, memberOf) !== undefined,
        );
  if (v !== undefined) return answerGroup(c, v, memberOf);
  // Where no answer replies to another, one that names nothing the thread's answers key ("Agree,
  // a note is less confrontational") agrees with the answer right above it.
  if (!c.flat) return undefined;
  const above = nearestAbove(c, u, () => true);
  return above === undefined
    ? undefined
    : answerGroup(
        c,
        c.units.find((t) => t.post === above.post)!,
        memberOf,
      );
}

/**
 * In a thread with no replies to answers, an answer opening on a warning against what the answer
 * right above advised ("I'd not rely on hiding them" under "Hide them in smoothies") argues
 * against it: the group of that answer's sentence advising the same thing, or undefined.
 */
function disputedAbove(c: Candidates, u: Unit, memberOf: Map<number, number[]>): number | undefined {
  if (!c.flat || !c.asks || u.replyTo !== null || u.sentence.index !== 0 || u.byAsker) return undefined;
  // "A rice cooker is overkill if…" under "Just buy a rice cooker": run down as a reply would.
  const runsDown = u.sentence.stance !== 'against' && replyStance(u.text) === 'disagree';
  if (u.sentence.stance !== 'against' && !runsDown) return undefined;
  const warned = runsDown
    ? [...u.keys].filter((k) => !c.titleKeys.has(k) && k[0] !== 'l')
    : [...u.targets].filter((k) => !c.titleKeys.has(k) && u.terms.some((t) => t.key === k && t.negated));
  if (warned.length === 0) return undefined;
  // The answer right above, by someone else.
  let above: Unit | undefined;
  for (let i = u.id - 1; i >= 0; i--) {
    const v = c.units[i]!;
    if (v.post === u.post || v.byAsker) continue;
    if (above !== undefined && v.post !== above.post) break;
    if (v.person === u.person) return undefined;
    above = v;
    // (Not where either names a kind of it the other does not: "Don't buy the CHEAPEST battery"
    // under "Get the battery tested", "Don't look at the keyboard" under "Get a SPLIT keyboard".)
    if (
      v.sentence.stance === 'for' &&
      warned.some((k) => v.targets.has(k) && !kindApart(u, v, k) && !kindApart(v, u, k)) &&
      memberOf.has(v.id)
    ) {
      if (runsDown) u.sentence.stance = 'against';
      return memberOf.get(v.id)![0];
    }
  }
  return undefined;
}

/**
 * An answer opening on a thing it runs down ("Vinegar doesn't work either, it's a myth") argues
 * against the nearest answer above that advised it ("Use white vinegar instead"): that answer's
 * group, or undefined.
 */
function runDownAbove(c: Candidates, u: Unit, memberOf: Map<number, number[]>): number | undefined {
  if (!c.asks || u.replyTo !== null || u.sentence.index !== 0 || u.byAsker || u.sentence.stance !== 'against')
    return undefined;
  const first = u.terms[0];
  if (
    first === undefined ||
    first.start !== 0 ||
    !first.target ||
    first.negated ||
    first.kind === 'code' ||
    c.titleKeys.has(first.key)
  )
    return undefined;
  const v = nearestAbove(
    c,
    u,
    (v) => v.sentence.stance === 'for' && v.targets.has(first.key) && memberOf.has(v.id),
  );
  return v === undefined ? undefined : memberOf.get(v.id)![0];
}

/** Whether `a` names a kind of word key `k` ("p:cheapest batteri" for "w:batteri") that `b` does not. */
function kindApart(a: Unit, b: Unit, k: string): boolean {
  for (const p of a.keys) if (isKindOf(p, k) && !b.keys.has(p)) return true;
  return false;
}

/** Whether phrase key `key` names a kind of word key `word`: "p:cheapest batteri" of "w:batteri". */
function isKindOf(key: string, word: string): boolean {
  return key.startsWith('p:') && key.endsWith(' ' + word.slice(2));
}

/**
 * The group a sentence stands in, or, one that stands in none ("North window isn't enough
 * light for a fig."), the one group its answer's advice stands in ("Move it to a south
 * window"): an agreement with what it says agrees with that advice.
 */
function answerGroup(c: Candidates, v: Unit, memberOf: Map<number, number[]>): number | undefined {
  const own = memberOf.get(v.id);
  if (own !== undefined) return own[0];
  let only: number | undefined;
  for (const t of c.units) {
    if (t.post !== v.post || t.sentence.stance !== 'for') continue;
    for (const gi of memberOf.get(t.id) ?? []) {
      if (only !== undefined && only !== gi) return undefined;
      only = gi;
    }
  }
  return only;
}

/** The nearest sentence above `u`, in another's answer (not the asker's), that `accepts` takes. */
function nearestAbove(c: Candidates, u: Unit, accepts: (v: Unit) => boolean): Unit | undefined {
  for (let i = u.id - 1; i >= 0; i--) {
    const v = c.units[i]!;
    if (v.person !== u.person && !v.byAsker && accepts(v)) return v;
  }
  return undefined;
}

/** The one sentence of a group that has one, else undefined. */
function soleUnit(c: Candidates, g: Group): Unit | undefined {
  return g.members.size === 1 ? c.units[g.members.values().next().value!] : undefined;
}

/**
 * A step of the advice just before it, pointing back to what that one named ("Take apart the
 * P-trap. Put a bucket under IT."; "Get a heating pad. Put IT on your lower back."): it plainly
 * names no remedy, code or link of its own, only everyday words, in a few words.
 */
function pointsBack(u: Unit): boolean {
  // (What worked may read as no advice itself: "Changed how I talk to my toddler.")
  if (u.sentence.index > 0 && THAT_WORKED.test(u.text)) return true;
  if (
    u.tier !== 'advice' ||
    u.sentence.index === 0 ||
    u.sentence.agreement ||
    // A warning is advice of its own ("Let it rest. Do not lift the lid while it cooks."); a step
    // that warns only after it ("Let it dissolve, don't swallow it right away") is a step.
    (u.sentence.stance === 'against' && !WARNS_AFTER_STEP.test(u.text) && !LIMITS_IT.test(u.text)) ||
    !BACK_POINTER.test(u.text) ||
    u.text
      .replace(REASON_THEN_SO, '')
      .split(WHY_AFTER_STEP, 1)[0]!
      .replace(HOW_OFTEN_AFTER, '')
      .replace(OR_ELSE_AFTER, '')
      .split(' ').length > STEP_WORDS ||
    // ("…or it eats the iron" says what happens otherwise, no other way.)
    ANOTHER_WAY.test(u.text.replace(OR_ELSE_AFTER, ''))
  )
    return false;
  return advisesOnlyWords(u);
}

/** Whether a sentence plainly advises everyday words only: no remedy, code or link of its own. */
function advisesOnlyWords(u: Unit): boolean {
  for (const k of u.strong) if (k[0] !== 'w' && k[0] !== 'p') return false;
  return true;
}

/**
 * A sentence going on about what the one before it advised, with that thing as its subject:
 * "It comes with a clip you move from blade to blade…" after "Get a balancing kit", "They'll
 * suggest grab rails…" after "Get an occupational therapy assessment". Not one that advises
 * anew ("It's worth trying X too", "It helps to keep a diary") or names a remedy of its own.
 */
function saysMoreOfIt(u: Unit): boolean {
  if (
    u.tier !== 'advice' ||
    u.sentence.index === 0 ||
    u.sentence.agreement ||
    u.sentence.stance !== 'for' ||
    !OF_IT.test(u.text) ||
    ADVISES_ANEW.test(u.text) ||
    ANOTHER_WAY.test(u.text)
  )
    return false;
  return advisesOnlyWords(u);
}

/**
 * A subject pointing back, then what it does or is: "It comes with…", "They'll suggest…", "A new
 * one is like $6 at any hardware store".
 */
const OF_IT =
  /^(?:it|they|these|(?:a )?new ones?|a replacement)(?:'ll|'s|'re|\u2019ll|\u2019s|\u2019re| will| would| can| comes?| has| have| makes?| gives?| lets?| keeps?| works?| is| are| fits?| costs?| takes?)\b/i;

/** An opening that advises anew: "It's worth…", "It helps to…", "It's a good idea to…". */
const ADVISES_ANEW =
  /^\w+(?:'s|\u2019s| is| helps?| pays| would be| might be| can be| may be)\b[^,.;]{0,30}?\b(?:worth|to \w+)\b/i;

/** "it", "them", and a kind of what was named: "Get THE ONES with side channels". */
const BACK_POINTER =
  /\b(?:it|them|the ones|that one|this one)\b|^\W*(?:[Aa]nd )?[Tt]hen you(?:'ll|\u2019ll| will| can| could| won't| don't| get|(?: only| just)? (?:have|need) to)\b/;

/** A step on "it", then a warning after its comma: "Let it dissolve, don't swallow it right away". */
const WARNS_AFTER_STEP =
  /^(?:let|leave|keep|give|put|hold|take|use|wait)\b[^,;]*\bit\b[^,;]*,\s*(?:but\s+)?(?:don't|do not|never)\b/i;

/**
 * A warning that only limits the step before it, on "it": "Don't leave it longer than that",
 * "Never use them for more than a week", "Don't let it get too hot".
 */
const LIMITS_IT =
  /^(?:but |and |just )?(?:don't|do not|never)(?: \w+)? (?:it|them)\b(?: \w+)? (?:(?:any )?longer|for (?:more|longer) than|more than|past|too (?:long|much|hot|often|tight))\b/i;

/** What happens otherwise, said last: "…or IT EATS THE IRON", "…or you'll crack it". */
const OR_ELSE_AFTER = /,?\s+or (?:else )?(?:it|they|you|the \w+)(?:'ll| will)?\s[^,;]*$/i;

/**
 * Why first, then the step: "But it locks the table for the whole time, SO do it in a maintenance
 * window." The step is what counts.
 */
const REASON_THEN_SO = /^(?:but |and )?(?:it|they|that|this)\b[^,;]{0,70},\s+so\s+(?=\p{Ll})/iu;

/** "That alone fixed most of mine", "This really helped": what the sentence before advised worked. */
const THAT_WORKED =
  /^(?:and |but )?(?:(?:that|this)(?: (?:alone|one|tip|trick|step|book))?(?: (?:really|honestly|definitely|also|literally))? (?:fixed|helped|worked|solved|cured|did the trick|did it|made (?:a|the|all the) (?:huge |big |real )?difference)\b|(?:completely |totally |really )?(?:changed|transformed) (?:how|the way|my|our)\b)/i;

/** A step is said in a few words; a longer sentence pointing back often says more of its own. */
const STEP_WORDS = 10;

/**
 * How often or how long, said last: "Leave it on for five minutes before rinsing, TWICE A WEEK.",
 * "Soak them overnight and water with it FOR A FEW WEEKS.", "Keep them in there FOR A FEW DAYS
 * BEFORE LETTING THEM EXPLORE."
 */
const HOW_OFTEN_AFTER =
  /,\s*(?:(?:once|twice|\w+ times) (?:a|per|every) \w+|every (?:\w+ )?\w+|daily|weekly|nightly)[.!]?$|\s+for (?:a |about |at least |another )?(?:few |couple of |\w+ )?(?:days?|weeks?|months?|nights?)(?:\s+(?:before|until|till) [^,;]{1,30})?[.!]?$/i;

/**
 * Where a step's why or what-you'll-find begins: "Pull it back, | THERE'S usually gunk in the
 * fold", "Soak them in the watering can overnight, | IT KILLS the larvae".
 */
const WHY_AFTER_STEP =
  /,\s+(?=(?:there(?:'s| is| are)|it's|it is|it (?:\w+ )?\w+s|that's|they're|which|because|since)\b)/i;

/** Words that offer another way, not a step of the same one ("You can ALSO use it in a script"). */
const ANOTHER_WAY = /\b(?:also|alternatively|another|instead|or)\b/i;

/** The first group of the sentence right before `u` in its post, when that one is advice in a group. */
/**
 * Why the advice before it works, said of a thing and advising nothing: "Crowded plants stay wet
 * and blight loves that." after "Give them more space", "Cutting hot bread makes it gummy." after
 * "Don't cut it until it's fully cooled". Part of that advice, not a suggestion of its own.
 */
function givesReason(u: Unit): boolean {
  return u.sentence.index > 0 && u.strong.size === 0 && u.targets.size === 0 && REASON.test(u.text);
}

/**
 * "Break the task down… You can't estimate a blob.": what cannot be done, right after an
 * instruction, says why the instruction; it warns off nothing of its own.
 */
function cannotOtherwise(c: Candidates, u: Unit): boolean {
  // (The thread's own thing is no remedy: "You can't change the version of an existing venv.")
  if (!namesNoRemedy(u, c.titleKeys)) return false;
  if (CANNOT.test(u.text)) return adviceRightBefore(c, u) !== undefined;
  // "Don't keep the stuff in the house. If it's not there you can't eat it.": what cannot be done
  // once the advice is taken, said right after it, for or against.
  return CANNOT_ONCE.test(u.text) && sentenceAt(c, u, -1)?.tier === 'advice';
}

/** What cannot be done, under a condition about "it": "If it's not there you can't eat it." */
const CANNOT_ONCE =
  /^if (?:it|they|that|there)(?:'s|'re| is| are| isn't| aren't)\b[^,;.!?]{0,30},? (?:you|one) (?:simply |just |really )?(?:can't|cannot|can not)\b/i;

/**
 * "Close your eyes and lie down. Taking away the visual mismatch helps a lot.": what the
 * instruction before it does, said as an act that helps; no remedy of its own.
 */
function saysWhyItWorks(c: Candidates, u: Unit): boolean {
  if (
    !(ACT_HELPS.test(u.text) || ACT_HURTS.test(u.text)) ||
    ANOTHER_WAY.test(u.text) ||
    // (A name is a remedy of its own: "Taking Stugeron helps a lot.")
    /\s\p{Lu}/u.test(u.text) ||
    /\b(?:too|as well)\b/i.test(u.text) ||
    !namesNoRemedy(u)
  )
    return false;
  const t = adviceRightBefore(c, u);
  return t !== undefined && openingInstruction(t.text) !== undefined;
}

/** A comparison with no verb of its own: "Easier on the lower back while you learn." */
const COMPARED_BARE =
  /^(?:much |far |way |a lot |a bit |so much )?(?:easier|safer|gentler|cheaper|kinder|quicker|faster|simpler|healthier|better|less (?:stressful|risky|painful)) (?:on|for|than|to (?:learn|do|get right|stick with))\b/i;

/**
 * "Switch to the trap bar for a while. Easier on the lower back while you learn.": a bare
 * comparison right after an instruction says why it is better, naming no remedy of its own.
 */
function comparesIt(c: Candidates, u: Unit): boolean {
  if (!COMPARED_BARE.test(u.text) || !namesNoRemedy(u)) return false;
  const t = adviceRightBefore(c, u);
  return t !== undefined && openingInstruction(t.text) !== undefined;
}

/**
 * What will come of it, said of someone else: "If she finds them SHE'LL stop trusting the food",
 * "Otherwise they'll keep going back to the smell".
 */
const CONSEQUENCE =
  /^(?:(?:if|once|when|otherwise|or)\b[^.;!?]*?\s)?(?:she|he|they|it|kids|children|(?:the|your) \w+)(?:'ll|\u2019ll| will| won't| won\u2019t| would| wouldn't)\b/i;

/** Whether `u` tells what will come of the advice right before it, asking nothing of its own. */
function tellsWhatFollows(c: Candidates, u: Unit): boolean {
  if (!CONSEQUENCE.test(u.text) || !namesNoRemedy(u)) return false;
  // (A verb after "and" goes on with the one it will do: "She'll learn…, and GO harass it instead".)
  if (imperativeClauses(u.text).some(([a]) => !/\band\s+$/.test(u.text.slice(Math.max(0, a - 5), a))))
    return false;
  return sentenceAt(c, u, -1)?.tier === 'advice';
}

/** Words that point the reader to something else to do: a reason never says them. */
const POINTS_ELSEWHERE =
  /\b(?:instead|rather|better|suggest|recommend|try|look (?:at|into)|check out|consider)\b/i;

/** Words by which a sentence after an agreement still advises: "also", "you should", "it helps to". */
const ADVISES_ITSELF =
  /\b(?:also|too|you(?! (?:can't|cannot|can not|won't|don't|never)\b)|your(?! own\b)|helps?|worth|should|need to|have to|best)\b/i;

/**
 * "Don't do this. If they ask for a note you're in far more trouble than a late essay.": after a
 * reply's disagreeing opening, a sentence that tells no one to do anything and names no remedy
 * says why it disagrees. It is no suggestion of its own.
 */
function whyItDisagrees(c: Candidates, u: Unit): boolean {
  if (u.replyTo === null || u.sentence.index === 0) return false;
  const concedes = CONCEDES_ONLY.test(u.text);
  // ("Giving her control can make it worse": a doing as the subject, said to go wrong.)
  const doingGoesWrong = DOING_GOES_WRONG.test(u.text);
  if (u.strong.size > 0 && !concedes && !doingGoesWrong) return false;
  let opening: Unit | undefined;
  for (let i = u.id - 1; i >= 0 && c.units[i]!.post === u.post; i--) opening = c.units[i];
  return (
    opening?.sentence.index === 0 &&
    opening.reply === 'disagree' &&
    namesNoRemedy(u) &&
    (concedes || doingGoesWrong || imperativeClauses(u.text).length === 0) &&
    !POINTS_ELSEWHERE.test(u.text)
  );
}

/** A doing as the subject, said to make things worse: "Giving her control can make it worse." */
const DOING_GOES_WRONG =
  /^\p{Lu}\p{Ll}+ing\s[^,;.!?]{0,40}?\s(?:(?:can|could|will|would|may|might|often|usually|just|only) )?(?:(?:makes?|made) (?:it|things|everything|them|her|him|the \p{Ll}+) (?:\p{Ll}+ )?worse|backfires?|backfired|escalates? (?:it|things))\b/u;

/**
 * "This. Banging back is how these things turn into feuds.": right after a reply's agreeing
 * opening, a sentence that tells no one to do anything, names no remedy, says nothing helps and
 * tells of nothing that worked says why it agrees; it joins the answer with the opening, no
 * suggestion of its own.
 */
function whyItAgrees(c: Candidates, u: Unit): boolean {
  if (u.replyTo === null || u.sentence.index !== 1) return false;
  const opening = sentenceAt(c, u, -1);
  return (
    opening?.reply === 'agree' &&
    namesNoRemedy(u) &&
    // (A doing as the subject, "Banging back is how…", tells no one to do it; nor does what
    // "you can't" do: "Seconding the video. You can't feel your own form at the start.")
    imperativeClauses(u.text).every(
      ([a]) =>
        (a === 0 && /^\p{Lu}\p{Ll}+ing\s[^,;.!?]*?\s(?:is|are|was)\s/u.test(u.text)) ||
        /\byou (?:can't|can\u2019t|cannot|can not) $/i.test(u.text.slice(0, a)),
    ) &&
    !u.terms.some((t) => t.worked) &&
    !POINTS_ELSEWHERE.test(u.text) &&
    !ADVISES_ITSELF.test(u.text)
  );
}

/** "Fine for a one-off test, never in real code": where the thing argued against may do, and where not. */
const CONCEDES_ONLY =
  /^(?:(?:it's|that's|it is|that is) )?(?:fine|ok|okay|alright|acceptable|good enough) (?:for|in|on|when|if)\b[^.!?;]*,\s*(?:but )?(?:never|not)\b/i;

/** "That's litres of water…", "This is what they're for": a remark on what was just said. */
const THAT_IS = /^(?:that|this)(?:'s|\u2019s| is| was)\s/i;

/**
 * "Stop drying clothes on the radiator. That's litres of water going into the air every load.":
 * a remark on the advice right before it, advising nothing and naming no remedy, is its why.
 */
function remarksOnIt(c: Candidates, u: Unit): boolean {
  if (u.tier !== 'mention' || !THAT_IS.test(u.text) || !namesNoRemedy(u)) return false;
  const t = sentenceAt(c, u, -1);
  return t?.tier === 'advice';
}

/**
 * A doing said to wear on you: "Seeing yourself all day is weirdly draining", "…gets old fast",
 * "Checking the time… keeps you awake".
 */
const WEARS_ON =
  /^\W*\p{Lu}\p{Ll}+ing\b[^,;.!?]{0,60}? (?:is|are|gets|can get|feels|can be)(?: (?:really|so|very|weirdly|surprisingly|incredibly|super|pretty|just))? (?:draining|exhausting|tiring|boring|old|stale|stressful|overwhelming|distracting|demoralising|demoralizing)\b|^\W*\p{Lu}\p{Ll}+ing\b[^,;.!?]{0,80}? (?:keeps?|makes?|gets?) (?:you|people|them|him|her|us|me) (?:awake|up|anxious|worse|stressed|wired|tense|nervous)\b/u;

/**
 * "Turn your camera off… Seeing yourself all day is weirdly draining.", "Freeze half… Eating the
 * same thing five days in a row gets old fast.": what wears on the reader without the advice
 * before it is why to take it, no suggestion of its own.
 */
function saysWhatWearsOn(c: Candidates, u: Unit): boolean {
  // (The thread's own concept, "how much SLEEP you have left", is no remedy.)
  return WEARS_ON.test(u.text) && namesNoRemedy(u, c.titleKeys) && adviceRightBefore(c, u) !== undefined;
}

/** A short instruction on a pronoun: "Track it.", "Write it down.", "Log everything." */
const SHORT_ON_IT = /^\W*[A-Za-z]+ (?:it|them|everything|this)(?: (?:down|up|out|daily))?[.!]*$/i;

/** A fragment naming a thing, no verb to do: "A calendar on the fridge…", "The Streaks app." */
const THING_FRAGMENT = /^\W*(?:an?|the|one|some)\s+[a-z]/i;

/**
 * Whether `u` names what to do the short instruction right before it with ("Track it. A
 * calendar on the fridge with an X for every workout."), on the same line.
 */
function meansOfIt(c: Candidates, u: Unit): boolean {
  if (u.sentence.agreement || u.sentence.stance === 'against' || !THING_FRAGMENT.test(u.text)) return false;
  const t = adviceRightBefore(c, u);
  if (t === undefined || !SHORT_ON_IT.test(t.text) || imperativeClauses(u.text).length > 0) return false;
  return !u.post.text.slice(t.sentence.end, u.sentence.start).includes('\n');
}

/** The same post's sentence right before `u`, when it advises for something. */
function adviceRightBefore(c: Candidates, u: Unit): Unit | undefined {
  const t = sentenceAt(c, u, -1);
  return t?.tier === 'advice' && t.sentence.stance === 'for' ? t : undefined;
}

/** The unit of the sentence `offset` places from `u`'s in the same answer, when that sentence is one. */
function sentenceAt(c: Candidates, u: Unit, offset: number): Unit | undefined {
  const t = c.units[u.id + offset];
  return t !== undefined && t.post === u.post && t.sentence.index === u.sentence.index + offset
    ? t
    : undefined;
}

/** A sentence past its answer's first that advises for something: a step or a remark on the one before, maybe. */
function laterAdviceFor(u: Unit): boolean {
  return u.tier === 'advice' && u.sentence.index > 0 && u.sentence.stance === 'for';
}

/** Whether a sentence names no remedy, code or link of its own (a lexicon concept, a code token, a link). */
function namesNoRemedy(u: Unit, ownKeys?: ReadonlySet<string>): boolean {
  for (const k of u.keys)
    if ((k[0] === 'c' || k[0] === 'k' || k[0] === 'l') && !ownKeys?.has(k)) return false;
  return true;
}

/**
 * An act said to help, as the subject: "Taking away the visual mismatch helps a lot.", "Losing
 * the money is a great motivator.", "Seeing the same people over and over is what turns them
 * into friends.", "Seeing the number go up is motivating."
 */
const ACT_HELPS =
  /^\W*\p{Lu}\p{Ll}+ing\b[^,;.!?]{0,60}? (?:helps?|works?|lets? (?:a lot |much |way |so much )?more (?:\p{L}+ )?(?:in|through|out)\b|(?:ends?|settles?|stops?) (?:the|that|this|any|most)\b|does wonders|(?:makes?|made) (?:a|all the) (?:\w+ )?difference|is (?:a |the )?(?:(?:great|huge|big|real|strong|good) )?(?:motivator|incentive)|is what (?:turns|makes|keeps|gets|helps)\b|is (?:(?:really|so|very|super|weirdly|surprisingly|hugely) )?(?:motivating|satisfying|rewarding|encouraging)\b)\b/u;

/**
 * The group of the answer an agreeing reply replies to, when it was founded on `key`: where the
 * reply's later sentence on that key belongs.
 */
function agreedGroupOn(
  c: Candidates,
  u: Unit,
  key: string,
  groups: readonly Group[],
  memberOf: Map<number, number[]>,
): number | undefined {
  if (u.replyTo === null || u.sentence.index === 0) return undefined;
  for (let i = u.id - 1; i >= 0 && c.units[i]!.post === u.post; i--) {
    const t = c.units[i]!;
    if (t.sentence.index !== 0) continue;
    if (t.reply !== 'agree') return undefined;
    // (Replies join their answer's groups later, so the answer's own units are looked up; an
    // answer comes before its replies: read back to it, and no further.)
    let seen = false;
    for (let j = i - 1; j >= 0; j--) {
      const a = c.units[j]!;
      if (a.post.id !== u.replyTo) {
        if (seen) break;
        continue;
      }
      seen = true;
      const gi = memberOf.get(a.id)?.find((g) => groups[g]!.anchor === key);
      if (gi !== undefined) return gi;
    }
    return undefined;
  }
  return undefined;
}

/**
 * The other way round, an act said to do harm: "Let her quit. Forcing a teenager to keep doing
 * something makes them hate it forever.", "Wait until you're calm… Going in furious makes her
 * defensive…" say why the instruction before them.
 */
const ACT_HURTS =
  /^\W*\p{Lu}\p{Ll}+ing\b[^,;.!?]{0,60}? (?:makes?|made) (?:them|him|her|kids|people|it|things|everything) (?:\p{Ll}+ )?(?:hate|resent|dread|worse|rebel|quit|give up|lie|hide|defensive|angry|anxious|upset|shut down)\b/u;

/**
 * "Check the chain too. If it's too short it holds the flapper open a tiny bit.": what goes wrong
 * when the thing the instruction checks is off, or what it spares you, said right after it, says
 * why the instruction; it advises nothing of its own, whatever it names on the way.
 */
function saysWhatIfOff(c: Candidates, u: Unit): boolean {
  return (
    (IF_IT_IS_OFF.test(u.text) || THEN_YOU_ONLY.test(u.text)) &&
    u.strong.size === 0 &&
    namesNoRemedy(u) &&
    openingInstruction(adviceRightBefore(c, u)?.text ?? '') !== undefined
  );
}

/**
 * What the instruction before it spares you: "Keep a notebook… THEN YOU ONLY HAVE TO ask each
 * thing once."
 */
const THEN_YOU_ONLY = /^(?:and )?then you(?:'ll| will)? (?:only|just|never) (?:have|need) to\b/i;

/** "If it's too short it holds…", "If they're loose, they rattle…": a state, then what it does. */
const IF_IT_IS_OFF =
  /^if (?:it|they|that)(?:'s|'re|\u2019s|\u2019re| is| are) (?:too |not |a bit |a little |very |really |way )?[\w-]+,? (?:it|they|that|the \w+)(?:'ll| will| can| may| might| could)? (?!(?:should|must|needs?)\b)\w+/i;

/** A sentence saying what the reader cannot do: "You can't estimate a blob." */
const CANNOT =
  /^\W*(?:(?:seriously|honestly|really|look|because|otherwise),? )?(?:you|one) (?:simply |just |really )?(?:can't|cannot|can not)\b/i;

/**
 * A thing, then what it does or brings about ("…makes it gummy", "…can be a sign of…", "The
 * soap film stops the fog", "After 3 years the thermal paste dries out"); or the rule it follows
 * ("The rule is one per cat plus one").
 */
const REASON =
  /^(?:the )?(?:general |usual |golden )?rule(?: of thumb)? (?:is|says)\b|^(?!(?:i|we|you|my|our|if|when|but|and|so|just|also|then|this|that|it|there)\b)[\w' -]{2,50}? (?:makes?|keeps?|gives?|builds?|causes?|stays?|loves?|hates?|teaches?|leads? to|results? in|can be a sign|(?:is|are) a sign|means|stops?|prevents?|reduces?|blocks?|absorbs?|soaks? up|kills?|breaks? down|dries out|dry out|wears? out|clogs?)\b/i;

/**
 * What a statement says beyond how things are: a guessed cause ("Could also be the fill valve",
 * "Nine times out of ten it's a liveness probe"), the best of the options ("the only reliable
 * raise is a new job"), or what the reader can do ("so you can easily parse it yourself").
 */
const SAYS_MORE_THAN_HOW_IT_IS =
  /\b(?:could|might|may|must) (?:also |just |well )?be\b|\b(?:it's|it is|that's|that is) (?:probably|likely|usually|almost always|most likely)\b|\btimes out of\b|\bsounds like\b|\bmy (?:guess|bet)\b|\b(?:only|best|real|right|easiest|simplest|surest|safest|quickest)(?: [\w-]+){0,2} (?:is|are)\b|\byou(?:'d|'ll| would| could| can| should| need| might| must| may| will)\b/i;

/** Whether a sentence names a lexicon concept. */
function namesConcept(u: Unit): boolean {
  for (const k of u.keys) if (k[0] === 'c') return true;
  return false;
}

/** A verb that says how things are or can be. */
const HOW_IT_IS =
  /\b(?:is|are|was|were|has|have|isn't|aren't|wasn't|weren't|can|can't|cannot|will|won't|does|doesn't|do|don't)\b|\w'(?:s|re)\b/i;

/**
 * "North window is not enough light for a fiddle leaf. Move it to an east or south window…",
 * "Inside the container `localhost` is the container itself. Use `host.docker.internal`…": a
 * statement that plainly advises nothing, right before its answer's instruction, is what the
 * instruction answers, no suggestion of its own.
 */
function setsUpNext(c: Candidates, u: Unit): boolean {
  // "You may not need a global install at all. Use npx tsc…": what the reader can go without,
  // said to lead to what to do instead.
  // "You're probably using too much detergent… Use half": the fault the instruction puts right.
  // (The fault's why may come between: "…too much detergent. The residue is what grows the mould.")
  if ((MAY_NOT_NEED.test(u.text) || TOO_MUCH.test(u.text)) && u.reply === null && !namesConcept(u)) {
    const next = c.units[u.id + 1];
    if (next === undefined || next.post !== u.post || next.sentence.index > u.sentence.index + 2)
      return false;
    return next.tier === 'advice' && openingInstruction(next.text) !== undefined;
  }
  if (
    u.targets.size > 0 ||
    u.strong.size > 0 ||
    u.reply !== null ||
    SAYS_MORE_THAN_HOW_IT_IS.test(u.text) ||
    // (Without "is" or "can", it may name a remedy ("Drano or similar gel.") or a house rule
    // ("All phones charge in the kitchen at 9pm"): what the instruction after it goes on with.
    // Said of many others ("Many companies only confirm dates"), it is how things are.)
    (!HOW_IT_IS.test(u.text) && !SAID_OF_MANY.test(u.text)) ||
    imperativeClauses(u.text).length > 0
  )
    return false;
  const next = sentenceAt(c, u, 1);
  // (A concept it names is a remedy of its own, unless the instruction acts on it too: "…through
  // HR anyway. Call HR and ask what their policy is.")
  return (
    next !== undefined &&
    next.tier === 'advice' &&
    next.strong.size > 0 &&
    (!namesConcept(u) || [...u.keys].every((k) => k[0] !== 'c' || next.strong.has(k)))
  );
}

/** "You may not need X", "You probably don't need X at all". */
const MAY_NOT_NEED =
  /^(?:you )?(?:may|might|probably|likely) (?:not|don't|do not) (?:even |really |actually )?need\b/i;

/** "You're probably using too much X", "You might be giving him too little…". */
const TOO_MUCH =
  /^(?:you're|you are|you (?:may|might) be) (?:probably |likely |maybe |almost certainly )?(?:using|adding|putting in|giving|feeding|watering|washing with) (?:\w+ )?(?:way )?(?:too much|too many|too little|too few|not enough)\b/i;

/** A statement of what many others do: "Many companies only confirm dates…". */
const SAID_OF_MANY = /^(?:many|most|some|plenty of|a lot of|lots of) [\w-]+s\b/i;

/** Whether `u` says what the thing warned against just before it does ("Spraying kills the few you see"). */
function explainsWarning(c: Candidates, u: Unit, key: string): boolean {
  const t = sentenceAt(c, u, -1);
  return (
    t !== undefined &&
    t.sentence.stance === 'against' &&
    t.keys.has(key) &&
    u.sentence.stance === 'for' &&
    REASON.test(u.text) &&
    imperativeClauses(u.text).length === 0
  );
}

function previousGroup(
  c: Candidates,
  u: Unit,
  memberOf: Map<number, number[]>,
  reason = false,
): number | undefined {
  let t = c.units[u.id - 1];
  // A remark between the two ("Check your context. If one big context holds all your state,
  // every consumer re-renders. Split it up.") tells why; the step is on what came before it.
  const before = c.units[u.id - 2];
  if (
    t !== undefined &&
    !memberOf.has(t.id) &&
    before !== undefined &&
    before.post === u.post &&
    memberOf.has(before.id) &&
    before.sentence.index === u.sentence.index - 2
  )
    t = before;
  if (
    t === undefined ||
    t.post !== u.post ||
    t.tier !== 'advice' ||
    // A remark between the two ("Thermal curtains. Heavy, lined, floor to ceiling. Close them at
    // dusk.") describes the thing; the step is still on it.
    t.sentence.index < u.sentence.index - 2 ||
    // After a warning ("The float test is a myth. Just watch whether it doubles.") comes what to
    // do instead, never a step of what it warns against; "That alone fixed most of mine" backs it.
    // A reason after a warning is why to heed it ("Cutting hot bread makes it gummy").
    (t.sentence.stance === 'against' && !THAT_WORKED.test(u.text) && !reason)
  )
    return undefined;
  return memberOf.get(t.id)?.[0];
}

/** A sentence that points the reader to more on something ("read more here", "more info at"), not advice ("read up on"). */
const POINTER =
  /\b(?:read more|more (?:info|information|details) (?:here|at|in)\b|(?:here's|here is|here are) (?:a|the|some) (?:link|article|info)|see (?:here|this link|the link)\b)/i;

/**
 * The group a link on a line of its own belongs to: the one of the sentence of its post that
 * carries its footnote mark, else of the sentence just before it, when that one is grouped and
 * the link is no item of a list of links ("A few fun ones:" / link / link: each its own pick).
 * A mark found on a sentence in no group leaves the link alone: it cites something else.
 */
function citedGroup(
  c: Candidates,
  u: Unit,
  memberOf: Map<number, number[]>,
  mark: string | null,
): number | undefined {
  for (let id = u.id - 1; mark !== null && id >= 0; id--) {
    const t = c.units[id]!;
    if (t.post !== u.post) break;
    if (t.text.includes(mark)) return memberOf.get(id)?.[0];
  }
  const before = c.units[u.id - 1];
  if (before?.post !== u.post || before.sentence.index !== u.sentence.index - 1) return undefined;
  if (LINK_ONLY.test(before.text) || LINK_ONLY.test(lineAfter(u.post.text, u.sentence.end))) return undefined;
  return memberOf.get(before.id)?.[0];
}

/** The next non-blank line of `text` after `from` (a bounded look: posts can be one huge line). */
function lineAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 2000).trimStart();
  const eol = rest.indexOf('\n');
  return (eol < 0 ? rest : rest.slice(0, eol)).trim();
}

/** An instruction to change to a better kind, unnamed: "Switch to a better detergent." */
const BETTER_KIND =
  /^(?:(?:just|also|so|and),? )?(?:switch to|change to|get|use|buy|try|find) (?:a |an |some )?(?:better|good|decent|proper|quality|higher[- ]quality|stronger|different)\b/i;

/**
 * "Switch to a better detergent. … Finish Quantum or Cascade Platinum fixed it for us.": after
 * its post told to get a better kind of thing, naming no brand, a sentence naming what worked is
 * which ones, no suggestion of its own.
 */
function namesWhichOnes(c: Candidates, u: Unit): boolean {
  if (u.sentence.index === 0 || !u.terms.some((t) => t.worked)) return false;
  for (let id = u.id - 1; id >= 0; id--) {
    const t = c.units[id]!;
    if (t.post !== u.post) return false;
    if (t.tier === 'advice' && BETTER_KIND.test(t.text)) return t.named.size === 0;
  }
  return false;
}

/** The first group of the nearest earlier advice sentence of `u`'s post that has one. */
function earlierGroup(c: Candidates, u: Unit, memberOf: Map<number, number[]>): number | undefined {
  for (let id = u.id - 1; id >= 0; id--) {
    const t = c.units[id]!;
    if (t.post !== u.post) break;
    const its = memberOf.get(id);
    if (its !== undefined && t.tier === 'advice') return its[0];
  }
  return undefined;
}

/**
 * Whether the people who name a word as their pick each link a page of their own and no two
 * the same one: in a thread of picks, "Principles of Design" (w3.org) and "End to end
 * principle" (mit.edu) are two papers that share a word, not one pick.
 */
function linkedApart(c: Candidates, key: string, units: readonly number[]): boolean {
  const linksOf = new Map<string, Set<string>>();
  for (const uid of units) {
    const u = c.units[uid]!;
    // Those who name it as their pick; a passing use ("a first principles analysis") picks nothing.
    if (!u.targets.has(key)) continue;
    let links = linksOf.get(u.person);
    if (!links) linksOf.set(u.person, (links = new Set()));
    for (const k of u.keys) if (k.startsWith('l:')) links.add(k);
  }
  if (linksOf.size < 2) return false;
  const seen = new Set<string>();
  for (const links of linksOf.values()) {
    if (links.size === 0) return false;
    for (const k of links) {
      if (seen.has(k)) return false;
      seen.add(k);
    }
  }
  return true;
}

/**
 * Agreement replies and sentences naming another answerer join that answerer's groups that
 * share a key with them ("also agree with AlexiaSky that you should look into different
 * meds" meets AlexiaSky's "different muscle relaxers"). A pure agreement ("seconding
 * soundguy99") that shares no key joins the named post's largest group.
 */
function joinMentions(
  c: Candidates,
  groups: Group[],
  memberOf: Map<number, number[]>,
  join: (gi: number, uid: number) => void,
  mentions: Map<number, Mention>,
  parentKeys: ReadonlySet<string>,
): void {
  const byPerson = new Map<string, Unit[]>();
  for (const u of c.units) {
    const list = byPerson.get(u.person);
    if (list) list.push(u);
    else byPerson.set(u.person, [u]);
  }
  // A shared broad key ("meds" ~ "muscle relaxers": both c:medication) reaches the groups of its narrower concepts.
  const related = (g: Group, k: string): boolean => {
    if (g.keys.has(k)) return true;
    if (!parentKeys.has(k)) return false;
    for (const gk of g.keys) if (parentKeyOf(gk) === k) return true;
    return false;
  };
  for (const [uid, mention] of mentions) {
    const u = c.units[uid]!;
    for (const person of mention.people) {
      const theirs = (byPerson.get(person) ?? []).filter((t) => t.postIndex < u.postIndex);
      const shared = new Set<number>();
      let largest = -1;
      for (const t of theirs) {
        const its = memberOf.get(t.id);
        // A sentence in no group has none to join.
        if (its === undefined) continue;
        const common: string[] = [];
        for (const k of t.keys) if (k[0] !== 'l' && u.keys.has(k)) common.push(k);
        for (const gi of its) {
          const g = groups[gi]!;
          if (largest < 0 || g.members.size > groups[largest]!.members.size) largest = gi;
          // Join the named post's groups on the words the two sentences share, not all of its groups.
          if (common.some((k) => related(g, k))) shared.add(gi);
        }
      }
      // A reply naming someone who answered the same post ("Seconding cass." beside cass's
      // "please don't" under "just use chatgpt") backs what they said there, not their largest group.
      if (shared.size === 0 && u.replyTo !== null) {
        let near = -1;
        for (const t of theirs) {
          if (t.post.parentId !== u.post.parentId && t.post.id !== u.replyTo) continue;
          for (const gi of memberOf.get(t.id) ?? [])
            if (near < 0 || groups[gi]!.members.size > groups[near]!.members.size) near = gi;
        }
        if (near >= 0) largest = near;
      }
      // "Agree with bexley, don't go in with 90%": on the side of the one it agrees with, whatever
      // it warns of after.
      const agreeing = u.sentence.index === 0 && AGREES_WITH_SOMEONE.test(u.text);
      const sideWith = (gi: number): void => {
        const t = agreeing ? theirs.find((t) => groups[gi]!.members.has(t.id)) : undefined;
        if (t !== undefined) u.sentence.stance = t.sentence.stance;
      };
      if (shared.size > 0)
        for (const gi of shared) {
          sideWith(gi);
          join(gi, u.id);
        }
      // "Seconding kim", "be aware of the issue kikito warns": nothing of its own to advise.
      // (Nor does "Agreed with nils, I was fighting my own sleep schedule", a story after the
      // agreement the detector does not take for advice.)
      else if (
        largest >= 0 &&
        (u.tier === 'advice' || agreeing) &&
        (u.sentence.agreement || !ownAdvice(u, mention, parentKeys))
      ) {
        sideWith(largest);
        join(largest, u.id);
      }
    }
  }
}

/** An opening agreeing with someone by name: "Agreed with nils", "I agree with kim", "+1 to kim", "Seconding cass". */
const AGREES_WITH_SOMEONE =
  /^\W*(?:(?:i )?(?:totally |completely |also |fully )?agreed? with|\+ ?1 (?:to|for)|seconding|thirding|nthing) \S/i;

/**
 * A reply that opens by agreeing ("Same here", "Agreed, a must-read") joins what the answer
 * it replies to advised; one that disagrees joins it against. It joins the parent's groups
 * that share a key with it, else the group of the answer's first grouped sentence (its lead).
 */
function joinReplies(
  c: Candidates,
  groups: Group[],
  memberOf: Map<number, number[]>,
  join: (gi: number, uid: number) => void,
): void {
  const byPost = new Map<string, Unit[]>();
  for (const u of c.units) {
    const list = byPost.get(u.post.id);
    if (list) list.push(u);
    else byPost.set(u.post.id, [u]);
  }
  // An agreeing reply sides with the answer on what it advised: "Yes! Asking when you already
  // know sets them up to lie" under "Don't ask questions you know the answer to" warns too, and
  // "Agreed, never rewrite history" under "Use git revert instead" is for the revert.
  // A disagreeing one takes the other side: "I disagree about wrist rests, mine helps a lot"
  // under "Don't use wrist rests" is for them.
  const sideWith = (gi: number, u: Unit): void => {
    if (u.reply === null) return;
    const g = groups[gi]!;
    const theirs = (byPost.get(u.replyTo!) ?? []).filter((t) => g.members.has(t.id));
    if (theirs.length === 0) return;
    u.sentence.stance = warnsOf(theirs, g.keys, g.anchor) === (u.reply === 'agree') ? 'against' : 'for';
  };
  const joinAs = (gi: number, u: Unit): void => {
    sideWith(gi, u);
    join(gi, u.id);
  };
  for (const u of c.units) {
    if (!u.reply || u.replyTo === null) continue;
    // Already grouped on its own words ("Stopping doing his share worked for us" under "Then
    // stop doing his share"): it still sides with the answer there.
    if (memberOf.has(u.id)) {
      const gi = memberOf
        .get(u.id)!
        .find((g) => (byPost.get(u.replyTo!) ?? []).some((t) => groups[g]!.members.has(t.id)));
      if (gi !== undefined) sideWith(gi, u);
      continue;
    }
    const parentGroups = new Set<number>();
    for (const t of byPost.get(u.replyTo) ?? [])
      for (const gi of memberOf.get(t.id) ?? []) parentGroups.add(gi);
    if (parentGroups.size === 0) continue;
    const shared = [...parentGroups].filter((gi) => {
      for (const k of groups[gi]!.keys) if (k[0] !== 'l' && u.keys.has(k)) return true;
      return false;
    });
    if (shared.length > 0) {
      // "Vinegar works better than bleach, agreed" under an answer on both: it joins what it
      // advises, not what it names only to compare.
      const aimed = shared.filter((gi) => {
        for (const k of groups[gi]!.keys) if (u.targets.has(k)) return true;
        return false;
      });
      for (const gi of aimed.length > 0 ? aimed : shared) joinAs(gi, u);
      continue;
    }
    // "The fuse pulling trick found my problem" under an answer with a diagnosis and a fix joins
    // the fix: the one sentence of the answer whose advised words the reply takes up.
    const echoed = [...parentGroups].filter((gi) =>
      (byPost.get(u.replyTo!) ?? []).some((t) => groups[gi]!.members.has(t.id) && takesUp(c, u, t)),
    );
    if (echoed.length === 1) {
      const g = groups[echoed[0]!]!;
      // A single of the answer's, named by the word the reply opens on or takes up: both
      // people said it ("Agreed, talk first" names the talk, not the sleep talked about).
      const said = g.members.size === 1 ? nameTakenUp(c, u, g, byPost.get(u.replyTo!) ?? []) : undefined;
      if (said !== undefined) {
        g.keys.add(said);
        g.anchor = said;
      }
      joinAs(echoed[0]!, u);
      continue;
    }
    // "Seconding omeprazole" under an answer on gum seconds omeprazole: a group on what it names.
    // Not by an everyday word ("Seconding longer GAMES" under "Play longer time controls" is no
    // second to "Analyze every game you lose"): that names nothing the parent did not.
    const strong = [...u.strong].filter((k) => !k.startsWith('w:') || !isCommonWordKey(k));
    const named = strong.length === 0 ? -1 : groups.findIndex((g) => strong.some((k) => g.keys.has(k)));
    if (named >= 0) {
      joinAs(named, u);
      continue;
    }
    // Else the answer's lead: "Agree, they're like $10" under "Get a cheap hygrometer. …you need
    // a bigger fan" backs the hygrometer, however many others spoke of fans.
    const lead = (byPost.get(u.replyTo) ?? []).find((t) => memberOf.has(t.id))!;
    let largest = -1;
    for (const gi of memberOf.get(lead.id)!)
      if (largest < 0 || groups[gi]!.members.size > groups[largest]!.members.size) largest = gi;
    joinAs(largest, u);
  }
}

/** Whether reply `u` uses a word that sentence `t` advises (not the thread's topic). */
function takesUp(c: Candidates, u: Unit, t: Unit): boolean {
  for (const k of u.keys) if (k[0] !== 'l' && t.targets.has(k) && !c.titleKeys.has(k)) return true;
  return conceptTakenUp(c, u, t) !== undefined;
}

/** The key reply `u` names its parent's group `g` by, if a new one: the word it opens on, or a thing it takes up. */
function nameTakenUp(c: Candidates, u: Unit, g: Group, parent: readonly Unit[]): string | undefined {
  if (u.about !== undefined) return g.keys.has(u.about) ? undefined : u.about;
  for (const t of parent) {
    if (!g.members.has(t.id)) continue;
    const k = conceptTakenUp(c, u, t);
    if (k !== undefined) return k;
  }
  return undefined;
}

/**
 * "Agreed, TALK first" under "TALK to her about sleep first": a thing the lexicon names ("talk
 * to" is the conversation) is taken up by a word of it too. The key of that thing, if any.
 */
function conceptTakenUp(c: Candidates, u: Unit, t: Unit): string | undefined {
  for (const term of t.terms) {
    if (term.kind !== 'concept' || !t.targets.has(term.key)) continue;
    for (const k of wordKeys(t.text.slice(term.start, term.end)))
      if (u.keys.has(k) && !c.titleKeys.has(k)) return term.key;
  }
  return undefined;
}
