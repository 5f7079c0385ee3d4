/**
 * Verdicts: the answers to a question that asks for a judgement ("Did I do something wrong?",
 * "Am I overreacting?", "AITA?"). There the commonest answer is no advice at all but a verdict
 * ("You did the right thing", "There's nothing wrong with what you did"), and a reader wants
 * to see how many gave it. Verdict sentences get a key of their own, `v:right` or `v:wrong`,
 * which groups them like any other key; the label is the verdict in its answerers' own words.
 * A yes-or-no question whether a thing is worth it is answered the same way, on its two sides
 * `v:worth` and `v:not-worth`; so is one whether to do a thing ("Should I quit my job to join a
 * startup?"), on `v:go` and `v:stay`.
 */
import type { Thread } from '../model';

export type Verdict = 'right' | 'wrong' | 'worth' | 'not-worth' | 'go' | 'stay';

/** The key a verdict sentence carries: one per side. */
export function verdictKey(v: Verdict): string {
  return `v:${v}`;
}

export function isVerdictKey(key: string): boolean {
  return key.charCodeAt(0) === 118 && key.charCodeAt(1) === 58;
}

/** A question put to the readers for their judgement of what the asker did or wants to do. */
const ASKS_JUDGEMENT =
  /\b(?:did i (?:do|say) (?:something|anything|the) ?(?:wrong|right)|did i (?:overreact|over-react|mess up|screw up|make (?:a|the) (?:mistake|wrong (?:call|choice|decision)))|was i (?:wrong|right|in the wrong|out of line|unreasonable|rude|unfair|being (?:unreasonable|rude|unfair|petty|selfish|dramatic))|am i (?:wrong|in the wrong|right|overreacting|over-reacting|out of line|crazy|the asshole|being (?:unreasonable|dramatic|petty|rude|selfish|paranoid|oversensitive|too sensitive))|would i be (?:wrong|the asshole|unreasonable|out of line)|was (?:it|that|this) (?:wrong|okay|ok|rude|out of line|unreasonable) (?:of me|for me|to)|aita|wibta)\b/i;

/** Whether the thread asks its readers to judge the asker: its title or the question's opening or close. */
export function asksForJudgement(thread: Pick<Thread, 'title' | 'question'>): boolean {
  const text = thread.question.text;
  const ends = text.length <= 1000 ? text : `${text.slice(0, 600)}\n${text.slice(-400)}`;
  return ASKS_JUDGEMENT.test(thread.title) || ASKS_JUDGEMENT.test(ends.replace(/[\u2018\u2019]/g, "'"));
}

/** "did not", "didn't", "didnt", "did nt" (some copies split the contraction). */
const DID_NOT = "did(?:n't|nt| nt| not)";

/**
 * Sentences telling the asker they did right: "you did the right thing", "you did nothing
 * wrong", "you didn't do anything wrong", "there's nothing wrong with what you did", "you're
 * not wrong", "NTA". Said of the asker ("you"): "I did the right thing" is a story.
 */
const RIGHT = new RegExp(
  [
    `\\byou(?: (?:just|definitely|absolutely|totally|really|certainly))? (?:did|done|handled (?:it|this|that|things)|acted|made) (?:(?:absolutely|exactly|completely|totally|just) )?(?:the right (?:thing|call|choice|decision)|right|nothing wrong|fine|great|good|well|a (?:good|great) (?:thing|job))\\b`,
    `\\byou ${DID_NOT} do (?:anything|a thing|something) wrong\\b`,
    `\\b(?:there's|there is|there was|nothing) (?:absolutely |at all |really )?(?:nothing )?(?:at all )?wrong with (?:what you did|what you've done|you doing|your (?:decision|choice|doing))`,
    `\\bdon't think you did (?:anything|something) wrong\\b`,
    `\\byou(?:'re| are| were)(?: (?:definitely|absolutely|totally|really))? (?:not|n't) (?:wrong|in the wrong|overreacting|over-reacting|out of line|being unreasonable)\\b`,
    `\\byou weren't (?:wrong|in the wrong|out of line)\\b`,
    `\\byou(?:'re| are) doing (?:a (?:great|good) job|the right thing|great|fine)\\b`,
    `\\byou(?:'re| are| were)(?: (?:definitely|absolutely|totally|completely))? in the right\\b`,
    `\\b(?:you doing it|what you did) (?:is|was) (?:totally |perfectly |completely |absolutely )?(?:fine|right|ok|okay|great|good)\\b`,
    `\\bdid what (?:you (?:felt|thought|knew) )?was (?:right|best|the right thing)\\b`,
    `\\bnta\\b`,
  ].join('|'),
  'i',
);

/** Sentences telling the asker they did wrong: "you were wrong", "you're in the wrong", "YTA". */
const WRONG =
  /\byou(?:'re| are| were)(?: (?:definitely|absolutely|totally|a bit|a little|kind of|slightly))? (?:wrong|in the wrong|out of line|overreacting|over-reacting|being unreasonable)\b|\byou did (?:something|the wrong thing)\b|\b(?:what you did|you doing (?:it|that|this)) (?:is|was) (?:(?:totally|completely|absolutely|definitely|a bit|kind of) )?wrong\b|\byta\b/i;

/** Openings that turn a verdict round ("I don't think you were wrong", "not that you did anything wrong"). */
const DENIED = /(?:\bnot|n't|\bnever|\bnobody|\bno one)\b[^.;!?]{0,20}$/i;

/** The verdict a sentence gives on the asker, with the words that give it, or null. */
export function verdictIn(sentence: string): { verdict: Verdict; words: string } | null {
  const text = sentence.replace(/[\u2018\u2019]/g, "'");
  const right = RIGHT.exec(text);
  if (right) return { verdict: 'right', words: sentence.slice(right.index, right.index + right[0].length) };
  const wrong = WRONG.exec(text);
  if (!wrong) return null;
  // "I don't think you were wrong" says the asker was right.
  const verdict = DENIED.test(text.slice(0, wrong.index)) ? 'right' : 'wrong';
  return { verdict, words: sentence.slice(wrong.index, wrong.index + wrong[0].length) };
}

/**
 * A yes-or-no question whether a thing is worth it ("Is a standing desk worth it?", "Would an
 * SSD be worth the money?"): its answers side with yes or no, and a reader wants the count.
 * Not "What is the most worth-it thing…?", which asks for picks.
 */
const ASKS_IF_WORTH =
  /^(?:(?:so|ok|okay|honestly|serious question),? )?(?:is|are|was|were|would|will|does|do|should)\b[^?]{0,100}\bworth\b[^?]{0,60}\?/i;

export function asksIfWorth(thread: Pick<Thread, 'title'>): boolean {
  return ASKS_IF_WORTH.test(thread.title.trim());
}

/** A key of the side taken on whether a thing is worth it. */
export function isWorthKey(key: string): boolean {
  return key === 'v:worth' || key === 'v:not-worth';
}

/** "Not worth it", "isn't worth the money", "a waste of money", "save your money", "skip it". */
const NOT_WORTH =
  /(?:\bnot|n't|\bnever|\bhardly|\bbarely) (?:\w+ )?worth (?:it|the|every|a)\b|\b(?:a (?:complete |total )?waste of (?:money|time|cash)|save your (?:money|cash|time)|don't (?:bother|waste your (?:money|cash|time))|skip (?:it|them))\b/i;

/**
 * A short sentence that only says the thing is not worth it ("Save your money.", "Don't
 * bother.", "Not worth it."): a side taken, naming nothing of its own.
 */
export function onlySaysNotWorth(sentence: string): boolean {
  const text = sentence.trim().replace(/[\u2018\u2019]/g, "'");
  return text.split(/\s+/).length <= 6 && NOT_WORTH.test(text);
}

/** "Worth it", "totally worth the money", "worth every penny". */
const WORTH =
  /\b(?:(?:totally|definitely|absolutely|so|well|completely|really|100%) )?worth (?:it|every (?:penny|cent|dollar)|the (?:money|price|cost|upgrade|investment))\b/i;

/** A bare answer opening a reply: "Yes!", "Absolutely.", "No, …", "Honestly no.". */
const YES =
  /^(?:(?:honestly|frankly|personally|for me|tbh|imo),? )?(?:yes|yep|yeah|yup|absolutely|definitely|100%)\b/i;
const NO =
  /^(?:(?:honestly|frankly|personally|for me|tbh|imo),? )?(?:no|nope|nah)\b(?! (?:matter|one|doubt)\b)/i;

/**
 * The side a sentence takes on whether the thing asked about is worth it, with the words that
 * say so ("Totally worth it"; a bare "Yes" at an answer's opening is put as "Worth it"), or null.
 */
export function worthVerdictIn(
  sentence: string,
  opening: boolean,
): { verdict: Verdict; words: string } | null {
  const text = sentence.replace(/[\u2018\u2019]/g, "'");
  const not = NOT_WORTH.exec(text);
  if (not) return { verdict: 'not-worth', words: sentence.slice(not.index, not.index + not[0].length) };
  const yes = WORTH.exec(text);
  if (yes) return { verdict: 'worth', words: sentence.slice(yes.index, yes.index + yes[0].length) };
  if (!opening) return null;
  if (YES.test(text)) return { verdict: 'worth', words: 'Worth it' };
  if (NO.test(text)) return { verdict: 'not-worth', words: 'Not worth it' };
  return null;
}

/** A key of the side taken on whether to do a thing. */
export function isDecisionKey(key: string): boolean {
  return key === 'v:go' || key === 'v:stay';
}

/**
 * A key of a side on a yes-or-no question (worth it, or whether to do it): the advice given
 * beside it ("No. Just take walking breaks instead.") stands alone too.
 */
export function isSideKey(key: string): boolean {
  return isWorthKey(key) || isDecisionKey(key);
}

/**
 * A yes-or-no question whether to do a thing: "Should I quit my stable job to join a startup?",
 * "Is it a good idea to buy now?", "Would it be crazy to move abroad?". Not one between things
 * ("Should I learn Python or Go?", which asks for picks), nor what or how ("What should I…").
 */
const ASKS_WHETHER_TO =
  /^(?:(?:so|ok|okay|honestly|serious question),? )?(?:should (?:i|we)|is it (?:a good idea|smart|wise|crazy|stupid|dumb|silly|reasonable|too late) to|would (?:it be|i be) (?:crazy|stupid|dumb|silly|wrong|foolish) to)\s+(?:(?:just|really|still|finally|actually|even)\s+)?([a-z]+)\b(?![^?]*\bor\b)[^?]{0,120}\?/i;

/** The verb of a yes-or-no question whether to do a thing ("quit"), or null when the title asks none. */
export function decisionAsked(thread: Pick<Thread, 'title'>): string | null {
  const m = ASKS_WHETHER_TO.exec(thread.title.trim());
  return m ? m[1]!.toLowerCase() : null;
}

/** "Go for it", "take the leap", "you won't regret it", "I did it and never regretted it". */
const GO =
  /\b(?:go for it|(?:just |definitely |absolutely )?do it(?=[.!]*$)|take the (?:leap|plunge|chance|risk)|(?:you )?won't regret it|never regretted it|never looked back|(?:i'd|i would) (?:do it|go for it|take it|jump))\b/i;

/** "Stay put", "Don't do it", "I wouldn't", "hold off", "I'd stay": the other side. */
const STAY =
  /\b(?:stay put|stay where you are|(?:please )?don't do it|i (?:wouldn't|would not)(?: do it)?(?=[.!]*$)|hold off|(?:i'd|i would) (?:stay(?: put)?|wait|hold off|keep (?:your|my) job))\b/i;

/** Words good enough to name a side by; others are put as "Go for it" and "Don't do it". */
const NAMES_GO = /^(?:go for it|take the (?:leap|plunge|chance|risk)|do it|just do it)$/i;
const NAMES_STAY = /^(?:stay put|hold off|don't do it)$/i;

/** Words that may open an order: "Please don't…", "Just quit." */
const LEAD = /^(?:(?:please|just|seriously|definitely|absolutely),? )+/;
const FORBIDS = /^(?:don't|do not|never) /;

/**
 * The side a sentence takes on whether to do the thing asked (`verb`, "quit"; empty when only
 * the words are wanted), with the words to name it by: "Go for it", "Stay put". A bare "Yes!"
 * opening an answer, or the verb said as an order ("Quit."), is "Go for it"; a bare "No." or
 * "Don't quit" is "Don't do it".
 */
export function decisionVerdictIn(
  sentence: string,
  opening: boolean,
  verb: string,
): { verdict: Verdict; words: string } | null {
  const text = sentence.replace(/[\u2018\u2019]/g, "'").trim();
  const stay = STAY.exec(text);
  if (stay) {
    const said = stay[0].replace(/^i(?:'d| would) /i, '');
    return { verdict: 'stay', words: NAMES_STAY.test(said) ? said : "Don't do it" };
  }
  // "Don't quit until…", "Quit." (the asked verb, told or forbidden): no pattern per verb.
  const order = verb ? text.toLowerCase().replace(LEAD, '') : '';
  const forbidden = FORBIDS.exec(order);
  if (forbidden && order.slice(forbidden[0].length).split(/\W/)[0] === verb)
    return { verdict: 'stay', words: "Don't do it" };
  const go = GO.exec(text);
  if (go) {
    return { verdict: 'go', words: NAMES_GO.test(go[0]) ? go[0] : 'Go for it' };
  }
  if (verb && /[.!]$/.test(order) && order.replace(/[.!]+$/, '') === verb)
    return { verdict: 'go', words: 'Go for it' };
  if (!opening) return null;
  if (YES.test(text)) return { verdict: 'go', words: 'Go for it' };
  if (NO.test(text)) return { verdict: 'stay', words: "Don't do it" };
  return null;
}
