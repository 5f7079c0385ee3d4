/**
 * Endorsements said without a verb of agreeing: "Enzyme cleaner, absolutely.", "Physical
 * therapist, yes.", "Second CBT-I." Forum replies vouch for an earlier suggestion this way as
 * often as with "seconding"; the model's agreement rule (a feature it was trained with) does not
 * know them, so they are read here, outside the model, like the stance rules in detect.ts.
 */

/** A cheap look for the emphatics that need no comma before the fragment regex. */
const EMPHATIC_WORDS = /\b(?:sure|100%|way|times|time|down)\W*$/i;

/** Words a fragment's thing cannot open with: a clause or a reply, not a thing named. */
const NOT_A_THING =
  /^(?:yes|yeah|no|nope|ok|okay|well|oh|so|and|but|or|this|that|these|those|it|its|it's|i|i'm|i've|i'd|we|you|he|she|they|there|here|thanks?|thank|sure|maybe|probably|honestly|agree|agreed|same|me|if|when|then|also|just|not|definitely|absolutely)\b/i;

/**
 * "X, absolutely." and the like: a short thing, a comma, an emphatic yes, nothing more. The
 * emphatics of several words need no comma ("Split keyboard all the way.").
 */
const FRAGMENT =
  /^([^,.;:!?()]{2,40}?)(?:,\s*(?:yes|yep|yup|absolutely|definitely|agreed|seconded|totally|this)|,?\s+(?:for sure|100%|all the way|a thousand times|every time|hands down))(?:\s*[.!]+)?\s*$/i;

/** "Second CBT-I", not "Second, try…" (an ordinal) nor "Second time I…" ("second" as an adjective). */
const SECOND_THING =
  /^(?:i\s+)?second(?:ed)?\s+(?!(?:of|to|time|times|thing|things|step|steps|one|day|days|week|month|year|option|place|hand|hands|guess|half|round|opinion|choice|part|point|problem|issue|reason|try|attempt|idea|is|was|are|were|and|or|child|kid|baby|job|language|floor|row|line|person|bedroom|car|house|home|dose|shot|date|chance|wind|nature|generation|draft|edition|trimester|grade|class|season|book|set|level|stage|phase|hour|minute)\b)[\p{L}\p{N}"'“‘]/iu;

/** Whether the sentence is a fragment naming a thing and vouching for it ("Enzyme cleaner, absolutely."). */
export function endorsedFragment(text: string): boolean {
  if (text.length > 60 || (!text.includes(',') && !EMPHATIC_WORDS.test(text))) return false;
  const m = FRAGMENT.exec(text.trim());
  return m !== null && !NOT_A_THING.test(m[1]!.trim());
}

/**
 * At most this many words in "Second X": a name and a word or two of praise ("Second CBT-I, it
 * works"), not a sentence going on ("second plane looks like a boeing 737").
 */
export const SECOND_MAX_WORDS = 6;

/** Whether the sentence vouches for a thing named in it: a fragment as above, or "Second X". */
export function endorses(text: string): boolean {
  if (text.length > 80) return false;
  const t = text.trim();
  return endorsedFragment(t) || opensWithSecond(t, t.split(/\s+/, SECOND_MAX_WORDS + 1).length);
}

/** Whether "second" opens a sentence of `words` words as "I second X" does (its next word is the thing). */
export function opensWithSecond(text: string, words: number): boolean {
  if (words > SECOND_MAX_WORDS || text.length > 80) return false;
  const t = text.trim();
  // A cheap look for the opening word before the regex: most openings are no "second".
  const c = t.charCodeAt(0) | 32;
  return (c === 115 || c === 105) && SECOND_THING.test(t);
}
