/**
 * A sentence's stance on one group of advice, shared by the grouping (an agreeing reply takes
 * the side of the answer it agrees with) and the suggestions it makes (each supporter's side).
 */
import type { Unit } from './candidates';
import { IMPERATIVE_VERBS } from './detect-features';
import type { Term } from './keys';
import { saysItFails } from './detect';
import { warningAt } from './label-clauses';
import { isVerdictKey } from './verdicts';

/**
 * A warning that points back at what the sentence named first: "You can use name!!.length but it
 * throws, so DON'T DO THAT unless you're sure". (Not "…if you can avoid it", which limits a warning.)
 */
const WARNS_OF_IT =
  /\b(?:don't|don\u2019t|do not|never|(?<!\b(?:can|could|to) )avoid) (?:do |doing )?(?:that|this|it)\b(?! (?:is|was|helps|works|way)\b)/i;

/** How long or how much, said as a limit ("too long", "for too long", "too often"). */
const LIMIT = /\btoo (?:long|much|often)\b/i;

/** Keys of verbs that themselves say not to ("SKIP linking to…"): no other thing advised. */
const NEGATING_VERB = /^[wp]:(?:skip|avoid|ditch|stop|quit|never|refrain|ban|drop)(?: |$)/;

/**
 * A sentence's stance on one group: against when it negates every group term it names ("don't
 * apologize", "heat, not ice" is against ice only), else the detector's sentence-level stance.
 */
export function stanceIn(u: Unit, keys: ReadonlySet<string>): 'for' | 'against' {
  // A verdict is given, not argued against: "nothing wrong with it, and don't apologize" is for it.
  for (const k of u.strong) if (isVerdictKey(k) && keys.has(k)) return 'for';
  // A story told in an agreeing reply ("This is what worked for us. Dad would argue with me but
  // NOT WITH HIS GP.") backs the answer, whatever it says "not" of.
  if (u.reply === 'agree' && u.tier === 'mention') return 'for';
  // "Don't leave it in the vinegar too long": a limit on how to use the thing, not a warning off it.
  if (u.sentence.stance === 'for' && LIMIT.test(u.text)) return 'for';
  // Counted in one pass, no list built: this runs for every sentence of every group.
  let named = 0;
  let negated = 0;
  // The same over the group's terms the sentence plainly advises or warns of: "Don't do monster
  // SPRAY, it tells them MONSTERS are real" warns of the spray, whatever it says of monsters after.
  let plainNamed = 0;
  let plainNegated = 0;
  let plain = false;
  let first = -1;
  // "Keep OFFERING them without pressure": what the sentence plainly advises before the group's
  // thing, which it only says to do without.
  let advisesOther = false;
  for (const t of u.terms) {
    if (!keys.has(t.key)) {
      if (t.strong && !t.negated && named === 0 && !NEGATING_VERB.test(t.key)) advisesOther = true;
      continue;
    }
    // "Stop overwatering" is for watering less.
    if (t.cures) return 'for';
    named++;
    if (t.negated) negated++;
    if (t.strong) {
      plainNamed++;
      if (t.negated) plainNegated++;
    }
    // "Weigh your flour, don't use cups": a thing aimed at before the warning's clause is advised
    // (the warning naming it again, "…between WATERINGS", leaves it so).
    if (t.strong || t.target) {
      plain = true;
      if (first < 0 || t.end < first) first = t.end;
    }
  }
  if (plainNamed > 0 && plainNamed < named) {
    named = plainNamed;
    negated = plainNegated;
  }
  if (named > 0 && negated === named) return u.sentence.stance === 'for' && advisesOther ? 'for' : 'against';
  if (negated > 0) return 'for';
  // (Not a sentence running its thing down: "Those dog rocks … are a scam, they don't change…".)
  if (
    u.sentence.stance === 'against' &&
    plain &&
    warnsOnlyAfter(u.text, first) &&
    !saysItFails(u.text.toLowerCase()) &&
    !WARNS_OF_IT.test(u.text)
  )
    return 'for';
  if (u.sentence.stance === 'against' && named > 0 && negated === 0 && !WARNS_OF_IT.test(u.text)) {
    const at = warningAt(u.text);
    if (at >= 0 && (praisedBefore(u.text, u.terms, keys, at) || toldAfter(u.text, u.terms, keys, at)))
      return 'for';
  }
  return u.sentence.stance;
}

/**
 * "Moderate exercise during the day HELPS, but don't go hard late": a first clause that praises
 * what it names, the warning only after it.
 */
const PRAISING_CLAUSE =
  /^[^,;:]*?\b(?:helps?|helped|works?|worked|(?:is|are) (?:great|good|brilliant|excellent|key|essential|worth it|a must|the way to go|your friend))\b[^,;:]*[,;:]/i;

function praisedBefore(text: string, terms: readonly Term[], keys: ReadonlySet<string>, at: number): boolean {
  const m = PRAISING_CLAUSE.exec(text);
  if (m === null || at < m[0].length || saysItFails(m[0].toLowerCase())) return false;
  return terms.every((t) => !keys.has(t.key) || t.end <= m[0].length);
}

/**
 * An instruction of its own after the warning: "just don't pull it off early, LET IT FALL OFF on
 * its own", "don't confirm anything and GET IT ALL IN WRITING".
 */
function toldAfter(text: string, terms: readonly Term[], keys: ReadonlySet<string>, at: number): boolean {
  let start = -1;
  for (const t of terms) {
    if (!keys.has(t.key)) continue;
    if (!(t.strong || t.target) || t.start < at) return false;
    // (Or an "and" before a verb of its own: "don't confirm anything AND get it all in writing".)
    const open = Math.max(
      text.lastIndexOf(',', t.start),
      text.lastIndexOf(';', t.start),
      text.lastIndexOf(' and ', t.start),
    );
    if (open < at) return false;
    start = start < 0 ? open : Math.min(start, open);
  }
  const clause = text.slice(start + 1);
  const verb = /^\s*(?:(?:and|then|just|instead|rather)\s+)*([a-z]+)/i.exec(clause)?.[1]?.toLowerCase();
  return (
    verb !== undefined &&
    IMPERATIVE_VERBS.has(verb) &&
    !/\b(?:don't|dont|do not|never|not|no)\b/i.test(clause)
  );
}

/**
 * Whether one person's sentences in a group argue against it: every one of them does, of those
 * that name the group's own key when some do ("Don't use wrist RESTS…" is against, whatever
 * "Rest your palms only when pausing" joined the group by).
 */
export function warnsOf(units: readonly Unit[], keys: ReadonlySet<string>, anchor: string): boolean {
  const naming = units.filter((u) => u.keys.has(anchor));
  const said = naming.length > 0 ? naming : units;
  let warned = false;
  let backed = false;
  for (const u of said) {
    if (stanceIn(u, keys) === 'against') warned = true;
    // "Ditch the cable lock. Cable locks can be cut in seconds…": a sentence after the warning
    // that only tells of the thing, aiming at none of it, gives the reason, not a second side.
    else if (u.terms.some((t) => keys.has(t.key) && (t.target || t.strong))) backed = true;
    else if (!warned) backed = true;
  }
  return warned && !backed;
}

/**
 * Whether the sentence advises the group's thing in a clause of its own before it warns:
 * "Follow the 10% RULE: don't add more than 10% a week" is for the rule.
 */
function warnsOnlyAfter(text: string, end: number): boolean {
  if (end < 0) return false;
  const at = warningAt(text);
  return at > end && /[,;:–—-]/.test(text.slice(end, at));
}

/** A reply opening by granting the other side a point: "Fair, …", "Good point, though…", "True, mine's somewhere mild." */
const GRANTS =
  /^\W*(?:(?:ok(?:ay)?|yeah|yes|haha|lol|hmm)[,.!]*\s+)?(?:fair(?: enough| point)?|good point|true|granted|point taken|that's fair)(?=[\s,.!;:]|$)/i;

/**
 * Words that take one's advice back, or bow out, rather than grant a point and keep it: "Fair
 * enough, I was half joking", "fair enough, times have changed I guess", "Fair, I didn't know that".
 */
const TAKES_BACK =
  /\b(?:scratch that|take (?:it|that) back|ignore (?:me|my|what i said)|retract|stand corrected|my bad|(?:don't|do not) do (?:it|that|this)|joking|kidding|moved on|(?:have|has) changed|i guess|i suppose|didn't know|did not know|didn't reali[sz]e|good to know|til)\b/i;

/**
 * Whether a reply grants a critic a point and goes on to keep its advice, with a caveat ("Fair,
 * it's a last resort. It did help on my Kia though.", "True, test first."), as its giver replies
 * under an objection. A bare "Fair." may as well give it up.
 */
export function grantsAPoint(text: string): boolean {
  const m = GRANTS.exec(text);
  if (m === null) return false;
  const rest = text.slice(m[0].length, 200);
  return /\p{L}+\W+\p{L}+/u.test(rest) && !TAKES_BACK.test(rest);
}
