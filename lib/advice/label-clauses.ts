/**
 * Labels taken from a clause of the answers' own text, for the groups a noun phrase names
 * badly: what they tell the reader to do ("Put it in the fridge"), what everyone warns against
 * ("Don't apologize to her"), and one person's advice named by a bare verb ("Ignoring these
 * critical emails"). Each gives undefined when no sentence offers such a clause.
 */
import type { Unit } from './candidates';
import type { Term } from './keys';
import { IMPERATIVE_VERBS } from './detect-features';
import {
  DESCRIBING_PAIR,
  imperativeClauses,
  isLongAdverb,
  openingInstruction,
  opensWithCondition,
  shortQuote,
  VAGUE_HEADS,
} from './keys';
import { FUNCTION_WORD_SET, PARTICLES } from './stopwords';
import { stem } from './tokens';
import { instructionAfterRemark } from './thread-shape';

/** A clause short enough to read as a label: "Put it in the fridge", "Dry some of it as a backup". */
const CLAUSE_WORDS = { min: 2, max: 7 };

/**
 * What the group's own answers tell the reader to do, when one of them says it in a short
 * imperative naming the group's key: the clause said by the most-voted post, then the
 * earliest. Undefined when none does (most groups are named by a noun phrase instead).
 */
export function clauseLabel(units: readonly Unit[], named: (key: string) => boolean): string | undefined {
  let best: { text: string; rank: number } | undefined;
  // What everyone argues against is named by their own warning ("Don't leave it on the
  // counter"); otherwise a warning never names what others recommend.
  const warning = units.every((u) => u.sentence.stance === 'against');
  // …nor counts among the people whose words name it.
  const people = new Set(units.filter((u) => warning || u.sentence.stance !== 'against').map((u) => u.person))
    .size;
  for (const u of units) {
    if (u.tier !== 'advice' || (u.sentence.stance === 'against' && !warning)) continue;
    for (const [start, b] of imperativeClauses(u.text)) {
      let a = start;
      // The clause must name the group's key ("Dry some of it": the verb may be the advice), and
      // in a group of several, not only as what describes a thing of the writer's own: "Get the
      // CARTRIDGE puller tool" is about a puller, whatever five answers say of the cartridge.
      // Where the clause first names the group (-1: it does not).
      let first = -1;
      let firstEnd = -1;
      for (const t of u.terms)
        if (
          named(t.key) &&
          t.start >= a &&
          t.end <= b &&
          (first < 0 || t.start < first) &&
          !(people >= 3 && modifiesOwnThing(units, u, t, b))
        ) {
          first = t.start;
          firstEnd = t.end;
        }
      if (first < 0) continue;
      // "Commit with --fixup AND THEN run git rebase -i": the step that names the group is the
      // one after the "then".
      a = afterThen(u.text, a, first);
      let said = asSaid(u.text.slice(a, b));
      if (said !== null) said = stopWhatIfYou(said, u.text.slice(0, a));
      if (said === null) continue;
      // A clause cut by a bracket may end on the word that leads into it ("Create a composite
      // index ON | (user_id, created_at DESC)"): the words before it are the instruction.
      if (/^\s*[([]/.test(u.text.slice(b))) said = withoutDanglingEnd(said);
      // Cut inside code or a bracket ("Use const express = require"), or a question ("Have you
      // tried…"): not a readable label.
      // (A menu path's "Settings > General" is no code.)
      // (Words one person quotes as a name are no code: 'Set up "focus hours" on your calendar';
      // quoted words several say name the group by themselves, '"Leave it"'.)
      const plain = said.includes(' > ') ? said.replace(MENU_STEP, ' ') : said;
      if (
        /[()[\]{}=<>`"]/.test(people === 1 ? plain.replace(QUOTED_WORDS, 'Q') : plain) ||
        /^(?:have|has|did|do|does)\s+(?:you|they|he|she)\b/i.test(said)
      )
        continue;
      // "Seconding the thermal paste" agrees; what it agrees to is named by the group's words.
      if (AGREEING.test(said)) continue;
      if (isCheer(said, u.text.slice(b))) continue;
      let text = withinLimit(said);
      // Cut before the very thing the group is named by ("Ask your vet | about gabapentin"): the
      // words through it, when few enough ("Ask your vet about gabapentin").
      if (first - a >= text.length && said === u.text.slice(a, b)) {
        const through = said.slice(0, firstEnd - a);
        // …where its phrase ends there ("keep clear | heads" does not).
        const next = /^\s*([\p{L}']+)/u.exec(said.slice(firstEnd - a))?.[1]?.toLowerCase();
        if (
          through.split(/\s+/).length <= CLAUSE_WORDS.max &&
          (next === undefined || PHRASE_ENDS_BEFORE.has(next) || opensClause(next))
        )
          text = through;
      }
      // Cut before the words several people use ("pull the lever off | and replace the
      // cartridge"): the instruction that names them is the one after the "and". (One or two
      // people's words may be the thread's own, "…and taste it as you go".)
      // So is what one goes to someone for ("See your dentist | and get a custom night guard").
      const and = said.lastIndexOf(' and ', first - a);
      const step = /^\p{Ll}+/u.exec(said.slice(and + 5))?.[0] ?? '';
      const goesFor = GOING_TO.test(said) && IMPERATIVE_VERBS.has(step);
      if ((people >= 3 || goesFor) && first - a >= text.length && and > 0)
        text = withinLimit(said.slice(and + 5));
      const words = text.split(/\s+/).filter((w) => w !== '>').length;
      if (words < CLAUSE_WORDS.min || words > maxWords(text)) continue;
      if (people >= 3 && !saidByMany(units, text, people)) continue;
      const rank = -(u.post.score ?? 0) * 1000 + u.id;
      if (!best || rank < best.rank) best = { text, rank };
    }
  }
  return best?.text;
}

/** A first step of going to someone: "See your dentist…", "Call the vet…". */
const GOING_TO = /^(?:see|visit|call|consult|talk to|go to|ask (?:your|a|an|the))\s/i;

/** A step's "then": ", then", " and then", " then ". */
const THEN = /(?:,\s*|\s+)(?:and\s+)?then\s+/g;

/** Where the last step before offset `first` of the clause starting at `a` starts (`a` if it has no "then"). */
function afterThen(text: string, a: number, first: number): number {
  const before = text.slice(a, first);
  if (!before.includes('then')) return a;
  let from = a;
  THEN.lastIndex = 0;
  for (let m = THEN.exec(before); m !== null; m = THEN.exec(before)) from = a + m.index + m[0].length;
  return from;
}

/**
 * Whether a word term only describes the word after it in its clause ("the CARTRIDGE puller",
 * "the new CARTRIDGE O-rings"), a thing of its own that no one else in the group names so.
 */
function modifiesOwnThing(units: readonly Unit[], u: Unit, t: Term, clauseEnd: number): boolean {
  if (t.kind !== 'word') return false;
  const next = /^[ -]([\p{L}][\p{L}'-]*)/u.exec(u.text.slice(t.end, clauseEnd));
  if (next === null || FUNCTION_WORD_SET.has(next[1]!.toLowerCase())) return false;
  const phrase = u.text.slice(t.start, t.end + next[0].length).toLowerCase();
  return !units.some((o) => o.person !== u.person && o.text.toLowerCase().includes(phrase));
}

/**
 * An imperative clause as a label can show it, or null when it tells nothing to do. What it
 * opened with is the subject where a verb follows that says how it went ("Exercise during the
 * day | helps a lot"): the label is that subject. A verb "to be" after its opening words makes
 * it a statement ("Time Out Market is fun but overpriced"), unless a word like "sure", "that"
 * or "if" brings it ("Make sure the pot is dry"). "For sure" and the like after a name only
 * stress it ("Sintra for sure").
 */
function asSaid(clause: string): string | null {
  // "…every day | and don't leave fruit out": a warning joined on is a second instruction.
  const text = clause
    .replace(/\s(?:and|but)\s(?:don't|do not|never|no)\s.*$/iu, '')
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(STRESS_TAIL, '');
  const outcome = OUTCOME_AFTER_SUBJECT.exec(text);
  if (outcome) return text.slice(0, outcome.index);
  if (COPULA_AFTER_OPENING.test(text)) return null;
  return text;
}

const STRESS_TAIL = /\s+(?:for sure|hands down|without a doubt|definitely|absolutely|though)$/i;

/** "X during the day helps a lot", "X before bed worked wonders": X said to have helped. */
const OUTCOME_AFTER_SUBJECT =
  /(?<!\b(?:it|that|this|what|which|who|sure|if|whether|one|something|anything|nothing))\s+(?:helps|helped|works|worked|does wonders|did wonders|(?:makes|made) (?:a|all the|a huge|a big) difference)\b/i;

/**
 * An opening of a few words followed by "is", "are"…, with no word that brings a clause ("Say
 * you were sick", "Tell them it's urgent" tell the reader what to say).
 */
const COPULA_AFTER_OPENING =
  /^(?!(?:\S+\s+){0,4}?(?:sure|that|if|whether|what|how|when|where|which|who|why|because|so|say|tell|pretend|assume|explain|mention|admit|claim|remember|accept)\b)(?:\S+\s+){1,4}?(?:is|are|was|were|isn't|aren't|wasn't|weren't)\b/i;

/** Verbs that have a thing done ("get it tested", "have it checked"). */
const CAUSATIVES: ReadonlySet<string> = new Set(['get', 'have']);

/**
 * Whether what a clause tells the reader to do is what the group says: its verb is in the
 * words of, or agreed to by, a third of the group's people (at least two). "Put the NSA on
 * trial" is one person's of the 28 who name the NSA; "Put it in the fridge" is ann's, and
 * seconded by the two others.
 */
function saidByMany(units: readonly Unit[], clause: string, people: number): boolean {
  // The verb in any form: its stem as a word's start ("mount" in "mounted", "rememb" in
  // "remember"). A test of the text, not a tokenisation: big groups ask this of many clauses.
  // "Get the battery TESTED", "have it CHECKED": a light verb's deed is its clause's last word.
  const words = clause.split(/\s+/);
  const first = words[0]!.toLowerCase();
  const deed =
    CAUSATIVES.has(first) && /ed$/i.test(words[words.length - 1]!) ? words[words.length - 1]! : first;
  const verb = stem(deed.toLowerCase()).replace(/[^\p{L}\p{N}]/gu, '');
  const said = new RegExp(`(?<![\\p{L}\\p{N}])${verb}`, 'iu');
  const saying = new Set<string>();
  for (const u of units) {
    if (saying.has(u.person)) continue;
    // "Agree about the car" says it again, as "Seconding…" does.
    if (u.sentence.agreement || u.reply === 'agree' || AGREEING.test(u.text) || said.test(u.text))
      saying.add(u.person);
  }
  return saying.size >= Math.max(2, Math.ceil(people / 3));
}

/**
 * "If you smoke, | stop for a week": a bare "stop" or "quit" after "if you" and a verb stops what
 * that verb does ("Stop smoking for a week"); the label would otherwise say nothing.
 */
function stopWhatIfYou(said: string, before: string): string {
  const stop = /^(stop|quit)\b(?!\s+\p{L}+ing\b)/iu.exec(said);
  const doing = stop && /^\W*if you (\p{L}+)\s*,\s*$/iu.exec(before);
  if (!stop || !doing) return said;
  const verb = doing[1]!.toLowerCase();
  // "smoke" → "smoking", "vape" → "vaping", "drink" → "drinking".
  const ing = /[^e]e$/.test(verb) ? `${verb.slice(0, -1)}ing` : `${verb}ing`;
  return `${stop[1]} ${ing}${said.slice(stop[1]!.length)}`;
}

/** Words that open an agreement, not an instruction ("Seconding the thermal paste"). */
const AGREEING =
  /^(?:seconding|thirding|fourthing|nthing|\d+th-?ing|n-?th-?ing|second|seconded|agree|agreed|another vote)\b|^\+?1\s+(?:for|to|on)\b/i;

/** "Go government!", "So, okay, go Snowden.": a cheer (the clause and what follows it), not something to do. */
function isCheer(clause: string, after: string): boolean {
  const cheer = /^go\s+(\S+)$/i.exec(clause);
  return cheer !== null && (/^\p{Lu}/u.test(cheer[1]!) || /^\s*!/.test(after));
}

/** Words that turn what follows into a warning ("don't apologize", "avoid ice", "never use heat"). */
const WARNING_CUE =
  /^no(?= )|\b(?:don'?t|do not|never|avoid(?:ing)?|stop|quit|ditch|skip|stay away from|steer clear of|try not to|(?:should|must)(?:n't| not)|can'?t|cannot)\b(?! you\b)/giu;

/**
 * For a group everyone argues against, the warning as one of them words it: from its cue to
 * the end of the clause ("PLEASE don't apologize to her, …" → "don't apologize to her"), or to
 * the key when the clause runs long. The most-voted post's, then the earliest; undefined when
 * no sentence puts a cue before the key in the same clause.
 */
/** Where a sentence's first warning cue starts ("don't", "never", "avoid", an opening "No"), or -1. */
export function warningAt(text: string): number {
  WARNING_CUE.lastIndex = 0;
  const m = WARNING_CUE.exec(text);
  return m ? m.index : -1;
}

/**
 * A long warning's opening, through the thing warned against and on until another clause
 * starts or the label would grow too long ("Don't leave the dough out | once it has doubled"),
 * never ending on a word that leads on.
 */
function warningHead(text: string, cue: number, termEnd: number): string {
  // "your TRADE-in": the word goes on past its hyphen.
  const joined = /^-[\p{L}\p{N}]+/u.exec(text.slice(termEnd));
  if (joined) termEnd += joined[0].length;
  const words = text.slice(cue, termEnd).split(/\s+/).filter(Boolean);
  const head = words.length;
  for (const m of text.slice(termEnd).matchAll(/\S+/g)) {
    const w = m[0].replace(/\W+$/u, '').toLowerCase();
    // Not into another clause, nor into a word that is no plain word ("-professed", "'maturity'").
    if (
      words.length >= CLAUSE_WORDS.max ||
      CLAUSE_OPENERS.has(w) ||
      SUBJECTS.has(w) ||
      onceClause(w, m.index, text.slice(termEnd))
    )
      break;
    if (!/^[\p{L}\p{N}]/u.test(m[0])) break;
    words.push(m[0]);
    if (/[.,;:!?]$/.test(m[0])) break;
  }
  const leadsOn = (word: string): boolean => {
    const lower = word.replace(/\W+$/u, '').toLowerCase();
    // …nor into when ("a big meal RIGHT | before the drive"), nor into how much ("your weekly
    // mileage | BY MORE than 10%").
    return (
      DANGLING.has(lower) ||
      PREPOSITIONS.has(lower) ||
      LEADS_TO_WHEN.has(lower) ||
      lower === 'more' ||
      lower === 'less' ||
      lower === 'fewer'
    );
  };
  while (words.length > head && leadsOn(words[words.length - 1]!)) words.pop();
  return words.join(' ').replace(/[\s,;:.!?]+$/u, '');
}

/** A clause without the small words it ends on past `keep` characters: "…StrictMode to" → "…StrictMode". */
function withoutDangling(clause: string, keep: number): string {
  let end = clause.length;
  for (;;) {
    const m = /\s+(\S+)$/u.exec(clause.slice(0, end));
    if (m === null || m.index < keep) break;
    const w = m[1]!.toLowerCase();
    if (!DANGLING.has(w) && !PREPOSITIONS.has(w)) break;
    end = m.index;
  }
  return clause.slice(0, end);
}

export function warningLabel(units: readonly Unit[], named: (key: string) => boolean): string | undefined {
  let best: { text: string; rank: number } | undefined;
  for (const u of units) {
    // (A word or three in scare quotes reads on: "Don't wait until you "feel ready"".)
    const text = u.text.replace(/\u2019/g, "'").replace(SCARE_QUOTED, (m) => ` ${m.slice(1, -1)} `);
    for (const t of u.terms) {
      if (!named(t.key) || t.end <= t.start) continue;
      let cue = -1;
      WARNING_CUE.lastIndex = 0;
      for (let m = WARNING_CUE.exec(text); m && m.index < t.start; m = WARNING_CUE.exec(text)) cue = m.index;
      if (cue < 0 || CLAUSE_BREAK.test(text.slice(cue, t.start))) continue;
      const rest = CLAUSE_BREAK.exec(text.slice(t.end));
      const clause = u.text.slice(cue, rest ? t.end + rest.index : text.length).trim();
      // (A clause one word over whose last word ends the thing's name is kept whole: "Don't buy
      // one of those ultrasonic bark DETERRENTS", not cut inside the name.)
      // (Nor one two words over that ends on who does what to it: "Don't ask QUESTIONS you
      // already know the answer to", not "Don't ask questions".)
      const count = wordCount(clause);
      const after = u.text.slice(t.end, cue + clause.length);
      const whole =
        count <= CLAUSE_WORDS.max ||
        (count === CLAUSE_WORDS.max + 1 && /^[ -]\p{L}+$/u.test(after)) ||
        (count <= CLAUSE_WORDS.max + 2 && (CONTACT_CLAUSE.test(after) || OR_SAME_HEAD.test(after)));
      // (Whole but cut at a quote, it still ends on a word of its own: "Don't remove StrictMode
      // TO | "fix" it".)
      const quoteCut = rest !== null && /^["(]/.test(rest[0]);
      const phrase = whole
        ? quoteCut
          ? withoutDangling(clause, t.end - cue)
          : clause
        : warningHead(u.text, cue, t.end);
      const words = wordCount(phrase);
      if (words < CLAUSE_WORDS.min || words > Math.max(CLAUSE_WORDS.max, whole ? count : 0)) continue;
      const rank = -(u.post.score ?? 0) * 1000 + u.id;
      if (!best || rank < best.rank) best = { text: phrase, rank };
      break;
    }
  }
  return best?.text;
}

/**
 * A word or three in quotes after whom they are said of: "until you "feel ready"" (not a purpose
 * that ends the warning: "Don't remove StrictMode | to "fix" it").
 */
const SCARE_QUOTED =
  /(?<=\b(?:you|they|we|he|she|i|it|them|him|her) )["“](?=\S)[^"“”\s]+(?: [^"“”\s]+){0,2}["”]/g;

/**
 * The other kind of the same thing, to its name's end: "Stop using a glass OR STONE CUTTING
 * BOARD", not "Stop using a glass".
 */
const OR_SAME_HEAD = /^ or \p{Ll}+(?: \p{Ll}+){1,2}$/u;

/** A clause on the thing with no "that" bringing it: "(questions) you already know the answer to". */
const CONTACT_CLAUSE = /^(?: \p{L}+)? (?:you|they|he|she|we|i)(?: [\p{L}'\u2019]+){1,5}$/u;

/** Where a clause ends, for a warning's label. */
const CLAUSE_BREAK = /[;:!?,()"]|\.(?!\w)|\s(?:[-–—]|--)\s|\s(?:in order|so that|such that)\b/u;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Words that start another clause or a clause of its own: a widened label stops before them. */
const CLAUSE_OPENERS = new Set(
  'that which who whom whose whether when where while because since if unless until but and or so although though as i you we they he she is are was were can could will would should'.split(
    ' ',
  ),
);

/** Subject pronouns: never the object a verb is widened by. */
const SUBJECTS = new Set('i we they he she'.split(' '));

/**
 * Words a label cut short does not end on ("the logistics of" → "the logistics"; "Make sure the
 * CPU fan IS REALLY | spinning" → "Make sure the CPU fan").
 */
export const DANGLING: ReadonlySet<string> = new Set(
  'a an the of to in on at for with without and or by from my your their his her its our onto into about over under through via inside outside within behind beside across same other whole entire least most very every each next near than you as along alongside even what which really fully is are was were'.split(
    ' ',
  ),
);

/** Words that lead into a clause of when or why: a label cut short inside it ends before them ("Wait until you're calm | before…"). */
const LEADS_CLAUSE: ReadonlySet<string> = new Set(
  'before after until till while whenever because if unless'.split(' '),
);

const PREPOSITIONS = new Set('of to in on at for with by from about into onto over under'.split(' '));

/** A step of a menu path between two capitalised names: "Settings > General > iPhone Storage". */
const MENU_STEP = /(?<=\p{Lu}[\p{L}\p{N}]*) > (?=\p{L})/gu;

/** Words before "a day", "a time" that make it how often ("twice a day", "one at a time"). */
const HOW_OFTEN_BEFORE = /^(?:once|twice|thrice|one|times?|\d+|at|per)$/i;

/** Units a number says how much in ("6 inches", "20 minutes", "400 mg"). */
const MEASURES =
  /^(?:inch|inches|in|cm|mm|feet|foot|ft|meters?|metres?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|mg|g|grams?|ml|oz|ounces?|pounds?|lbs?|kg|degrees?|times?|percent|%)\b/i;

/**
 * "Make sure each app instance uses one pool": the words that only frame an instruction count
 * as one, so an instruction with no place to cut it is not lost for one word.
 */
const FRAMED = /^(?:make sure|be sure to|remember to)\s/i;

function maxWords(text: string): number {
  return FRAMED.test(text) ? CLAUSE_WORDS.max + 1 : CLAUSE_WORDS.max;
}

/**
 * A clause one or two words over the limit, without the long adverbs inside it, which say how
 * ("look for one specifically for people with injuries" → "look for one for people with
 * injuries"); as it was when that does not bring it within `CLAUSE_WORDS.max`. Its first and
 * last words stay ("Immediately stop…", "…and stir it constantly" say what to do).
 */
function withinLimit(text: string): string {
  const words = text.split(/\s+/).filter(Boolean);
  // A menu path's "Settings > Battery" counts its names, not its arrows.
  const max = CLAUSE_WORDS.max + words.filter((w) => w === '>').length;
  if (words.length <= max) return text;
  // "Mix A TABLESPOON OF hydrogen peroxide with A TEASPOON OF dish soap": the amounts go first.
  const unmeasured = text.replace(AMOUNT_OF, '');
  if (unmeasured !== text) return withinLimit(unmeasured);
  // "Start with a simpler yeasted no-knead bread | first": when, said last, is the first to go.
  if (words.length === max + 1 && TRAILING_WHEN.has(words.at(-1)!.replace(/\W+$/u, '').toLowerCase()))
    return words.slice(0, -1).join(' ');
  const adverb = words.map(
    (w, i) => i > 0 && i < words.length - 1 && isLongAdverb(w.replace(/\W+$/u, '').toLowerCase()),
  );
  // ("Roll firmly and evenly without…": the "and" between two goes with them.)
  const kept = words.filter(
    (w, i) => !adverb[i] && !(/^(?:and|or)$/i.test(w) && adverb[i - 1] === true && adverb[i + 1] === true),
  );
  if (kept.length <= max) return kept.join(' ');
  // Else what it says up to where it starts saying what about, when, why (see cutIndex).
  const at = cutIndex(kept);
  if (at >= 3 && at <= max) return cutAt(kept, at);
  // The adverbs kept when the cut comes after them: "Water deeply and regularly | so the soil
  // never dries out" (without them, "Water and | so…" has no place to cut).
  const whole = kept.length < words.length ? cutIndex(words) : -1;
  return whole >= 3 && whole <= max ? cutAt(words, whole) : text;
}

/** An amount before its "of": "a tablespoon of", "2 cups of", "a few drops of". */
const AMOUNT_OF =
  /\b(?:an?|one|two|three|half an?|a few|a couple of|\d+(?:\/\d+)?)\s+(?:tablespoons?|teaspoons?|tbsp|tsp|cups?|splash|dash|pinch|drops?|spoonfuls?|handfuls?|squeeze|sprinkle|capfuls?|scoops?)\s+of\s+/gi;

/** Words of when that may end an instruction, and go first when its label is too long. */
const TRAILING_WHEN: ReadonlySet<string> = new Set([
  'first',
  'now',
  'instead',
  'too',
  'again',
  'then',
  'today',
]);

/** Where a long clause is cut for a label (see withinLimit), or -1. */
function cutIndex(kept: readonly string[]): number {
  // Where it starts saying what about, when, why ("Talk to your advisor | about setting
  // deadlines for each chapter").
  // Not where "about" brings what is read or learnt ("Read up a little ABOUT the infiltration").
  // …or where "and" brings the next instruction ("Carry high value treats | and reward him…"),
  // or "at" the place ("Get the battery tested | at an auto parts store"; not "Look at…", "at least"),
  // or a number how much ("Raise the head of your bed | 6 inches").
  // (A cut before the third word would leave no label: "Pick them | when they start to colour"
  // looks on for the next instruction, "…colour | and let them ripen", and for nothing else
  // inside its clause: not "keep it until shortly | before it stops working".)
  const early = kept.slice(1, 3).some((w) => CLAUSE_CUTS.has(w.toLowerCase()));
  const cut = kept.findIndex((w, i) => {
    if (i < 3) return false;
    const lower = w.toLowerCase();
    // …or where "rather than" brings what it is not ("Check if it's etching | rather than hard water").
    if (lower === 'rather') return kept[i + 1]?.toLowerCase() === 'than';
    if (early && lower !== 'and') return false;
    // …or where a clause about "one" starts with its subject ("Get a tall, heavy one | she can
    // stretch out on").
    if (i >= 4 && /^(?:she|he|they|you|we)$/.test(lower) && /^(?:one|ones)$/.test(kept[i - 1]!)) return true;
    // …or where a comma ends what it tells to do ("Switch to lighter gauge strings, | 10s or 11s…"),
    // not between describing words after an article ("Get a tall, | heavy one").
    // (Nor between describing words: "for shorter, | more frequent deadlines".)
    if (kept[i - 1]!.endsWith(','))
      return (
        !/^(?:a|an|the)$/i.test(kept[i - 2] ?? '') &&
        !DESCRIBING_PAIR.test(kept.slice(i - 1, i + 3).join(' '))
      );
    // …or where it says how often ("Do a full run through | at least three times").
    if (lower === 'at' && AT_MEASURE_LEAD.has(kept[i + 1]?.toLowerCase() ?? '') && howOften(kept, i + 2))
      return i >= 3;
    if (lower === 'instead') return i >= 3 && kept[i + 1]?.toLowerCase() === 'of';
    // …or where "the rest of" says when ("Turn off notifications | the rest of the day"), and
    // "the moment" or "the minute" ("Get on Tokyo time | the moment you board").
    if (lower === 'the')
      return (
        (/^(?:rest|remainder)$/i.test(kept[i + 1] ?? '') && kept[i + 2]?.toLowerCase() === 'of') ||
        (/^(?:moment|minute|second|instant)$/i.test(kept[i + 1] ?? '') &&
          /^(?:you|your|it|they|he|she|we|the)$/i.test(kept[i + 2] ?? ''))
      );
    // …or where "as soon as", "as long as" bring when or on what terms ("Wash and dry it
    // thoroughly | as soon as you get home").
    // …or where the "as" of "as many" brings its clause ("Bring twice as many snacks | as you think you need").
    if (lower === 'as')
      return (
        (/^(?:soon|long)$/i.test(kept[i + 1] ?? '') && kept[i + 2]?.toLowerCase() === 'as') ||
        (/^(?:you|you'd|you'll|they|he|she|we|i)$/i.test(kept[i + 1] ?? '') &&
          kept
            .slice(1, i - 1)
            .some((w, k) => w.toLowerCase() === 'as' && /^(?:many|much)$/i.test(kept[k + 2] ?? '')))
      );
    // …or where "or" brings the other choice ("Practice in front of a friend | or your partner").
    if (lower === 'or') return i >= 4 && OTHER_CHOICE.has(kept[i + 1]?.toLowerCase() ?? '');
    if (lower === 'at')
      return (
        i >= 3 &&
        !AT_MEASURE.has(kept[i + 1]?.toLowerCase() ?? '') &&
        // "Keep the guitar at 45 to 55% humidity": how much, not where.
        !/^\d/.test(kept[i + 1] ?? '') &&
        // "one at a time": how, not where.
        !/^times?\b/i.test(kept[i + 2] ?? '')
      );
    // (Not a name in capitals: "Join a Shut Up and Write session".)
    // ("Thank him for the alert | and then call him away": "then" may stand between.)
    if (lower === 'and') {
      const at = kept[i + 1] === 'then' ? i + 2 : i + 1;
      const next = kept[at];
      // A word the lists do not know is a verb when "it" or "them" follows ("…and TASTE it").
      return (
        /^\p{Ll}/u.test(next ?? '') &&
        (IMPERATIVE_VERBS.has(next!) ||
          // "…and REBUILD with perfect form": a listed verb done again.
          (next!.startsWith('re') && IMPERATIVE_VERBS.has(next!.slice(2))) ||
          /^(?:it|them)\b/.test(kept[at + 1] ?? ''))
      );
    }
    if (lower === 'once') return i >= 3 && ONCE_SUBJECT.test(kept[i + 1] ?? '');
    // …or where it says how often ("Wipe the condensation off the glass | every morning").
    if (lower === 'every') return i >= 3 && EVERY_WHEN.has(kept[i + 1]?.toLowerCase() ?? '');
    // …or where it says how long ("Hold your breath | for as long as you can").
    if (lower === 'for' && kept[i + 1]?.toLowerCase() === 'as') return true;
    // …"for a few days", "for two weeks", "for 10 minutes".
    if (lower === 'for') return i >= 3 && forHowLong(kept, i + 1);
    // …or where a number says how much ("Raise the head of your bed | 6 inches with blocks"),
    // or "an" says how long ("Take it out of the fridge | an hour before"; not how often: "twice
    // a day", "one at a time").
    // (Not the far end of a range: "Try 12 to | 16 hours" would cut the range in two.)
    // (Nor an amount that says which one, after its article: "Go for a | 10 minute walk"; nor
    // one that says by how much: "Try going to bed | 30 minutes earlier".)
    if (/^\d/.test(lower))
      return (
        i >= 3 &&
        MEASURES.test(kept[i + 1] ?? '') &&
        !rangeEnd(kept, i) &&
        !/^(?:a|an|the)$/i.test(kept[i - 1]!) &&
        !atLeast(kept, i) &&
        !/^(?:earlier|later|sooner|longer|shorter|less|more|fewer)\b/i.test(kept[i + 2] ?? '')
      );
    // ("Turn off the AC | a couple of minutes before…", "| a few hours ahead".)
    if (lower === 'a' || lower === 'an')
      return (
        i >= 3 &&
        (MEASURES.test(kept[i + 1] ?? '') || fewOf(kept, i + 1)) &&
        !HOW_OFTEN_BEFORE.test(kept[i - 1]!) &&
        !atLeast(kept, i)
      );
    // …or where "over" brings where it goes ("Wipe a very thin layer of oil | over the whole pan").
    if (lower === 'over') return i >= 4 && /^(?:the|your|its|their|a|an)$/i.test(kept[i + 1] ?? '');
    // …or where "so" brings what it is for ("Water deeply | so the soil never dries out").
    if (lower === 'so') return i >= 3 && SO_WHAT.has(kept[i + 1]?.toLowerCase() ?? '');
    // (Not "before" or "after" ending a time: "Water them well the day before | and move them…".)
    if ((lower === 'before' || lower === 'after') && /^(?:and|then)$/i.test(kept[i + 1] ?? '')) return false;
    // ("no more than | about 2-3 days": "about" is "roughly" inside a measure, no circumstance.)
    return (
      CLAUSE_CUTS.has(lower) &&
      !(
        lower === 'about' &&
        (ABOUT_TAKERS.has(kept[i - 1]!.toLowerCase()) ||
          (/^(?:than|to)$/i.test(kept[i - 1]!) && /^\d/.test(kept[i + 1] ?? '')))
      )
    );
  });
  // "Set up a transfer | the day after payday": the day goes with what says which one (not "in
  // the morning | before you open email", a time of its own).
  if (
    cut >= 5 &&
    /^(?:after|before)$/i.test(kept[cut]!) &&
    DAY_OF.test(kept[cut - 1]!) &&
    /^the$/i.test(kept[cut - 2]!) &&
    !PREPOSITIONS.has(kept[cut - 3]!.toLowerCase())
  )
    return cut - 2;
  // Failing those, before a second thing joined on ("Keep all your photos | and the move-out date").
  return cut >= 3
    ? cut
    : kept.findIndex(
        (w, i) => i >= 3 && w.toLowerCase() === 'and' && OTHER_CHOICE.has(kept[i + 1]?.toLowerCase() ?? ''),
      );
}

/** A clause without the small words it ends on that lead on to what was cut off. */
function withoutDanglingEnd(clause: string): string {
  const words = clause.split(/\s+/).filter(Boolean);
  return words.length > 3 ? cutAt(words, words.length) : clause;
}

/** The words before `cut`, never ending on a word that leads on ("…up to | about a foot"). */
/**
 * Words that only lead on to what follows them. Narrower than DANGLING on purpose: a pronoun or
 * article may end a short label ("Talk to her"), which DANGLING would cut to "Talk to".
 */
const LEADS_ONLY: ReadonlySet<string> = new Set(
  'and or for with to of in on at by from into than as'.split(' '),
);

/** Subjects of a clause on the thing named before them ("a dataset YOU care about"). */
const RELATIVE_SUBJECTS: ReadonlySet<string> = new Set(['you', "you're", 'they', 'we', 'i', 'he', 'she']);

/**
 * Whether the words up to `end` close a clause on what was named, on its preposition: "a dataset
 * you care ABOUT", "a subject you're interested IN", where the clause ends there (the sentence
 * ends, or "and", "or", "but", "then" go on).
 */
function closesRelative(kept: readonly string[], end: number): boolean {
  if (end < 4 || !PREPOSITIONS.has(kept[end - 1]!.toLowerCase().replace(/\W+$/u, ''))) return false;
  const next = kept[end]?.toLowerCase();
  return (
    RELATIVE_SUBJECTS.has(kept[end - 3]!.toLowerCase()) &&
    !FUNCTION_WORD_SET.has(kept[end - 2]!.toLowerCase()) &&
    (next === undefined || /^(?:and|or|but|then)$/.test(next) || /[,;:.!?]$/u.test(kept[end - 1]!))
  );
}

function cutAt(kept: readonly string[], cut: number): string {
  // Never ending on a word that leads on ("Remove the bottom leaves up to | about a foot").
  let end = cut;
  // "Leave it ON | for 5 min": the particle of a verb after its pronoun object stays.
  const particleOfIt = (at: number): boolean =>
    at >= 3 &&
    PARTICLES.has(kept[at - 1]!.toLowerCase()) &&
    /^(?:it|them)$/i.test(kept[at - 2]!) &&
    OBJECT_PARTICLE_VERBS.has(kept[0]!.toLowerCase());
  // ("Try resettling FOR", "Get dressed AND": a third word that only leads on goes too.)
  if (end === 3 && LEADS_ONLY.has(kept[2]!.toLowerCase()) && !particleOfIt(3))
    return kept.slice(0, 2).join(' ');
  while (
    !particleOfIt(end) &&
    end > 3 &&
    (DANGLING.has(kept[end - 1]!.toLowerCase()) || LEADS_TO_WHEN.has(kept[end - 1]!.toLowerCase())) &&
    // "Keep the routine THE SAME | every night": "the same" ends its phrase.
    !(kept[end - 1]!.toLowerCase() === 'same' && kept[end - 2]?.toLowerCase() === 'the') &&
    // "Check in Device Manager what chip IT IS | (Intel…)": a clause closed on its verb.
    !(
      /^(?:is|are|was|were)$/i.test(kept[end - 1]!) &&
      /^(?:it|they|he|she|you|we|i|this|that)$/i.test(kept[end - 2] ?? '')
    ) &&
    // "Find where they come IN": a particle its verb needs, not a word leading on.
    !(PARTICLES.has(kept[end - 1]!.toLowerCase()) && PARTICLE_VERBS.has(kept[end - 2]!.toLowerCase())) &&
    // "Get a real dataset you care ABOUT | and load it": a clause on what is named, closed.
    !closesRelative(kept, end) &&
    // "Put your shoes ON | and do five minutes": the verb's particle after its object, the clause ending there.
    !(
      end === cut &&
      /^(?:and|then)$/i.test(kept[cut] ?? '') &&
      PARTICLES.has(kept[end - 1]!.toLowerCase()) &&
      OBJECT_PARTICLE_VERBS.has(kept[0]!.toLowerCase())
    )
  )
    end--;
  if (end < cut && kept[end]!.toLowerCase() === 'to' && LEADING_TO.has(kept[end - 1]!.toLowerCase())) end--;
  // "Keep them somewhere cool AND OUT | of direct sun": a second place begun and cut is left off.
  if (
    end > 4 &&
    /^(?:and|or)$/i.test(kept[end - 2]!) &&
    PARTICLES.has(kept[end - 1]!.toLowerCase()) &&
    (kept[end]?.toLowerCase() === 'of' || kept[end]?.toLowerCase() === 'from')
  )
    end -= 2;
  // "…extension to turn | it off": a purpose cut from what it acts on goes whole.
  if (
    end === cut &&
    end > 4 &&
    kept[end - 2]!.toLowerCase() === 'to' &&
    /^(?:it|them|him|her|this|that)$/i.test(kept[end] ?? '')
  )
    end -= 2;
  // "Check the model number STAMPED | inside the tank": a participle said of the thing, cut from
  // where it is, goes too (not the deed of "Keep it COVERED | in the fridge", "Get it TESTED | at…").
  if (
    end < kept.length &&
    end > 3 &&
    /^[a-z]{4,}ed$/.test(kept[end - 1]!) &&
    !NOT_PARTICIPLES.has(kept[end - 1]!) &&
    DANGLING.has(kept[end]!.toLowerCase()) &&
    !DANGLING.has(kept[end - 2]!.toLowerCase()) &&
    !PARTICIPLE_DEEDS.has(kept[0]!.toLowerCase()) &&
    !/^(?:it|them|him|her|is|are|be|been|being|was|were|get|got)$/i.test(kept[end - 2]!)
  )
    end--;
  return kept
    .slice(0, end)
    .join(' ')
    .replace(/[\s,;:–—-]+$/u, '');
}

/** Words in "-ed" that are no participle: "a hundred", "the thread". */
const NOT_PARTICIPLES: ReadonlySet<string> = new Set(
  'hundred thread spread flatbed seabed sunbed instead indeed proceed exceed succeed'.split(' '),
);

/** Verbs whose object a participle after it finishes: "keep it covered", "leave them soaked". */
const PARTICIPLE_DEEDS: ReadonlySet<string> = new Set('keep leave get have make want need like'.split(' '));

/** What "every" says how often with: "every morning", "every day". */
const EVERY_WHEN: ReadonlySet<string> = new Set(
  'day morning night evening week weekend month year hour time'.split(' '),
);

/** Verbs whose particle may follow their object: "put your shoes on", "turn the router off". */
const OBJECT_PARTICLE_VERBS: ReadonlySet<string> = new Set(
  'put take turn switch try pull shut hang throw keep leave cut wipe clean wash'.split(' '),
);

/** Verbs a particle completes ("come in", "log out"), where it leads on to no place. */
const PARTICLE_VERBS: ReadonlySet<string> = new Set(
  'come comes coming came get gets getting go goes going break breaks breaking log sign check move settle give turn plug back'.split(
    ' ',
  ),
);

/** What a "once" that starts a clause goes on with ("once THE flour goes in"), not "once a week". */
const ONCE_SUBJECT = /^(?:the|it|you|your|they|he|she|we|its|this|that|these|those|everything|all)\b/i;

/** Whether the word at `at` of `rest` is a "once" that starts when ("…once the flour goes in"). */
function onceClause(w: string, at: number, rest: string): boolean {
  return w === 'once' && ONCE_SUBJECT.test(rest.slice(at + 5).trimStart());
}

/** What opens another thing after "or" or "and" ("…a friend or YOUR partner"), not another verb or clause. */
const OTHER_CHOICE: ReadonlySet<string> = new Set('a an the your my some another any'.split(' '));

/** A time a "the … after" or "the … before" says: "the day after payday", "the night before". */
const DAY_OF = /^(?:day|night|morning|evening|week|month|year|weekend)$/i;

/** Whether words from `at` say how often: "(at least) three times", "twice". */
function howOften(words: readonly string[], at: number): boolean {
  const w = words[at]?.toLowerCase() ?? '';
  if (w === 'once' || w === 'twice') return true;
  return /^times?\b/i.test(words[at + 1] ?? '');
}

/** Whether the words from `at` say how long: "a few days", "two weeks", "10 minutes", "a couple of weeks". */
function forHowLong(words: readonly string[], at: number): boolean {
  return howLongEnd(words, at) >= 0;
}

/** Where the span of time from `at` ends (its measure's index), or -1 when the words say no span. */
export function howLongEnd(words: readonly string[], at: number): number {
  // ("for the first couple of weeks": five words at most before the measure.)
  for (let k = at; k < at + 5 && k < words.length; k++) {
    const w = words[k]!;
    if (MEASURES.test(w) && !/^(?:in|g|times?|%)\b/i.test(w)) return k > at ? k : -1;
    if (!HOW_LONG_LEAD.has(w.toLowerCase()) && !/^\d/.test(w)) return -1;
  }
  return -1;
}

/** Whether the words from `at` are "few minutes", "couple of hours": a span after "a". */
function fewOf(words: readonly string[], at: number): boolean {
  const w = words[at]?.toLowerCase();
  if (w === 'few') return MEASURES.test(words[at + 1] ?? '');
  return w === 'couple' && words[at + 1]?.toLowerCase() === 'of' && MEASURES.test(words[at + 2] ?? '');
}

/** What a "so" that says what for goes on with: a subject ("so THE soil…", "so YOU don't…"). */
const SO_WHAT: ReadonlySet<string> = new Set(
  'the you your it they he she we that there his her their its'.split(' '),
);

/** Whether the number at `at` ends a range: "12 to 16", "two or 3", "between 10 and 20". */
function rangeEnd(words: readonly string[], at: number): boolean {
  return RANGE_WORDS.has(words[at - 1]!.toLowerCase()) && /^\d/.test(words[at - 2] ?? '');
}

const RANGE_WORDS: ReadonlySet<string> = new Set(['to', 'or', 'and', '-', '–']);

/** Words before a span of time: "a few", "a couple of", "two", "several". */
const HOW_LONG_LEAD: ReadonlySet<string> = new Set(
  'a an the few couple of several two three four five six ten first next another'.split(' '),
);

/**
 * Whether "at least" or "at most" stands right before the measure at `i`: "Move them at least | a
 * metre away" would leave "Move them at"; how far is the instruction.
 */
function atLeast(words: readonly string[], i: number): boolean {
  return AT_MEASURE_LEAD.has(words[i - 1]!.toLowerCase()) && words[i - 2]?.toLowerCase() === 'at';
}

/** "at least three times", "at most twice": how often, a tail a label may go without. */
const AT_MEASURE_LEAD: ReadonlySet<string> = new Set(['least', 'most']);

/** "at least", "at most": a measure, not a place. */
const AT_MEASURE: ReadonlySet<string> = new Set(['least', 'most', 'all', 'first', 'once']);

/** Words that with "to" lead on to a measure or place: "up to", "next to", "close to". */
const LEADING_TO: ReadonlySet<string> = new Set(['up', 'down', 'next', 'close', 'according']);

/** Words whose "about" brings their object, not a circumstance. */
const ABOUT_TAKERS: ReadonlySet<string> = new Set(
  'up little bit more read learn ask think know care worry talk talking reading learning'.split(' '),
);

/** Words after which a long instruction goes on to its circumstances, not what to do. */
const CLAUSE_CUTS: ReadonlySet<string> = new Set(
  'about during until before after between because since if when while unless whenever'.split(' '),
);

/** Words that lead on to when or where ("right after", "just before", "straight into"). */
const LEADS_TO_WHEN: ReadonlySet<string> = new Set(['right', 'just', 'straight']);

/** Words a stressing "right" leads into where or when ("right next to", "right behind", "right after"). */
const RIGHT_WHERE: ReadonlySet<string> = new Set(
  'next in on at by behind beside under over above below after before outside inside into'.split(' '),
);

/** How many words a widened one-word label may run to. */
const WIDE_WORDS = 6;

/**
 * One person's advice named by a bare verb ("Ignoring", "Specify", "Aware") says nothing: it
 * reads as the words that follow it in its clause instead ("ignoring these critical emails",
 * "specify the date", "aware of the issue"), up to the next clause or six words. Only a verb
 * or what follows "be": a noun's next words ("Pdb doesn't work…") are a statement about it.
 */
export function widenedWord(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    const t = u.terms.find((x) => x.key === key && x.end > x.start);
    // (Code is named as written: "`text-overflow` only works on…" is no verb widened.)
    if (!t || t.kind === 'code') continue;
    const word = u.text.slice(t.start, t.end);
    // Capitalised inside a sentence, it is a name ("Speaking" opens one; "Dropbox" is one).
    if (t.start > 0 && /^\p{Lu}/u.test(word)) continue;
    // A verb: a gerund, an imperative, or what is advised after "try to", "need to", "be"…
    // ("try to connect to Snowflake", "be aware of the issue").
    const verb =
      /ing$/i.test(word) ||
      /\b(?:(?:try|need|have|ought|want|remember|sure) to|be)\s+$/i.test(
        u.text.slice(Math.max(0, t.start - 16), t.start),
      ) ||
      imperativeClauses(u.text).some(([v]) => v === t.start);
    if (!verb) continue;
    // "The shaking IS the key step" says something of the doing: where another sentence tells
    // to do it ("…drain and shake them"), that one names it.
    if (/^\s+(?:is|are|was|were)\b/i.test(u.text.slice(t.end)) && toldElsewhere(units, u, key)) continue;
    // "be aware of…" keeps its "be": "Aware of the issue" is not what to do.
    const be = /\bbe\s+$/i.exec(u.text.slice(Math.max(0, t.start - 4), t.start));
    const from = be ? t.start - be[0].length : t.start;
    const tail = u.text.slice(t.end);
    const clause = CLAUSE_BREAK.exec(tail);
    // Word ends within the tail, kept as written ("following/participating in this issue").
    const ends: number[] = [];
    const words: string[] = [];
    let capped = false;
    for (const m of (clause ? tail.slice(0, clause.index) : tail).matchAll(/\S+/g)) {
      const w = m[0].replace(/^\W+/, '').toLowerCase();
      // "that" after a preposition points at a thing ("aware of that tendency"), opening nothing.
      const pointing = w === 'that' && PREPOSITIONS.has(words[words.length - 1] ?? '');
      // Another clause starts at its opener, or at a subject ("instead of vacuuming | we
      // should…"); the word leading into it goes with it ("until you're calm | BEFORE you talk").
      if ((ends.length > 0 && CLAUSE_OPENERS.has(w) && !pointing) || SUBJECTS.has(w)) {
        if (LEADS_CLAUSE.has(words[words.length - 1] ?? '')) {
          words.pop();
          ends.pop();
        }
        break;
      }
      if (ends.length + 1 >= WIDE_WORDS) {
        capped = true;
        break;
      }
      ends.push(m.index + m[0].length);
      words.push(w);
      // A vague noun ends the phrase it heads ("talking to a real person | twice a week").
      if (VAGUE_HEADS.has(w.replace(/\W+$/, ''))) break;
    }
    // Cut short, a phrase loses its unfinished last part ("the date in the first" → "the date").
    if (capped) {
      const cut = words.findLastIndex((w, i) => i > 0 && DANGLING.has(w));
      if (cut > 0) {
        words.length = cut;
        ends.length = cut;
      }
    }
    while (words.length > 0 && DANGLING.has(words[words.length - 1]!)) {
      words.pop();
      ends.pop();
    }
    if (ends.length > 0) return u.text.slice(from, t.end + ends[ends.length - 1]!);
  }
  return undefined;
}

/** Whether a sentence other than `u` names the key inside an instruction. */
function toldElsewhere(units: readonly Unit[], u: Unit, key: string): boolean {
  return units.some(
    (o) =>
      o !== u &&
      imperativeClauses(o.text).some(([a, b]) =>
        o.terms.some((x) => x.key === key && x.start >= a && x.end <= b),
      ),
  );
}

/**
 * The instruction a sentence opens on, as a label: within the word limit where it can be cut
 * ("Keep it under 250 words"), else its first words.
 */
export function instructionLabel(u: Unit): string {
  const [a, b] = imperativeClauses(u.text)[0] ??
    (u.sentence.stance === 'against' ? instructionAfterRemark(u.text) : undefined) ?? [0, u.text.length];
  const said = asSaid(u.text.slice(a, b)) ?? u.text.slice(a, b);
  const text = withinLimit(said).replace(CALLED_LAST, '').replace(CALLED_GOOD, '').replace(SAID_LAST, '');
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= CLAUSE_WORDS.max) return text;
  // ("Cook it like pasta in lots OF | water", "Keep an eye out for signs OF | depression": one
  // word over, after a preposition the cut would leave dangling, is the clause whole.)
  if (words.length === CLAUSE_WORDS.max + 1 && PREPOSITIONS.has(words[CLAUSE_WORDS.max - 1]!.toLowerCase()))
    return text;
  // ("Make sure you're not on an old | Node version", "Put a sock full of silica cat | litter":
  // a cut between two words that say what is named is inside a phrase, which it reads through.)
  const through = throughPhrase(words, CLAUSE_WORDS.max);
  if (through > CLAUSE_WORDS.max)
    return words
      .slice(0, through)
      .join(' ')
      .replace(/[\s,;:–—-]+$/u, '');
  const cut = cutAt(words, CLAUSE_WORDS.max);
  // ("Switch your router to a less crowded channel": one word over is the clause whole, not
  // cut inside its last phrase; unless the cut ends a phrase itself, as "Create the venv with
  // the interpreter | you want" does once the "you" it would end on goes.)
  return words.length === CLAUSE_WORDS.max + 1 && cut.split(' ').length === CLAUSE_WORDS.max ? text : cut;
}

/** A word that says what is named: no function word, no punctuation after it. */
function naming(word: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N}-]*$/u.test(word) && !FUNCTION_WORD_SET.has(word.toLowerCase());
}

/**
 * Where the phrase that a cut at `cut` would fall inside ends, at most two words on: at a
 * punctuation mark, before a function word or at the end. `cut` itself when the cut falls
 * between phrases, or the phrase runs on further.
 */
function throughPhrase(words: readonly string[], cut: number): number {
  if (cut >= words.length || !naming(words[cut - 1]!) || !naming(words[cut]!.replace(/[,;:.!?)]+$/u, '')))
    return cut;
  for (let j = cut + 1; j <= Math.min(words.length, cut + 2); j++) {
    if (j === words.length || /[,;:.!?)]$/u.test(words[j - 1]!)) return j;
    if (FUNCTION_WORD_SET.has(words[j]!.replace(/\W+$/u, '').toLowerCase())) return j;
  }
  return cut;
}

/** A word said last that only leans on the rest: "Keep an eye out for signs of depression THOUGH". */
const SAID_LAST = /,?\s+(?:though|too|as well|either)\W*$/i;

/** The instruction quoted and called good: "Write it down IS GOOD ADVICE". */
const CALLED_GOOD =
  /\s+(?:is|was) (?:(?:such|really|very|so|solid) )?(?:a )?(?:good|great|solid|sound|excellent|the best) (?:advice|tip|idea|call)\W*$/i;

/** Who the instruction is said to, last: "Wrap a towel around your arms MY DUDE". */
const CALLED_LAST = /(?:,\s*(?:my )?|\s+my )(?:dude|man|bro|buddy|pal|mate|friend|op)\W*$/i;

/** Words that lead to an amount: "every 30 minutes", "for 2 weeks". */
const LEADS_TO_AMOUNT: ReadonlySet<string> = new Set([
  'every',
  'for',
  'about',
  'around',
  'within',
  'in',
  'after',
  'each',
  'at',
  'roughly',
]);

/** A subject that cannot do what follows: "You can't | mutate…", "You shouldn't | run…". */
const CANNOT_BEFORE = /\byou (?:can't|cannot|can not|shouldn't|should not|mustn't|must not)\s+$/i;

/** What a verb acts on that names nothing ("Offer IT when…"). */
const IT_WORDS: ReadonlySet<string> = new Set(['it', 'them', 'this', 'that']);

/** Words that open a clause of when before a subject ("before you…", "until he…"). */
const WHEN_OPENERS: ReadonlySet<string> = new Set(['before', 'after', 'until', 'till', 'since', 'once']);

/**
 * One person's advice named by a word of a long imperative ("Muscles" in "Try to use the
 * muscles at the front half of your body to flatten yourself…"): the imperative's opening
 * words instead, up to six, through the key, and cut where a phrase ends (before "at", "but",
 * "that"…), never inside one ("both oral | and topical forms"). Undefined when no advice
 * sentence of theirs has such an imperative naming the key.
 */
export function clauseOpening(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice') continue;
    for (const [a, b] of imperativeClauses(u.text)) {
      const term = u.terms.find((t) => t.key === key && t.start >= a && t.end <= b);
      // ("Nthing the daylight thing" agrees: it tells no one to do anything.)
      if (!term || AGREEING.test(u.text.slice(a))) continue;
      // "You can't | mutate a Vec while iterating": what can't be done is named as a warning.
      const cannot = CANNOT_BEFORE.test(u.text.slice(0, a));
      // "wash them hot with A CUP OF baking soda": the amount is neither counted nor shown.
      const said = (t: string): string => {
        const plain = t.replace(AMOUNT_OF, '');
        return cannot ? `Don't ${plain[0]!.toLowerCase()}${plain.slice(1)}` : plain;
      };
      const clause = u.text.slice(a, b);
      const amounts = clause.includes(' of ') ? [...clause.matchAll(AMOUNT_OF)] : [];
      const words: { w: string; end: number }[] = [];
      // "Find somebody who can explain…": who the imperative asks for is said by its clause,
      // which the opening reads on through.
      let relative = false;
      // "Make sure THE LAST ARGUMENT IS false", "Make sure IT'S only a phase": the clause the
      // frame takes is what it says to make sure of, subject and verb and all.
      let complement = FRAMED.test(clause);
      for (const m of clause.matchAll(/\S+/g)) {
        if (amounts.some((x) => m.index >= x.index && m.index < x.index + x[0].length)) continue;
        const w = m[0]
          .replace(/^\W+|\W+$/g, '')
          .replace(/\u2019/g, "'")
          .toLowerCase();
        if (!relative && w === 'who' && words.length >= 2) relative = true;
        else if (complement && words.length >= 2) {
          if (FINITE_VERBS.has(w) || /'(?:s|re)$/.test(w)) complement = false;
        } else if (!relative && words.length > 0) {
          // Another clause starts, or a verb saying something of the words before: the opening
          // ends before it ("Just use pdb | doesn't work with nova" → "use pdb").
          if (FINITE_VERBS.has(w)) break;
          // "you're" opens a clause as "you" does.
          const bare = w.replace(/'[a-z]+$/, '');
          // "Offer it WHEN SHE'S SLEEPY…": a verb on "it" says nothing alone; its when says which.
          if (words.length === 2 && IT_WORDS.has(words[1]!.w) && (bare === 'when' || bare === 'while')) {
            relative = true;
            words.push({ w, end: a + m.index + m[0].length });
            continue;
          }
          // "Talk to his doctor | before you talk to him": a clause of when, not a place.
          if (opensClause(bare) && words.length > 2 && WHEN_OPENERS.has(words[words.length - 1]!.w)) {
            words.pop();
            break;
          }
          if (opensClause(bare) && !PREPOSITIONS.has(words[words.length - 1]!.w)) {
            // "Get dressed | like you're going to the office": "like" and "as" bring the clause.
            if (
              words.length > 1 &&
              (words[words.length - 1]!.w === 'like' || words[words.length - 1]!.w === 'as')
            )
              words.pop();
            break;
          }
        }
        words.push({ w, end: a + m.index + m[0].length });
        // A vague noun ends the phrase it heads ("ignoring the fact | this may be…").
        if (!relative && words.length >= 2 && VAGUE_HEADS.has(w) && w !== 'one' && w !== 'ones') break;
      }
      for (let k = Math.min(maxWords(clause) - CLAUSE_WORDS.max + WIDE_WORDS, words.length); k >= 2; k--) {
        const last = words[k - 1]!;
        if (last.end < term.end) break;
        if (DANGLING.has(last.w) || isLongAdverb(last.w)) continue;
        const next = words[k]?.w;
        // "…on the stove RIGHT | after washing": a word leading on to when or where.
        if (
          LEADS_TO_WHEN.has(last.w) &&
          next !== undefined &&
          (PHRASE_ENDS_BEFORE.has(next) || CLAUSE_CUTS.has(next))
        )
          continue;
        // "every 30 | to 45 minutes": a range is never cut between its ends, so the opening
        // ends before the words leading to it ("Take a short walk").
        if (
          (next === 'to' || next === 'or') &&
          /^\d/.test(last.w) &&
          words[k + 1] !== undefined &&
          /^\d/.test(words[k + 1]!.w)
        ) {
          let j = k - 1;
          while (j > 0 && LEADS_TO_AMOUNT.has(words[j - 1]!.w)) j--;
          const before = words[j - 1];
          if (j >= 2 && before !== undefined && before.end >= term.end) {
            const text = u.text.slice(a, before.end).replace(/[\s,;:.]+$/u, '');
            if (!/[()[\]{}=<>`"]/.test(text)) return said(text);
          }
          continue;
        }
        // "Put a sock full | of silica cat litter": what it is full of is the thing.
        if (last.w === 'full' && next === 'of') continue;
        // "Keep an eye out for signs | of depression", "…in lots | of water": a head that says
        // nothing without what it is of ends the opening with that, one word.
        if (next === 'of' && OF_HEADS.has(last.w)) {
          const what = words[k + 1];
          const after = words[k + 2]?.w;
          if (
            what !== undefined &&
            !FUNCTION_WORD_SET.has(what.w) &&
            (after === undefined || after === 'though' || PHRASE_ENDS_BEFORE.has(after) || opensClause(after))
          ) {
            const text = u.text.slice(a, what.end).replace(/[\s,;:.]+$/u, '');
            if (!/[()[\]{}=<>`"]/.test(text)) return said(text);
          }
          continue;
        }
        // "Keep them somewhere cool AND OUT | of direct sun": a second place begun is not ended.
        if (
          (next === 'of' || next === 'from') &&
          PARTICLES.has(last.w) &&
          (words[k - 2]?.w === 'and' || words[k - 2]?.w === 'or')
        )
          continue;
        // "by no more | than 10%": a comparison ends with what it compares to, a number.
        if (next === 'than') {
          const measure = words[k + 1];
          if (measure === undefined || !/^\d/.test(measure.w)) continue;
          const text = u.text.slice(a, measure.end).replace(/[\s,;:.]+$/u, '');
          if (!/[()[\]{}=<>`"]/.test(text)) return said(text);
          continue;
        }
        // "Freeze a water bottle | and roll your foot on it": a second step ends the first.
        const step = words[k + 1]?.w ?? '';
        const nextStep =
          next === 'and' &&
          /^\p{Ll}+$/u.test(step) &&
          (IMPERATIVE_VERBS.has(step) || /^(?:your|it|them)$/.test(words[k + 2]?.w ?? ''));
        // "Put the new post | right next to the couch": "right" stressing where or when ends it too.
        const stressed = next === 'right' && RIGHT_WHERE.has(step);
        // "…only a phase | and not depression": what it is set against ends it.
        const contrasted = next === 'and' && (step === 'not' || step === 'never');
        if (
          next !== undefined &&
          !nextStep &&
          !stressed &&
          !contrasted &&
          !PHRASE_ENDS_BEFORE.has(next) &&
          !opensClause(next) &&
          !isLongAdverb(next)
        )
          continue;
        const text = u.text.slice(a, last.end).replace(/[\s,;:.]+$/u, '');
        // Cut inside code or a bracket: not a readable label.
        if (!/[()[\]{}=<>`"]/.test(text) && !isCheer(text, u.text.slice(last.end))) return said(text);
      }
    }
  }
  return undefined;
}

/** Heads that name nothing without what they are of: "signs OF depression", "lots OF water". */
const OF_HEADS: ReadonlySet<string> = new Set(
  'signs sign lots lot kind kinds type types bit piece couple number amount list pair plenty'.split(' '),
);

/** Most words of an instruction named up to the thing it acts on ("Use the whole slip road"). */
const INSTRUCTED_THING_WORDS = 6;

/**
 * One person's instruction that opens their sentence, named up to the phrase its group is named
 * by: "Use the whole slip road", "Check your login items", not "Slip road". Undefined when no
 * sentence of theirs opens on an instruction ending there in a few words.
 */
export function instructedThing(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice' || u.sentence.stance === 'against' || u.text.trimEnd().endsWith('?')) continue;
    const first = openingInstruction(u.text);
    if (first === undefined) continue;
    const term = u.terms.find(
      (t) => t.key === key && t.kind === 'phrase' && t.start >= first[0] && t.end <= first[1],
    );
    if (term === undefined) continue;
    const text = u.text.slice(first[0], term.end);
    const verb = /^[A-Za-z]+/.exec(text)?.[0].toLowerCase();
    if (verb === undefined || !IMPERATIVE_VERBS.has(verb)) continue;
    // The thing ends there ("the whole slip road | to get up to speed"), not inside a longer
    // name ("a written chore | chart").
    const next = /^\s*([A-Za-z']+)/.exec(u.text.slice(term.end))?.[1]?.toLowerCase();
    // "Turn ECHO | ON": a particle belongs to the verb.
    if (
      next !== undefined &&
      /^\s/.test(u.text.slice(term.end)) &&
      (PARTICLES.has(next) || (!PHRASE_ENDS_BEFORE.has(next) && !opensClause(next)))
    )
      continue;
    if (wordCount(text) <= INSTRUCTED_THING_WORDS && !/[()[\]{}=<>`"]/.test(text)) return text;
  }
  return undefined;
}

/** Plain words in double quotes: "focus hours", not `type="module"`. */
const QUOTED_WORDS = /(?<![=\w])"[\p{L}][\p{L} '\u2019-]{0,40}"(?!\w)/gu;

/** Where an imperative's first clause ends: punctuation, a dash, or a conjunction starting the next. */
const FIRST_CLAUSE_END = /[,;:()"]|\s(?:but|so|then)\s|\s(?:[-–—]|--)\s|\s(?:and|or)\s+(\p{L}+)/gu;

/** "…and most of the mud goes away", "…and the problem will stop": a result told after an instruction. */
const AND_THEN_RESULT =
  /^\s+and\s+(?:(?:most|all|half|some|the|your|its|their|that|this|it|they)\b[\s\w']{0,30}?\s)?(?:goes|go|will|'ll|stops|disappears|vanishes|clears|becomes|gets|is|are)\b(?!\s+(?:it|them)\b)/i;

/** After "or", what opens another clause: "…or YOU'LL regret it", "…or ELSE". */
const OR_OPENS = /^(?:you|you'll|you'd|it|it'll|they|he|she|we|i|else|otherwise|just)$/i;

/**
 * One person's advice grouped by a plain word far from its verb ("Ask what experience they have
 * and say what went wrong before with your shoulders", grouped by "shoulders"): the
 * imperative's first clause, when it is short, says what to do better than the word ("Ask what
 * experience they have"). "And" ends it only before another imperative ("…and say…", not "flea
 * and tick medicine"); "or" too, or before "you", "it", "else" ("an east or south window").
 * Undefined when no advice sentence of theirs with the key has one of three to seven words
 * (eight with a phrase "or" joins).
 */
export function clauseHead(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    if (u.tier !== 'advice' || !u.terms.some((t) => t.key === key)) continue;
    for (const [a, b] of imperativeClauses(u.text)) {
      const clause = u.text.slice(a, b);
      // Not a question ("Have you read…"), nor a gerund the sentence is about ("Using the word…").
      if (/^(?:have|has|did|do|does)\s+(?:you|they|he|she)\b|^\p{L}+ing\b/iu.test(clause)) continue;
      let end = clause.length;
      let orAt = -1;
      let quoted = -1;
      for (const m of clause.matchAll(FIRST_CLAUSE_END)) {
        // ('Ask the dentist about "tell, show, do"': the quoted words are said whole.)
        if (m.index <= quoted) continue;
        // ("Set a simple, specific rule": a comma between describing words ends nothing.)
        if (m[0] === ',' && DESCRIBING_PAIR.test(clause.slice(clause.slice(0, m.index).search(/\S+$/))))
          continue;
        if (
          m[0] === '"' &&
          shortQuote(clause, m.index) &&
          !/\b(?:and|or|but|then|so)\s$/.test(clause.slice(0, m.index))
        ) {
          quoted = clause.indexOf('"', m.index + 1);
          continue;
        }
        // "Fix those three | and most of the mud goes away": what follows is what it brings.
        if (m[1] !== undefined && AND_THEN_RESULT.test(clause.slice(m.index))) {
          end = m.index;
          break;
        }
        if (m[1] !== undefined && !IMPERATIVE_VERBS.has(m[1].toLowerCase())) {
          if (m[0].trimStart().startsWith('or') && orAt < 0) orAt = m.index;
          if (!(m[0].trimStart().startsWith('or') && OR_OPENS.test(m[1]))) continue;
        }
        end = m.index;
        break;
      }
      const wordsTo = (at: number): string[] =>
        clause
          .slice(0, at)
          .replace(/[.!?…]+$/u, '')
          .split(/\s+/)
          .filter(Boolean);
      // "Or" may join two words of one phrase ("an east OR south window"), kept whole when it
      // fits with one word more; else the clause ends before it ("Cook a big batch of rice").
      let words = wordsTo(end);
      const joins = orAt >= 0 && orAt < end;
      if (joins) words = orPhrase(words, wordsTo(orAt).length) ?? wordsTo(orAt);
      let text =
        joins && words.length === CLAUSE_WORDS.max + 1 ? words.join(' ') : withinLimit(words.join(' '));
      // "Get dressed AND": a last word that only leads on goes ("Get dressed" is whole).
      // (A preposition only where the clause was cut short: "…where it came from | or so help
      // me" ends its phrase.)
      const last = /\s(\p{Ll}+)$/u.exec(text);
      const leads =
        last !== null &&
        (last[1] === 'and' ||
          last[1] === 'or' ||
          (text.length < words.join(' ').length && LEADS_ONLY.has(last[1]!)));
      if (leads) text = text.slice(0, last.index);
      const count = wordCount(text);
      if (count < (leads ? 2 : 3) || count > CLAUSE_WORDS.max + (joins ? 1 : 0)) continue;
      if (!/[[\]{}=<>`]/.test(text) && !isCheer(text, u.text.slice(a + text.length))) return text;
    }
  }
  return undefined;
}

/**
 * A clause's words up to the end of the phrase its "or" (the `or`-th word) joins: "Move it to an
 * east or south window | with bright indirect light". Undefined when that is too long, or ends on
 * a word that needs more ("…words or signs for").
 */
function orPhrase(words: readonly string[], or: number): string[] | undefined {
  let end = words.length;
  for (let i = or + 2; i < words.length; i++)
    if (PHRASE_ENDS_BEFORE.has(words[i]!.toLowerCase())) {
      end = i;
      break;
    }
  const kept = words.slice(0, end);
  const last = kept.at(-1)?.replace(/\W+$/u, '').toLowerCase() ?? '';
  return kept.length <= CLAUSE_WORDS.max + 1 && !FUNCTION_WORD_SET.has(last) ? kept : undefined;
}

/** A word that starts another clause; "and"/"or" may join the words of one phrase ("oral and topical forms"). */
function opensClause(w: string): boolean {
  return CLAUSE_OPENERS.has(w) && w !== 'and' && w !== 'or';
}

/** Verbs that say something of the words before them: those words are a subject, not an object. */
const FINITE_VERBS = new Set(
  "is are was were can could will would should doesn't don't didn't isn't aren't wasn't weren't won't wouldn't can't couldn't shouldn't hasn't haven't hadn't".split(
    ' ',
  ),
);

/** Words a phrase ends before: a preposition or conjunction starts the next part. */
const PHRASE_ENDS_BEFORE = new Set([
  ...PREPOSITIONS,
  'but',
  'so',
  'then',
  'than',
  'as',
  'because',
  'every',
  'each',
]);

/**
 * Verbs after which an -ing form is the advice itself ("I'd suggest reading the article"), and
 * "worth" ("Might be worth asking his teacher").
 */
const ADVISES_GERUND =
  /\b(?:(?:suggest|recommend|consider|advise)(?:s|ed|ing)?|worth)\s+(?:(?:just|also|maybe|perhaps|simply|seriously)\s+)?$/i;

/**
 * The base form of an -ing word when it is sure: a verb of the imperative list ("following" →
 * follow, "ignoring" → ignore), a doubled last consonant ("letting" → let, "sandbagging" →
 * sandbag), an ending no verb adds an "e" to ("blocking" → block, "reading" → read), or a
 * verb in -ate ("participating"). "Revoking" could be revok(e) or not: undefined.
 */
function baseOf(gerund: string): string | undefined {
  const lower = gerund.toLowerCase();
  if (!lower.endsWith('ing') || lower.length < 6) return undefined;
  const root = lower.slice(0, -3);
  if (IMPERATIVE_VERBS.has(root)) return root;
  if (IMPERATIVE_VERBS.has(`${root}e`)) return `${root}e`;
  if (/([b-df-hj-np-tv-z])\1$/.test(root)) return /(?:ll|ss|ff|zz)$/.test(root) ? root : root.slice(0, -1);
  if (/(?:ck|[aeiou]{2}[b-df-hj-np-tv-z]|[wxy]|[^aeiou][b-df-hj-np-tv-z])$/.test(root)) return root;
  if (/[^aeiou]at$/.test(root)) return `${root}e`;
  // "entering", "listening", "travelling": no verb of five letters or more in -er, -en, -el takes an "e".
  if (root.length >= 5 && /(?:er|en|el)$/.test(root)) return root;
  return undefined;
}

/**
 * A label opening with the -ing form an answer advises ("Reading the article" from "I suggest
 * reading the article", "Following/participating in this issue") put as the instruction it is
 * ("Read the article", "Follow/participate in this issue"). Undefined when no sentence of the
 * group says it after such a verb, or a word's base form is not sure.
 */
export function asInstruction(head: string, units: readonly Unit[]): string | undefined {
  const m = /^(\p{L}+ing)(?:\s*\/\s*(\p{L}+ing))?(?=\s|$)/u.exec(head);
  if (!m) return withoutDoing(head, units);
  const first = m[1]!;
  const advised = units.some((u) => {
    const at = u.text.toLowerCase().indexOf(first.toLowerCase());
    return at > 0 && ADVISES_GERUND.test(u.text.slice(0, at));
  });
  if (!advised) return undefined;
  const bases = [first, m[2]].filter((w): w is string => w !== undefined).map(baseOf);
  if (bases.some((b) => b === undefined)) return undefined;
  // Capitalised with the rest of the label (labelFor's `tidy`).
  return bases.join('/') + head.slice(m[0].length);
}

/** "Don't do anything without asking for professional guidance first", "it doesn't work without entering…": what must come first. */
const WITHOUT_DOING =
  /\b(?:don['’]t|dont|do not|never|(?:doesn['’]t|does not|won['’]t|will not|can['’]t|cannot) work)\b[^.;!?]{0,60}?\bwithout (\p{L}+ing)\b([^.;!?,:()]*)/iu;

/**
 * A noun-phrase label of advice put as a double negative ("Professional guidance", from "don't
 * do anything without asking for professional guidance first") as the instruction it gives
 * ("Ask for professional guidance first"), when the label's words stand in that clause, the
 * clause is short and its verb's base form is sure.
 */
function withoutDoing(head: string, units: readonly Unit[]): string | undefined {
  const lower = head.toLowerCase();
  for (const u of units) {
    // Most sentences have no "without": the regex, run on every label's sentences, waits for it.
    if (!u.text.includes('without')) continue;
    const m = WITHOUT_DOING.exec(u.text);
    if (!m || !m[2]!.toLowerCase().includes(lower)) continue;
    const base = baseOf(m[1]!);
    const rest = m[2]!.trim();
    const words = rest.split(/\s+/).length + 1;
    if (base === undefined || words > CLAUSE_WORDS.max) continue;
    return `${base} ${rest}`;
  }
  return undefined;
}

/** The words before "(that) you need to VERB" at the end of a stretch of text. */
const BEFORE_YOU_MUST =
  /((?:[\p{L}\d][\p{L}\d-]*\s+){0,3}[\p{L}\d][\p{L}\d-]*)\s+(?:(?:that|which)\s+)?you(?:'ll| will)?\s+(?:need to|have to|must|should|ought to|may want to)\s+(?:also\s+|first\s+|then\s+)?$/iu;

/**
 * One person's advice named by a bare verb whose object stands before it, in a relative clause
 * ("…it is an explicit conversion that you need to specify", grouped by "specify"): the object
 * ("Explicit conversion"). The words after the last function word before "that"; undefined
 * when none are left or the verb has no such clause.
 */
export function relativeObject(units: readonly Unit[], key: string): string | undefined {
  for (const u of units) {
    const t = u.terms.find((x) => x.key === key && x.end > x.start);
    if (!t) continue;
    const m = BEFORE_YOU_MUST.exec(u.text.slice(Math.max(0, t.start - 100), t.start));
    // "If it is under the grout you will need to regrout": the words before are a condition.
    if (!m || opensWithCondition(u.text)) continue;
    const words = m[1]!.split(/\s+/);
    let from = 0;
    for (let i = 0; i < words.length; i++) if (FUNCTION_WORD_SET.has(words[i]!.toLowerCase())) from = i + 1;
    const object = words.slice(from);
    if (object.length === 0) continue;
    return object.join(' ');
  }
  return undefined;
}
