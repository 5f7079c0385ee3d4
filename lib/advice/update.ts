/**
 * The asker's update at the bottom of a thread, telling what they did and that it worked:
 * "Update: switched to LTE only and turned on wifi calling. Works perfectly now." The
 * suggestions it names by their own key ("LTE", "wifi calling") are vouched for, each on the
 * answer that gave it first: the thread's own word on what worked, where the site has no
 * button for it and the asker did not reply under each answer.
 */
import type { Thread } from '../model';
import { personOf, type Candidates, type Unit } from './candidates';
import { askerPosts, type AskerReply, reportsSuccess, type Span } from './confirmed';
import type { Group } from './group';
import { sentenceTerms, type Term } from './keys';
import { splitSentences } from './sentences';

/** What the updates vouch for on one answer: the anchor of each suggestion named, with the sentence naming it. */
export type Vouch = Map<string, AskerReply>;

/** How much of an update is read: what they did comes first. */
const UPDATE_READ = 1200;

/** Most suggestions one update vouches for: a long list of everything tried says little of each. */
const VOUCHED_MOST = 6;

/**
 * A sentence of the update that tells of no doing of theirs that worked: not done, not needed,
 * not yet, or done only for the future ("Haven't repasted yet", "no need for the buffer thing",
 * "Ordered a pair anyway", "Bookmarked Power Query for later", "Working on the POA next").
 */
const NOT_DONE =
  /\b(?:didn't|did not|haven't|have not|hasn't|has not|never|not yet|no need|needn't|skipped|instead of|won't|will|going to|gonna|plan to|planning|next|later|anyway|anyways|might|maybe|if)\b|\?/i;

/**
 * The suggestions named in the asker's updates that tell it worked, by the answer that gave each
 * first. `groups` are the thread's groups over `candidates.units`.
 */
export function vouchedByUpdate(
  thread: Thread,
  candidates: Candidates,
  groups: readonly Group[],
): Map<string, Vouch> {
  const out = new Map<string, Vouch>();
  const asker = personOf(thread.question);
  for (const { post, parent } of askerPosts(thread)) {
    if (parent !== undefined) continue;
    const text = post.text.slice(0, UPDATE_READ);
    let success = reportsSuccess(text);
    if (success === null) continue;
    let vouched = 0;
    for (const s of splitSentences({ ...post, text })) {
      // Past one result, what is told up to the next: "…down to once a week. We also started the
      // special time, and the evenings have been much calmer."
      let next: Span | null = null;
      while (s.start > success.end && (next = reportsSuccess(text.slice(success.end))) !== null) {
        if (next.from === next.end) break;
        success = { from: success.end + next.from, end: success.end + next.end };
      }
      if (s.start > success.end) break;
      // What they did, up to where it says that it worked ("…removed it, NO FLATS in 2 weeks").
      const told = text.slice(s.start, success.from > s.start && success.from < s.end ? success.from : s.end);
      if (told.length < 4 || NOT_DONE.test(told)) continue;
      const keys = new Set<string>();
      for (const t of sentenceTerms(told))
        if (!candidates.titleKeys.has(t.key) && !placedOnTheirs(told, t, candidates.questionKeys))
          keys.add(t.key);
      if (keys.size === 0) continue;
      for (const g of groups) {
        if (g.answer) continue;
        const first = firstGiver(g, candidates, asker);
        if (first === null || !names(keys, g, first)) continue;
        let vouch = out.get(first.post.id);
        if (vouch === undefined) out.set(first.post.id, (vouch = new Map()));
        if (vouch.has(g.anchor)) continue;
        vouch.set(g.anchor, { postId: post.id, permalink: post.permalink, quote: quoted(s.text) });
        if (++vouched === VOUCHED_MOST) break;
      }
      if (vouched === VOUCHED_MOST) break;
    }
  }
  return out;
}

/** A place before a word: "on the", "along our", "under the old". */
const PLACE_BEFORE =
  /(?:^|\s)(?:on|onto|in|into|at|under|over|near|around|along|inside|next to|beside|by)\s+(?:(?:the|my|our|its|their|that|this)\s+)?(?:[\p{L}-]+\s+)?$/iu;

/**
 * Whether a word of the update is the asker's own thing as the place they put something ("put two
 * Terro stations ON THE TRAIL" under "there's a trail of ants"): where it went, not what they did,
 * and no vouch for "Wipe the trail with vinegar".
 */
function placedOnTheirs(text: string, t: Term, questionKeys: ReadonlySet<string>): boolean {
  return t.kind === 'word' && questionKeys.has(t.key) && PLACE_BEFORE.test(text.slice(0, t.start));
}

/**
 * Whether the update's `keys` name the group's advice: one of its keys, or a phrase of what its
 * first giver's sentence advises ("wifi calling" of "Turn on wifi calling and use wifi at the office").
 */
function names(keys: ReadonlySet<string>, g: Group, first: Unit): boolean {
  for (const k of g.keys) if (keys.has(k)) return true;
  // A word alone may be said of anything ("on the TRAIL", "the first half at 5:50/KM"): a phrase,
  // a lexicon concept or code.
  for (const k of first.targets) if (keys.has(k) && !k.startsWith('w:')) return true;
  return false;
}

/** The sentence that gave the group's advice first (not a warning against it, not the asker's). */
function firstGiver(g: Group, candidates: Candidates, asker: string): Unit | null {
  let first: number | null = null;
  for (const id of g.members) {
    const u = candidates.units[id]!;
    if (u.person === asker || u.sentence.stance === 'against' || u.reply === 'disagree') continue;
    if (first === null || id < first) first = id;
  }
  return first === null ? null : candidates.units[first]!;
}

/** Longest quote of the update shown with what it vouches for. */
const QUOTE_MAX = 160;

function quoted(sentence: string): string {
  const s = sentence.trim();
  return s.length <= QUOTE_MAX ? s : s.slice(0, QUOTE_MAX - 1).trimEnd() + '…';
}
