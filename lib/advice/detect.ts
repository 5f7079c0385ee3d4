/**
 * Advice detection: is a sentence advice, for or against something, and does it join
 * another answer's advice ("seconding", "Nthing", "+1")? A logistic model over hashed word
 * features (trained on the Reddit advice corpus by `npm run train:advice`) is combined with
 * linguistic rules for phrasings the corpus is too small to learn reliably.
 *
 * A post's sentences are read in two passes over the same weights: the first scores each
 * sentence alone, the second adds where it stands and how advice-like its neighbours scored
 * (advice comes in runs). A sentence with no post around it is scored alone, against its
 * own threshold.
 * Cost per sentence: one tokenising pass, a map lookup per word, the few rule regexes its
 * words can trigger, and two sums over a few dozen array reads.
 */
import {
  CANNOT_THEN_CAN,
  contextFeatures,
  F_CTX_UNKNOWN,
  firedRules,
  HASH_BITS,
  IMPERATIVE_VERBS,
  normalise,
  postScores,
  RULES,
  sentenceFeatures,
  type SentenceFeatures,
  TRADE_NOUNS,
} from './detect-features';
import model from './model/advice-model.json';
import type { AdviceVerdict } from './types';

/** What a trained model file holds once decoded. */
export interface AdviceModel {
  hashBits: number;
  bias: number;
  weights: ArrayLike<number> | ByteWeights;
  /** Threshold for sentences read in their post (second pass). */
  threshold: number;
  /** Threshold for a sentence read alone. */
  thresholdAlone: number;
}

/**
 * "Don't worry", "don't hesitate", "do not wait", "don't skip it", "don't write off work friends", "I can't recommend it
 * enough", "Never fails.": reassurance, urging or praise, not advice against something. Nor
 * is a limit on how long or much ("Don't leave it in the vinegar too long"): the thing is used.
 * Nor is "don't let anyone tell you otherwise": it insists on what was said; nor "Don't stop
 * asking", which urges going on.
 */
const NOT_AGAINST = new RegExp(
  `\\b(?:(?:don't|dont|do not|never) (?:(?:panic|freak out|be alarmed)\\b(?![^.!?]*\\b(?:don't|dont|do not|never)\\b)|worry|hesitate|be afraid|be shy|forget|give up|feel (?:bad|guilty)|wait|delay|put it off|(?:skip|ignore|neglect|underestimate|overlook|discount|dismiss|write off|rule out|sleep on|knock it)\\b|(?:stop|quit) [a-z]+ing\\b)|(?:can't|cannot|can not) go wrong|(?:can't|cannot|can not|couldn't|could not) (?:recommend|suggest|praise) [^.!?]*\\b(?:enough|more|highly enough)\\b|you can't beat|${CANNOT_THEN_CAN}|(?:can't|cannot|can not) \\w+ (?:\\w+ )?without\\b|(?:don't|dont|do not|never) (?:let|listen to) (?:anyone|anybody|people|them) [^.!?]{0,30}\\b(?:otherwise|different(?:ly)?)|(?:don't|dont|do not|never) let [^.!?]{1,60}? (?:stop|hold) you\\b|(?:don't|dont|do not|never) let [^.!?]{1,60}? (?:put|scare) you off\\b|never (?:been|felt) better|never (?:fails|failed|let (?:me|us) down|disappoints)\\b|(?:don't|dont|do not) (?:leave|keep|use|soak|let) [^.,;!?]{0,30}\\b(?:too (?:long|much|often)|for too long|more than)\\b|^(?:just |honestly,? |so )?(?:use|take|go|stick|buy|get|try|do|pay|hire|call|move)\\b[^,.;!?]{1,60}, (?:it's|it is|they're|that's|its) not worth (?:the|it))\\b`,
);

/**
 * A condition that goes on past its first comma with a negation ("If you have one, and don't
 * have the means to publish it, please…"): the negation is part of the condition, not a warning.
 */
const CONDITION_GOES_ON =
  /^(?:if|when|whenever|once|unless|while)\b[^,;.!?]*,\s*and (?:don't|dont|do not|never|can't|cannot)\b[^,;.!?]*,/;
const AGAINST = RULES.find(([name]) => name === 'against')![1];

/**
 * "Water at the soil, NEVER ON the leaves", "feed them in spring, not in winter": where the
 * advice applies set against where it does not, the advice itself for.
 */
const CONTRASTED_PLACE =
  /,\s*(?:but\s+)?(?:never|not)\s+(?:on|in|at|from|into|onto|under|over|after|before|during)\b[^,;.!?]*/g;

/**
 * "Get merino socks, cotton holds sweat and that makes everything worse": after an instruction,
 * a clause of why in which something else makes it worse. The instruction is still for.
 */
const WORSE_OF_ANOTHER =
  /^(?:(?:just|so|also|and|but|then),? )?([a-z]+)\b[^,;:]*(?=, [^,;:]*? (?:and|so) (?:that|this) (?:makes?|made) (?:it|things|everything) worse\b)/;

/**
 * Whether the against rule's match is more than a negation inside the opening condition or a
 * place set against the advice's own.
 */
function warnsAgainst(lower: string): boolean {
  let text = lower.includes(', ') ? lower.replace(CONTRASTED_PLACE, '') : lower;
  if (text.includes('worse')) {
    const why = WORSE_OF_ANOTHER.exec(text);
    if (why !== null && IMPERATIVE_VERBS.has(why[1]!)) text = why[0];
  }
  const m = CONDITION_GOES_ON.exec(text);
  return m === null ? AGAINST.test(text) : AGAINST.test(text.slice(m[0].length - 1));
}

/**
 * "Don't do anything without asking your doctor", "never leave without water": a negated
 * "without" tells the reader to do the thing, not to avoid it.
 */
/**
 * "Make sure you don't use --hard", "Be sure not to mix them": an insistence on not doing it is a
 * warning (not "make sure you don't skip the primer", where leaving it undone is what is warned of).
 */
const MAKE_SURE_NOT =
  /^(?:(?:and|but|so|also|just|always|please),? )?(?:make sure|be sure|be careful|take care)(?: that)?(?: you| to)? (?:don't|do not|never|not to|not)\b(?! (?:to )?(?:skip|forget|miss|neglect|overlook|underestimate|worry|hesitate)\b)/;

/**
 * "Some alarm manuals specifically say not to use lithium 9Vs", "vets recommend not to give
 * grapes": a warning told as someone's word.
 */
const SAY_NOT_TO =
  /\b(?:say|says|said|recommend|recommends|advise|advises|warn|warns|tell you|told me) not to (?:use|buy|put|give|feed|leave|mix|run|take|let|try|do|store|wash|spray|pour)\b/;

/** "Seconding the tablet warning": joining a warning, against what it warns of. */
const SECONDS_WARNING =
  /\b(?:seconding|nthing|thirding|\+ ?1 (?:to|on|for)|agree (?:with|on)) (?:the |that |this |[\w-]+'s )?(?:[\w-]+ ){0,3}warnings?\b/;

const DOUBLE_NEGATIVE = /\b(?:don't|dont|do not|never)\b[^.;!?]{0,60}?\bwithout\b/;

/**
 * First-hand failure ("I didn't get much relief from the hydrocodone", "it did nothing for
 * me", "Melatonin never did anything for me", "I tried the wipes and they did nothing", "We tried a
 * visor and she hated it", "Earplugs never stayed in for me"): a warning, like "X made it worse". A sentence that turns ("… but X did") or sets a
 * condition ("if that doesn't work for you, try …") is left to its other words.
 */
const DID_NOT_HELP =
  /\b(?:(?:never|didn't|did not|wouldn't|would not) (?:stay|stayed) (?:in|on|put) for (?:me|us)|(?:i|we)(?: \w+)? (?:didn't|did not|never|couldn't|could not) (?:get|got|find|found|have|had|see|saw|notice|feel|felt)\b[^.;!?]{0,25}?\b(?:relief|benefit|improvement|difference|results?)|(?:didn't|did not|doesn't|does not|never) (?:really |do much to |do anything to )?(?:help|work)(?:ed)? (?:for )?(?:me|us)|did (?:nothing|little|not much) for (?:me|us|my|our|mine|ours)\b|(?:never (?:really |actually )?did|(?:didn't|did not|doesn't|does not) (?:really |actually )?do) (?:anything|much|a thing) for (?:me|us|my|our)|\b(?:i|we) tried\b[^.;!?]{1,60}\band (?:it|they|that) did (?:absolutely |literally |basically )?nothing|\b(?:i|we) tried\b[^.;!?]{1,60}\b(?:and|but) (?:(?:it|they|that) )?(?:got|went) nowhere\b|\b(?:i|we) tried\b[^.;!?]{1,60}\band (?:she|he|they|our \w+|my \w+) (?:absolutely |just |totally )?(?:hated|refused|fought)\b|^(?!(?:it|this|that|which|there|what|nothing|and|but|so)\b)[a-z][^,;:]{0,60}? (?:doesn't|does not|won't|will not) (?:really |actually |even )?help\b|^(?!(?:it|this|that|which|there|what|nothing|and|but|so|i|we|you|they)\b)[a-z][^,;:]{0,60}? (?:don't|doesn't|do not|does not) (?:really |actually )?do (?:anything|much|a thing)\b)\b/;
const TURNS = /\b(?:but|though|although|if|unless|until|however)\b/;

/**
 * "Irish Spring worked for about two weeks for us, then they got used to it", "Grayscale worked
 * for me for a month and then I got used to it": it stopped working.
 */
const WORKED_BRIEFLY =
  /\bwork(?:ed|s) (?:for (?:us|me) )?(?:for )?(?:about |maybe |only |like )?(?:a (?:few |couple of )?|one |two |three |\d+ )?(?:days?|weeks?|months?|while)(?: for (?:us|me))?,? (?:and )?then\b|\bworked(?: for (?:us|me))?,? but only for (?:about )?(?:a (?:few |couple of )?|one |two |three |\d+ )?(?:days?|weeks?|months?|while)\b/;

/**
 * "Antihistamines like Benadryl make RLS much worse", "Boil and bite guards made my clenching
 * worse": a thing said, in the sentence's one clause, to make the trouble worse. Not a reason
 * after a comma or told of "it" ("Cut out alcohol, it makes snoring worse" advises cutting out),
 * unless "it" is a doing the sentence opens on ("Forcing her forward is flooding, and it usually
 * makes the fear worse"). Nor a consequence of not doing it: "Drink a big glass of water with it
 * or it'll make things worse". Nor what cannot make it worse: "Creating a branch is free and can't
 * make anything worse".
 */
const MADE_WORSE =
  /^[^,;:]{0,80}?(?<!\b(?:it|they|both|which|that|this|these|those|and|it'll|they'll|that'll|this'll|can't|cannot|won't|doesn't|didn't|wouldn't|couldn't|not) )\b(?:make|makes|made) (?:[\w']+ ){1,2}?(?:much |way |a lot |even |(?:ten|two|three|\d+|a hundred|100) times )?worse\b|^\w+ing\b[^.;:]{0,80}?,? (?:and|which) (?:it )?(?:usually |often |only |just |always )?(?:makes|made) (?:[\w']+ ){1,2}?worse\b/;

/**
 * "Skip the baking soda and vinegar thing", "ditch the pillow" (not "ditch the drip machine FOR A
 * French press", which advises the press), "you can pass --force but please don't", "rebound
 * headaches from ibuprofen are real, be careful", "Careful, some firmware updates
 * block third-party ink": told to do without a thing,
 * as "avoid" tells it. Not a model feature (the training data has too few): read for the stance.
 */
const DO_WITHOUT =
  /(?:^|[,;:] ?)(?:just |so |and |but |also )?(?:skip|ditch) (?:the|any|all|those|that|this|these|your)\b(?![^,;.]*\bfor (?:a|an|the|some|one|your) (?!(?:week|day|month|year|while|bit|few|couple|night|hour|minute)s?\b))|\bbut (?:please |just )?(?:don't|dont|do not|never)(?: do (?:it|that|this))?\W*$|(?:^|[,;:] ?)(?:so |just |but |please )?be (?:very |really |extra )?(?:careful|cautious|wary)(?: (?:with|about|of)\b|\W*$)|^(?:but |and )?careful(?: though)?(?:[,:!] | (?:with|about)\b)/;

/**
 * "An explicit cast like this isn't necessary:", "a new router is unnecessary": what a sentence
 * calls needless it argues against. A condition ("…isn't necessary unless…") is left alone.
 */
const NEEDLESS =
  /\b(?:(?:is|are|was|were)(?:n't| not)(?: really| strictly)? (?:necessary|needed|required)|(?:is|are) (?:really |completely |totally )?unnecessary)\b/;

/**
 * The two tests above, each behind a cheap look for a word every match contains: they run on
 * every sentence of a thread, and an unanchored regex scan costs more than the look (stop 20
 * measured the needless test alone at 1.5 % of a 1,000-comment thread's analysis).
 */
function saysFailed(lower: string): boolean {
  return (
    (lower.includes("n't") ||
      lower.includes(' not') ||
      lower.includes('never') ||
      lower.includes('did ') ||
      lower.includes('tried')) &&
    DID_NOT_HELP.test(lower)
  );
}

function saysNeedless(lower: string): boolean {
  return (
    (lower.includes('necessary') || lower.includes('needed') || lower.includes('required')) &&
    NEEDLESS.test(lower)
  );
}

/**
 * "The float test is a myth", "Epsom salts are pretty much placebo", "those ionizers are
 * basically snake oil", "React Query is overkill", "Feliway doesn't actually work": a thing run
 * down as no remedy at all. A condition ("if it doesn't work, …") is left to its other words.
 */
const DISMISSES =
  /^(?:(?:honestly|personally|but|and|also|yeah),? )?(?:i'm |i am )?not (?:a |much of a |really a |a huge |a big )?fan of\b|\b(?:is|are|was|were)(?: (?:just|basically|mostly|largely|honestly|really|totally|completely|all|pretty much))? (?:(?:an? |pure |total |complete )?(?:myth|scam|gimmick|placebo|crock|old wives'? tale|urban legend|waste of (?:time|money))|(?:total|complete) waste|overrated|useless|snake oil|pointless|bunk|nonsense)\b|\b(?:is|are|seems|sounds)(?: (?:probably|honestly|really|just|way|kind of|kinda|a bit|a little|massive|total|complete|serious|major))? (?:an? )?overkill\b|\bno (?:better|more effective) than (?:a |the )?(?:placebo|sugar pills?)\b|^(?!(?:the|your|my|our) (?:secret|trick|key|answer|solution|fix)\b)[a-z][a-z' -]{1,30}? (?:is|are) (?:just|only|basically|literally) (?:plain |regular |expensive |overpriced |fancy )?(?:water|marketing|hype)\b|\b(?:(?:doesn't|does not|don't|do not) (?:actually |really )?work|never (?:actually |really )?work(?:s|ed)?)\b(?! (?:on|for(?! (?:me|us|him|her|them|my|our)\b)|with|at|out|from|in(?! my (?:experience|case)\b)|hard|late|long|weekends|overtime|yourself))|^(?!(?:i|we|you|it|this|that|he|she|they)\b)[a-z][a-z' -]{1,40} (?:teaches|taught|does|did|helps|helped|achieves|achieved) (?:you |me |us )?(?:absolutely |literally )?(?:nothing|very little)\b|^(?!(?:i|we|you|it|this|that|he|she|they)\b)[a-z][a-z' -]{1,40}? (?:alone |by (?:itself|themselves) |on (?:its|their) own )?(?:won't|will not) (?:fix|solve|cure) (?:it|this|that|the problem|your problem)\b|^(?!(?:i|we|you|it|this|that|he|she|they)\b)[a-z][a-z' -]{1,40}? alone (?:won't|will not|isn't going to|is not going to) (?:get|take) you\b/;
const DISMISS_WORDS =
  /myth|water|marketing|hype|scam|overkill|gimmick|placebo|crock|tale|legend|waste|overrated|useless|snake|pointless|bunk|nonsense|work|fan|nothing|very little|(?:won't|will not) (?:fix|solve|cure)|alone (?:won't|will not|isn't going to|is not going to) (?:get|take)/;

function dismisses(lower: string): boolean {
  return DISMISS_WORDS.test(lower) && DISMISSES.test(lower) && !TURNS.test(lower);
}

/**
 * "I'd avoid lying about the time", "I would stay away from Drano", "I wouldn't bother with
 * the fridge": the writer's own choice, put as advice against (the model's against rule only
 * knows the imperative "avoid"). Not "I'd never heard of it": "I'd" there is "I had".
 */
const WOULD_AVOID =
  /^(?:(?:honestly|personally|so|but|and|also|yeah),? )?i(?:'d| would)(?: (?:definitely|probably|really|personally|honestly|just))? (?:avoid|stay away from|steer clear of|skip|be (?:very |really |extra )?(?:careful|cautious|wary) (?:with|about|of|recommending|suggesting|using|trying|taking|doing)|(?:not|never) (?!(?:heard|seen|been|done|had|known|thought|met|gone|got|gotten|tried|used|realized|realised|noticed)\b)[a-z]+(?<!ed|en))\b|^(?:(?:honestly|personally|so|but|and|also|yeah),? )?i (?:wouldn't|would not)(?: ever)? (?:use|do|buy|bother|try|go|recommend|take|get|touch|add|pay|mix|run|cut|eat|rely|(?!(?:be|have|know|say|call|mind|bet|worry|want|like|love|think|expect|count|blame|wish|trade|change|hesitate|feel|necessarily|really|put|imagine|assume|care|believe|rule|stress|panic|need|even|consider|hold|judge|read|look|let|wait)\b)[a-z]{4,}(?<!ed|en|ly))\b/;

/**
 * "Repasting voids the warranty on some models", "Baking soda can scratch the finish", "Oven
 * cleaner can discolour stainless", "Lying about the time will backfire", "Harsh punishment just
 * teaches them to hide it": a harm the thing does, said of it as a warning.
 */
const HARMS =
  /\b(?:voids? (?:the|your|its) warranty|(?:causes?|caused|gives? you|leads? to|you(?:'ll)? get) (?:a )?rebound (?:congestion|headaches?|redness|insomnia|effect)|(?:is|are) (?:\w+ )?(?:toxic|poisonous|deadly|lethal) (?:to|for)\b|(?:just |only )?teach(?:es)? (?:them|him|her|kids|children) to (?:hide|lie|sneak|fear)\b|(?:will|can|could|may|might|is going to|are going to) (?:\w+ )?backfire|(?:can|could|will|may|might) (?:easily |also |actually )?(?:(?:damage|ruin|crack|warp|scratch|stain|fry) (?:the|your|it|them|its)|(?:discolou?r|corrode|etch|pit)s? \w+)\b)|^(?!(?:nothing|something|anything|everything|thing|during|morning|evening|spring|string|ceiling|building|bedding|clothing|wedding|sibling|king|ring|wing)\b)\w+ing\b[^.;:]{0,80}? (?:can|could|will|may|might|tends? to|often|usually) (?:(?:also|easily|actually|even) )?(?:make (?:a |the |your )?\w+ (?:hand-shy|head-shy|shy|fearful|scared|aggressive|reactive|sick|ill)|(?:lead to|cause|result in) (?:\w+ ){0,3}?(?:injur(?:y|ies)|damage|aggression|biting|fear|infections?|burns?|rot|mou?ld|leaks?|cracks?|rash(?:es)?|scarring|resentment))\b/;

/**
 * "Vinegar only MOVES them somewhere else", "air freshener just MASKS the smell", "a bigger heap
 * only DELAYS the crash", "Bleach only WHITENS THE SURFACE", "it only TREATS THE SYMPTOMS": the
 * problem moved, put off or touched on top, not solved; or it "BARELY does anything". Not an
 * instruction of what alone to do: "Just move it to a bigger pot", "…and only move again when…".
 */
const ONLY_DISPLACES =
  /\b(?:only|just|merely)(?<!(?:^|[,;:] ?|\b(?:and|then|so|but) )\w+) (?:whitens? (?:the|it|them)\b|moves?|masks?|hides?|spreads?|pushes?|scatters?|covers? up|relocates?|numbs?|delays?|postpones?|(?:treats?|helps? with) (?:the )?symptoms?|(?:whitens?|bleaches?|cleans?|treats?|kills?|fixes?) (?:the |what's on the )?surface)\b|\bbarely (?:does (?:anything|much)|helps?|works?)\b/;

/** The four above in one pattern: one scan of every sentence, not four. */
const BAD_OUTCOME = new RegExp(
  [HARMS, WORKED_BRIEFLY, ONLY_DISPLACES, MADE_WORSE].map((r) => r.source).join('|'),
);

/**
 * Whether a sentence (lowercase) runs its thing down as the detector's against rules read it:
 * it did not help, it is a myth, it harms, it worked only for a while.
 */
export function saysItFails(lower: string): boolean {
  return saysFailed(lower) || dismisses(lower) || BAD_OUTCOME.test(lower);
}

function wouldAvoid(lower: string): boolean {
  // The regex is anchored at the opening: only an opening "I'd"/"I would" can match.
  const head = lower.slice(0, 24);
  return (
    (head.includes("i'd ") || head.includes('i would') || head.includes("i wouldn't")) &&
    WOULD_AVOID.test(lower)
  );
}

/** `DO_WITHOUT` behind a cheap look for the words it needs: it runs on every sentence. */
/**
 * "I disagree with hiding vegetables", "Disagree on the wrist rest": against a way of doing it,
 * not against a person ("I disagree with the OP", "disagree with you").
 */
const DISAGREES_WITH_DOING =
  /^(?:(?:i|we) )?(?:strongly |really |totally |respectfully |have to |must )?disagree (?:with|about|on) (?:[a-z]+ing\b|the (?!op\b|poster\b|above\b|person\b|people\b|others?\b))/;

function tellsToDoWithout(lower: string): boolean {
  if (lower.includes('disagree') && DISAGREES_WITH_DOING.test(lower)) return true;
  const may =
    lower.includes('skip') ||
    lower.includes('ditch') ||
    lower.includes('careful') ||
    lower.includes('cautious') ||
    lower.includes('wary') ||
    (lower.includes('but ') && (lower.includes("n't") || lower.includes(' not') || lower.includes('never')));
  return may && DO_WITHOUT.test(lower);
}

/**
 * A place worth knowing close to where the reader will be ("There is a fresh food market at the
 * metro stop", "there's a great cafe next door"): travel forums' commonest tip, told as a fact.
 * Not a model feature (the Reddit data has too few to learn from): a floor, as for first-hand
 * success.
 */
const NEARBY =
  /\bthere(?:'s| is| are)\b[^.;!?]{0,80}?\b(?:nearby|near by|next door|across the (?:street|road|canal|square)|(?:a|one|two|few|couple of) (?:short )?(?:blocks?|doors?) (?:away|up|down|from)|a(?:round| short walk from) the corner|round the corner|within (?:easy |short )?walking distance|over the road|close by|on the corner|right outside)\b/;

function pointsNearby(lower: string): boolean {
  return lower.includes('there') && NEARBY.test(lower);
}

/**
 * "You're missing the dependency array", "you're missing an await": the piece to add, said as
 * the diagnosis (not "you're missing the point"). Not a model feature (rare in the Reddit data):
 * a floor.
 */
const MISSING_PIECE =
  /^(?:(?:oh|ah|yeah|so|looks like|i think|sounds like),? )?you(?:'re| are) (?:probably |just |likely )?missing (?!(?:the|my|his|her|their|our) (?:point|joke|bigger picture|whole point)\b)(?:a|an|the|your|some) [a-z]/;

/**
 * "It just takes practice", "it takes time", "this needs patience": that the fix is to keep at
 * it, said as a fact. Not a model feature either (too few in the Reddit data): a floor.
 */
const TAKES_PRACTICE =
  /^(?:(?:honestly|really|but|and|so),? )?(?:it|this|that|everything)(?:'s| is)? (?:just |really |all |only |simply |mostly )?(?:takes|needs|requires|comes with) (?:a lot of |lots of |some |more |plenty of |so much )?(?:practice|practise|time|patience|repetition|persistence)\b/;

/**
 * "…a refresher lesson with an instructor, best 40 quid I ever spent", "best $10 I've ever
 * spent": what the writer paid for, praised as the best buy. A floor too.
 */
const BEST_SPENT =
  /\bbest (?:(?:[$£€]?\d+|money|\w+ (?:quid|bucks|dollars|pounds|euros))\s?)+(?:i|we)(?:'ve| have)? (?:ever )?spent\b/;

/**
 * "15 minutes every day beats 2 hours on Sunday", "Wired backhaul beats any mesh": one way put
 * above another, said as a fact. A floor too. Not a person beating someone ("he beats me").
 */
const BEATS =
  /^(?!(?:he|she|they|it|my|his|her|their|our|i|we|you|who|that|this|nothing|no one|nobody)\b)[^,;:?!]{2,50} (?:beats|trumps) (?!(?:me|him|her|us|them|you|my|his|our|their|the (?:crap|hell|shit))\b)[^,;:?!]{2,60}[.!]?$/;

/**
 * "First step is a vet visit", "The first thing I'd do is call the bank", "Step one is a soil
 * test": the first thing to do, said as a fact. Not a model feature (few in the Reddit data): a
 * floor. Not "The first step is admitting it's a problem" told of, nor "…is always the hardest".
 */
const FIRST_STEP =
  /^(?:(?:honestly|seriously|really|but|so|and|ok|okay),? )?(?:(?:the|your) )?(?:very )?(?:(?:first|1st|next) (?:step|thing(?: to do| i'd do| i would do)?|move|port of call)|step (?:one|1))(?: here| now)? (?:is|would be|should be|'s) (?!(?:always|usually|often|probably|obviously|not|the hardest|hard|that|what|why|how|when|where|whether|admitting|accepting|realizing|realising|knowing)\b)[a-z]/;

/**
 * A short rule against a thing: "No cotton.", "No screens after 8pm.", "Whatever you do, no
 * cotton." (not "No luck.", "No idea why", "No, that's wrong").
 */
const NO_RULE =
  /^(?:(?:and|but|also|so|seriously|honestly|just|oh and),? )?(?:(?:whatever you do|at all costs|and please),? )?no (?!(?:problem|problems|luck|idea|worries|worry|way|doubt|offen[cs]e|thanks|clue|kidding|joke|matter|wonder|surprise|one|pressure|rush|big|harm|need|question|shame|judge?ment|comment|it|thing|change|difference|improvement|issues?|response|reply|answer|word|news|sign|such|more|longer|less|fewer|better|worse|other|real|good|bad|great|reason|chance|point|use|help|time|sleep|fun|cap|lie|hate|hard|regrets?|guilt|exceptions?)\b)[a-z]+(?: [a-z]+)?(?:,? (?:after|before|in|on|at|during|within|past|until|till|near|around)\b[^,;.!?]*)?(?:, no [a-z]+(?: [a-z]+)?)*[.!]?$/;

/**
 * A "No …" rule said as one: with "whatever you do", a time or place it holds for, or a list
 * ("No phone, no reading."). A bare "No cotton." or "No politics" is as often a remark.
 */
function noRule(lower: string): boolean {
  const m = NO_RULE.exec(lower);
  return (
    m !== null &&
    /^\W*(?:[a-z]+,? )*(?:whatever you do|at all costs|and please)|, no | (?:after|before|in|on|at|during|within|past|until|till|near|around) /.test(
      m[0],
    )
  );
}

/**
 * A sentence that only thanks or wishes luck is never advice, whatever its words; nor one glad of
 * the asker's news ("Nice, enjoy the quiet.", "Nice, buon viaggio next time!").
 */
const ONLY_COURTESY =
  /^(?:(?:thanks?|thank you|thx|ty)(?: (?:so|very) much| all| everyone| again| for [^.!?]*)?|good luck[^.!?]*|best of luck[^.!?]*|hope (?:this|that|it) helps|(?:have|enjoy) (?:a |an )?(?:great|good|nice|wonderful|fun|lovely|happy|safe) [a-z]+(?: (?:in|this|next|on) [a-z]+)?|enjoy(?: (?:the|your) (?:[a-z]+ ){0,2}[a-z]+(?: (?:in|this|next|on) [a-z]+)?)?|trust me|believe me|ask me how i know\b[^.!?]*|(?:so |very |too |extremely )?relatable|(?:lol|lmao|haha+|ha)[,!.\s]+(?:my|mine|our|the number of times|i|i've|ive|we)\b(?![^.!?]*\b(?:try|use|get|do|don't|dont|just|should|need|must|make)\b)[^.!?]*|(?:(?:first|but|and|also|oh),? )?(?:(?:huge|big|massive) )?(?:congrats|congratulations)(?: (?:on|for) [^.!?]{1,40})?|(?:big |such a )?mood|felt (?:this|that)(?: in my (?:soul|bones))?|(?:just )?hang in there(?:[,!. -]+(?:it gets (?:better|easier)|(?:the )?(?:days?|first|worst|hardest)\b(?![^.!?]*\b(?:try|use|get|do|don't|dont)\b))[^.!?]{0,40})?|(?:drive|ride|stay) safe(?: out there)?|(?:aw+,? )?poor (?:little )?(?:pup|puppy|dog|doggo|kitty|cat|thing|baby|kid|guy|you)|take care|(?:please )?tell me (?:this|that) (?:is|was) (?:a )?(?:joke|troll|satire)|[a-z][^.!?]{0,60}, following(?: for (?:the )?[a-z]+(?: [a-z]+)?)?|(?:[^a-z0-9\s]+\s*)?(?:please )?(?:mark|accept) (?:it|this|that|my answer|the answer) as (?:the |an? )?(?:solution|answer|accepted|solved)(?: so [^.!?]{0,40})?|(?:(?:but|and|so|just|please|honestly|ok(?:ay)?),? )?(?:don't|dont|do not) (?:panic|worry|stress|freak out|despair)(?: (?:yet|too much|about it|just yet|over it))?|(?:(?:no advice|no help|nothing to add),? (?:just|only) )?(?:solidarity|sympathy|commiserations)(?:,? op| from (?:a |another )?(?:fellow )?[a-z0-9' ]{1,30})?|(?:(?:so|really|very) )?(?:great|good|glad|happy|nice|lovely|interesting) to hear(?: (?:it|that|this))?(?: (?:from )?the other side| from (?:a|an|the) [a-z]+(?: [a-z]+)?)?(?:[,!. ]+(?:keep (?:it|that) up|(?:so )?glad (?:it|that|this) (?:worked|helped)))?|(?:so )?glad (?:it|that|this) (?:worked|helped)(?: out)?|(?:i )?love to hear (?:it|that|this)|(?:now )?go celebrate|(?:so )?glad (?:the|your) [^.!?]{1,40}? (?:is|are) working|you(?:'ve)? got this|you can do (?:this|it)(?: too)?|(?:sending (?:you )?)?(?:(?:a|some) )?(?:(?:big|huge|virtual|internet) )?hugs?(?: (?:to )?(?:you|op))?|(?:just )?(?:chiming|popping|jumping) in to say (?:congrat(?:ulation)?s|good luck|well done|hi|hello)(?: to (?:you|op|you both|you two))?|sending (?:love|good vibes|strength)(?: your way)?|classic(?: (?:super|landlord|move|mistake|case|problem|bug|symptoms?|signs?))?|no worries(?:[,!. ]+(?:glad (?:it|that|this|i could) help(?:ed|s)?|happy to help))?|(?:and )?welcome to the (?:[a-z-]+ ){0,2}(?:cult|club|rabbit ?hole|hobby|team|party|dark side|family|fold|tribe)\b[^.!?]*|(?:gotta |i )?love an? (?:easy|simple|quick|good|happy|cheap) (?:fix|ending|win|update|solution|one)|(?:brilliant|great|perfect|excellent|awesome|nice|wonderful)[,!. ]+(?:that's|that is) (?:exactly |just )?(?:how|what) (?:it's|it is|you) (?:supposed to|want|should)[^.!?]*|(?:(?:nice|great|awesome|yay|congrats|congratulations|excellent|glad to hear it|so glad)[,!. ]+)?(?:bon voyage|buon viaggio|safe travels|happy travels)(?: next time)?|(?:nice|great|awesome|yay|congrats|congratulations|excellent|glad to hear it|so glad)[,!. ]+enjoy (?:the|your|it|them)(?: [a-z]+)?)[.!?\s:)]*$/;

/**
 * Following the thread, with the same trouble or none: "Following, similar issue on a 5800X3D.",
 * "Following, mine lives outside too.", "Reading this thread at 3:40am.",
 * "Same problem here, following.", "Bookmarking this thread for the CHAR(160) tip alone."; or
 * cheering the asker on ("Look at you, adulting."). It advises nothing.
 */
const ONLY_FOLLOWS =
  /^(?:look at you(?:,? [a-z]+)?[.!]*$|(?:bookmarking|saving|saved) this(?: thread)?\b[^.!?]*[.!]*$|(?:(?:lol|lmao|haha|ha)[,!.\s]+)?(?:me |just )?reading this(?: thread)?\b(?! (?:and|then|first|again|book)\b)(?![^.!?]*\b(?:try|use|get|do|don't|dont|should|need)\b)[^.!?]*[.!]*$|(?:following|subscribing|bump|same here|same (?:issue|problem|thing)(?: here)?|(?:good|great|interesting|useful) (?:thread|question))(?:[,.!:;\s-]+|$)){1,2}(?:(?:i have |i've got |having |got )?(?:a |the )?(?:same|similar) (?:issue|problem|thing)[^.!?]*|(?:i'm |we're |am )?(?:trying|doing|growing|starting|attempting|planning) (?:this|it|the same|one)\b[^.!?]{0,20}|(?:mine|ours|my [a-z]+|our [a-z]+) (?![^.!?]*\b(?:try|use|get|do|don't|dont)\b)[^.!?]{0,50})?[.!?\s:)]*$/;

/** Whether a sentence only follows the thread ("Following.", "Bookmarking this thread…"). */
export function onlyFollows(sentence: string): boolean {
  const lower = sentence.trim().toLowerCase();
  return lower.length < 80 && followsOnly(lower);
}

/**
 * Whether a (lowercase, normalised) sentence is only a turn of conversation, whatever its words:
 * courtesy, granting a point, following the thread, who the writer is, what is not meant, asking
 * to hear back, thanks owed, a question without its mark, a joke. (`rules`: the sentence's rule
 * features, if known: what worked for the writer is no joke.)
 */
function remarksOnly(lower: string, rules: readonly string[] = []): boolean {
  // Courtesy lines are short; the anchored regexes are skipped for anything longer.
  return (
    (lower.length < 80 && (ONLY_COURTESY.test(lower) || ONLY_CONCEDES.test(lower) || followsOnly(lower))) ||
    (lower.includes('not to say') && NOT_TO_SAY.test(lower)) ||
    (lower.length < 100 &&
      (REPORT_BACK.test(lower) ||
        ((lower.includes('because of') || lower.includes('thanks to')) && OWED_TO_YOU.test(lower)))) ||
    WAIT_ASKING.test(lower) ||
    (lower.startsWith('ca') && WRITER_CANNOT.test(lower)) ||
    (lower.length < 80 && JOKING.test(lower.slice(-8)) && !rules.includes('helped_me')) ||
    (lower.length < 70 && REACTS.test(lower))
  );
}

/** Whether a sentence is only a turn of conversation (see `remarksOnly`): "Following.", "classic.", "Keep us posted." */
export function onlyRemarks(sentence: string): boolean {
  const lower = normalise(sentence);
  return remarksOnly(lower, JOKING.test(lower.slice(-8)) ? firedRules(lower) : []);
}

/** `onlyFollows` on a sentence already lowercased. */
function followsOnly(lower: string): boolean {
  return ONLY_FOLLOWS.test(lower) || introducesWriter(lower);
}

/**
 * "Landlord here.", "Recruiter here.", "Native speaker here.", "Vet tech here, 11 years.",
 * "Landlord here (one flat, accidental landlord).", "Fellow teacher here, it's rough.", "Married 20
 * years here.": who writes, not what to do.
 */
const WRITER_HERE =
  /^([a-z'-]+)(?: [a-z0-9'-]+){0,2} here(?:,? (?:\d+|for|of|over|since|with|by|in) [^.!?]{0,40}| \([^()]{1,60}\)|,? (?:and )?(?:it's|it is|it was|it gets|that's|that is|been there|ugh)\b(?![^.!?]*\b(?:try|trying|use|get|do|don't|dont|just|worth|should|need|recommend|helps?|works?)\b)[^.!?]{0,30})?[.!]*$/;

/** "25 years in kitchens.", "ICU nurse, 8 years of nights.": the writer's standing, told alone. */
const YEARS_IN =
  /^(?:(?:[a-z'-]+ ){0,2}[a-z'-]+, )?(?:i've been |been )?(?:\d+\+?|ten|fifteen|twenty|thirty|forty) years? (?:in|as|of|at|doing|working)\b[^.!?,;]{0,40}[.!]*$/;

/**
 * A trade named alone, a field or two before it: "Dermatology nurse.", "Sleep physician.", "Pest
 * control tech.", "Cat behaviourist.", "Mechanic of 15 years.", "Secondary teacher and pastoral lead.",
 * "PA in dermatology.", "Optometrist here.", "Former brunch cook.".
 */
const TRADE = new RegExp(
  `^(?:(?!(?:a|an|the|your|my|our|their|his|her|some|any|to|see|call|ask|hire|get|find|try|consult|visit|book|contact|talk|speak|go|use|need)\\b)[a-z'-]+ ){0,2}(?:ex-|former-?)?(?:${TRADE_NOUNS})(?: and [a-z'-]+(?: [a-z'-]+)?)?(?:,? (?:of|for) (?:\\d+|ten|fifteen|twenty|thirty)\\+? years| of (?:a |an |two |three |\\d+ )?[a-z0-9 -]{3,30}| in (?:a |an )?(?!your\\b|the\\b)[a-z-]{3,}(?: [a-z-]+)?| \\([^()]{1,40}\\))?(?: here)?[.!]*$`,
);

function namesTrade(lower: string): boolean {
  return lower.length < 40 && TRADE.test(lower);
}

/** Whether a sentence only names a trade ("Dermatology nurse."): who writes, when a post opens on it. */
export function onlyTrade(sentence: string): boolean {
  return namesTrade(normalise(sentence));
}

/** Whether a (lowercase) sentence only says who the writer is ("Landlord here."; not "Click here."). */
function introducesWriter(lower: string): boolean {
  if (lower.includes('year') && YEARS_IN.test(lower)) return true;
  const m = lower.includes(' here') ? WRITER_HERE.exec(lower) : null;
  return m !== null && !IMPERATIVE_VERBS.has(m[1]!) && m[1] !== 'same' && m[1] !== 'click';
}

/**
 * A short line signed off as a joke: "just add milk lol", "have you considered not running lol"
 * (not what worked for the writer: "Folded cardboard under the short leg works for me lol").
 * Read on a sentence's last few characters: the mark ends it.
 */
const JOKING = /\b(?:lol|lmao|rofl|jk)\W*$|(?:^|\s)\/s\W*$/;

/**
 * A reaction typed first, nothing told to do after it: "lmao the panic memory unlock", "ugh the
 * winter buzz.", "haha every 3d printing thread" (not "lol just use a scale", "omg this worked").
 */
const REACTS =
  /^(?:lol|lmao|rofl|haha+|hah|ugh+|oof|omg|ouch|yikes)\b(?![^.!?]*\b(?:try|use|get|just|you should|you could|don't|dont|never|always|make sure|works?|worked|helps?|helped|fixed|saved|changed)\b)[^.!?]*[.!?]*$/;

/**
 * Asking to hear back, no advice to the asker: "Please share your solution if you do it.",
 * "please let us know how it goes", "Post an update if you figure it out!"
 */
const REPORT_BACK =
  /^(?:(?:i have not|i haven't|haven't) [^,.;]*[,.;] )?(?:and |but |so |also )?(?:please |pls |do )?(?:share (?:your|the) (?:solution|fix|results?|code|findings)|let (?:us|me) know (?:how|what|if|when)|report back|post (?:an update|back)|keep us (?:posted|updated)|update us|post (?:a |some |us )?(?:pics?|pictures?|photos?|crumb shots?|a pic(?:ture)?)(?: (?:next time|when you can|when (?:it's|it is) done|of (?:it|them|the \w+)))?)\b[^.!?]*[.!?]*$/;

/**
 * A question typed without its mark, or surprise: "wait so does everyone else on the team need
 * to do anything", "wait really?"
 */
const WAIT_ASKING =
  /^(?:wait|hmm+|huh|hold on)\b[,.!]* (?:(?:so|but|then|really|sorry),? )*(?:does|do|did|is|are|was|were|can|could|should|would|will|how|what|why|who|where|when|which)\b|^(?:wait|huh)[,.!]* (?:really|seriously|what)\W*$/;

/**
 * What the writer cannot do, the "I" left out: "cant eat the stuff but love reading these
 * threads". Not what nobody can ("Can't recommend it enough", "Can't go wrong with…", "Can't hurt
 * to try"), nor with an instruction after it.
 */
const WRITER_CANNOT =
  /^(?:(?:honestly|personally|sadly|unfortunately),? )?(?:can't|cant|cannot) (?!(?:recommend|go wrong|beat|hurt|stress|emphasi[sz]e|say enough|overstate|praise|speak|argue|deny|fault|complain|understate|overemphasi[sz]e|you|we|they|he|she|i|it|this|that)\b)[a-z]+\b(?![^.!?]*\b(?:you (?:should|could|can|might|need|must)|try|use|get|recommend|suggest)\b)[^.!?;:]*[.!?]*$/;

/** Thanks for what an answer made possible: "Could continue with my Gitlab CI config because of you". */
const OWED_TO_YOU =
  /\b(?:because of|thanks to) (?:you|your (?:answer|post|help|reply|comment|tip|solution))\b[.!\s]*$/;

/** "This is not to say you can't improve.": what is not meant, no advice of its own. */
const NOT_TO_SAY = /^(?:(?:but|and|now),? )?(?:this|that|it)(?:'s| is| isn't| was) not to say\b[^,;:]*$/;

/**
 * Granting the other side a point ("You may be right.", "Fair enough.") is a turn of
 * conversation, never advice; its "you" and "may" alone lift the model's score past the line.
 */
const ONLY_CONCEDES =
  /^(?:(?:well|ok|okay|yeah|yes|true|haha|lol)[,.!]* )?(?:you(?:'re| are| may be| might be| could be) (?:(?:probably|absolutely|totally|quite|so|completely|definitely) )?right|good point|fair enough|fair point|i stand corrected|that's (?:a )?(?:fair|good|great|valid) point)[.!\s:)]*$/;

/**
 * Weights stored as one byte each (as the model file keeps them) and read through the 256
 * values a byte stands for. Reads give exactly the numbers a Float32Array of the decoded
 * weights would, from a quarter of the memory: a sentence's few dozen features land all over
 * the 2^18 weights, and at four bytes a weight most of those reads missed the CPU's caches.
 */
export class ByteWeights {
  constructor(
    readonly codes: Uint8Array,
    readonly values: Float32Array,
  ) {}
}

/** The shipped weights: base64 bytes, each a signed multiple of `scale`. */
export function decodeWeights(base64: string, scale: number): ByteWeights {
  // atob is standard in browsers, workers and Node ≥ 16: no Buffer needed in the extension.
  const bin = atob(base64);
  const codes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) codes[i] = bin.charCodeAt(i);
  const values = new Float32Array(256);
  for (let b = 0; b < 256; b++) values[b] = (b > 127 ? b - 256 : b) * scale;
  return new ByteWeights(codes, values);
}

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** A detector over one set of weights: the shipped one below, or one the trainer is tuning. */
/**
 * Rules whose floor sits just above the threshold: first-hand success is how forum answers
 * recommend most ("X helped me"), "it might be worth asking" is a suggestion anywhere, and
 * "Always counter." a rule to follow; the Reddit labels count them less often than forums mean
 * them (too few to learn from).
 */
const JUST_ABOVE: ReadonlySet<string> = new Set(['helped_me', 'worth_doing', 'always_do']);

export class AdviceDetector {
  /**
   * Rules strong enough to make a sentence advice whatever its words ("I'd recommend",
   * "have you tried", "+1 to"): the floor their score is lifted to. Hand-set, not fitted.
   */
  private readonly floors: Record<string, number>;
  /** The weights as bytes and the values they stand for, or as numbers (the trainer's). */
  private readonly codes: Uint8Array | null;
  private readonly values: ArrayLike<number>;

  constructor(readonly model: AdviceModel) {
    // A model trained with another hash width would silently score garbage: refuse it.
    if (model.hashBits !== HASH_BITS) {
      throw new Error(
        `advice model has ${model.hashBits} hash bits, features use ${HASH_BITS}: run npm run train:advice`,
      );
    }
    this.floors = {
      i_recommend: 0.8,
      question_suggest: 0.7,
      agree: 0.75,
      wish_would: 0.7,
      endorse: 0.7,
    };
    const w = model.weights;
    if (w instanceof ByteWeights) {
      if (w.codes.length !== 1 << HASH_BITS) throw new Error('advice model: wrong number of weights');
      this.codes = w.codes;
      this.values = w.values;
    } else {
      this.codes = null;
      this.values = w;
    }
  }

  private weight(f: number): number {
    return this.codes !== null ? this.values[this.codes[f]!]! : (this.values[f] ?? 0);
  }

  private sum(idx: readonly number[]): number {
    let z = this.model.bias;
    for (const f of idx) z += this.weight(f);
    return z;
  }

  private verdict(f: SentenceFeatures, z: number, threshold: number, byAsker: boolean): AdviceVerdict {
    const { rules, lower } = f;
    let score = sigmoid(z);
    for (const r of rules) {
      // First-hand success, "it might be worth asking", "Always counter." (JUST_ABOVE).
      const floor = JUST_ABOVE.has(r) ? threshold + 0.05 : this.floors[r];
      if (floor !== undefined && floor > score) score = floor;
    }
    if (
      score < threshold + 0.05 &&
      (pointsNearby(lower) ||
        TAKES_PRACTICE.test(lower) ||
        (lower.includes('missing') && MISSING_PIECE.test(lower)) ||
        ((lower.includes('step') || lower.includes('first') || lower.includes('next')) &&
          FIRST_STEP.test(lower)) ||
        ((lower.includes('beats') || lower.includes('trumps')) && BEATS.test(lower)) ||
        (lower.includes('spent') && BEST_SPENT.test(lower)) ||
        (lower.length < 60 && noRule(lower)))
    )
      score = threshold + 0.05;
    if (remarksOnly(lower, rules)) score = Math.min(score, 0.05);
    const agreement = rules.includes('agree') || (rules.includes('agree_weak') && score >= threshold);
    const stance: 'for' | 'against' =
      (rules.includes('against') &&
        !NOT_AGAINST.test(lower) &&
        !DOUBLE_NEGATIVE.test(lower) &&
        warnsAgainst(lower)) ||
      ((saysFailed(lower) || saysNeedless(lower)) && !TURNS.test(lower)) ||
      dismisses(lower) ||
      BAD_OUTCOME.test(lower) ||
      wouldAvoid(lower) ||
      tellsToDoWithout(lower) ||
      MAKE_SURE_NOT.test(lower) ||
      (lower.includes('not to ') && SAY_NOT_TO.test(lower)) ||
      (lower.length < 60 && noRule(lower)) ||
      (lower.includes('warning') && SECONDS_WARNING.test(lower))
        ? 'against'
        : 'for';
    if (byAsker) {
      // Only what the model is very sure of: rule floors alone never make the asker's words advice.
      threshold = Math.max(0.85, threshold + 0.4);
      if (rules.includes('thanks')) score = Math.min(score, 0.1);
    }
    return { score, advice: score >= threshold, stance, agreement };
  }

  /** One sentence read alone, with no post around it. */
  detect(sentence: string, ctx?: { byAsker?: boolean }): AdviceVerdict {
    const f = sentenceFeatures(sentence);
    const z = this.sum(f.idx) + this.weight(F_CTX_UNKNOWN);
    return this.verdict(f, z, this.model.thresholdAlone, ctx?.byAsker === true);
  }

  /** Every sentence of one post, in order: each read with its neighbours. */
  detectPost(sentences: readonly string[], ctx?: { byAsker?: boolean }): AdviceVerdict[] {
    const n = sentences.length;
    const base = new Float64Array(n);
    const first = new Float64Array(n);
    const unknown = this.weight(F_CTX_UNKNOWN);
    // Each sentence's feature indices are only summed: one array serves them all.
    const scratch: number[] = [];
    const feats: SentenceFeatures[] = new Array(n);
    for (let i = 0; i < n; i++) {
      feats[i] = sentenceFeatures(sentences[i]!, scratch);
      base[i] = this.sum(scratch);
      first[i] = sigmoid(base[i]! + unknown);
    }
    const scores = postScores(first);
    const idx: number[] = [];
    const out: AdviceVerdict[] = new Array(n);
    for (let i = 0; i < n; i++) {
      idx.length = 0;
      contextFeatures(scores, i, idx);
      let z = base[i]!;
      for (const f of idx) z += this.weight(f);
      out[i] = this.verdict(feats[i]!, z, this.model.threshold, ctx?.byAsker === true);
    }
    // "Dermatology nurse. Options include…": a post opening on the writer's trade alone says
    // who writes (a post that is only "Dermatologist." names whom to see).
    if (n > 1 && out[0]!.advice && namesTrade(normalise(sentences[0]!)))
      out[0] = { ...out[0]!, score: Math.min(out[0]!.score, 0.05), advice: false };
    return out;
  }
}

const shipped = new AdviceDetector({
  hashBits: model.hashBits,
  bias: model.bias,
  weights: decodeWeights(model.weights, model.scale),
  threshold: model.threshold,
  thresholdAlone: model.thresholdAlone,
});

/** Tuned on the Reddit dev splits by the trainer. */
export const ADVICE_THRESHOLD: number = model.threshold;

/**
 * The verdict on one sentence read alone. With `byAsker` (a post by the question's author) it
 * is strict: the asker's replies are thanks and follow-ups far more often than advice.
 */
export function detectAdvice(sentence: string, ctx?: { byAsker?: boolean }): AdviceVerdict {
  return shipped.detect(sentence, ctx);
}

/** The verdicts on every sentence of one post, in order, each read with its neighbours. */
export function detectAdviceInPost(
  sentences: readonly string[],
  ctx?: { byAsker?: boolean },
): AdviceVerdict[] {
  return shipped.detectPost(sentences, ctx);
}

/** The rule names that fire on a sentence: exposed for tests and error analysis. */
export function adviceRules(sentence: string): string[] {
  return firedRules(normalise(sentence));
}
