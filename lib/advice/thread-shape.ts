/**
 * What kind of help a thread asks for, and how its replies relate to each other. Two shapes
 * change how answers are read:
 *  - a request for recommendations ("What are the best papers you read?", "most worth-it
 *    purchase?", "Any book recommendations?"): a top-level answer's opening sentence names
 *    its recommendation even when it is not phrased as advice ("A Miele canister vacuum.");
 *  - a reply to another answer that opens by agreeing ("Same here", "Agreed", "+1") or
 *    disagreeing ("I disagree") adds its author to, or against, what that answer advised.
 */
import type { Thread } from '../model';
import { IMPERATIVE_VERBS } from './detect-features';

/**
 * Asking for things to try, read, buy or use, rather than for a fix: judged on the title and the
 * question's opening ("Books like The Martian?", "Gift ideas for my dad", "Three days in Lisbon,
 * what should I not miss?").
 */
const RECOMMENDATION_REQUEST =
  /\b(?:(?<!\b(?:my|your|our|his|her|their|at) )best(?! (?:friends?|man|men|interests?|of luck|regards|wishes)\b)|favou?rite|recommend(?:ation)?s?|suggestions? (?:for|of|on)|worth[- ]it|must[- ](?:reads?|haves?|sees?)|what (?:[\w-]+ ){0,3}(?:do|did|would) you (?:all |guys |folks |people )?(?:use|read|recommend|suggest|buy|watch|listen)|(?:good|great) (?:books?|papers?|resources?|tools?|apps?|podcasts?|games?|places?|restaurants?|movies?|shows?)|(?:which|what) (?:[\w-]+ ){0,3}(?:should (?:i|we)|to) (?:buy|get|use|read|choose|pick)|(?:books?|novels?|movies?|films?|shows?|series|games?|podcasts?|albums?|bands?|music|authors?) (?:like|similar to)|gift (?:ideas?|suggestions?)|ideas for (?:a |an )?(?:gift|present)|what (?:should (?:i|we)|to|can (?:i|we)) (?:get|buy|give) (?:my|our|for|a|him|her|them)|(?:should i |can't |not )miss|things to (?:do|see|eat)|what to (?:do|see|eat) in|where (?:to|should (?:i|we)) (?:eat|stay|live|go))\b/i;

/** How much of the question beyond its title is read for its kind: its opening says what is asked. */
const QUESTION_HEAD = 400;

/** A question between named options: "Should I buy a used Honda Civic or a new Kia Forte?", "Postgres vs MySQL?". */
const CHOICE = /^(.*?\S)\s+(?:or|vs\.?|versus)\s+(\S.*?)\s*\?*\s*$/i;

/** Words before the options that only ask ("Should I buy", "Which is better,"). */
const CHOICE_LEAD =
  /^(?:.*\b(?:should (?:i|we)|which|whether|better|choose|between|pick|buy|get|go with|use|take|learn)\b[\s,:]*)?/i;

/** How a question to choose opens: "Should I…", "Which…", "Would you…", "Is it better to…". */
const ASKS_TO_CHOOSE =
  /^(?:should (?:i|we)|which|would you|is it better|better|[\w\s,]{0,40}?\bshould (?:i|we))\b/i;

/**
 * The options a title asks the readers to choose between, a few words each ("a used Honda
 * Civic", "a new Kia Forte"), or null when it asks no such choice: "X vs Y", or a question that
 * asks to choose ("Should I…", "Which…", "Laptop died, should I repair it or buy new?"). The
 * answers' verdicts pick one, so the options are the advice, not the topic.
 */
export function choiceOptions(title: string): [string, string] | null {
  const t = title.trim();
  const versus = /\b(?:vs\.?|versus)\b/i.test(t);
  if (!versus && !(t.endsWith('?') && ASKS_TO_CHOOSE.test(t))) return null;
  const m = CHOICE.exec(t);
  if (!m) return null;
  const left = m[1]!.replace(CHOICE_LEAD, '').split(/\s+/).slice(-4).join(' ');
  // The second option ends where the question goes on ("MySQL | for a small app").
  const right = m[2]!
    .split(/[,;:?]|\s(?:for|in|on|with|when|if|as|at|to|given)\s/i)[0]!
    .split(/\s+/)
    .slice(0, 4)
    .join(' ');
  return left && right ? [left, right] : null;
}

export function isRecommendationRequest(thread: Pick<Thread, 'title' | 'question'>): boolean {
  if (RECOMMENDATION_REQUEST.test(thread.title) || choiceOptions(thread.title)) return true;
  // In the body only a direct request counts: "any suggestions?" closes most help questions.
  const head = thread.question.text.slice(0, QUESTION_HEAD);
  return /\b(?:recommend (?:me|some|a|an|any)|(?:looking for|need|want) (?:some |good |your )?recommendations|what (?:are|is) (?:your|the) (?:best|favou?rite))\b/i.test(
    head,
  );
}

export type ReplyStance = 'agree' | 'disagree';

/**
 * Openings that agree with the answer replied to. Anchored at the start of the reply's first
 * sentence: "I agree with you but…" agrees; "you'd agree that…" later in a sentence does not.
 * "This worked for me." under an answer backs it, though it names nothing of it; so do "This
 * is the most common one", "This is the only thing that worked", "Cold Turkey is the only one I
 * couldn't get around", a "Fair, …" that goes on
 * without a "but", and a flaw granted before the "but" that backs it ("Band-aid, but honestly
 * fine as a stopgap", "Pricey, but worth it"), and "This, plus turn off notifications", which
 * adds to it; so do "Honestly this." and "This is the real problem for most people.", a bare
 * "100%.", "This is what we do" and "This works surprisingly well".
 */
const AGREES =
  /^(?:\W*\+ ?1\b|(?:honestly|seriously|truly|literally),? this(?=\s*(?:[.!,;:]|$))|(?:this|that)(?: is|'s) (?:really |actually |exactly )?the (?:real|actual|main|root|underlying) (?:problem|issue|cause|reason)\b(?! with\b)|[\w' -]{1,40}? (?:is|was) the only one (?:i|we) (?:couldn't|could not|can't|cannot) (?:get around|bypass|beat|cheat|get past)\b|(?:this|that|it)(?: is|'s| was) the only thing that (?:\w+ )?(?:worked|helped)\b|[\w' -]{1,40}? (?:is|was) the only (?:one|thing) that (?:\w+ )?(?:works|worked|helps|helped) for (?:me|us)\b|[^.!?,]{1,40},? but (?:honestly |it's |it is |still |totally |perfectly )?(?:fine|ok|okay|good enough|worth it|worth the money)\b(?! (?:if|unless|for (?:a|the|some|most|small))\b)|(?:this|that|it)(?:'s| is) (?:by far |probably |easily )?(?:the )?most common (?:one|cause|culprit|reason|problem|leak|mistake)\b|fair(?: enough| point)?(?=\s*(?:[,.!;:]|$))|(?:100% |1000% |so much |very much )this(?=\s*(?:[.!,;:]|$))|(?:100|1000) ?%[.!]*$|same(?: here| for me| with me| experience)?\b|agreed?\b|(?:i |totally |completely |strongly |fully |also |100% )+agree\b|this[.!]*$|this\.|this(?:,\s*(?:and|plus|\+)|\s+(?:plus|\+))\s|(?:this|that)(?: is|'s) (?:(?:100% |absolutely |definitely |really |exactly )?the (?:(?:right|correct|best|real|only|easy|easiest|simplest|obvious) )?(?:one|answer|way(?: to (?:do|go about|handle|fix) (?:it|this|that))?|fix|solution|secret|key|trick|move|(?:first )?step)(?=\s*(?:[.!,;:]|$)| if\b)|(?:(?:really|honestly|definitely|absolutely) )?the (?:single )?(?:biggest|best|most important|number one) (?:thing|tip|one|piece of advice)\b|so true|it\b|exactly(?! (?:how|why)\b)|correct\b|(?:so |absolutely |exactly |totally |100% )?(?:right|spot on)(?=\s*(?:[.!,;:]|$)))|so true(?=\s*(?:[.!,;:]|$))|[\w-]+ but (?:so |very |totally )?true[.!]*$|[^.!?]{0,60}?\b(?:it's|it has|it was|that's|that was|they've|they have|they were) (?:been )?(?:a |an |an absolute |a total |a real |such a )?(?:lifesaver|life saver|life-saver|game[- ]?changer|godsend)\b(?![^.!?]*\?)|seconded\b|(?:also |and )?(?:seconding|thirding|nthing)\b|(?:also |and )?(?:second|third|nth)(?:ed)? (?:the|this|that|what|everyone|everything|all|(?!(?:no|some|any|every)?thing\b|morning\b|evening\b|building\b|ending\b|meeting\b|setting\b|wedding\b|feeling\b|sibling\b|spring\b|string\b)[a-z]{2,}ing)\b|another vote for\b|exactly\b|absolutely\b|yes[,.!]|true[,.!](?!\s*but\b)|(?:(?:a )?(?:big|huge|hard|strong) )?yes (?:to|on)\b|yep\b|yup\b|me too\b|(?:i |we )?(?:also |too )?(?:came|was going) (?:here )?to (?:say|post|suggest|recommend|mention|cite)|(?:i )?(?:was|am) (?:just )?(?:about|going) to (?:say|post|suggest|recommend|mention|cite)|(?:great|excellent|solid) (?:pick|choice|suggestion|recommendation|call|advice|tip|point)\b|good (?:pick|choice|call|suggestion|one|advice|tip|point)\b|(?:great|excellent|solid|good|clever|smart) (?:idea|test|trick|approach)\b(?!,? (?:but|in theory|if|though)\b| to\b)|(?:(?:this|that)(?: is|'s) (?:the |an? )?)?(?:an? )?(?:(?:very|really|so|highly|massively|criminally|seriously|most|the most) )?underrated (?:fix|tip|trick|advice|suggestion|one|answer|comment|idea)\b|(?:(?:this|that)(?: is|'s) )?(?:the |by far the )?best (?:answer|advice|comment|suggestion)(?: (?:here|in (?:the|this) thread|so far))?(?=\s*(?:[.!,;:]|$))|(?:this|that)(?:'s| is) (?:so |very |really |massively |hugely |seriously )?underrated(?=\s*(?:[.!]|$))|[\w' -]{1,40}? (?:is|was) (?:the|my) (?:single )?(?:biggest|best|most important) (?:change|thing|difference) (?:i|we) (?:made|did|found|tried)\b|(?:this|that)(?:'s| is) (?:a |an |such a )?(?:really |very )?(?:great|good|solid|smart|sensible) (?:approach|idea|call|tip|point)\b(?![^.!?]*\bbut\b)|(?:this|that)(?: is|'s) (?:so |really |absolutely |definitely |very |super )?(?:key|important|crucial|essential|vital)(?=\s*(?:[.!,;:]|$)|\s+(?:with|for|here)\b)|[\w%' -]{1,40}? (?:is|are|sounds|seems) (?:(?:very|totally|perfectly|pretty|quite) )?reasonable\b(?![^.!?]*\bbut\b)|[\w' -]{1,40}? (?:is|are|was|were) (?:really |so |absolutely |also )?(?:great|perfect|ideal|amazing|fantastic|brilliant) for (?:this|that)(?=\s*(?:[.!]|$))|(?:love|loved) (?:this|that|it)\b|[\w' -]{1,40}? (?:is|are) (?:basically |essentially |exactly |just |really )?the same (?:thing|stuff|product|ingredient)(?=\s*(?:[.!,;:]|$))|(?:the|this|that|your) [\w' -]{0,40}?(?:method|trick|technique|approach|tip|advice|thing|idea|hack) (?:really |definitely |totally |absolutely |also )?(?:works|worked|helps|helped)\b|[\w' -]{1,40}? (?:is|was|are|were) (?:such |a |an )?(?:(?:really|very|such) )?(?:great|excellent|solid|sound|good|the best) (?:advice|tip|idea|suggestion|call|approach)\b(?! to\b)|[\w' -]{1,40}? (?:is|are) (?:definitely |really |absolutely |honestly |totally )?the (?:only )?(?:way(?: to go)?|answer)(?=\s*(?:[.!]|$))|(?:the|this|that|your) [\w' -]{0,40}?(?:thing|trick|tip|point|advice|idea|part|one) (?:is|was) (?:so |very |really |absolutely )?(?:true|spot on)(?=\s*(?:[.!,;:]|$))|this is (?:exactly )?how (?:i|we) (?:found out|figured (?:it )?out|fixed (?:it|mine|ours))\b|(?:this|that|it) (?:was|is) (?:exactly |literally |also )?(?:our|my) (?:bug|problem|issue|culprit|mistake)[.!]*$|(?:this|that)(?: is|'s| was) (?:honestly |really |literally )?the only (?:way|thing) (?:i|we)(?:'ve| have)? (?:\w+ )?(?:kept|got|managed|survived|stayed|made it)\b|(?:this|that)(?: is|'s|\u2019s| was) (?:exactly |also )?what (?:(?:finally|eventually|actually|ultimately|really) )?(?:worked|helped|did it|did the trick|fixed it|(?:i|we) (?:did|do|always do))\b|[a-z]+ing\b[\w' -]{0,30}? (?:is|was) (?:exactly |also )?what (?:i|we) (?:did|do|always do)\b|(?:this|that)(?: (?:really|totally|also|definitely|absolutely|100%|actually|honestly|exactly))? (?:worked|works|helped|helps|fixed (?:it|mine|ours|the problem)|did (?:it|the trick)|solved (?:it|the problem)|was (?:it|the one|the fix|the key))(?: (?:me|us)(?=[ .!]|$))?(?: (?:for|with) (?:me|us|mine|ours|my [\w-]+|our [\w-]+))?(?: (?:too|as well|a lot|so much|a ton|hugely|immensely|tremendously|perfectly|immediately|instantly|like a charm|right away|(?:surprisingly |really |very |so )?well|great|brilliantly|wonders))?(?: (?:(?:a few|a couple of|many|several|two|three|\d+) )?(?:years|months|weeks|ages) ago| back then| last (?:year|winter|summer|spring|fall|autumn|month|week)| (?:within|in) (?:a|one|two|three|\d+|a few|a couple of) (?:days?|weeks?|months?|nights?)| overnight| in no time)?(?=\s*(?:[.!]|$)|(?<!\b(?:was|is) (?:it|the one|the fix|the key)),(?! (?:but|until|though|for a|for about)\b))|(?:i|we) (?:did|tried|do) (?:exactly )?(?:this|that|the same)(?: too| as well)?,? and it (?:really |totally |actually )?(?:worked|helped|works|helps)\b|(?:i|we) (?:did|tried|do) (?:exactly )?(?:this|that|the same)(?: too| as well)?,? and (?![^.!?]*\b(?:not|n't|never|worse|more)\b)[^.!?]{1,50}\b(?:less|fewer|calmer|quieter|better)\b(?: now)?(?: too)?[.!]*$|(?:worked|works|helped)(?: (?:for|with) (?:me|us|mine|ours))(?: too| as well| (?:in|within|after) (?:a |an |one |two |three |four |five |a few |\d+ )?(?:days?|weeks?|nights?|hours?|minutes?|tries))?(?=\s*(?:[.!]|$))|do (?:this|that)\b(?![^.!?]*\b(?:instead|rather|but|first|before|only)\b)|i(?:'d| would) (?:definitely |also |totally |100% )?do (?:this|that|the same)(?: too| as well)?(?=\s*(?:[.!,]|$))(?![^.!?]*\b(?:instead|rather|but|if|unless|only)\b)|(?:this|that)(?: was|'s| is) (?:so |really |absolutely )?(?:huge|massive|a huge one|a big one|a big deal)(?: for (?:me|us))?(?=\s*(?:[.!,;:]|$))(?!,? if\b)|can confirm\b|(?:i )?(?:can )?(?:second|vouch for|confirm) (?:this|that|it)\b|(?:also )?(?:a )?(?:big |huge )?fan of (?:this|that|it)\b)/i;

/**
 * "Tom is right", "You're spot on", "She's right": the reply sides with the one it names. A name
 * counts only when it is the answerer's ("Timing is right" names no one).
 */
const NAMED_RIGHT =
  /^(?:(you|he|she|they)(?:'re|'s| are| is)|([\p{L}\p{N}_.-]{2,30})(?: is|'s)) (?:absolutely |totally |completely |so |exactly |100% |dead |quite )?(?:right|correct|spot on)\b/iu;

/** Whether the sentence says the person answered (`answering`, lowercase) or "you" are right. */
function saysRight(s: string, answering: string | undefined): boolean {
  const m = NAMED_RIGHT.exec(s);
  if (m === null) return false;
  if (m[1] !== undefined) return true;
  const name = m[2]!.toLowerCase();
  return answering !== undefined && (answering === name || answering.split(/[\s_.-]/, 1)[0] === name);
}

/** A reply's whole sentence praising the answer's advice: "Great advice.", "Good call!" */
const PRAISE =
  /^(?:(?:this|that)(?: is|'s|['\u2019]s) )?(?:(?:really|very|such) )?(?:great|excellent|solid|good|brilliant) (?:advice|tip|call|suggestion|idea)[.!]*$/i;

/** A reply's second sentence calling the answer's thing not worth it ("Not worth the money on a balcony."), or to be avoided ("I'd avoid them."). */
const NOT_WORTH =
  /^(?:(?:so|honestly|imo|personally),? )?(?:(?:(?:it's|it is|that's|they're|they are|definitely|just) )?not worth (?:it|the (?:money|effort|hassle|time|cost|price|trouble))\b|i(?:'d| would) (?:(?:just|definitely) )?(?:avoid|skip|stay away from|steer clear of) (?:them|it|those|that|these)\b|(?:please,? )?(?:don't|do not)[.!]*$)/i;

/** A reply opening on a caution: "Be careful, in some places you're liable if you kill the tree." */
const CAUTIONS =
  /^(?:but |just )?be (?:very |really |extra )?(?:careful|cautious|wary)(?:[,.!]|\s*$| though\b)/i;

/**
 * An agreement put last: "Rye flour is magic for starters, agreed.", "…, I did the same." (or
 * right after the words it agrees to: "Eat before you shop, agreed, and leave the kids at home");
 * a catch conceded, then a yes ("Sealer only lasts a year or so, but yes, it helps.", "Easier said
 * than done, but yes, ignoring it is the only way"); or the
 * answer's way told as one's own ("Ten minutes a day is how I learned too.").
 */
const AGREES_LAST =
  /^[^,;.!?]{3,60},\s*agreed\s*,|[,;:\u2014-]\s*(?:agreed|\+ ?1|seconded|exactly|same here|i agree|totally agree|(?:and )?i (?:did|do) the same(?: thing)?(?: too| as well)?|(?:that's|that is) what i did)[.!]*\s*$|\b(?:worked|helped|made (?:all )?the difference|did (?:it|the trick)|fixed it)\b[^.!?]*\b(?:for|with) (?:me|us) too[.!]*\s*$|^(?:it|that|this) (?:was|is) (?:the|my|our) [\w-]+(?: [\w-]+)? (?:for|with) (?:me|us|mine|ours) too[.!]*\s*$|^[\w' -]{1,50}? (?:was|is) (?:the|our|my) (?:answer|fix|solution|trick|key) (?:for|with) (?:me|us|mine|ours) too\b|^(?:it|that|this) (?:was|is) (?:exactly )?(?:the|our|my) (?:bug|problem|issue|culprit|cause|mistake)(?: (?:for|with) (?:me|us|mine|ours))? too\b|^[^.!?]{3,40}?,? but (?:yes|yeah|yep)\b(?! but\b)|,? but (?:yes,? |yeah,? )?(?:it|they) (?:still |definitely |really |do |does )?(?:helps?|works?)[.!]*\s*$|^[\w' -]{1,50}? (?:is|was) how (?:i|we) (?:learned|learnt|did it|got (?:there|through it|better)|fixed (?:it|mine|ours)|started)(?: too| as well)\b/i;

/** A turn after agreeing ("Agreed, but…", "…though", "except…"). */
const HEDGES = /\b(?:but|though|although|however|except|unless)\b/i;

/**
 * An opening that says the writer agrees, in those words ("Agreed, …", "I agree, …"): what
 * follows is said on the answer's side. "Yes" says no such thing: it may answer a question.
 */
const AGREED_FIRST = /^(?:agreed?|i agree|totally agree|completely agree|exactly)\b\s*[,.!:;\u2014-]/i;

/**
 * "Yeah, tsc --listFiles will show you what it's checking": a yeah, then more on the answer's
 * point. Not "Yeah, no", "Yeah, and it was awful", "Yeah, but…", or a yeah that goes on to
 * advise anew ("Yeah, let your cat be a cat").
 */
function yeahOnIt(s: string): boolean {
  const m = /^yeah[,.!]+\s*([a-z']+)/i.exec(s);
  if (m === null) return false;
  const next = m[1]!.toLowerCase();
  return !/^(?:no|nah|and|but|though|well|i|maybe|sure)$/.test(next) && !IMPERATIVE_VERBS.has(next);
}

/** The answer's thing owned as the writer's trouble: "Shoes were my whole problem." */
const OWNED_TROUBLE =
  /^(?!(?:it|this|that|there)\b)[\w' -]{1,40}? (?:was|were) (?:my|our) (?:whole|entire|main|only|real|biggest) (?:problem|issue|trouble)\b/i;

/**
 * A few words and then a yes, nothing more: "Never miss twice, yes." (A "not" before it may run
 * the answer down: "Rye flour is not worth it, agreed." takes no side.)
 */
const SAID_BACK_YES = /^(?![^,]*\bnot\b|[^,]*n't\b)[^,;.!?]{3,40},\s*(?:yes|yep)[.!]*$/i;

/**
 * Openings that argue against the answer replied to. Among them, what says it will not do: a bare
 * "Please don't." (or one saying only where: "Please don't near power lines"), "I wouldn't
 * bother…", "I wouldn't risk it", "Too risky", "…seems like a bad precedent", "…won't help here"
 * (not "won't help if…": a doubt under a condition), "it doesn't make them easier", "Not with a
 * cat in the house", "That works but breaks as soon as…", and a grant with something else
 * preferred ("…are good but pogies are warmer"), or with a reason to look elsewhere ("…isn't
 * maintained, the docs recommend…", "…it's not for everyone"); calling it harsh ("That seems harsh
 * to me", "Showing up with a recording feels a bit aggressive…") or unhelpful ("Not helpful."),
 * what it brings in needless ("You don't need a library for this"), its cause unlikely ("…that's
 * unlikely to be the problem"), fine only for now ("It's fine until it isn't"), awkward ("…that
 * usually just makes things awkward"), better put off ("I'd hold off on going to the manager"),
 * or short of evidence ("The evidence for magnesium is pretty thin…").
 */
const DISAGREES =
  /^(?:(?:the )?evidence (?:for|behind|on) [\w' -]{1,30}? is (?:pretty |really |very |quite |rather )?(?:thin|weak|shaky|lacking|poor)\b|(?:[^.!?]{0,40} )?(?:that's|that is|it's|it is|this is) (?:very |pretty |really |highly )?unlikely to be (?:the|your|their) (?:problem|issue|cause|culprit)\b|i(?:'d| would) hold off (?:on|with)\b|(?:that's |that is |this is )?not (?:very |really |at all )?helpful[.!]*$|(?:[^.!?]{0,30} )?that (?:usually |often |always )?(?:just |only )?makes? (?:things|it|everything) (?:awkward|weird|worse|harder|tense)\b|(?:it|that)(?:'s| is) fine until it (?:isn't|is not)\b|(?:(?:that|this|it)(?:'s| is| seems| sounds| feels)|[a-z]+ing\b[^.!?,]{0,40}? (?:seems|sounds|feels))(?: (?:a bit|a little|kind of|pretty|really|too|very|way too|rather))? (?:harsh|cruel|mean|extreme|unfair|excessive|heavy-handed|aggressive|confrontational|passive-aggressive|hostile)\b(?![^.!?]*\bbut\b)|you (?:don't|do not) (?:really |even )?need (?:a|an|any) [\w-]+(?: [\w-]+)? (?:for (?:this|that|it)|here)\b|(?:(?:i don't know|i dunno|idk|hmm+|eh|honestly|for me),? )?[a-z]+ing\b[^.!?,]{0,40}? made (?:it|them|things|everything|me|us|(?:my|our|the|his|her) [\w-]+) (?:\w+ )?worse\b|(?:i |we |i'd |we'd |i would )?(?:strongly |respectfully |totally |completely |have to |must |would |'d )*disagree\b|(?:please,? )?(?:don't|do not|i wouldn't|i would not)(?=\s*(?:[,;:.!\u2014-]|$)|\s(?:near|around|with|without|on|in|under|if|unless|when|while)\b)|i (?:wouldn't|would not) (?:bother|go there|risk it|rely on|count on|depend on)\b|i(?:'d| would) skip (?:the|this|that|it)\b|[\w' -]{1,40}? (?:should|must) (?:only )?be (?:a |the |your )?(?:very )?last (?:resort|step)\b|[^.!?]{0,60}\bbut (?:i )?(?:wouldn't|would not) start (?:there|with (?:it|that|this))\b|(?:i|we) tried [^.!?]{1,60}?,? (?:and|but) (?:(?:it |that |they )?(?:got|went) nowhere|(?:had|got) (?:no|zero) (?:luck|results?))\b|(?:(?:it's|it is|that's|that is) )?(?:not worth the risk|too risky)(?=\s*(?:[,;:.!\u2014-]|$))|(?:that's|that is|it's|it is) (?:really |very |pretty |super |quite |way too )?risky(?=\s*(?:[,;:.!\u2014-]|$))|please,? (?:don't|do not) (?:get|buy|use|try|give|put|let|make)\b|[^.!?]{0,80}?(?:,|\bso|\bbut) (?:for (?:us|me),? )?(?:it|that|this) (?:didn't|did not|doesn't|does not) (?:really |actually )?(?:help|work)(?: (?:for (?:us|me)|at all|much))?[.!]*$|(?:that|this|it) (?:just |only )?(?:silences|hides|masks|suppresses) (?:(?:the )?(?:error|warning|problem|symptom)s?\b|(?:it|them)(?=\s*(?:[.!,;]|$)))|(?:i|we) tried (?:this|that|it|(?:the|your) [\w' -]{1,30}?)(?: too| once| before)?,? and (?:just )?ended up\b|not (?:with|for|on|in) (?:(?:a|an|your|small|young) (?:[\w-]+ )?)?(?:cat|cats|dog|dogs|pet|pets|kid|kids|child|children|toddler|baby|house|home|flat|apartment|budget|laptop|phone)\b|(?:that|this|it) (?:works|will work|would work),? but (?:it )?(?:breaks|fails|falls apart|stops working)\b|[^.!?]{0,60}?\b(?:it|that|this|they) (?:doesn't|does not|don't|do not) (?:actually |really )?make (?:it|them|things) (?:any )?(?:easier|better|faster|quicker)\b|[\w' ./+#-]{1,40}? (?:seems|sounds|is|feels)(?: like)? (?:a )?(?:really |pretty |very )?(?:bad|terrible|awful|dangerous|poor) (?:idea|precedent|plan|habit|move)\b|[\w' ./+#-]{1,30}? (?:won't|will not|wouldn't|would not) (?:really |actually )?(?:help|work)(?: here| in your case| for you| with this)?\b(?![^.!?]*\b(?:if|unless)\b)|hard disagree\b|[^.!?]{1,80}? makes? (?:no|zero|little) sense\b|[\w' ./+#-]{1,40}? (?:doesn't|does not|won't|will not) work (?:on|with|under) (?:[\w-]+ ){0,3}?(?:mac|macs|macos|os x|windows|linux|wsl|ios|android)\b|[\w' ./+#-]{1,30}? (?:works?|worked|is fine|helps?)(?: \w+)?,? but i (?:wouldn't|would not) (?:use|do|try|put|recommend)\b|[\w' -]{0,30}?\b(?:actually |just |only )?makes? (?:it|them|things|everything|(?:the |your )?[\w-]+) (?:go |get |even )?(?:stale|worse|bigger)(?: faster| quicker| over time)?\b|[\w' -]{1,40}? (?:isn't|is not|aren't|are not) (?:very |really |that |always |100% |totally )?(?:reliable|accurate|trustworthy)\b|[\w' -]{1,40}? (?:is|are) (?:pretty |really |very |often |wildly |notoriously |super |quite |so )?(?:inaccurate|unreliable)\b|(?:he|she|they|kids|teens)(?:'ll| will) (?:just )?(?:find a way|figure out how to get) around (?:it|them|that|those)\b|no[,.!]|nope\b|not really\b|not true\b|not (?:necessarily|always|in my experience)\b|(?:i )?(?:don't|do not|wouldn't|would not) (?:recommend|suggest) (?:this|that|it)\b|(?:please )?(?:don't|do not) (?:do|listen to|follow) (?:this|that)\b|this is (?:bad|terrible|wrong|dangerous) advice\b|bad advice\b|(?:that|this|it)(?:'s| is) (?:fine|ok|okay|great|good|alright)\b[^,.;!?]{0,40}\bbut not (?:on|for|in|with|when|if|during)\b|(?:that|this|it)(?:'s| is) (?:(?:a|an|total|complete|such a|just a|pretty much a|an old) )*(?:myth|misconception|wives'? tale)s?\b|(?:that|this)(?:'s| is) (?:(?:exactly|precisely|just) how you (?:get|end up|lose|ruin|break|kill|wreck|burn)|how you (?:end up|lose|ruin|break|kill|wreck|burn))\b|(?:you|we) (?:can|could)(?: do that| do it)?,? but\b|[\w' -]{1,30}? (?:never|didn't|did not|don't|do not|doesn't|does not) (?:really |actually |ever )?work(?:ed|s)? (?:for (?:me|us)|for my \w+|here)\b(?![^.!?]*\buntil\b)|(?:that|this|it) (?:still |also |just )?(?:breaks|fails|crashes)\b|[\w' ./+#-]{1,30}? (?:(?:is|are|'s) (?:fine|ok|okay|alright|decent|good|nice)|(?:works?|worked|helps?|helped)(?: (?:me|us))?(?: a (?:bit|little))?),? but\b(?=[^.!?]*\b(?:still|rather|better|far more|much more|a lot more|faster|easier|simpler|warmer|cheaper|safer|stronger|quicker|cleaner|nicer|prefer|instead|real fix|no substitute|not a substitute|recommend|recommended|maintained|deprecated|outdated|abandoned|not for everyone|less (?:typing|work|code|effort|hassle)|pricey|expensive|mild|only lasts?|wears? off|hides|masks|i'd avoid|i would avoid|messy|(?:don't|do not|won't) allow)\b)|(?:(?:i|we) )?tried (?:this|that|it|(?:the|your) [\w' -]{1,30}?)(?: too| once| before)?,? and (?:it|they|that) (?:just |only |actually |really )?(?:made (?:me|us|him|her|them|it|things|everything) (?:\w+ )?(?:more|less|worse)\b|did(?:n't| not) (?:work|help)\b|did (?:nothing|not much)\b)|(?:that|this)(?:'s| is) (?:a )?(?:great|good|quick|sure|fast|perfect|surefire) (?:way|recipe) to (?:lose|ruin|break|kill|wreck|burn|end up|get (?:fired|sued|hurt|banned|dumped|kicked)|start (?:a |an )?(?:cold )?(?:war|fight|feud)|make (?:an )?enem(?:y|ies))\b)/i;

/**
 * Replies that grant a point and push back ("True, but a north window is a slow death for it",
 * "Yes, but it won't fix it", "Maybe, but the evidence is thin"), or say the answer's thing is
 * rarely the cause ("I doubt that's it") or rarely does anything, only treats the symptom, needs
 * care, or is not worth the money or the try before others: each argues against it.
 * "Yes, but also…" and "Yes, but have you tried…" add to the answer; "Yeah but I guess…" shrugs.
 * ("I get that, but…", "I hear you, but…" grant the point the same way.) So do replies saying
 * what the answer's cause brings about instead: "Indexing problems usually cause ghost shifting,
 * not skipping".
 */
const PUSHES_BACK =
  /^(?:(?:honestly|actually|tbh|in my experience),? )?(?:[\w' -]{1,40}? (?:usually|typically|normally|mostly|generally) (?:causes?|means?|gives?|shows? up as) [^.!?]{1,40}?, not\b|(?:yes|yeah|true|fair(?: enough)?|sure|granted|good point|great point|i see your point|i get (?:that|it)|i hear you|i understand|maybe|perhaps|possibly),? (?:but|though)\b(?! (?:also|you can also|you could also|and|have you|did you|try|i (?:guess|suppose))\b)|[\w' -]{1,40}? (?:is|are) (?:rarely|seldom|almost never|hardly ever|not usually|usually not) (?:the |a )?(?:problem|issue|cause|culprit|reason)\b|[\w' -]{1,40}? (?:rarely|seldom|almost never|hardly ever) (?:causes?|is|are) (?:this|that|it|the problem)\b|[\w' -]{1,40}? (?:rarely|seldom|almost never|hardly ever) (?:does|do|did) (?:anything|much)\b|[^.!?]{0,80}?\bi (?:doubt|don't think) (?:that's|that is|it's|it is) (?:it|the (?:problem|issue|cause|culprit))\b|(?:i'd |i would )?(?:be )?(?:very |really )?careful (?:with|about|relying on)\b|(?:that|this|it)(?:'s| is) (?:just |only )?(?:treating|masking|hiding) (?:the )?symptoms?\b|(?:that|this|it)(?:'s| is) (?:just |only )?a band-?aid\b|(?:it |that |this )?only works (?:on|in|with|for) [\w' -]{1,30}?,? (?:though|tho)\b|[^.!?]{0,80}?\bi (?:wouldn't|would not) (?:spend|waste) (?:the |any |your )?(?:money|time|cash)\b|[^.!?]{0,80}?\bi'd (?:try|do) (?:everything|anything) else first\b)/i;

/**
 * Replies that say there is no need ("No need, it's completely fine"), that the thing the answer
 * would replace is usually fine ("Thermal paste is usually fine at 3 years, I'd clean it first"),
 * that the answer's thing only puts off the trouble, fixes nothing or barely works
 * ("That only delays the crash, it doesn't fix anything"), is overkill, is best saved for last,
 * only makes a child give up or better at hiding ("We tried this, he just got better at hiding
 * the other devices") or sneakier, that something else does better after all ("Avalanche
 * saves more money though"), that it backfires, that she'll just get round it ("She'll
 * just use data."), that end by saying the writer would not ("Heat can warp the battery, I
 * wouldn't.") or would skip it ("Anti-fog coatings streaked badly for me, I'd skip them."),
 * call the answer's thing a pain or overkill ("Tubeless on a cheap road bike is a pain"), or name
 * a flaw with a closing "though" ("Debian's packages are often old though."), or limit it with
 * one ("Don't restrict water too much though"), call it archived or deprecated ("npm-merge-driver
 * is archived though, I wouldn't add it now"), short of evidence ("…feels nice but there's
 * little evidence it prevents injuries"), a sledgehammer, or say it just moves the trouble
 * ("That just moves the yowling to your face", "Standing all day just swaps one problem for
 * another"): against it.
 */
const PUSHES_BACK_AFTER =
  /^(?!(?:this|that|it|they|yours?|which)\b)[\w' -]{1,30}? (?:saves?|costs?|works?|is|are) (?:you )?(?:way |much |a lot |far )?(?:more money|less|better|cheaper|faster|safer)\b[^.!?]*\bthough[.!]*\s*$|(?<!\b(?:won't|will not|doesn't|does not|didn't|did not|never|not|can|could|may|might|will) (?:\w+ )?)\bbackfire[sd]?\b|^(?:but |and )?(?:she|he|they|kids|teens)(?:'ll| will| would)? (?:just|simply) (?:use|find|get|switch to|go to|sneak|buy|borrow|hide|work around|turn)\b|\b(?:just |only )?gets? sneakier\b|^(?:that|this|it) (?:just|only) (?:moves?|shifts?|pushes?) (?:the|that|it|them|your|his|her)\b|\b(?:just|only) (?:swaps?|trades?|exchanges?) one (?:problem|issue|pain|ache) for another\b|^(?:that|this)(?:'s| is) (?:a |the )?(?:bit of a )?(?:sledgehammer|nuclear option)\b|^no need\b(?! to (?:thank|apologi[sz]e))|^[\w' -]{1,40}? (?:is|are) (?:usually|normally|probably|generally) (?:still )?(?:fine|ok|okay)\b(?![^.!?]*\bbut\b)|\b(?:only|just|merely) (?:delays?|postpones?) (?:the|it|them|things)\b|\bi(?:'d| would) (?:save|keep) (?:that|this|it|them|those) (?:for last|as a last resort|for later)\b|^(?:(?:that|this|it)(?:'s| is) )?(?:total |complete |massive |way |probably |honestly |a bit of |kind of |pretty much )?overkill\b|\b(?:just|only) makes? (?:him|her|them|kids|children|people) (?:give up|rebel|resent|lie|hide|sneak|shut down)\b|\bwe tried (?:this|that|it)\b[^.!?]{0,20}\b(?:just|only) (?:got|gets) better at (?:hiding|lying|sneaking)\b|\b(?:doesn't|does not|won't|will not|didn't|did not) (?:actually |really )?(?:fix|solve|change) anything\b|\bbarely (?:does (?:anything|much)|helps?|works?|gets (?:in|into|through|absorbed))\b|^(?:just )?(?:don't|do not) [^,.!?]{1,40}\btoo (?:much|far|hard|long|often|early)\b,? though\b|[,;:\u2014-]\s*(?:so |honestly,? |personally,? )?i (?:wouldn't|would not)(?: (?:use|add|install|buy|do|try|recommend|start) (?:it|them|that|this|one)(?: now| anymore| any more| today| these days)?)?[.!]*\s*$|^[\w' ./+#-]{1,40}? (?:is|are|was|were|has been|have been|got) (?:now |long |since )?(?:archived|deprecated|unmaintained|abandoned|discontinued)\b(?![^.!?]*\bbut\b)|^[^.!?]{1,60}?\bbut there(?:'s| is) (?:little|no|not much|zero|hardly any) (?:real |good )?evidence\b|[,;:\u2014-]\s*(?:so |honestly,? |personally,? )?i(?:'d| would) (?:just )?(?:skip|avoid) (?:it|them|those|that|these)(?: (?:for|with|on) (?:a|an|your|the|any) [\w-]+(?: [\w-]+)?| here| in your case)?[.!]*\s*$|^[\w' ./+#-]{1,50}? (?:is|are) (?:(?:a|an) )?(?:(?:real|huge|total|massive|bit of a) )?(?:pain|nightmare|hassle|overkill)\b|\b(?:old|outdated|slow|pricey|expensive|noisy|risky|flaky|fiddly|unreliable)\b(?![^.!?]*\b(?:but|works?|worked|fine|good|great)\b)[^.!?]{0,40}\bthough[.!]*\s*$/i;

/**
 * A remark on the answer's thing, then something else called better: "Finish nails work loose
 * over time, screws are better." Not after an agreement ("Agreed, and the long ones are better").
 */
const PREFERS_OTHER =
  /^(?!(?:yes|yeah|yep|agreed?|this|same|definitely|totally|exactly|true|\+ ?1)\b)[^,;.!?]{3,60}[,;] (?:so )?(?:[\w-]+ ){1,4}(?:is|are) (?:much |way |far |a lot |always )?better\b(?! than)[^,;.!?]*[.!]?$/i;

/**
 * The answer's thing granted for one use, then a shortcoming: "LeetCode is fine for interviews
 * but it won't teach you how to work with messy real data". Not "…fine for testing but don't
 * leave it like that", which limits how to use it.
 */
const FINE_ONLY_FOR =
  /^[\w' .+#-]{1,40}? (?:is|are) (?:fine|ok|okay|good|great|useful|handy) for [^,.!?]{1,30}?,? but (?:it|they|that)(?:'ll| will)? (?:won't|will not|doesn't|does not|don't|do not|can't|cannot|isn't|is not|aren't|are not)\b/i;

/**
 * More ways a reply runs the answer's pick down: "Coasting is mostly a band-aid…", "…, I'd skip
 * that part", "Works for some people, I hate it", "zigzag hems look homemade though", "steam
 * helps a little but … doesn't fix…", "Flat drying is fine for regular wool, but with
 * superwash…", "PETG doesn't really need an enclosure", "filler primer is way too heavy for scale
 * stuff", "That seems premature…".
 */
const RUNS_IT_DOWN =
  /^(?:[\w' .+#-]{1,40}? (?:is|are) (?:mostly |just |only |basically |really |kind of |more of )?a band-?aid\b|[^.!?]{1,80}, i(?:'d| would) (?:skip|avoid) (?:that|this|it|the [\w-]+)(?: part| bit| step)?\b|works? for some(?: people)?,? (?:but )?i (?:hate|can't stand|don't like) (?:it|them)\b|[\w' -]{1,40}? (?:looks?|feels?) (?:a bit |kind of |really |very )?(?:homemade|cheap|amateurish|tacky|sloppy)\b|[\w' -]{1,30}? helps? (?:a (?:little|bit)|somewhat|slightly),? but\b[^.!?]*\b(?:doesn'?t|does not|won'?t|will not|can'?t) (?:really |actually )?(?:fix|solve|cure|stop)\b|[\w' .+#-]{1,40}? (?:is|are) (?:fine|ok|okay|good|great) for [^,.!?]{1,30}?,? but (?:with|for|on|in)\b|[\w' .+#-]{1,30}? (?:doesn't|does not|don't|do not) (?:really |actually |even )?need (?:a|an|any|the) [\w-]+(?: [\w-]+)?(?=\s*(?:[.!,;]|$))|[\w' .+#-]{1,40}? (?:is|are) (?:way |far |much |a bit |a little )?too (?:heavy|thick|aggressive|harsh|strong|risky|expensive|complicated|fiddly) for\b|(?:that|this|it)(?:'s| is| seems| sounds| feels) (?:a bit |a little |kind of |pretty |way |rather )?(?:premature|overkill|drastic|over the top)\b)/i;

/** A thing called a myth: "X is a myth", "…are an old wives' tale". */
const CALLS_MYTH =
  /\b(?:is|are|'s) (?:(?:a|an|just a|total|complete|total|pretty much a|an old|mostly|largely|basically|kind of|really|now|more or less) )*(?:myth|misconception|wives'? tale)s?\b/i;

/**
 * A reply that opens by pointing back at the answer's pick ("His ideas changed my brain", "Its
 * sequel is right up there too", "That paper is a classic"): in a thread asking for
 * recommendations it talks up what the answer recommended, unless it runs it down.
 */
const REFERS_BACK =
  /^(?:his|her|their|its)\b|^(?:this|that|the) (?:one|paper|book|article|talk|essay|piece|album|film|movie|show|game|tool|app|course)\b/i;
/** Words that pan a thing outright ("the software is TERRIBLE"). */
export const PAN_WORDS =
  'terrible|awful|horrible|garbage|buggy|flimsy|unreliable|unusable|useless|unbearable|overkill';
const RUNS_DOWN = new RegExp(
  `\\b(?:overrated|wrong|worst|bad|boring|outdated|disagree|not|never|no|hate|hated|dislike|disappointing|misleading|problems?|voids?|ruins?|ruined|damages?|damaged|${PAN_WORDS})\\b|n't\\b`,
  'i',
);

/** Whether a reply's sentence runs down what it talks about ("overrated", "my only problem with these"). */
export function runsDown(sentence: string): boolean {
  return RUNS_DOWN.test(sentence.replace(/[\u2018\u2019]/g, "'"));
}

/**
 * A bare reaction ("Nice!", "Oh cool."): pleased to hear of the pick, which is no vote for it
 * unless the reply goes on to talk the pick up ("Nice! It's really well written.").
 */
const REACTION = /^(?:oh,? )?(?:nice|cool|neat|awesome|wow)[!.]*$/i;
/** A sentence about what the reply answers: "It's really well written", "That one is a classic". */
const ABOUT_IT = /^(?:it|it's|it is|it was|they|they're|they are|this|that)\b/i;

/** A season or weather the reply is said of, opening it: "In summer, …", "In humid weather …". */
const SEASON_LEAD =
  /^(?:in|during) (?:the )?(?:summer|winter|spring|fall|autumn|(?:hot|cold|humid|wet|dry) weather),? (?=\S)/i;

/**
 * Forum shorthand pointing back at the answer: "^ this.", "^ seconded.", "Yes yes yes.", "There
 * it is.", "Language exchange, as above.", "Security cam + written notice, exactly what the others
 * said.", "Good answer.", "Harsh but fair.", "This is the #1 tip.", "This is the most useful
 * answer here.", "That's a really important one.", "Totally legit option.", "Big +1, …",
 * "Milestone payments, +1 to the above.", "Confirming.", "Ha, we did exactly this." ("What
 * fuzzy_slippers said" names whom it backs: see `mentionedPeople`.)
 */
const POINTS_BACK =
  /^(?:(?:but|and),? )?(?:yes,? )?(?:\W*\^+\s*(?:this|seconded|seconding|agreed?|same|yes|\+ ?1)?(?=\s*(?:[.!,;:]|$))|yes(?:,? yes)+\b|there it is(?=\s*(?:[.!]|$))|[\w'()#./+ -]{1,40}?,? as (?:above|said above|mentioned above|others (?:have )?said)(?=\s*(?:[.!,;:]|$))|[\w'()#./+ -]{1,60}?,? (?:exactly |just )?what (?:the )?others (?:have )?said\b|what (?:everyone|the others) (?:said|says)(?=\s*(?:[.!,;:]|$))|(?:good|great|solid|excellent) (?:answer|list|comment|writeup|write-up|rundown)(?=\s*(?:[.!,;:]|$))(?![^.!?]*\bbut\b)|harsh but (?:fair|true)\b|(?:this|that)(?:'s| is) (?:the |my )?(?:#1|number one|no\. ?1) (?:tip|fix|thing|answer)\b|(?:this|that)(?:'s| is) (?:the )?most (?:useful|helpful|sensible|practical) (?:answer|comment|advice|tip)(?: (?:here|in (?:the|this) thread))?(?=\s*(?:[.!,;:]|$))|(?:this|that)(?:'s| is) (?:a )?(?:really |very |super )?(?:important|key|crucial|good|great|sensible) one(?=\s*(?:[.!,;:]|$))|(?:totally |perfectly )?legit (?:option|choice|answer|move)(?=\s*(?:[.!,;:]|$))|(?:this|that) works (?:more often|better) than (?:people|you|most people) (?:think|expect|would think)\b|(?:big|huge|massive) \+ ?1\b|[\w'()#./ -]{1,40}?,? \+ ?1 to (?:the above|all (?:of )?the above|all of this|this|that)(?=\s*(?:[.!,;:]|$))|confirm(?:ing|ed)(?=\s*(?:[.!;:]|$))|(?:ha(?:ha)?,? )?(?:i|we) did exactly (?:this|that)(?: too| as well)?(?=\s*(?:[.!,;:]|$)))/i;

/**
 * Whether a reply's first sentence agrees or disagrees with the answer it replies to; null when
 * it does neither. With `recommendations` (the thread asks for them), a reply pointing back at
 * the answer's pick without running it down agrees. `next` is the reply's second sentence: it
 * says whether a bare reaction backs the pick; `answering` is who wrote the answer ("Tom is right").
 */
export function replyStance(
  firstSentence: string,
  recommendations = false,
  next?: string,
  answering?: string,
): ReplyStance | null {
  const s = firstSentence
    .trim()
    .replace(/[\u2018\u2019]/g, "'")
    // "In summer that lets in humid air and makes it worse": when it holds, then the reply.
    .replace(SEASON_LEAD, '');
  // "Agree, letting her win just delays it." under "Don't let her win": said in agreement, a
  // running-down is the answer's own warning said again. (An "Agreed, but…" or "…though" is
  // left to the rules below.)
  if (AGREED_FIRST.test(s) && !HEDGES.test(s)) return 'agree';
  // "Yes, eggshells are a myth": whatever it opens with, it calls the answer's pick a myth.
  // …unless it says it agrees: "Copper tape is mostly a myth, agreed." under "Didn't do anything",
  // "Agreed, cinnamon is a myth." under "Don't use cinnamon, it does nothing".
  if (
    DISAGREES.test(s) ||
    PUSHES_BACK.test(s) ||
    PUSHES_BACK_AFTER.test(s) ||
    PREFERS_OTHER.test(s) ||
    FINE_ONLY_FOR.test(s) ||
    RUNS_IT_DOWN.test(s) ||
    CAUTIONS.test(s) ||
    (CALLS_MYTH.test(s) && !AGREES_LAST.test(s) && !AGREED_FIRST.test(s))
  )
    return 'disagree';
  if (
    AGREES.test(s) ||
    POINTS_BACK.test(s) ||
    saysRight(s, answering) ||
    (AGREES_LAST.test(s) && !runsDown(s)) ||
    OWNED_TROUBLE.test(s) ||
    yeahOnIt(s) ||
    // "Never miss twice, yes.": the answer's words said back, then yes (a "never" of theirs too).
    SAID_BACK_YES.test(s)
  )
    return 'agree';
  if (REACTION.test(s)) {
    const then = next?.trim().replace(/[\u2018\u2019]/g, "'") ?? '';
    return (ABOUT_IT.test(then) || REFERS_BACK.test(then)) && !runsDown(then) ? 'agree' : null;
  }
  if (recommendations && REFERS_BACK.test(s) && !runsDown(s)) return 'agree';
  // "The fuse trick found my problem in twenty minutes. Great advice.": praise right after.
  if (next !== undefined && PRAISE.test(next.trim())) return 'agree';
  // "Ladybugs mostly fly away within a day. Not worth the money.": a verdict right after.
  if (next !== undefined && NOT_WORTH.test(next.trim())) return 'disagree';
  return null;
}

/**
 * A question asking others for recommendations ("Would you recommend X to learn this?", "Do you
 * have more recommended reading on Y?", "Any suggestions for Z?"): it asks for advice, it does
 * not give it, whatever advice words it holds. "Have you tried X?" suggests X and is not one.
 */
const ASKS_FOR_ADVICE =
  /^(?:(?:and|so|also|but),? )?(?:(?:would|could|can|do|does|did|will) (?:you|anyone|anybody|someone|somebody|people|others|y'all)(?: \w+){0,3} (?:recommend|suggest|advise)\b|(?:do|does) (?:you|anyone|anybody|someone) (?:have|know(?: of)?) (?:any|some|more|other|a good|good)\b[^?]*\b(?:recommend\w*|suggest\w*|reading|resources?|books?|papers?|sources?|tips?)\b|any (?:more |other |good )?(?:recommendations?|suggestions?|tips?|ideas?)\b|what (?:would|do) you (?:recommend|suggest)\b)[^?]*\?\s*$/i;

export function asksForAdvice(sentence: string): boolean {
  return ASKS_FOR_ADVICE.test(sentence.trim().replace(/[\u2018\u2019]/g, "'"));
}

/**
 * Questions that ask what is so or what someone thinks: "Do you think…?", "Is there…?", "How does…?",
 * and their negated forms ("Don't you think…?", "Isn't it…?"), which ask to be agreed with.
 */
const ASKS_OPINION =
  /^(?:(?:and|so|also|but|ok|okay|well),? )?(?:(?:do|does|did|is|are|was|were)(?:n't)?|(?:have|has|had)(?:n't)?(?! (?:you|u|y'all)\b)|what|when|where|which|who|how(?! about)|why(?! not))\b[^?]*\?\s*$/i;

/** What makes a question a suggestion ("Did you try X?", "Is it worth asking your GP?"). */
const SUGGESTS =
  /\b(?:try|tried|trying|consider|considered|recommend\w*|suggest\w*|check|checked|look into|thought (?:about|of)|talk(?:ed)? to|ask(?:ed)?|worth)\b/i;

/**
 * A question asking for facts or an opinion ("Do you think Florida should make up the game?",
 * "Does El Niño affect the season?", "Has anyone read it?"): it gives no advice, whatever its
 * words. In the Reddit advice train and dev splits, 43 of the 367 such do/be questions (12%)
 * were labelled advice, and 1 of the 7 have-questions not put to "you" ("Have you tried…?"
 * suggests); those with "try", "consider", "check"… (4 of 15 advice) stay with the detector.
 */
export function asksOpinion(sentence: string): boolean {
  const text = sentence.trim().replace(/[\u2018\u2019]/g, "'");
  return ASKS_OPINION.test(text) && !SUGGESTS.test(text);
}

/**
 * A request for help left without its question mark, as forum posts in a second language often
 * are ("HI, are there any guide on debugging with eclipse.", "Can anyone help me with this"):
 * it asks, whatever it names. One that names what to try ("Is there any reason not to try X")
 * stays with the detector.
 */
const ASKS_UNMARKED =
  /^(?:(?:hi|hello|hey)(?: \w+)?[,!.]* )?(?:(?:is|are) there (?:any|a|an|some)\b|(?:does|do|can|could) (?:anyone|anybody|someone|somebody) (?:know|have|help|tell|suggest|recommend|point)\b)[^?]*$/i;

export function asksUnmarked(sentence: string): boolean {
  // Asked of every sentence without "?": no copy of it, the anchored pattern fails at once.
  return ASKS_UNMARKED.test(sentence.trimStart()) && !SUGGESTS.test(sentence);
}

/** Small words a sentence writes in lowercase and a Title Case heading capitalises. */
const TITLE_CASED: ReadonlySet<string> = new Set([
  'For',
  'Of',
  'To',
  'In',
  'On',
  'With',
  'And',
  'The',
  'From',
  'Using',
]);

export function isTitleCasedSmallWord(word: string): boolean {
  return TITLE_CASED.has(word);
}

/**
 * A heading in Title Case ("Update For Node.js / NPM", "Solution With Webpack"): a few words,
 * no closing punctuation, a small word capitalised after the first. It labels the advice that
 * follows; it gives none itself, whatever its words.
 */
export function isTitleHeading(sentence: string): boolean {
  const text = sentence.trim();
  if (/[.!?:;,]$/.test(text)) return false;
  const words = text.split(/\s+/);
  // After a colon a capital may only open a clause ("The first: In the script, include…"):
  // title case there is a capital small word followed by another capital ("…: The Solitary Leaker").
  return (
    words.length <= 8 &&
    words.some(
      (w, i) =>
        i > 0 &&
        isTitleCasedSmallWord(w) &&
        (!words[i - 1]!.endsWith(':') || /^\p{Lu}/u.test(words[i + 1] ?? '')),
    )
  );
}

/** An opening that gives a cause: "The reason (you get X) is…", "This happens because…", "That means a misfire". */
const EXPLAINS =
  /^(?:the (?:main |real |only |whole )?reason\b[^.!?]*?\b(?:is|was|isn't|wasn't)\b|(?:(?:when|whenever|if)\b[^.!?]*?[\s,])?(?:this|that|it)(?:'s|’s| is| was| happens| happened) (?:just |simply |usually |often |mostly |generally |probably )?because\b|(?:this|that|it) (?:usually |often |probably |just )?means (?:a|an|the|your|you|it|that|there)\b)/i;

/** Words that make a sentence advise whatever its opening ("The reason I recommend X is…"). */
const ADVISES = /\b(?:recommend|suggest|should|try|advise)\b/i;

/**
 * A sentence that explains a cause ("The reason you're getting the error is because modules
 * are scoped"): an answer's diagnosis, not what to do. The corpus's lists cited seven such
 * sentences, and all seven were explanations.
 */
export function isExplanation(sentence: string): boolean {
  return EXPLAINS.test(sentence) && !ADVISES.test(sentence);
}

/**
 * What the reader did to bring it on: "You probably increased mileage too fast", "Sounds like
 * you pulled a muscle". A diagnosis, not what to do (unless it goes on to say so).
 */
const DIAGNOSES =
  /^(?:(?:it )?sounds like |(?:i think|i suspect|i bet|my guess is|chances are|most likely),? )?you(?:'ve| have)? (?:probably |likely |just |simply |clearly |definitely |must have |may have |might have )?(?!need|used)[a-z]+ed\b/i;

/**
 * A short guess at the cause, said of a thing: "That sounds like early blight.", "Looks like a
 * parasitic drain." Not of a person ("Sounds like you pulled a muscle", see DIAGNOSES) nor a
 * reaction ("Sounds like a plan", "That sounds like a rough week").
 */
const GUESSED_CAUSE = likeness(
  '(?:an? |the |some )?(?!(?:you|your|yours|he|she|they|we|i|it|someone|somebody|everyone)\\b)[a-z][\\w -]{0,40}[.!]?$',
);

/** A reaction put as a likeness: "Sounds like a plan", "That sounds like a rough week". */
const REACTS = likeness(
  '(?:an? |the |some |such an? )?(?:(?:really|very|so|pretty|total|real|absolute) )?(?:plan|fun|good|great|lot|tough|hard|rough|difficult|nightmare|bad|nice|lovely|wonderful|terrible|awful|fantastic|perfect|dream|pain|mess|blast|challenge|struggle|situation|idea|deal|week|day|year|time)\\b',
);

/** An opening likeness ("That sounds like…", "Looks exactly like…") and what it is like (`rest`). */
function likeness(rest: string): RegExp {
  return new RegExp(
    `^(?:(?:that|this|it)(?:['\u2019]s| is)? )?(?:sounds|looks) (?:(?:a lot|very much|exactly|just) )?like ${rest}`,
    'i',
  );
}

/** Whether a sentence is only a guess at the problem's cause ("Sounds like a parasitic drain."). */
export function guessesCause(sentence: string): boolean {
  return causeNamedAt(sentence) >= 0;
}

/**
 * Where the cause a sentence guesses at is named ("Sounds like | a parasitic drain.", "That's
 * almost certainly | the serpentine belt."); -1 when it guesses at none.
 */
export function causeNamedAt(sentence: string): number {
  const s = sentence.trimStart();
  const lead = sentence.length - s.length;
  const sure = SURE_CAUSE.exec(s);
  if (sure !== null) return lead + sure[0].length;
  // Run on many sentences: most have no "like" at all.
  if (!sentence.includes('like')) return -1;
  if (!GUESSED_CAUSE.test(s.trimEnd()) || REACTS.test(s.trimEnd())) return -1;
  // (The word "like", not "likely" before it.)
  const like = /\blike\b/i.exec(s);
  return like === null ? -1 : lead + like.index + 4;
}

/**
 * The cause said with how sure the writer is, and nothing more: "That's almost certainly the
 * serpentine belt.", "It's probably your alternator." (Not "This is definitely a sad day…".)
 */
const SURE_CAUSE =
  /^(?:that|it)(?:['\u2019]s| is) (?:almost certainly|most likely|most probably|probably|definitely|almost always|likely) (?=(?:the|a|an|your) (?!(?:good|great|bad|sad|nice|fine|thing|lot|big|huge|real|very|really|bit)\b)[a-z][\w -]{0,40}[.!]*\s*$)/i;

/** What opens the clause after a remark's comma, when it is an instruction: a verb, then what it acts on. */
const AFTER_REMARK =
  /^(?:just |so |then |instead |and )?([a-z]+) (?:a|an|the|some|your|it|them|one|this|that|these|those)\b/;

/** Openings of a clause the comma ends that is a condition or a time, not a remark of its own. */
const NOT_A_REMARK =
  /^(?:if|when|whenever|once|unless|while|after|before|since|because|as|until|even|though|although|whether|where|how)\b/i;

/**
 * Whether a sentence remarks, then tells what to do after its comma: "A windowsill isn't
 * enough, GET a cheap LED shop light". (The detector, trained on sentences labelled one by one,
 * weighs the opening more than what comes after.)
 */
export function instructsAfterRemark(sentence: string): boolean {
  // A remark of one word is an interjection, its instruction a pleasantry: "Nice, enjoy the quiet."
  const comma = sentence.indexOf(', ');
  return (
    comma > 0 && sentence.lastIndexOf(' ', comma) > 0 && instructionAfterRemark(sentence, false) !== undefined
  );
}

/**
 * Where the instruction after a remark's comma stands ("A windowsill isn't enough, GET A CHEAP
 * LED SHOP LIGHT"; with `warnings`, "This is normal at 2, DON'T TURN IT INTO A BATTLE" too), to
 * the end of its clause; undefined when the sentence is no such remark.
 */
export function instructionAfterRemark(sentence: string, warnings = true): [number, number] | undefined {
  const comma = sentence.indexOf(', ');
  if (comma < 3 || comma > 80 || NOT_A_REMARK.test(sentence)) return undefined;
  const from = comma + 2;
  const rest = sentence.slice(from);
  const warning = warnings ? /^(?:just |so )?(?:don't|do not|never) ([a-z]+)\b/i.exec(rest) : null;
  const m = warning ?? AFTER_REMARK.exec(rest);
  if (m === null || !IMPERATIVE_VERBS.has(warning ? m[1]!.toLowerCase() : m[1]!)) return undefined;
  const end = /[,;:.!?]|\s[-\u2013\u2014]\s/.exec(rest);
  return [from, from + (end?.index ?? rest.length)];
}

/** Whether a sentence reacts to the question or an answer with a likeness ("Sounds like a plan."). */
export function reactsAsLikeness(sentence: string): boolean {
  return sentence.includes('like') && REACTS.test(sentence.trim());
}

/** Whether a sentence says what the reader did to cause the problem, and nothing of its fix. */
export function isDiagnosis(sentence: string): boolean {
  return sentence.length < 160 && DIAGNOSES.test(sentence) && !ADVISES.test(sentence);
}

/**
 * Words on the answer itself, not on the problem: "I thought I would add one factoid", "so I
 * figured it would be useful to others", "Just to add to the answers above, here's another
 * way", and where its example came from. What they announce comes after them; the sentence
 * advises nothing, whatever names it carries. Not "I thought I'd mention that melatonin works
 * wonders": that says what to do.
 */
const PREAMBLE =
  /\bi (?:thought|figured) (?:i(?:['\u2019]d| would| should| might| could)|to) (?:just )?(?:add|share|post|mention|chime in|throw in|contribute|offer)(?: (?:in )?(?:my|one|a|an|another|this|these|some|what)\b[^.!?:;]{0,40})?[.!…]*\s*$|\bi (?:thought|figured) (?:it|this|that) (?:would|might|could) (?:be )?(?:useful|helpful|help) (?:to|for) (?:others|other people|someone|anyone|somebody|people)\b|^\s*(?:just )?to add to (?:the|what|this|that|all|everyone|those)\b[^,;:]*,\s*here(?:['\u2019]s| is| are)\b/i;

/** Where the answer's example came from: "(Example taken from "How A Ruby Case Statement Works".)" */
const SOURCE_NOTE =
  /^\s*(?:[([]\s*(?:example|code|snippet|quote|image|picture|diagram|source)s?\b|(?:example|code|snippet|quote|image|picture|diagram)s?\s+(?:taken|adapted|copied|borrowed|lifted|quoted)\s+from\b)/i;

/** Whether a sentence speaks of the answer it opens ("I thought I'd share what worked for me."). */
export function isPreamble(sentence: string): boolean {
  // Run on every sentence: one regex, curly apostrophes and edge spaces in it, no copy made.
  return PREAMBLE.test(sentence) || SOURCE_NOTE.test(sentence) || FOR_WHOM_NOT.test(sentence);
}

/** For whom the answer is not: "Ignore me if you've already tried this." */
const FOR_WHOM_NOT =
  /^\W*(?:(?:but|so|ok|okay),? )?(?:please )?(?:ignore|disregard) (?:me|this)\s+(?:if|unless|when)\b/i;

/**
 * How the answerer met the problem: "I ran into this error while trying to use import
 * Express.js", "We had the same issue on 2.3". Context for what follows, not what to do,
 * unless the sentence goes on to say how it was fixed ("…and fixed it by…").
 */
const BACKSTORY =
  /^\s*(?:(?:so|well|basically|also|yeah|yes|same)[,!]? )?(?:i|we) (?:(?:also|too|recently|just) )?(?:ran into|run into|hit|had|got|faced|encountered|was getting|were getting|have had|had been getting) (?:(?:this|that|the) (?:exact )?same|this|that|a similar|exactly this) (?:error|issue|problem|exception|bug|message|warning)\b/i;

/** Words that turn a backstory into what fixed it. */
const BACKSTORY_FIX =
  /\b(?:fix|fixed|fixes|solved|solve|resolved|resolve|by|solution|workaround|try|recommend|until|turned out)\b|:\s*$/i;

/** Whether a sentence tells how the answerer met the problem, and nothing of its fix. */
export function isBackstory(sentence: string): boolean {
  return BACKSTORY.test(sentence) && !BACKSTORY_FIX.test(sentence);
}

/**
 * "Another non-doctor here.", "Fellow back-pain sufferer here.", "I'm a nurse here.", "Physio
 * here.", "Mom of three here.": who writes. Bare, the words before "here" must end on someone
 * ("Click here." and "Keychron K2 here." do not).
 */
const SELF_INTRODUCTION =
  /^\s*(?:(?:(?:i['\u2019]m|i am) )?(?:another|fellow|also an?|just an?|an?|former|longtime|long-time)\s+(?:[\w-]+\s+){0,3}|(?:[\w-]+\s+){0,2}(?!(?:register|enter|order|answer|offer|consider|remember|deliver|over|under|after|never|ever|other|either|neither|rather|whether|together|later|better|water|paper|folder|center|poster|corner|border|counter|cover|filter|letter|number|matter|monitor|color|error|mirror|floor|for|or|current|recent|different|instant|constant|important|present|content|event|agent|front)\b)(?:[a-z-]+(?:er|or|ist|ian|ant|ent)|physio|nurse|mom|mum|dad|parent|vet|dev|chef|doc|teen|nanny|coach|midwife)s?\s+(?:of\s+(?:[\w-]+\s+){1,2})?)here[.!]*\s*$/i;

/**
 * "Worked at a payments company.", "I've worked in hospital pharmacy for 12 years.": where the
 * writer has worked, told alone (not "Work at a standing desk").
 */
const WORKED_AT =
  /^\s*(?:(?:I|I've|I have|I used to|I once|i|i've|ive)\s+)?(?:[Ww]orked|[Ww]ork)\s+(?:at|for|in)\s+(?:(?:a|an|the|two|three|\d+)\s+(?!(?:same|while|bit|week|month|year|day)s?\b)[\w&'-]+(?:\s+[\w&'-]+){0,3}|(?!(?:me|us|it|this|that|home|years|ages|myself)\b)[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]*)?|(?:hospital|retail|hospitality|tech|finance|insurance|banking|pharmacy|healthcare|hr|sales|marketing|kitchens?|restaurants?)(?:\s+[\w-]+)?)(?:,?\s+(?:for\s+)?(?:\d+|a few|many|several|ten|twenty)\+?\s+years)?[.!]*\s*$/;

/** A sentence that says who is writing, as forum answers often open: never advice. */
export function isSelfIntroduction(sentence: string): boolean {
  // Short by nature: longer sentences are not tried.
  return (
    sentence.length < 80 &&
    (SELF_INTRODUCTION.test(sentence) || (/^\s*(?:i|worked)\b/i.test(sentence) && WORKED_AT.test(sentence)))
  );
}

/**
 * A line of a program or of its output pasted into prose, as forums without code blocks show
 * them: a statement with a line comment ("throw er; // Unhandled 'error' event"), a stack frame
 * ("at Module._compile (node:internal/modules/cjs/loader:1105:14)"), an error as a program
 * prints it ("SyntaxError: Cannot use import statement outside a module", "npm ERR! code 1").
 */
const PROGRAM_OUTPUT =
  /;\s*\/\/\s|^\s*at [\w$.<>[\] ]+ \(?[^()\s]+:\d+:\d+\)?\s*$|^\s*(?:(?:[a-z][\w$]*\.)*(?:[A-Z]\w*)?(?:Error|Exception):|npm (?:ERR!|WARN)\s|Traceback \(most recent call last\))/;

/** Whether a sentence is a program's line or output: what went wrong, never what to do. */
export function isProgramOutput(sentence: string): boolean {
  return PROGRAM_OUTPUT.test(sentence);
}
