/**
 * Words that never name a piece of advice on their own: function words, the verbs advice is
 * phrased with ("try", "recommend"), and nouns too vague to group answers by ("thing", "way").
 * Kept as plain lowercase words; callers test the token before stemming.
 */

const FUNCTION_WORDS = `a about above across after again against all almost along already also although always am among an
and another any anybody anyone anything anyway anywhere are around as at away back be because been before being below
behind between both but by can cannot could did do does doing done down during each either else enough etc even ever every
everybody everyone everything few fewer fewest for from further had has have having he her here hers herself him himself his how
however i if in inside instead into is it its itself just least less like likely many may me might mine more most much
must my myself near neither never no nobody none nor not nothing now of off often on once one ones only onto or other others
otherwise our ours ourselves out over own per perhaps please quite rather really same several shall she should since so
some somebody someone something sometimes somewhat still such than that the their theirs them themselves then there
these they this those though through thus to together too toward towards under unless until till til up beyond despite amid amongst throughout underneath whereas versus besides except beneath beside unlike upon us very via was we whilst
well were what whatever when whenever where whether which while who whoever whole whom whose why will with within without
would yet you your yours yourself yourselves s t d ll re ve m don didn doesn isn wasn aren weren won wouldn shouldn couldn
haven hasn hadn mustn needn ain
dont didnt doesnt isnt wasnt arent werent wouldnt shouldnt couldnt havent hasnt hadnt mustnt neednt aint cant wont
im ive youre youve youll youd theyre theyve thats whats theres hes shes
firstly secondly thirdly fourthly fifthly lastly
plus ok okay yes yeah oh hey hi ha haha hah heh hmm ugh lol lmao rofl imo imho iirc ianad ianal afaik fwiw tbh btw eg ie vs dr mr mrs ms prof et al`;

/** The verbs and hedges advice is phrased with, not what it is about. */
const ADVICE_WORDS = `try tried trying tries recommend recommended recommends recommending suggest suggested suggesting suggests
suggestion suggestions consider considered considering advice advise advised help helped helps helping helpful
need needs needed want wants wanted wanting get gets got getting gotten make makes made making go goes went going gone
look looking looked looks find found finding finds think thought thinking know knew known knowing say said says saying
tell told telling feel felt feeling feels take takes took taking taken keep keeps kept keeping start started starting
starts let lets put puts use used using uses work works worked working seem seems seemed see saw seen seeing give gave
given giving come came coming check checking checked maybe probably definitely certainly actually basically honestly
generally usually especially simply totally pretty good great best better worse worst bad nice fine right wrong sure
important worth able second seconding nthing agree agreed agrees disagree disagreed disagrees ditto also again mention mentioned mentions mentioning
especially really lot lots much many little big small long short new old first last next different same other another
experience experienced proper properly correctly do does done did add added adding
install installed run running ran set setting switch switched change changed include included save saved remove
removed replace replaced enable enabled create created write wrote call called wish hope glad sorry thanks thank appreciate tip tips figure note beware
worry worried worrying worries hesitate forget forgot fail fails failed failing beats trumps figuring figured figures swear swore sworn longer shorter earlier later sooner faster slower
underrated overrated true`;

/**
 * Nouns too vague to name advice ("thing", "way"), present in every thread ("question"), or
 * saying when ("this past Saturday", "getting married Sunday"): when something happened is no
 * thing to use, as "day" and "week" are not.
 */
const VAGUE_NOUNS = `thing things stuff way ways time times lot bit couple kind sort type part parts place point points fact case
cases issue issues problem problems question questions answer answers reason reasons idea ideas option options
situation situations people person someone everyone guy guys friend friends life day days week weeks month months year
years hour hours minute minutes moment today tomorrow yesterday tonight overnight nightly monday mondays tuesday tuesdays
wednesday wednesdays thursday thursdays friday fridays saturday saturdays sunday sundays area side level levels number amount end start result results step steps
example examples matter matters word words thread comment reply op edit update link links here source sources
file files code error errors line lines version project solution solutions fix method approach mind
difference differences discussion discussions downvote downvotes downvoted downvoting upvote upvotes upvoted upvoting karma`;

/** Words that place or compare ("somewhere", "similar", "various"): they qualify what is advised, never name it. */
const VAGUE_MODIFIERS = `similar similarly somewhere everywhere nowhere somehow various certain likewise slightly literally
exactly single multiple separate`;

/** Numbers in words say how many ("six months of expenses", "two cups"), as digits do: never what. */
/** Measures of a thing ("a spoonful of sugar", "a pinch of salt"): the thing is what is advised. */
const MEASURE_WORDS = `spoonful spoonfuls teaspoon teaspoons tablespoon tablespoons tsp tbsp pinch handful handfuls
dash splash`;

const NUMBER_WORDS = `two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
sixty hundred hundreds thousand thousands million millions dozen dozens twice thrice`;

function set(...lists: string[]): Set<string> {
  const s = new Set<string>();
  for (const l of lists) for (const w of l.split(/\s+/)) if (w) s.add(w);
  return s;
}

/** Function words alone ("for", "with", "while"): never a keyword a reader is told to use. */
export const FUNCTION_WORD_SET: ReadonlySet<string> = set(FUNCTION_WORDS);

export const NUMBER_WORD_SET: ReadonlySet<string> = set(NUMBER_WORDS);

/** Words that are never keys of a suggestion. */
export const STOPWORDS: ReadonlySet<string> = set(
  FUNCTION_WORDS,
  ADVICE_WORDS,
  VAGUE_NOUNS,
  VAGUE_MODIFIERS,
  NUMBER_WORDS,
  MEASURE_WORDS,
);

/** Words after which the next content word is what is being advised ("try X", "recommend X"). */
export const TARGET_CUES: ReadonlySet<string> =
  set(`try trying tried recommend recommended recommending suggest
suggesting consider considering get getting use using used check look into out seconding second nthing need take taking
do doing did start starting avoid stop find see ask add install run set switch change learn learned learning swear
practice practicing mention mentioned asking luck success results relief
added adding installed installing switched switching changed changing replaced replacing replace instead`);

/** Words right after which the words before are what worked ("the Flexeril really helped"). */
export const OUTCOME_WORDS: ReadonlySet<string> =
  set(`helps helped works worked fixed fixes solved solves saved
cured relieved helpful effective`);

/** Articles, possessives and demonstratives: a noun phrase opens with one ("THE cat litter sock", "YOUR phone plan"). */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = set(
  'a an the my your his her its our their this these those some any',
);

/** Adverb particles of phrasal verbs ("turn it on", "set it up", "log out"). */
export const PARTICLES: ReadonlySet<string> = new Set(
  'on off up down out in back away over around'.split(' '),
);

/** Times said with "every" or "each": when to do a thing, not what to do. */
export const TIMES: ReadonlySet<string> = new Set(
  'night morning evening afternoon day week weekend month year hour minute meal quarter session'.split(' '),
);

/** Prepositions that open a sentence on when or how far before its instruction ("AT 3000 km check…"). */
export const WHEN_LEADS: ReadonlySet<string> = new Set(
  'at after before in on during within around every by'.split(' '),
);

/**
 * A leading phrase naming where the advice applies, a program, place or version by its capital
 * ("On older Excel use…", "In Windows 11 open…", "With Docker run…"), written without its comma.
 */
const SETTING_LEAD =
  /^(?:[Oo]n|[Ii]n|[Ww]ith|[Uu]nder) (?:(?:older|newer|old|new|recent|modern|later|earlier|the|a|an|your) ){0,2}[A-Z][\w.+#-]*(?: [A-Z][\w.+#-]*)?(?: \d[\w.]*)? (?=[a-z])/;

/** Words after a verb that show it is no imperative: "use OF cash", "work IS…". */
export const NOT_AN_OBJECT: ReadonlySet<string> = new Set('of is are was were has had'.split(' '));

/** How many words a leading phrase of setting takes, if the sentence opens with one; else 0. */
export function settingLeadWords(text: string): number {
  const m = SETTING_LEAD.exec(text);
  return m ? m[0].trim().split(' ').length : 0;
}

/** Most words a leading phrase of when takes, its preposition included. */
export const WHEN_LEAD_WORDS = 5;

/** Words of when besides `TIMES` a leading phrase ends on ("In WINTER keep…", "In the MEANTIME put…"). */
const SEASONS: ReadonlySet<string> = new Set('winter summer spring autumn meantime'.split(' '));

/**
 * Whether a leading phrase of when ends on `last` (`before` the word ahead of it): a number, a
 * measure after one ("3000 km", "20 minutes"), or a word of time ("winter", "the morning").
 */
export function endsOnWhen(before: string, last: string): boolean {
  return (
    /^\d/.test(last) ||
    /^\d/.test(before) ||
    TIMES.has(last) ||
    TIMES.has(last.replace(/s$/, '')) ||
    SEASONS.has(last)
  );
}
