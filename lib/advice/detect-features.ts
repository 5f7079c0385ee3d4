/**
 * Features of one sentence for the advice model: hashed word and bigram stems, the
 * sentence's opening words (where imperatives show), and rule features for the phrasings
 * that advice takes ("I'd recommend", "have you tried", "X helped me", "don't").
 * Shared by the detector and its trainer so both see exactly the same features.
 */
import { entryOf, type WordEntry } from './intern';
import { isSpace } from '../whitespace';
import { endsOnWhen, NOT_AN_OBJECT, settingLeadWords, TIMES, WHEN_LEAD_WORDS, WHEN_LEADS } from './stopwords';
import { lightStem, tokenizeLower } from './tokens';

/** Hash space of the model: 2^18 buckets keep collisions rare (2^15 lost ~0.03 dev F1); stored as int8 the JSON stays ~350 KB. */
export const HASH_BITS = 18;
const HASH_MASK = (1 << HASH_BITS) - 1;

/** FNV-1a over UTF-16 code units: a word's hash, computed once per distinct word. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Combines two hashes (murmur3's finaliser): features are built from word hashes without building strings. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ Math.imul(b, 0x9e3779b1), 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Kinds of feature, mixed into the hash so "try" as a word and "try" as first word differ. */
const K_WORD = 1;
const K_BIGRAM = 2;
const K_FIRST = 3;
const K_FIRST2 = 4;
const K_VERB = 5;
const K_RULE = 6;
const K_OTHER = 7;
const START = hashString('^');
const END = hashString('$');
const EMPTY = hashString('');

/** What the features need of a word, computed on its first sight and kept on its entry (intern.ts). */
export interface DetectWord {
  /**
   * Hash of its light stem. The detector uses the light stemmer, not Porter2: equal on the
   * Reddit dev splits (mean F1 0.661 vs 0.659) and ~50x cheaper on the first sight of each
   * word, which is most of the cost on a big, cold thread.
   */
  stem: number;
  /** Index of its word feature. */
  word: number;
  /** Hash of the word as written (first-word and verb-slot features). */
  raw: number;
  /** Bit mask of the rules whose trigger words include it. */
  rules: number;
  /** 1: second person ("you"), 2: first person ("I", "we"), 3: past tense, 0: none of these. */
  person: number;
  /** Which of the word lists below hold it (`W_LEAD`...): one bit test per token instead of a `Set` lookup. */
  lists: number;
}

/** Bits of `DetectWord.lists`. */
const W_LEAD = 1;
const W_IMPERATIVE = 2;
const W_CLOSED = 4;
const W_AFTER_VERB = 8;
const W_SUBORDINATE = 16;
/** Ends like a verb's -s, -ed or -ly form: not the bare verb of an imperative. */
const W_INFLECTED = 32;

function listsOf(w: string): number {
  return (
    (LEAD.has(w) ? W_LEAD : 0) |
    (IMPERATIVE_VERBS.has(w) ? W_IMPERATIVE : 0) |
    (CLOSED.has(w) ? W_CLOSED : 0) |
    (AFTER_VERB.has(w) ? W_AFTER_VERB : 0) |
    (SUBORDINATE.has(w) ? W_SUBORDINATE : 0) |
    (/(?:[^s]s|ed|ly)$/.test(w) ? W_INFLECTED : 0)
  );
}

function infoOf(entry: WordEntry): DetectWord {
  let info = entry.detect;
  if (info === undefined) {
    const w = entry.word;
    const stem = hashString(lightStem(w));
    const trig = TRIGGERS.get(w);
    info = {
      stem,
      word: mix(K_WORD, stem) & HASH_MASK,
      raw: hashString(w),
      // "5thing", "nth-ing": ordinal agreement spelled every which way.
      rules: trig ?? (w.endsWith('thing') || (w.endsWith('ing') && w.length <= 4) ? AGREE_BIT : 0),
      person:
        w === 'you' || w === 'your' || w === 'yourself'
          ? 1
          : w === 'i' || w === 'my' || w === 'me' || w === 'we' || w === 'our' || w === 'us'
            ? 2
            : PAST.has(w) || (w.length > 4 && w.endsWith('ed'))
              ? 3
              : 0,
      lists: listsOf(w),
    };
    entry.detect = info;
  }
  return info;
}

function wordInfo(w: string): DetectWord {
  return infoOf(entryOf(w));
}

/** Index of a named feature ("rule:imperative", "len:m"). */
export function hashFeature(name: string): number {
  return mix(K_OTHER, hashString(name)) & HASH_MASK;
}

/**
 * Words that open a sentence without being its verb ("So just try...", "Honestly, get...").
 * Skipping them finds the word an imperative would start with.
 */
const LEAD = new Set(
  (
    'so and but then also just maybe perhaps definitely really seriously honestly please first second ' +
    'third fourth finally lastly otherwise instead additionally plus now ok okay well yes yeah oh hey ' +
    'alternatively personally basically generally again still always probably possibly simply absolutely ' +
    'next secondly thirdly firstly overall anyway anyways edit or'
  ).split(' '),
);

/**
 * What cannot be done, then what can: "You can't reverse the stretching, but you can behead
 * them". The stance reads it as no warning (detect.ts), the key terms as an instruction to do
 * what can be done (keys.ts).
 */
export const CANNOT_THEN_CAN =
  "(?:you (?:can't|cannot|can not)|there(?:'s| is) no way to) [^,;:.!?]{1,60}, but (?:you )?can\\b";

/** Trades and roles a writer names themself by ("Nurse here.", "Dermatology nurse.", "Twin mom of…"). */
export const TRADE_NOUNS =
  'nurse|tech|technician|librarian|teacher|physician|doctor|gp|dentist|hygienist|vet|therapist|physio|physiotherapist|pharmacist|paramedic|midwife|behaviou?rist|mechanic|electrician|plumber|engineer|developer|contractor|recruiter|lawyer|attorney|accountant|psychologist|psychiatrist|counsell?or|surgeon|[a-z]+ologist|[a-z]+atrician|[a-z]{3,}ician|podiatrist|chiropodist|optometrist|orthodontist|osteopath|chiropractor|dietitian|nutritionist|radiographer|sonographer|an(?:a)?esthetist|chef|pa|np|rn|(?<=\\b(?:former|ex-?|retired|professional|line|pastry|prep|brunch|head|sous) )cook|mom|mum|dad|smoker|vaper|drinker';

/** Base-form verbs that begin imperative advice ("Try...", "Ask her...", "Book early"). */
export const IMPERATIVE_VERBS = new Set(
  (
    'try pitch get ask talk tell go take make keep look check see find use give let stop start consider read ' +
    'call avoid stay be do have put set think remember focus practice practise learn write wait sleep eat ' +
    'drink buy book bring request choose pick explain listen say show leave move work apply contact email pretend ' +
    'reach join spend save plan prepare schedule ignore accept allow add enable provide include support ' +
    'remove fix change help treat stretch walk rest ice heat visit seek speak discuss encourage praise reward ' +
    'teach set offer share send sign hire quit document record report file research google search watch ' +
    'breathe relax calm believe trust forgive respect realize realise understand recognize recognise ' +
    'acknowledge validate look follow invest pay open close turn cut drop limit lower raise reduce increase ' +
    'build create decide figure sit stand lie lay hold pull push lift put switch replace upgrade install ' +
    'download update delete clean wash shower soak massage see hug cuddle kiss feed offer distract redirect ' +
    'praise model expect prepare remind warn apologize apologise thank invite introduce include ' +
    'involve enroll enrol register volunteer attend meet date move rent sell lend borrow budget earn ' +
    'negotiate interview practice study review compare measure test track note list journal meditate exercise ' +
    'run swim bike jog lift train hire fire confront approach address express communicate set establish ' +
    'maintain enforce bring check skip grab toss throw go stick give leave pack wear dress bathe ' +
    'tidy organize organise clear empty fill mind watch beware embrace enjoy celebrate forget mention ' +
    'point put keep hang trade pay wake nap sleep rock swaddle shush sing play read count breathe ' +
    'visit phone text message ring wait hold hang hire look seek see speak chat vent cry write ' +
    'detect implement introduce integrate display support improve expose bring beware request reserve ' +
    'eat order explore stock head walk grab drive taxi fly rent tip splurge opt go insist demand bargain ' +
    'threaten correct punish discipline stay love consider celebrate ditch ' +
    // Fixing and making things: what forum answers on computers, homes and gardens tell to do.
    // (Only verbs rarely read otherwise: "cover", "set", "water" and "paint" are nouns as often.)
    'uninstall reinstall disable swap restart reboot unplug reset repaste defrag configure rename tweak adjust ' +
    'rinse scrub vacuum repot prune fertilize fertilise ' +
    // Verbs of studying, cooking, caring, cleaning and settling affairs, rarely a sentence's
    // opening noun ("Analyze every game you lose", "Stir in the chocolate", "Unsubscribe from…").
    'analyze analyse memorize memorise solve pause reflect prioritize prioritise delegate automate ' +
    'simplify mulch harvest wean soothe cook bake roast boil simmer fry grill chill freeze thaw ' +
    'marinate whisk stir knead preheat rotate flip wrap unsubscribe block mute unfollow cancel dispute ' +
    'escalate restore debug downgrade compile tighten loosen lubricate caulk insulate ' +
    'drain flush plunge descale dilute mix rub dab blot scrape peel trim shave brush floss moisturize ' +
    'moisturise exfoliate hydrate hike pray disconnect unfriend declutter haggle refinance ' +
    'consolidate transfer sue resign bury transplant sow tuck regrout disinfect sanitize sanitise ' +
    'picture visualize visualise associate repeat seal reseal blend puree chop grate steam saute dice ' +
    'mash sprinkle grow rehearse merge rebase commit stash squash revert amend ' +
    // Remedies taken by mouth ("Bite into a lemon wedge", "Sip ice water slowly").
    'bite chew swallow sip gargle ' +
    // Pouring, wiping, sweeping, raking and aiming: how kitchen, cleaning and garden threads
    // instruct ("Pour boiling water down it", "Aim for an hour a day"); not "mop" or "shake",
    // nouns as often ("Mop heads wear out", "Shake Shack").
    'pour wipe sweep scoop squeeze aim rake ' +
    // Serving and hosting, mending and making, wiring and tuning, and what to say to people
    // ("Serve everything in separate dishes", "Restring with three wraps", "Reseat the cooler",
    // "Excuse yourself", "Compliment the food"): verbs seldom a sentence's opening noun.
    'serve host reread restring retune transpose sharpen hone strop dehydrate launder darn mend sew ' +
    'unscrew solder desolder crimp reseat initialize initialise calibrate recalibrate complain ' +
    'photograph refuse decline withhold respond compliment mingle circulate excuse interrupt greet ' +
    'propose refrigerate reheat lengthen shorten widen degrease rehydrate moisten dampen ' +
    'soften wring unpick baste spritz pretreat handwash'
  ).split(' '),
);

/**
 * "What worked (for us) was", "The only thing that helped was": what follows is what worked, a
 * first-hand success said first (the key terms read it too, see keys.ts).
 */
export const WHAT_WORKED =
  /^(?:(?:but|and|honestly|finally),? )?(?:(?:what|the (?:only )?thing(?: that)?) (?:really |finally |eventually |actually )?(?:worked|helped|fixed it)(?: (?:for|with) (?:me|us|him|her|them|mine|ours))?|the (?:(?:real|only|best|easiest|simplest|permanent|long[- ]term|proper|true|actual) )?(?:fix|solution|cure|remedy)(?: (?:for (?:me|us|this|that|it)|here))?) (?:was|is)\s(?!(?:\w+ed|released|done|made|out)(?:[.,;!]|$| (?:in|by|on|upstream|last|yesterday|to|into|and|as)\b))/i;

/**
 * The helped_me rule's phrasings of first-hand success, beside `WHAT_WORKED` (see RULES): "…made
 * mine shift like new" too.
 */
const HELPED_ME =
  /\b(?:(?:helped|helps|worked|works|did wonders|does wonders|worked wonders|was a lifesaver|saved)(?: (?:\w+ )?for)? (?:me|us|my|our)\b|(?:was|were|got|been|am|'m) (?:\w+ )?helped by|(?:made|makes|make) (?:a |all the |the biggest |the most )(?:(?:huge|big|real|massive|great|noticeable|world of) )?difference|(?:but|and) (?:it|they) (?:fixed|cured|stopped|solved) (?:my|our) \w+|works? (?:just )?(?:as well as|the same as)\b|(?:i|we) (?:have )?(?:also |really |personally )?(?:found|find) (?:that )?[^.;!?]{1,80}?(?:helpful|useful|effective|beneficial|to help)\b|(?:had|have had|'ve had) (?:(?:very|really|great|good|some|much|the best|a lot of) )*(?:luck|success|results) with|swear by|life.?changing|changed (?:(?:my|our) li(?:fe|ves)|everything)|game.?changer|(?:solved|fixed|resolved) (?:the|my|our|this|that) (?:issue|problem|error)s?\b|(?:solved|fixed|resolved|sorted) (?:it|this|that)(?: out)? for (?:me|us)\b|did the trick\b|(?:helps|helped) (?:a lot|a ton|so much|tremendously|massively|loads|immensely|hugely|enormously)\b|(?:made|makes|got) (?:mine|ours|it|them|(?:my|our) \w+) (?:\w+ )?(?:like new|like a new \w+|good as new)\b|\b(?:runs|shifts|works|drives|rides|feels|looks|sounds) (?:just )?like (?:new|a new \w+)\b)/;

/**
 * Rule features: each regex runs on the lowercased sentence with curly apostrophes
 * straightened, and only when one of its trigger words (tokens every match contains) is in
 * the sentence: a token lookup per word is far cheaper than running ~20 regexes on each.
 */
export const RULES: [name: string, re: RegExp, triggers: string | null][] = [
  [
    'you_should',
    /\byou(?:'d| would| might| may| could)? ?(?:should|need to|must|have to|ought to|got to|gotta|want to|wanna|might want|may want|could try|can try|could also|can also|might consider|could consider|had better|'d better|better)\b|\byou(?:'ve| have) (?:got|gotta) to\b/,
    'you',
  ],
  // Anyone who "should" / "ought to" / "had better": "Guests should know...", "They need to fix...".
  [
    'should_any',
    /\b(?:should(?:n't| not)?|ought to|had better|'d better|needs? to|must)\b/,
    'should ought better need needs must',
  ],
  [
    'i_recommend',
    /(?:^|\b(?:i|we)(?:'d| would| can| cannot| can't| could| do| don't| will| wouldn't)? (?:not )?(?:highly |strongly |definitely |really |also |personally |totally |certainly |would )?)(?:recommend|suggest|advise|encourage|urge)\b|\b(?:my (?:(?:best|biggest|main|only|one|first|top|general|personal|honest) )?(?:advice|suggestion|recommendation|tip)|(?:highly|strongly|definitely|would) recommend|(?:is|are|comes|come) (?:(?:also|definitely|very|really|highly|strongly) )*recommended|suggest (?:that )?you\b|(?:just |one |my |a |small |quick )suggestion|(?:^|[,;:(] ?|\b(?:but|so|and|then|honestly|personally|otherwise|also|though|now|first|instead) |\b(?:at (?:this|that) point|in (?:your|that|this|her|his) (?:case|shoes|position)|at (?:this|that|your|her|his) (?:age|price|stage)|at \d+ (?:years?|months?|weeks?)(?: old)?),? )(?:i|we)(?:'d(?! (?:\w+ )?(?:\w*[^e\W]ed|heard|seen|known|been|done|gone|had|thought|taken|made|got|gotten|found|given|told|left|come|become|written|spent|forgotten)\b)| would) (?!(?:(?:probably|definitely|also|just|really|honestly|still|so) )?be (?:(?:so|very|really|pretty|more|less|quite|super|extremely|absolutely|totally|way|damn|privately|much|also|still|too|even) )*(?:upset|happy|thrilled|ecstatic|disappointed|angry|mad|pissed|annoyed|furious|sad|proud|fine|okay|ok|glad|nervous|worried|scared|terrified|uncomfortable|comfortable|content|devastated|heartbroken|livid|surprised|shocked|horrified|embarrassed|hurt|jealous|irritated|frustrated|grateful|thankful|relieved|excited|delighted|pleased|willing|curious|interested|impressed)\b)(?:say|go with|choose|pick|opt|try|look|start|consider|get|ask|talk|tell|keep|avoid|not|never|stay|be|just|probably|definitely|also|take|make|do|check|see|find|wait|call|put|give|let|buy|book|use|push|speak)\b|(?:hesitate|compelled|glad|happy|pleased) to recommend|if i were you|(?:one|a|my|little|bit of) piece of advice|in your (?:shoes|position|place)|if it were me|(?:pro |insider |top |travel |one |a |quick |little |helpful )tip|tips?:)/,
    'recommend recommended recommends suggest suggested suggestion advise advice encourage urge recommendation tip tips would were your',
  ],
  // Endorsements: "X is the way to go", "you can't go wrong with X", "definitely worth a visit".
  [
    'endorse',
    /\b(?:(?:is|are|was|'s) (?:(?:definitely|really|probably|absolutely|also|still|honestly) )*(?:the way to go|your best bet|a must|(?:not )?(?:the|your) (?:place|spot|hotel) (?:for you|to (?:go|stay|be|eat))|(?:your|the (?:right|perfect|ideal)) (?:place|spot|hotel|choice)(?: for you)?[.!]*$|worth (?:a|the) (?:visit|trip|try|look|detour|stop|money|price|splurge|wait)|a (?:great|good|solid) (?:option|choice|bet|place to start))|can't go wrong with|cannot go wrong with|must.?(?:see|do|try|visit)\b|\ba must.?have\b)/,
    // Every match holds one of these words: "is" and "are" would run it on most sentences.
    'way bet must place spot hotel worth option choice wrong mustsee mustdo musttry mustvisit musthave',
  ],
  [
    'question_suggest',
    /^(?:\w+[, ]+)?(?:(?:have|has) (?:you|they|he|she|your \w+|the \w+) (?:tried|considered|thought|looked|asked|talked|spoken|checked|seen|gone|heard)|did you try|what about|how about|why not|would you consider|maybe try)\b/,
    'have has did what how why would maybe',
  ],
  [
    'question_can',
    /^(?:\w+[, ]+)?(?:could you|can you|would it help|is there any way you)\b/,
    'could can would is',
  ],
  [
    'helped',
    /\b(?:helped|helps|worked wonders|worked for (?:me|us)|works for (?:me|us)|did wonders|does wonders|was a lifesaver|life-?saver|saved (?:me|us)|made a (?:huge |big |real )?difference|game.?changer|life.?changing|changed (?:my|our) li(?:fe|ves)|swear by|(?:had|have had|have|'ve had) (?:(?:very|really|great|good|some|much|the best|a lot of) )*(?:luck|success|results) with|works? (?:great|well|wonders|really well))\b/,
    'helped helps worked works work wonders lifesaver saver saved difference changer gamechanger changing lifechanging changed swear luck success results',
  ],
  // First-hand success with something: how forum answers most often recommend.
  [
    'helped_me',
    new RegExp(`${HELPED_ME.source}|${WHAT_WORKED.source}`),
    'helped helps worked works work wonders lifesaver saver saved changer gamechanger changing lifechanging changed swear luck success results difference found find solved fixed resolved sorted trick fix solution cure remedy new',
  ],
  [
    'against',
    /(?:^|[,;:-] ?)(?:(?:(?:yes|yeah|yep|agreed),? )?(?:just |please |and |but |so |also |whatever you do,? )?(?:don't|dont|do not|never|avoid|stop|stay away|quit|refrain)|you (?:shouldn't|should not|don't want to|do not want to|must not|mustn't|can't|cannot))\b|\b(?:(?:made|makes) (?:it|things|everything) worse|make it worse|not worth (?:it|the)|(?:wouldn't|would not|don't|do not|can't|cannot|won't|will not|never) (?:ever )?(?:recommend|suggest|advise)|not recommended|(?:is|'s|are) not (?:the|your) (?:place|spot|hotel|way to go)|steer clear|stay away|beware|watch out)\b/,
    'not never avoid stop stay quit refrain worse worth recommend recommended suggest advise steer beware watch cannot',
  ],
  // Joining advice already given: "Seconding...", "Nthing...", "+1 to...", "Another vote for...",
  // "Same as above, …", and all a sentence says: "What lindenleaf said.", "Everything hemiola said."
  [
    'agree',
    /(?:^(?:\W*\+ ?1|this[.!]*$|this\.|same as above\b|(?:exactly |literally |basically |100% )?(?:what|everything) @?[\w.-]+ (?:said|says|wrote|suggested|recommended|mentioned)[.!]*$)|\b(?:seconding|thirding|fourthing|fifthing|(?:n|\d+)-?th-?ing|(?:i(?:'ll|'d| would)? |also |and )second\b|second(?:ing)? (?:this|that|the|what|everything|all|everyone|anyone|\w+'s)|came here to (?:say|suggest|recommend)|another vote for|(?:i(?:'d| would| will| also)? |also |just )echo (?:what|the|everyone|everybody|others|those|all|\w+'s|\w+ (?:in|on) (?:suggesting|recommending|saying))|(?:i |i'd |would )?also (?:recommend|suggest|vote for)|agree (?:with|on) (?:(?:everyone|everybody|all|those|others|people|the others|the people)(?: here)? (?:(?:who|that) (?:said|says|suggested|recommended|mentioned)|suggesting|recommending|saying)|(?:the|that|this|\w+'s) (?:suggestion|recommendation|advice|tip)|\w+ (?:about|on) (?:the )?\w+)|plus one|\+1)\b)/,
    'this second seconding thirding fourthing fifthing nthing nth came vote recommend suggest plus 1 agree echo above what everything said says wrote suggested recommended mentioned',
  ],
  // Agreeing with someone, which may or may not be with advice: "I agree with Sam", "what X said".
  [
    'agree_weak',
    /(?:^same here|\b(?:(?:i |totally |completely |strongly )?agree (?:with|on)|(?:what|everything) \w+ (?:said|says|suggested|mentioned)|as (?:others|someone|everyone|others here|people|\w+) (?:said|says|have said|mentioned|suggested)|as (?:said|mentioned|suggested) above))\b/,
    'same agree said says suggested mentioned above',
  ],
  [
    'modal_soft',
    /\b(?:it (?:might|may|would|could|will) (?:be|help)|(?:might|may|could|would) (?:be (?:worth|a good idea|helpful|best|better|good)|help)|worth (?:a (?:try|shot|look|visit|read)|the (?:trip|money|price|extra|visit|wait)|trying|looking|checking|considering|asking|visiting|it)|a good idea|good idea to|best (?:bet|thing|option|to)|better off|is key|is important|is essential|(?:is|are) ideal|helps? to|make sure|be sure|don't forget|remember to|feel free|keep in mind|bear in mind|must.?(?:see|do|try|visit)|a must.?have)\b/,
    'might may could would will worth idea best better key important essential ideal help helps sure forget remember free mind must',
  ],
  // "It might be worth asking...", "worth a try": a suggestion in any forum's words.
  [
    'worth_doing',
    /\b(?:(?:might|may|could|would|will|should)(?: \w+)? be (?:well |really |definitely |probably |also )?worth (?:it|a|the|\w+ing)|worth (?:a (?:try|shot|look)|trying|looking into|checking|considering|asking|getting|seeing|talking to|reading))\b/,
    'worth',
  ],
  // "Always counter.", "Always negotiate.": a bare verb after "always" is a rule to follow. Not a
  // model feature the data teaches (too rare there): a floor, as for first-hand success.
  ['always_do', /^(?:(?:and|so|but|just|also) )?always [a-z]+(?<!ly)[.!]*$/, 'always'],
  ['please', /\b(?:please|pls|plz)\b/, 'please pls plz'],
  // Wishes for a change ("It would be great if...", "I wish there was...", "there should be"): suggestion mining's core pattern.
  [
    'wish_would',
    /\b(?:(?:would|'d|will) (?:be|make) (?:(?:really|very|so|super|much|a lot|extremely|quite|even|also|definitely|certainly|truly) )*(?:nice|great|good|awesome|helpful|useful|better|cool|ideal|lovely|handy|fantastic|wonderful|beneficial|an improvement|a (?:\w+ )?(?:addition|improvement|feature|idea|plus|help)) (?:if|to|for|when|that|is|would)|i (?:really )?wish (?!i |we |my |i'd |that i |you )|(?:i|we)(?:'d| would) (?:really )?(?:like|love) (?:to (?:see|have|be able)|it if|an? |some )|(?:i|we) hope (?:that )?(?:we|you|they|there) (?:could|can|will|would))\b/,
    'would will wish like love hope',
  ],
  // What ought to exist or be possible ("should be able to", "there needs to be"): as often a
  // rule of conduct as a suggestion, so a feature for the model, never a floor.
  [
    'should_able',
    /\b(?:should (?:be able|have|support|allow|add|include|provide|offer)|there (?:should|needs to|has to|must) be|needs? to (?:be|have|support|add)|we need|needs? (?:an? |the |some )?(?:option|way|setting|feature|ability|button|choice) to|allow (?:us|users|me|developers|the user))\b/,
    'should need needs there allow',
  ],
  [
    'look_into',
    /\b(?:(?<!\b(?:who|which|that) )look (?:into|up|at|for)|check (?:out|into)|read up|(?:^|[,;:] |\b(?:just|to|can|could|should|try|and|or) )google\b|google (?:it|for|around)|search for|ask (?:your|a|for|about|her|him|them))\b/,
    'look check read google search ask',
  ],
  [
    'first_person_past',
    /^(?:i|we|my|our) (?:was|were|had|did|went|got|used|have been|'ve been|am|'m|felt|thought|found|tried|never|always|just|also|still|know|think|feel|love|hate|remember)\b/,
    null,
  ],
  ['narrative_i', /^(?:i|we|my|our)\b/, null],
  ['you_start', /^you\b/, null],
  ['if_clause', /^(?:if|when|once|before|after|until|unless|while)\b/, null],
  ['question', /\?\s*$/, null],
  ['exclaim', /!\s*$/, null],
  [
    'thanks',
    /\b(?:thanks?(?! to (?:the|a|an|its|his|her|their|our|my|your|this|that)\b)|thank you|thx|appreciate (?:it|this|all|the|everyone|your)|grateful)\b/,
    'thanks thank thx appreciate grateful',
  ],
  ['url', /https?:\/\/|www\./, 'http https www'],
  ['can_you', /\byou (?:can|could|may|might)\b/, 'you'],
  [
    'hope',
    /\b(?:good luck(?! with)|best of luck|hope (?:this|that|it|you|things)|hang in there|sending (?:hugs|love)|you've got this|you got this|^happy (?:birthday|holidays|new year|thanksgiving|christmas|easter|hanukkah|diwali|eid|friday|july|4th|fourth|\w+ day)\b)\b/,
    'luck hope hang sending got happy',
  ],
];

/**
 * Closed-class words (pronouns, determiners, auxiliaries, prepositions, conjunctions,
 * wh-words): a sentence opening with one of them is not an imperative.
 */
const CLOSED = new Set(
  (
    'i me my mine we us our you your yours he him his she her hers it its they them their theirs ' +
    'this that these those a an the some any no every each all both either neither there here ' +
    'is are was were am be been being has had having do does did will would shall should can could may ' +
    'might must not never what which who whom whose when where why how whether if because as since though ' +
    'although while until unless than to of in on at by for with from about into over after before ' +
    'under between through during without within like and but or nor so yet one two three lots lot ' +
    'many much more most less least few other another such same sometimes often usually maybe also just ' +
    'very too really only even still already'
  ).split(' '),
);

/** What follows an imperative verb: an object, a particle or an infinitive ("ask her", "look into", "try to"). */
const AFTER_VERB = new Set(
  (
    'him her them it me us your yourself yourselves a an the some this that these those his their my ' +
    'up out on off in into down over back around away to with for about what how'
  ).split(' '),
);

/** Past-tense forms that narrate ("I went", "we had") rather than advise. */
const PAST = new Set(
  (
    'was were had did went got took made said gave came saw found thought felt knew told left kept ' +
    'became began brought bought ran sat stood tried used started stopped wanted needed decided ' +
    'realized realised noticed ended asked called let put'
  ).split(' '),
);

/** Rule names' feature indices, computed once. */
const RULE_INDEX = new Map<string, number>(
  RULES.map(([name]) => [name, mix(K_RULE, hashString(name)) & HASH_MASK]),
);
const F = (name: string): number => mix(K_RULE, hashString(name)) & HASH_MASK;
const F_IMPERATIVE = F('imperative');
const F_IMP_SHAPE = F('imp_shape');
const F_IMPERATIVE_INNER = F('imperative_inner');
const F_NONE = F('none');
const F_YOU_ONLY = F('you_only');
const F_NARRATIVE = F('narrative');
const F_YOU = [0, 1, 2].map((k) => F('you' + k));
const F_SELF = [0, 1, 2].map((k) => F('self' + k));
const F_PAST = [0, 1, 2].map((k) => F('past' + k));
const F_LEN = ['xs', 's', 'm', 'l', 'xl'].map((k) => F('len:' + k));

/**
 * Context features: where the sentence stands in its post and how advice-like its neighbours
 * are (their first-pass scores in five bands). A sentence seen alone gets `ctx:unknown` instead.
 * Advice comes in runs: a sentence between two advice sentences is more often advice itself.
 */
export const SCORE_BANDS = 5;
const bands = (name: string): number[] => [
  ...Array.from({ length: SCORE_BANDS }, (_, b) => F(`${name}:${b}`)),
  F(`${name}:none`),
];
export const F_CTX_UNKNOWN = F('ctx:unknown');
const F_PREV = bands('ctx:prev');
const F_NEXT = bands('ctx:next');
const F_MAX = bands('ctx:max');
const F_MEAN = bands('ctx:mean');
const F_POS = ['only', 'first', 'mid', 'last'].map((k) => F('ctx:pos:' + k));

function band(p: number | undefined): number {
  return p === undefined ? SCORE_BANDS : Math.min(SCORE_BANDS - 1, Math.floor(p * SCORE_BANDS));
}

/** What context features read of a post's first-pass scores, computed once per post. */
export interface PostScores {
  first: ArrayLike<number>;
  sum: number;
  /** Index of the highest score, and the highest score of the others. */
  top: number;
  second: number;
}

export function postScores(first: ArrayLike<number>): PostScores {
  let sum = 0;
  let top = -1;
  let best = -1;
  let second = -1;
  for (let j = 0; j < first.length; j++) {
    const p = first[j]!;
    sum += p;
    if (p > best) {
      second = best;
      best = p;
      top = j;
    } else if (p > second) second = p;
  }
  return { first, sum, top, second };
}

/**
 * Context feature indices of sentence `i` of a post (from its first-pass probabilities,
 * scored without context), appended to `out`. Constant time per sentence.
 */
export function contextFeatures(post: PostScores, i: number, out: number[]): void {
  const { first } = post;
  const n = first.length;
  const others = n > 1;
  const max = i === post.top ? post.second : first[post.top]!;
  out.push(
    F_PREV[band(i > 0 ? first[i - 1] : undefined)]!,
    F_NEXT[band(i + 1 < n ? first[i + 1] : undefined)]!,
    F_MAX[band(others ? max : undefined)]!,
    F_MEAN[band(others ? (post.sum - first[i]!) / (n - 1) : undefined)]!,
    F_POS[n === 1 ? 0 : i === 0 ? 1 : i === n - 1 ? 3 : 2]!,
  );
}

/** Openers of a subordinate clause after which the main clause may be an imperative ("If he cries, hold him."). */
const SUBORDINATE = new Set([
  'if',
  'when',
  'once',
  'before',
  'after',
  'until',
  'unless',
  'while',
  'since',
  'for',
  'in',
  'at',
  'with',
  'on',
]);

/** Trigger word → bit mask of the rules it may make fire; rules without triggers always run. */
const TRIGGERS = new Map<string, number>();
let ALWAYS = 0;
RULES.forEach(([, , triggers], bit) => {
  if (triggers === null) ALWAYS |= 1 << bit;
  else for (const w of triggers.split(' ')) TRIGGERS.set(w, (TRIGGERS.get(w) ?? 0) | (1 << bit));
});
const AGREE_BIT = 1 << RULES.findIndex(([name]) => name === 'agree');

/** Names of the rule features that fire on a sentence (also used for stance and agreement). */
export function firedRules(lower: string, tokens?: string[]): string[] {
  if (!tokens) {
    tokens = [];
    tokenizeLower(lower, tokens);
  }
  let mask = ALWAYS;
  for (const t of tokens) mask |= wordInfo(t).rules;
  return rulesIn(lower, mask);
}

/**
 * Rules that only ask how a sentence ends ("?", "!" before trailing spaces), by the mark: every
 * sentence is tested for them, and an unanchored pattern searches the whole sentence for it.
 */
const LAST_MARK: (number | undefined)[] = RULES.map(([name]) =>
  name === 'question' ? 63 : name === 'exclaim' ? 33 : undefined,
);

/** The last character of `text` that is not white space, as a code (NaN when there is none). */
function lastMark(text: string): number {
  let end = text.length - 1;
  while (end >= 0 && isSpace(text.charCodeAt(end))) end--;
  return text.charCodeAt(end);
}

/** The rules of `mask` (bit mask of rules worth testing) that fire on a sentence. */
function rulesIn(lower: string, mask: number): string[] {
  const out: string[] = [];
  let last = -1;
  for (let bit = 0; bit < RULES.length; bit++) {
    if ((mask & (1 << bit)) === 0) continue;
    const [name, re] = RULES[bit]!;
    const mark = LAST_MARK[bit];
    if (mark !== undefined) {
      if (last < 0) last = lastMark(lower);
      if (last === mark) out.push(name);
    } else if (re.test(lower)) out.push(name);
  }
  return out;
}

export interface SentenceFeatures {
  /** Hashed feature indices (may repeat: a repeated index counts twice). */
  idx: number[];
  /**
   * How many of `idx` come first and are lexical (word and word-bigram features): the
   * trainer drops some of them at random so the model leans on the phrasing of advice as
   * well as on the topic words of its training data.
   */
  lexical: number;
  /** Fired rule names, for stance and agreement decisions. */
  rules: string[];
  /** Whether the sentence opens with an imperative verb. */
  imperative: boolean;
  /** The lowercased, straightened sentence the rules read. */
  lower: string;
}

const CURLY = 1;
const RESPACE = 2;

/**
 * What `normalise` must repair in a lowercased text, found in one pass: curly single quotes
 * (`CURLY`), and white space other than single spaces (`RESPACE`: two in a row, or a tab,
 * line break or no-break space). Most sentences need neither, and then no regex runs.
 */
function repairsOf(lower: string): number {
  let need = 0;
  let afterSpace = false;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c > 32 && c < 128) {
      afterSpace = false;
      continue;
    }
    if (c === 0x2018 || c === 0x2019) need |= CURLY;
    const space = isSpace(c);
    if (space && (afterSpace || c === 9 || c === 10 || c === 13 || c === 0xa0)) need |= RESPACE;
    afterSpace = space;
  }
  return need;
}

/** Straightened, lowercased sentence the rules read. */
export function normalise(text: string): string {
  let lower = text.toLowerCase();
  const need = repairsOf(lower);
  if (need & CURLY) lower = lower.replace(/[\u2018\u2019]/g, "'");
  // Segmented forum text has single spaces already; datasets and odd pages may not.
  if (need & RESPACE) lower = lower.replace(/\s+/g, ' ');
  return lower.trim();
}

/**
 * The sentence as the rules read it: contractions typed without their apostrophe restored
 * ("dont use poison bait", "you shouldnt"). The model's words stay as typed: it learnt them so.
 */
export function withApostrophes(lower: string): string {
  return hasBareContraction(lower) ? lower.replace(BARE_CONTRACTIONS, "$1n't") : lower;
}

/** Words a bare contraction's "nt" follows ("do" of "dont", "ca" of "cant"). */
const BARE_STEMS: ReadonlySet<string> = new Set(
  'do does did ca wo would should could is are was were have has had ai must need'.split(' '),
);

/**
 * Whether a lowercase sentence holds a bare contraction: each "nt" that ends a word is looked at
 * (a regex tried at every word cost more than the rest of the repair).
 */
function hasBareContraction(lower: string): boolean {
  for (let i = lower.indexOf('nt'); i >= 0; i = lower.indexOf('nt', i + 2)) {
    const after = lower.charCodeAt(i + 2);
    if (i === 0 || (after >= 97 && after <= 122)) continue;
    let j = i;
    while (j > 0 && lower.charCodeAt(j - 1) >= 97 && lower.charCodeAt(j - 1) <= 122) j--;
    if (i - j >= 2 && i - j <= 6 && BARE_STEMS.has(lower.slice(j, i))) return true;
  }
  return false;
}
/** Contractions typed without their apostrophe ("cant" and "wont" are words too, seldom written). */
const BARE_CONTRACTIONS = new RegExp(
  `\\b(do|does|did|ca|wo|would|should|could|is|are|was|were|have|has|had|ai|must|need)nt\\b`,
  'g',
);

/** First token at or after `from` that is not a lead-in word ("so", "just", "honestly"). */
function skipLead(infos: DetectWord[], n: number, from: number): number {
  let i = from;
  while (i < n - 1 && (infos[i]!.lists & W_LEAD) !== 0) i++;
  return i;
}

/** Does the token at `i` exist and is it an imperative verb? */
function isImperativeAt(infos: DetectWord[], n: number, i: number): boolean {
  return i < n && (infos[i]!.lists & W_IMPERATIVE) !== 0;
}

/**
 * Scratch space for one sentence's tokens: reused, since every sentence of a thread comes
 * through here. `INFOS` holds the tokens' detection data and is read up to the token count.
 */
const TOKENS: string[] = [];
const CLAUSES: number[] = [];
const ENTRIES: WordEntry[] = [];
const INFOS: DetectWord[] = [];

/**
 * The features of one sentence. With `into`, the feature indices are written there (emptied
 * first) instead of a new array: a caller that only sums them reuses one array for all.
 */
/** A sentence opening with a hyphened compound: its first word is no verb. */
const COMPOUND_OPENING = /^\W*[a-z]+-[a-z]/;

/** Words of how that make one verb with the verb after them ("double-check", "deep clean"). */
const HOW_PREFIXES: ReadonlySet<string> = new Set(
  'double triple deep spot dry hand cross fact sanity live fine power pre re'.split(' '),
);

/** What "only" brings after a verb it limits: "Water only WHEN…". */
export const ONLY_WHEN_NEXT: ReadonlySet<string> = new Set(
  'when if after before once until while'.split(' '),
);

export function sentenceFeatures(text: string, into?: number[]): SentenceFeatures {
  const lower = normalise(text);
  const tokens = TOKENS;
  const clauses = CLAUSES;
  const entries = ENTRIES;
  tokens.length = 0;
  clauses.length = 0;
  entries.length = 0;
  const afterComma = tokenizeLower(lower, tokens, clauses, entries);
  const idx: number[] = into ?? [];
  // Scratch arrays are overwritten in place, not emptied: `length = 0` drops an array's
  // storage, and every sentence would grow it again push by push.
  const infos = INFOS;
  const n = entries.length;
  let k = 0;
  let prev = START;
  let you = 0;
  let self = 0;
  let past = 0;
  let mask = ALWAYS;
  for (let i = 0; i < n; i++) {
    const info = infoOf(entries[i]!);
    infos[i] = info;
    idx[k++] = info.word;
    idx[k++] = mix(mix(K_BIGRAM, prev), info.stem) & HASH_MASK;
    prev = info.stem;
    mask |= info.rules;
    if (info.person === 1) you++;
    else if (info.person === 2) self++;
    else if (info.person === 3) past++;
  }
  idx[k++] = mix(mix(K_BIGRAM, prev), END) & HASH_MASK;
  if (idx.length !== k) idx.length = k;
  const lexical = k;
  const h0 = n > 0 ? infos[0]!.raw : EMPTY;
  const h1 = n > 1 ? infos[1]!.raw : EMPTY;
  idx.push(mix(K_FIRST, h0) & HASH_MASK, mix(mix(K_FIRST2, h0), h1) & HASH_MASK);

  // The word an imperative would begin with: the first after lead-in words, and the first of
  // the main clause after a leading "if ..., " clause.
  let imperative = false;
  const v0 = skipLead(infos, n, 0);
  if (v0 < n) {
    idx.push(mix(K_VERB, infos[v0]!.raw) & HASH_MASK);
    // Not the first half of a compound: "Pour-over coffee…", "Check-in is at 3", "Follow-up visits…".
    if ((infos[v0]!.lists & W_IMPERATIVE) !== 0 && !(v0 === 0 && COMPOUND_OPENING.test(lower)))
      imperative = true;
    // "Double-check the wiring", "deep clean the drum", "live-adjust the Z offset": a verb
    // with a word of how before it.
    // (So is "dont", read as "not", before a verb: "dont use poison bait", as "don't use" is.)
    else if (
      v0 + 2 < n &&
      (HOW_PREFIXES.has(tokens[v0]!) || tokens[v0] === 'not') &&
      (infos[v0 + 1]!.lists & W_IMPERATIVE) !== 0
    )
      imperative = true;
  }
  if (afterComma > 0 && (infos[0]!.lists & W_SUBORDINATE) !== 0) {
    const v = skipLead(infos, n, afterComma);
    idx.push(mix(K_VERB, infos[v]!.raw) & HASH_MASK);
    if ((infos[v]!.lists & W_IMPERATIVE) !== 0) imperative = true;
  }
  // "At 3000 km check the chain", "In winter keep them inside": after a phrase of when, no comma.
  if (!imperative && v0 === 0 && n >= 4 && WHEN_LEADS.has(tokens[0]!)) {
    const stop = Math.min(WHEN_LEAD_WORDS, n - 2, afterComma > 0 ? afterComma - 1 : n);
    for (let j = 2; j <= stop; j++)
      if (
        (infos[j]!.lists & W_IMPERATIVE) !== 0 &&
        (infos[j + 1]!.lists & W_AFTER_VERB) !== 0 &&
        endsOnWhen(tokens[j - 2]!, tokens[j - 1]!)
      ) {
        imperative = true;
        break;
      }
  }
  // "Next time take a deposit", "Next year start them later": what to do another time.
  if (
    !imperative &&
    v0 === 0 &&
    n >= 4 &&
    tokens[0] === 'next' &&
    (tokens[1] === 'time' || TIMES.has(tokens[1]!)) &&
    afterComma !== 2 &&
    (infos[2]!.lists & W_IMPERATIVE) !== 0 &&
    (infos[3]!.lists & W_AFTER_VERB) !== 0
  )
    imperative = true;
  // "On older Excel use INDEX/MATCH", "In Windows 11 open Settings": after a phrase of where.
  if (!imperative && v0 === 0 && n >= 4) {
    const j = settingLeadWords(text);
    if (j > 1 && j + 1 < n && (infos[j]!.lists & W_IMPERATIVE) !== 0 && !NOT_AN_OBJECT.has(tokens[j + 1]!))
      imperative = true;
  }
  // An imperative opening a later clause: "Great city -- wear comfortable shoes!"
  if (afterComma > 0) clauses.push(afterComma);
  for (const c of clauses) {
    if (c !== v0 && isImperativeAt(infos, n, skipLead(infos, n, c))) {
      idx.push(F_IMPERATIVE_INNER);
      break;
    }
  }
  // "Don't ..." and "Do not ..." are negative imperatives.
  if (n > 1 && tokens[0] === 'do' && tokens[1] === 'not') imperative = true;
  // "Water only when the soil is dry", "Reply only if it matters": a verb limited to a time.
  if (
    !imperative &&
    n > 3 &&
    tokens[1] === 'only' &&
    ONLY_WHEN_NEXT.has(tokens[2]!) &&
    (infos[0]!.lists & (W_CLOSED | W_INFLECTED)) === 0
  )
    imperative = true;
  if (imperative) idx.push(F_IMPERATIVE);
  // An open-class first word followed by an object or particle looks like an imperative
  // the verb list misses ("Threaten him...", "Correct them..."); -s, -ed and -ly words are not.
  if (
    v0 + 1 < n &&
    (infos[v0]!.lists & (W_CLOSED | W_INFLECTED)) === 0 &&
    (infos[v0 + 1]!.lists & W_AFTER_VERB) !== 0
  )
    idx.push(F_IMP_SHAPE);
  idx.push(F_YOU[Math.min(you, 2)]!, F_SELF[Math.min(self, 2)]!, F_PAST[Math.min(past, 2)]!);
  if (you > 0 && self === 0) idx.push(F_YOU_ONLY);
  if (self > 0 && past > 0) idx.push(F_NARRATIVE);
  const read = withApostrophes(lower);
  // (Restored words may trigger rules the typed ones did not: every rule is tried then.)
  const rules = rulesIn(read, read === lower ? mask : -1);
  for (const r of rules) idx.push(RULE_INDEX.get(r)!);
  idx.push(F_LEN[n <= 3 ? 0 : n <= 7 ? 1 : n <= 15 ? 2 : n <= 30 ? 3 : 4]!);
  if (rules.length === 0 && !imperative) idx.push(F_NONE);
  return { idx, lexical, rules, imperative, lower: read };
}
