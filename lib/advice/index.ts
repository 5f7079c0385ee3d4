/**
 * The advice engine: a thread in, its ranked suggestions out.
 * candidates (split, detect, key terms) → group (inverted index over key terms) →
 * label and quotes → rank. Runs on the device, in linear time in the thread's length.
 */
import type { Acceptance, Suggestion, Supporter, Thread } from '../model';
import { collectCandidates, type Unit } from './candidates';
import { confirmedByAsker, type AskerReply } from './confirmed';
import { vouchedByUpdate } from './update';
import { groupUnits, type Group } from './group';
import type { PostReadings } from './post-readings';
import {
  answerLabel,
  labelFor,
  linkPage,
  quotedTitle,
  sharedTitle,
  quoteFor,
  shortPick,
  titleAbove,
  titleLine,
  titleOpening,
} from './label';
import { CONCEPTS } from './lexicon';
import { rankSuggestions, scoreOf, stanceOf, votesOf } from './rank';
import { grantsAPoint, warnsOf } from './stance';
import { FINITE_VERBS, isCommonWord, openingInstruction } from './keys';
import { OUTCOME_WORDS } from './stopwords';

/** Concepts that are some other concept's parent: weaker keys than the concepts under them. */
const PARENT_KEYS: ReadonlySet<string> = new Set(
  CONCEPTS.flatMap((c) => (c.parent ? ['c:' + c.parent] : [])),
);

/** Sentences a label is drawn from, at most: bounds the cost on huge threads. */
const LABEL_SAMPLE = 120;

/** The asker's word that an answer's advice in a group worked, if they gave it. */
type Confirmed = (postId: string, g: Group) => AskerReply | undefined;

/** A short stable hash (FNV-1a) for suggestion ids. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

/**
 * One suggestion from a group: its supporters by post, label, stance, people, votes and score;
 * with the name it is merged by (the label before one person's title widened it).
 */
function toSuggestion(
  g: Group,
  units: readonly Unit[],
  picks: boolean,
  confirmed: Confirmed,
  named?: string,
): { suggestion: Suggestion; name: string } | null {
  const members = [...g.members].sort((a, b) => a - b).map((id) => units[id]!);
  if (members.length === 0) return null;
  // What a suggestion is named and quoted by: its members, not those only saying more of one.
  const naming = ownWords(members, g);
  const byPost = new Map<string, Unit[]>();
  for (const u of members) {
    const list = byPost.get(u.post.id);
    if (list) list.push(u);
    else byPost.set(u.post.id, [u]);
  }
  const supporters: Supporter[] = [];
  const postScores: (number | null)[] = [];
  const accepted: boolean[] = [];
  const forPeople = new Set<string>();
  const warners = new Set<string>();
  /** People for it on their own account, not only by disputing a warning ("I disagree, …"). */
  let ownFor = 0;
  const lists = [...byPost.values()];
  const warns = lists.map((list) => warnsOf(list, g.keys, g.anchor));
  const givers = new Set(lists.filter((_, j) => !warns[j]).map((list) => list[0]!.person));
  for (let j = 0; j < lists.length; j++) {
    const list = lists[j]!;
    const post = list[0]!.post;
    // Its own giver granting a critic's point ("Fair, it's a last resort. It did help on my Kia
    // though.") still gives it, with a caveat: not a critic of their own advice.
    const granted = warns[j]! && givers.has(list[0]!.person) && grantsAPoint(post.text);
    const stance = warns[j]! && !granted ? 'against' : 'for';
    if (stance === 'for') forPeople.add(list[0]!.person);
    else warners.add(list[0]!.person);
    if (stance === 'for' && !list.every((u) => u.reply === 'disagree')) ownFor++;
    // The asker's "That was it, thanks!" accepts an answer where the site has no button for it.
    const reply = confirmed(post.id, g);
    const acceptance: Acceptance | undefined = post.accepted
      ? { by: 'site' }
      : reply
        ? { by: 'asker', reply }
        : undefined;
    supporters.push({
      postId: post.id,
      author: post.author,
      permalink: post.permalink,
      quote: quoteFor(ownWords(list, g), g.keys).text,
      stance,
      sentences: list.map((u) => u.text),
      ...(acceptance && { accepted: acceptance }),
    });
    postScores.push(post.score);
    accepted.push(acceptance !== undefined);
  }
  // A warning everyone gives ("Don't use ice") is advice too, given by those who give it; where
  // others recommend the thing, the ones arguing against are its critics, not its people.
  const people = forPeople.size > 0 ? forPeople.size : warners.size;
  const votes = votesOf({ supporters, postScores, accepted, people });
  // The first few hundred sentences say what a group is called as well as all of them would.
  const label =
    named ??
    (g.answer
      ? answerLabel(naming[0]!)
      : // A warning only disputed ("Don't force it" / "I disagree, …") is still named as the warning.
        labelFor(naming.slice(0, LABEL_SAMPLE), g.keys, g.anchor, ownFor === 0));
  // One person's pick given as a title, on a line of its own, in quotes or over its link, is named
  // by the whole title.
  const single = byPost.size === 1 || members.every((u) => u.person === members[0]!.person);
  const titled =
    single && !g.answer
      ? (quotedTitle(naming, label, picks) ??
        titleLine(naming, label, picks) ??
        titleOpening(naming, label, picks) ??
        shortPick(naming, label, picks) ??
        titleAbove(naming, g.anchor))
      : g.answer
        ? null
        : sharedTitle(naming, label);
  // How plainly the group is advised: its surest advice sentence, more when it names the
  // group's key as what to do. Breaks ties among equals (a thread without votes has many).
  let plain = 0;
  for (const u of members) {
    const c =
      (u.tier === 'advice' ? u.sentence.score : u.sentence.score / 2) + (u.strong.has(g.anchor) ? 0.5 : 0);
    if (c > plain) plain = c;
  }
  const shown = titled ?? (g.answer ? null : fragmentLabel(naming, label)) ?? label;
  quotedByName(supporters, lists, g, shown);
  const suggestion: Suggestion = {
    id: 's-' + hash(g.anchor),
    label: shown,
    score: scoreOf(people, votes, accepted.some(Boolean), plain / 1.5),
    stance: stanceOf(supporters),
    people,
    votes,
    supporters,
  };
  return { suggestion, name: label };
}

/**
 * A supporter who said it in the very words it is named by is quoted by that sentence: "Mix
 * slower." for "Mix slower", not "Then let the mixed cup sit for 5 minutes…". (A one-word name is
 * said in passing too often to tell; and an instruction quoted stays, unless the name's sentence
 * is one too: "Install an exhaust fan…" says more than "No extractor fan over a shower means…".)
 */
function quotedByName(supporters: Supporter[], lists: readonly Unit[][], g: Group, label: string): void {
  if (!label.includes(' ')) return;
  const name = label.toLowerCase();
  for (let j = 0; j < supporters.length; j++) {
    const s = supporters[j]!;
    if (s.stance !== 'for' || saysName(s.quote, name)) continue;
    const said = ownWords(lists[j]!, g).find((u) => saysName(u.text, name));
    if (said && (openingInstruction(said.text) !== undefined || openingInstruction(s.quote) === undefined))
      s.quote = said.text;
  }
}

/**
 * Whether `text` says `name` (lowercase) as whole words. By plain search: a pattern built per
 * suggestion cost more than the rest of naming it (18 ms an analysis of the real thread).
 */
function saysName(text: string, name: string): boolean {
  const lower = text.toLowerCase();
  for (let at = lower.indexOf(name); at >= 0; at = lower.indexOf(name, at + 1))
    if (!WORD_CHAR.test(lower.charAt(at - 1)) && !WORD_CHAR.test(lower.charAt(at + name.length))) return true;
  return false;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

/**
 * Sentences that may name a suggestion or quote a supporter: not those only saying more of another
 * (`Group.riders`); all of them should none be left.
 */
function ownWords(list: readonly Unit[], g: Group): readonly Unit[] {
  if (!g.riders) return list;
  const own = list.filter((u) => !g.riders!.has(u.id));
  return own.length > 0 ? own : list;
}

/**
 * A one-word label widened to the few words an answer opened with to name it: "More light."
 * is labelled "More light", not "Light"; "Always counter." and "Seconding the counter" are
 * "Always counter".
 */
function fragmentLabel(members: readonly Unit[], label: string): string | null {
  if (label.includes(' ')) return null;
  const want = label.toLowerCase();
  for (const u of members) {
    // "Seconding Revolutions." agrees: its words are not the thing's name.
    if (u.sentence.index !== 0 || u.replyTo !== null || u.sentence.agreement) continue;
    const text = u.text.trim();
    const words = text.split(/\s+/);
    if (words.length < 2 || words.length > 4 || !/[.!]$/.test(text) || /[,;:?()"]/.test(text)) continue;
    // A thing named, not a clause ("NSA is hiring"), a headline ("Fire in the Pentagon") or a
    // word in capitals throughout.
    if (
      FINITE_VERBS.test(text) ||
      // "Hip strengthening fixed mine.": what worked, told, not its name.
      text.split(/[\s.!]+/).some((w) => OUTCOME_WORDS.has(w.toLowerCase())) ||
      // "I prefer Revolutions": a clause with its subject, not a thing named.
      /\b(?:i|we|you|he|she|they|it)\b/i.test(text) ||
      /\p{Lu}{4}/u.test(text) ||
      /\b(?:from|in|on|at|by|with|for|of|to|via|about)\b/i.test(text) ||
      // "Agree about the car." agrees, as "Seconding…" does.
      /^(?:agree|agreed|same|yes|yep)\b/i.test(text)
    )
      continue;
    if (!words.some((w) => w.toLowerCase().replace(/[^\p{L}\p{N}-]/gu, '') === want)) continue;
    // "Scrivener here too.": the pick, not who else has it.
    const said = text
      .replace(/[.!]+$/, '')
      .replace(/^(?:[Aa]n?|[Tt]he)\s+/, '')
      .replace(/\s+(?:here(?:\s+too|\s+as\s+well)?|too|as\s+well)$/i, '');
    return said.charAt(0).toUpperCase() + said.slice(1);
  }
  return null;
}

/**
 * The last name of a group's label that is someone's full name ("Edward Snowden" → "snowden"),
 * if it is no everyday word: a thread that names him "Snowden" too means the same person.
 * "White House" and "House" are not one thing. A name is capitalised where a sentence runs on
 * into it ("pardon Edward Snowden"); a headline's imperative only where it opens one ("Prosecute
 * Snowden", "Slate: Fire James Clapper").
 */
function surnameOf(label: string, g: Group, units: readonly Unit[]): string | null {
  // A model's name may end in its number ("Royal Kludge RK61"), said alone as "RK61".
  if (!/^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}\p{N}'’-]+){1,2}$/u.test(label)) return null;
  const last = label.slice(label.lastIndexOf(' ') + 1).toLowerCase();
  if (isCommonWord(last) || !/^\p{L}/u.test(last)) return null;
  let seen = 0;
  for (const id of g.members) {
    if (++seen > LABEL_SAMPLE) break;
    const text = units[id]!.text;
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      if (at === 0) continue;
      let before = at - 1;
      while (before > 0 && text.charCodeAt(before) === 32) before--;
      if (/[\p{L}\p{N},]/u.test(text.charAt(before))) return last;
    }
  }
  return null;
}

/**
 * Suggestions from groups, those that come out under the same name made one: grouping split
 * them by different keys ("Fire in the Pentagon" twice, "Opacity" three times; "Snowden" and
 * "Edward Snowden"), and a reader sees one thing said twice. The merged group is named again.
 */
function sameLabelsMerged(
  groups: readonly Group[],
  units: readonly Unit[],
  picks: boolean,
  confirmed: Confirmed,
): Suggestion[] {
  /**
   * `merged`: the group took in another since its suggestion was made, and is made again at the
   * end, named again unless it keeps the name in `keep`.
   */
  const built: { group: Group; suggestion: Suggestion; merged: boolean; keep?: string }[] = [];
  const byLabel = new Map<string, number>();
  /** Full names by their last name, for a later group named by the last name alone. */
  const bySurname = new Map<string, number>();
  for (const g of groups) {
    const made = toSuggestion(g, units, picks, confirmed);
    if (!made) continue;
    const s = made.suggestion;
    // "require()" and "Require" are one name: a function and the word for it.
    // …and "Flavors" and "Flavor" one thing, in the plural and the singular (not two picks:
    // "Principles of Design" and "The end to end principle" are two papers).
    let name = made.name.toLowerCase().replace(/\(\)$/, '');
    if (!picks) name = name.replace(/(?<=[^s]{3})s$/, '');
    const surname = surnameOf(made.name, g, units);
    const same = byLabel.get(name);
    const at = same ?? (surname ? byLabel.get(surname) : bySurname.get(name));
    // Links named only by their site ("dl.acm.org"): two papers there are two things.
    const bySite = g.anchor.startsWith('l:') && /^[\w-]+(?:\.[\w-]+)+$/.test(name);
    if (at !== undefined && bySite && built[at]!.group.anchor.startsWith('l:')) {
      // Told apart by where on the site each points ("dl.acm.org · 360018.360022").
      const page = linkPage(g.anchor);
      built.push({
        group: g,
        suggestion: { ...s, label: page ? `${s.label} · ${page}` : s.label },
        merged: false,
      });
      continue;
    }
    if (at === undefined) {
      byLabel.set(name, built.length);
      if (surname && !bySurname.has(surname)) bySurname.set(surname, built.length);
      built.push({ group: g, suggestion: s, merged: false });
      continue;
    }
    // Groups come heaviest first: the first of a name keeps its anchor (and so its id).
    const first = built[at]!.group;
    const group: Group = {
      anchor: first.anchor,
      keys: new Set([...first.keys, ...g.keys]),
      members: new Set([...first.members, ...g.members]),
      ...((first.riders ?? g.riders) && { riders: new Set([...(first.riders ?? []), ...(g.riders ?? [])]) }),
    };
    // A person's two names merged keep the first's, the heavier group's ("Edward Snowden" on the
    // NSA thread): naming a big group again is not cheap, and the name it had says who it is.
    const keep = same === undefined ? (built[at]!.keep ?? built[at]!.suggestion.label) : undefined;
    built[at] = { group, suggestion: built[at]!.suggestion, merged: true, keep };
    // Another group under either name joins it.
    byLabel.set(name, at);
  }
  // Made once however many groups a name took in.
  return built.map((b) =>
    b.merged
      ? (toSuggestion(b.group, units, picks, confirmed, b.keep)?.suggestion ?? b.suggestion)
      : b.suggestion,
  );
}

/**
 * Turns a thread into its ranked suggestions. Pass `readings` when analysing threads again and
 * again (the background does): unchanged posts are then not read twice.
 */
export function analyzeThread(thread: Thread, readings?: PostReadings): Suggestion[] {
  const candidates = collectCandidates(thread, readings);
  const out: Suggestion[] = [];
  const ids = new Set<string>();
  const replies = confirmedByAsker(thread);
  const groups = groupUnits(candidates, PARENT_KEYS, new Set(replies.keys()));
  const vouched = vouchedByUpdate(thread, candidates, groups);
  // The asker's word on an answer holds for all its advice; an update naming a suggestion, for that one.
  const confirmed: Confirmed = (postId, g) => {
    const reply = replies.get(postId);
    if (reply) return reply;
    const vouch = vouched.get(postId);
    if (vouch) for (const [anchor, said] of vouch) if (g.keys.has(anchor)) return said;
    return undefined;
  };
  for (const s of sameLabelsMerged(groups, candidates.units, candidates.recommendations, confirmed)) {
    // Ids stay unique within the thread: a second group on the same key gets a suffix.
    let id = s.id;
    for (let n = 2; ids.has(id); n++) id = `${s.id}-${n}`;
    ids.add(id);
    out.push({ ...s, id });
  }
  return rankSuggestions(out);
}

/** Bumped whenever the engine's output for the same thread can change: stored analyses are redone. */
export const ENGINE_VERSION = '334';

export { PostReadings } from './post-readings';
