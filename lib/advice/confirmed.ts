/**
 * The answers the asker said worked. On a forum with no "accept" button the asker's word is the
 * accepting: a reply of theirs to an answer that reports success ("That was it, thanks!", "I
 * tried the AC this morning and it cleared in two minutes") ranks that answer's advice as an
 * accepted answer's is ranked. Thanks alone ("Thanks, I'll try that") confirm nothing.
 */
import type { Post, Thread } from '../model';
import { personOf } from './candidates';

/** How much of a reply is read: the report comes first. */
const OPENING = 300;

/** A report that it worked, in the asker's words. */
const WORKED = new RegExp(
  [
    // "That was it", "this did the trick", "it worked", "which fixed it"
    String.raw`\b(?:that|this|it|which|yours|your (?:fix|tip|suggestion|advice|answer))(?: (?:totally|really|actually|finally|completely|absolutely|just))? (?:worked|works now|did it|did the trick|fixed it|fixed the problem|fixed the issue|solved it|solved the problem|was it|was the problem|was the issue|was exactly it)\b`,
    // "Just running npm install after the conflict worked", "Adding the flag did the trick"
    String.raw`^\W*(?:just |simply |finally )?(?!(?:no|some|any|every)thing\b)[a-z]{3,}ing\b[^.!?]{0,60}?\b(?:worked|works now|did it|did the trick|fixed it)\b`,
    // "The loud shushing actually works?!" (not a thing wished for: "a detector THAT actually works")
    String.raw`(?<!\b(?:that|which|one|ones|something|anything) )\b(?:actually|really|totally) (?:works|worked)\b`,
    // "The hot vinegar and dawn worked on most of it!", "MALLOC_ARENA_MAX=2 did it.": what they used,
    // said to have worked, and no more (not wished, supposed, conditional or never: "I wish the
    // spray worked.", "It never worked.")
    String.raw`^\W*(?![^.!?]*\b(?:if|wish|hope|hoped|would|should|could|might|supposed|never)\b)(?:the |your |that |this )?[a-z][\w =.-]{0,40}? (?:worked|helped|did it|did the trick)(?: (?:on|for) (?:most of it|all of it|it|me|us|everything))?(?=[!.])`,
    // "Made the list and brought it in, got a 12% raise": what they were after, got
    String.raw`(?:,| and) (?:i |we )?(?:got|landed|received) (?:a|an|the|my|our) (?:[\w%$.,-]+ ){0,2}(?:raise|refund|offer|promotion|discount|deposit back|callback|reply|response)\b`,
    // "…and it saved me an hour"
    String.raw`\b(?:it|that|this|which) (?:just |really )?saved (?:me|us) (?:an?|\d+|so much|hours|days|a ton of)\b`,
    // "Can't believe it was that simple."
    String.raw`\b(?:can't|cannot|can not) believe (?:it|that) was (?:that|so) (?:simple|easy)\b`,
    // "…filled three bags in 20 minutes. It already looks better, thanks.", "Runs way cooler now.":
    // how it is now, in a sentence of its own (not "It looks better but it still smells").
    String.raw`(?:^|[.!?]\s+)(?:(?:it|she|he|they|things|i|we|the [a-z]+) )?(?:already |now )?(?:looks?|feels?|seems?|smells?|sleeps?|sounds?|runs?|is|are|am)(?: already| now)? (?:so much |much |a lot |way )?(?:better|great|amazing|lighter|relieved|cooler|quieter|faster|calmer|smoother)\b(?![^.!?]*\b(?:but|still|though|except)\b)`,
    // "Already noticeably better at keeping up.", "Tried the towel today, noticeably better by
    // 4pm.": how it is now, no verb said (not "much better to wait")
    String.raw`(?:^|[.!?]\s+|,\s+)(?:already |now )?(?:already|now|noticeably|much|a lot|way|so much) (?:better|calmer|quieter|faster|smoother)\b(?! (?:to|if|off|than nothing)\b)(?![^.!?]*\b(?:but|still|though|except)\b)`,
    // "He grumbled, but he's actually asleep by 11 now.": the grumble granted, then how it is now.
    String.raw`\bbut (?:he|she|they|it)(?:'s|'re| is| are) (?:actually|finally) (?![^.!?]*\b(?:worse|still|not|no)\b)[^.!?]{1,40}?\bnow\b`,
    // "The no-nap rule was the key I think.": what they used, called the key (not "the key fob")
    String.raw`\b(?:was|were) (?:really |definitely |honestly )?(?:the |a )?key(?=[.!,]| to\b| i think| for me| here|$)`,
    // "…started going to bed by 11. The twitching stopped after about five days.": the trouble
    // gone, in a sentence of its own (not "…stopped working", "…stopped, then came back")
    String.raw`(?:^|[.!?]\s+)(?:the|my|his|her|our|their) [a-z]+(?: [a-z]+)? (?:has |had |finally |completely )?(?:stopped|went away|gone away|disappeared|cleared up|vanished)\b(?! working| helping)(?![^.!?]*\b(?:but|then|again|came back|returned|until)\b)`,
    // "The walk is working.", "Worth every penny."
    String.raw`\b(?:it|this|that|(?:the|your) [a-z]+)(?:'s| is| are) (?:really |totally |already |definitely |actually )?working\b(?! (?:on|from|at|for|with|out|late|nights|hard)\b)`,
    String.raw`\bworth every (?:penny|cent|dollar)\b`,
    // "Worked like a charm", "works perfectly now"
    String.raw`\b(?:worked|works) (?:like a charm|perfectly|great|wonders|a treat)\b`,
    // "Adding timeout=10 fixed the hanging" (not "stopped": "I stopped it after two days")
    String.raw`\b(?:fixed|solved|cured) (?:it|the [\w-]+)\b`,
    // "Problem solved", "Fixed!", "Solved, thank you"
    String.raw`\b(?:problem|issue) (?:solved|fixed|gone)\b`,
    String.raw`^\W*(?:solved|fixed)\b`,
    // "…and it cleared in two minutes", "…and they're all gone"
    String.raw`\band (?:it|they|the \w+)(?:'s|'re| is| are| was| were)? (?:all |completely |totally )?(?:cleared|gone|stopped|fixed|solved)\b`,
  ].join('|'),
  'i',
);

/** A report that it did not work, or not yet: "That didn't work", "Nothing has fixed it". */
const NOT_YET =
  /\b(?:didn't|did not|doesn't|does not|hasn't|has not|haven't|have not|isn't|is not|wasn't|was not|not yet|no luck|still|nothing|none)\b/i;

/** The asker's reply saying an answer worked: where it is, and the sentence that says so. */
export interface AskerReply {
  postId: string;
  permalink: string;
  quote: string;
}

/** Longest quote of the asker's report shown with the answer it vouches for. */
const QUOTE_MAX = 160;

/** The sentence of `text` around [start, end): from the sentence end before it to the next one. */
function sentenceAround(text: string, from: number, end: number): string {
  const stop = /[.!?](?=\s|$)|\n/g;
  stop.lastIndex = end;
  const next = stop.exec(text);
  const sentence = text.slice(from, next ? next.index + (next[0] === '\n' ? 0 : 1) : text.length).trim();
  return sentence.length <= QUOTE_MAX ? sentence : sentence.slice(0, QUOTE_MAX - 1).trimEnd() + '…';
}

/**
 * What the asker did, then what came of it, in someone else's doing: "We got a Comotomo yesterday
 * and SHE TOOK two ounces", "Put two Terro stations out on Sunday and by Thursday THERE WASN'T an
 * ant in sight", "Asked for a signing bonus and THEY GAVE me 10k", "Scrubbed it and baked it, IT
 * LOOKS brand new"; or the trouble gone: "…did it on Saturday and NO BURN for the first time".
 * A remark may come first ("The loser picks rule is genius, we tried it…"). Not "Got the
 * mosquito bits and watered everything" (more of the asker's own doing, no outcome yet).
 */
const DID_THEN_RESULT =
  /^\W*(?:(?:so|well|update),?:? )?(?:[^.!?,]{1,50}, (?=(?:i |we )?(?:did|tried|used|started|put|got)\b))?(?:(?:i|we) )?(?:just |finally )?(?:tried|got|put|cut|bought|took|gave|did|made|added|used|switched|followed|asked|started|ordered|installed|changed|moved|set|ran|sent|went with|wrote|blew|told|rang|kept|left|fed|brought|threw|spoke|drove|[a-z]{3,}ed)\b(?:[^.!?]|[.](?=\S)){0,80}?(?: (?:and|then|and then)|,)(?: (?:by|within|after|in) [\w ]{1,20}?,?)? (?:(?:now )?(?:he|she|they|it|there|the [a-z]+|my [a-z]+|our [a-z]+)(?:'s|'re| is| are| has| have| had| was| were)? (?!not\b|never\b|no\b(?! longer\b))[a-z']{2,}|(?:no|zero|not a single) (?!luck\b|change\b|difference\b|improvement\b)[a-z]{3,})/i;

/**
 * A measure brought down or up by it: "Project references TOOK IT FROM 3 minutes TO 40 seconds",
 * "it went from 30 seconds to 3".
 */
const FROM_TO =
  /\b(?:took|takes|brought|brings|cut|cuts|got|gets|went|goes|dropped|drops|came|comes)(?: (?:it|us|me|them|the \w+))?(?: (?:down|up|all the way))? from (?:about |around |like |over )?[\d.,]+ ?[a-z%]*[^.!?]{0,20}? (?:to|down to) (?:about |around |like |under |just )?[\d.,]+/i;

/**
 * An outcome that went badly: "…and she screamed", "…and it's still the same" (not "the same
 * day": when it was done).
 */
const WENT_BADLY =
  /\b(?:still|same(?! (?:day|night|week|weekend|morning|afternoon|evening|hour)\b)|worse|no luck|no change|didn't (?:work|help|change)|did not (?:work|help)|refused|refuses|screamed|cried|hated|hates|nothing (?:changed|happened)|disaster|nightmare|awful|terrible|horrible|broke|broken|died|leaked|fell apart|gave up|hurt|hurts|failed|fails)\b/i;

/**
 * Pleased: thanks, a "wow", "much better", praise ("genius", "perfect", "can't believe it was that
 * simple"), "for the first time", "every time since", or an exclamation. The story alone may be a
 * plain report.
 */
const PLEASED =
  /!|\bthank|\b(?:every (?:time|day|night|morning) since|no (?:problems|issues|accidents|trouble) since)\b|\bwow\b|\b(?:much|so much|way|a lot) better\b|\b(?:amazing|genius|awesome|brilliant|perfect|perfectly|lifesaver|life saver|game ?changer)\b|\b(?:can't|cannot|can not) believe (?:it|that) was (?:that|so) (?:simple|easy)\b|\bfor the first time\b/i;

/** Where the sentence holding `at` starts: after the last full stop, "!" or "?" and a space before it ("daemon.json" has none). */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i > 0; i--) if (/\s/.test(text[i]!) && /[.!?]/.test(text[i - 1]!)) return i + 1;
  return 0;
}

/** Where in a reply's opening the asker says it worked, and the span that says so; null if nowhere. */
function saysItWorked(opening: string): { from: number; end: number } | null {
  const m = WORKED.exec(opening);
  if (m !== null) {
    // The sentence it is said in may not take it back.
    const from = sentenceStart(opening, m.index);
    return NOT_YET.test(opening.slice(from, m.index + m[0].length))
      ? null
      : { from, end: m.index + m[0].length };
  }
  if (!PLEASED.test(opening)) return null;
  // Told in any sentence of the opening: "It was the Prettier extension. DISABLED IT AND IT OPENS
  // in 3 seconds now. Thanks!"
  for (let from = 0; from < opening.length;) {
    const rest = opening.slice(from);
    const stop = /[.!?](?=\s|$)/.exec(rest);
    const end = stop ? stop.index + 1 : rest.length;
    const story = DID_THEN_RESULT.exec(rest) ?? FROM_TO.exec(rest.slice(0, end));
    const told = story === null ? 0 : story.index + story[0].length;
    if (story !== null && !WENT_BADLY.test(rest.slice(0, Math.max(end, told))))
      return { from, end: from + told };
    if (stop === null) break;
    from += end;
    while (from < opening.length && /\s/.test(opening[from]!)) from++;
  }
  return null;
}

/**
 * "Ah, it was StrictMode.", "Yep, it turned out to be the flapper": the cause the answer named,
 * owned by the asker in the opening sentence of the reply.
 */
const IT_WAS =
  /^\W*(?:(?:ah|oh|yep|yes|yup|ok|okay|well|so|update)[,.!]*\s+)?(?:it|that|this)(?: really| definitely)? (?:was|turned out to be) (?:the |a |an |my |our )?([\p{L}\p{N}][\p{L}\p{N}._-]*(?: [\p{L}\p{N}][\p{L}\p{N}._-]*)?)[.!]/iu;

/** Where the asker says the cause was what the answer named, and the span that says so; null if not. */
function namesItsCause(opening: string, answer: string): { from: number; end: number } | null {
  const m = IT_WAS.exec(opening);
  if (m === null || NOT_YET.test(m[0])) return null;
  const named = m[1]!.toLowerCase();
  const words = named.split(' ');
  // The cause in the answer's own words: the whole name, or its first word if it is a name.
  const inAnswer = (w: string): boolean =>
    new RegExp(
      `(?:^|[^\\p{L}\\p{N}])${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'iu',
    ).test(answer);
  if (!inAnswer(named) && !(words.length === 2 && inAnswer(words[0]!) && /^\p{Lu}/u.test(m[1]!))) return null;
  return { from: 0, end: m[0].length - 1 };
}

/**
 * The asker's posts, each with the answer of someone else's it replies to; none for an update of
 * the asker's own, under the question or under their own post.
 */
export function askerPosts(thread: Thread): { post: Post; parent: Post | undefined }[] {
  const asker = personOf(thread.question);
  const byId = new Map<string, Post>();
  for (const a of thread.answers) byId.set(a.id, a);
  const out: { post: Post; parent: Post | undefined }[] = [];
  for (const post of thread.answers) {
    if (post.deleted || personOf(post) !== asker) continue;
    const parent = post.parentId === null ? undefined : byId.get(post.parentId);
    out.push({ post, parent: parent === undefined || personOf(parent) === asker ? undefined : parent });
  }
  return out;
}

/** The answers the asker replied to saying their advice worked, by answer id, with that reply. */
export function confirmedByAsker(thread: Thread): Map<string, AskerReply> {
  const out = new Map<string, AskerReply>();
  const asker = personOf(thread.question);
  for (const { post, parent } of askerPosts(thread)) {
    if (parent === undefined) {
      // An update of the asker's own, under the question or their own post: what worked, by name.
      const named = namedAsWorked(post, thread.answers, asker, out);
      const better = namesWhatItUsed(post, thread, asker, out);
      // ("…It's basically clear again. Thanks vinegarvic and squeegee_sam!": told anywhere in it.)
      const told = better ?? named ?? saysItWorked(post.text.slice(0, OPENING)) ?? successTold(post.text);
      thankedByName(post, thread, asker, out, told);
      continue;
    }
    if (parent.deleted) continue;
    const opening = post.text.slice(0, OPENING);
    const said = saysItWorked(opening) ?? namesItsCause(opening, parent.text);
    // The first reply saying so is the one quoted.
    if (said === null || out.has(parent.id)) continue;
    out.set(parent.id, {
      postId: post.id,
      permalink: post.permalink,
      quote: sentenceAround(post.text, said.from, said.end),
    });
  }
  return out;
}

/**
 * A thing named as what worked, in the asker's update: "Text to Columns fixed about 90% of
 * them.", "TRIM took care of those." (not "Nothing fixed it", "If the flapper did the trick…").
 */
const THING_WORKED =
  /(?:^|[.!?]\s+|[,;]\s+(?:and |but |then )?|\s(?:and|then|but)\s)(?:the |your |that |a |an )?([\p{L}\p{N}][\p{L}\p{N} .+#()_-]{1,40}?) (?:really |finally |totally |completely |actually )?(?:fixed|solved|cured|did the trick|took care of|worked|helped)\b/giu;

/** Subjects that name no thing of an answer's. */
const NOT_A_THING =
  /^(?:it|this|that|these|those|they|which|what|nothing|none|something|everything|anything|all|i|we|he|she|you|no\b.*|not\b.*|\d.*)$/i;

/** A pattern for `name` as a word of its own ("TRIM", not "trimmed"). */
function asWord(name: string, flags: string): RegExp {
  return new RegExp(
    `(?<![\\p{L}\\p{N}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
    flags,
  );
}

/** How much of an update is read for what worked. */
const UPDATE_READ = 600;

/**
 * Confirms, by an update of the asker's ("Text to Columns fixed about 90% of them"), the first
 * answer that named the thing: on a forum where the asker reports back at the bottom of the
 * thread, not under the answer.
 */
function namedAsWorked(
  post: Post,
  answers: readonly Post[],
  asker: string,
  out: Map<string, AskerReply>,
): Span | null {
  const text = post.text.slice(0, UPDATE_READ);
  let told: Span | null = null;
  THING_WORKED.lastIndex = 0;
  for (let m = THING_WORKED.exec(text); m !== null; m = THING_WORKED.exec(text)) {
    const thing = m[1]!.trim();
    if (NOT_A_THING.test(thing) || thing.split(' ').length > 5) {
      // A shorter subject may start further on: "The rest had trailing spaces and TRIM took care…".
      THING_WORKED.lastIndex = m.index + 1;
      continue;
    }
    const from = sentenceStart(text, m.index + m[0].indexOf(m[1]!));
    const said = text.slice(from, m.index + m[0].length);
    if (
      NOT_YET.test(said) ||
      /\b(?:if|wish|hope|hoped|would|should|could|might|supposed|never)\b/i.test(said)
    )
      continue;
    told ??= { from, end: m.index + m[0].length };
    const named = asWord(thing, 'iu');
    const first = answers.find(
      (a) => a.id !== post.id && !a.deleted && personOf(a) !== asker && named.test(a.text),
    );
    if (first === undefined || out.has(first.id)) continue;
    out.set(first.id, {
      postId: post.id,
      permalink: post.permalink,
      quote: sentenceAround(post.text, from, m.index + m[0].length),
    });
  }
  return told;
}

/**
 * The update telling it is better now: "…no drops in a week", "I'm up to 1040", "way better than
 * last time" (not "no better", nor a sentence that takes it back: "still…", "didn't…").
 */
const IMPROVED =
  /\b(?:(?:no|zero) (?:new )?(?:[a-z]+ )?[a-z]+ (?:in|for|since) (?:the (?:last|past) )?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+) (?:days?|weeks?|months?)|(?:haven't|have not|hasn't|has not) (?:heard|seen|had|noticed|found) (?:a|one|any|another)(?: single)? [a-z]+ (?:all (?:day|night|evening|week)|since|in (?:a|one|two|three|\d+) (?:days?|weeks?))|(?:stopped|quit) [a-z]+ing (?:within|after|in) (?:a|one|two|three|\d+) (?:days?|weeks?)|(?:way|much|a lot|so much|visibly|noticeably|\d+ ?%) (?:better|less|fewer|smoother|faster|quieter|thicker|stronger|cooler|drier|flatter|softer|clearer|calmer|easier|lighter|brighter|healthier|happier)|(?:i'm|i am|we're|we are) (?:now )?up to \d+)\b/i;

/**
 * A name an answer would give as it is written: mixed case, digits or a plus in it ("goCoax",
 * "MoCA", "Deco X20", "15+10"), not a plain number or a word that opens a sentence.
 */
const DISTINCT_NAME =
  /(?<![\p{L}\p{N}+.-])(?:\p{Ll}+\p{Lu}[\p{L}\p{N}]*|\p{Lu}[\p{L}]*\p{N}[\p{L}\p{N}]*|\p{Lu}{2,}\p{Ll}*\p{Lu}*|\p{L}*\p{N}+\+\p{N}+|\p{Lu}\p{Ll}+\p{Lu}\p{L}*)(?![\p{L}\p{N}+])/gu;

/** Most answers one update vouches for by the names it gives. */
const NAMED_MOST = 3;

/**
 * Confirms, by an update of the asker's that tells it is better now and names what they used
 * ("Got a pair of goCoax MoCA adapters and a Deco X20… no drops in a week"), the first answer
 * that gave each name the question did not.
 */
function namesWhatItUsed(
  post: Post,
  thread: Thread,
  asker: string,
  out: Map<string, AskerReply>,
): Span | null {
  const text = post.text.slice(0, UPDATE_READ);
  const better = IMPROVED.exec(text);
  if (better === null) return null;
  const from = sentenceStart(text, better.index);
  // (Before what it says is better: "haven't heard a hiss" is itself said with a "not".)
  if (NOT_YET.test(text.slice(from, better.index))) return null;
  const told = { from, end: better.index + better[0].length };
  const question = `${thread.title} ${thread.question.text}`;
  let vouched = 0;
  const seen = new Set<string>();
  const posters = new Set(thread.answers.map(personOf));
  const names = [...text.matchAll(DISTINCT_NAME), ...text.matchAll(NAME_WITHIN)];
  for (const m of names) {
    const name = m[0];
    if (seen.has(name) || question.includes(name) || NOT_NAMES.test(name) || posters.has(name.toLowerCase()))
      continue;
    seen.add(name);
    const written = asWord(name, 'u');
    const first = thread.answers.find(
      (a) => a.id !== post.id && !a.deleted && personOf(a) !== asker && written.test(a.text),
    );
    if (first === undefined || out.has(first.id)) continue;
    out.set(first.id, {
      postId: post.id,
      permalink: post.permalink,
      quote: sentenceAround(post.text, from, told.end),
    });
    if (++vouched === NAMED_MOST) break;
  }
  return told;
}

/** Where a sentence says something, as [from, end) offsets of the text it was found in. */
export interface Span {
  from: number;
  end: number;
}

/**
 * A capitalised word inside a sentence is a name as it is written ("put down Dylox Saturday
 * evening"), though not the word opening a sentence.
 */
const NAME_WITHIN = /(?<=[\p{L}\p{N},;)] )\p{Lu}\p{Ll}{2,}(?![\p{L}\p{N}'’])/gu;

/** Capitalised words that name no thing an answer gave: days, months, who is thanked. */
const NOT_NAMES =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Thanks|Thank|Update|Edit|Also|Then|And|But)$/;

/** Whom an update thanks: "Thanks plumbfather and juniper_k.", "thank you to ravi.s", "Cheers throttleback". */
const THANKS =
  /\b(?:thank(?:s|(?: you))|cheers)\b,?(?: (?:so much|a lot|again|especially|in particular|to))*,?([^.!?\n)]{1,120})/giu;

/** Whom an update credits by name: "like rkowalski_ops said", "per corvid_ally's advice", "tallulah_m's … thing worked". */
const CREDITED = [
  /\b(?:like|as|per) @?([\w.-]+?)(?:'s)? (?:said|suggested|recommended|advice|tip|suggestion)\b/giu,
  /\b(?:took|followed|following|tried|accepted|accepting|marking|used|went with|did|doing) (?:a version of |basically |literally |exactly |pretty much |more or less )?@?([\w.-]+?)'s? (?:advice|tip|suggestion|recommendation|answer|approach|script|template|method|steps|idea|trick|plan|checklist|routine)\b/giu,
  /\((?:that was |it was )?@?([\w.-]+?)'s (?:idea|tip|suggestion|advice|trick)\)/giu,
  /\b(?:the|that) [^.!?,()]{1,40}? @?([\w.-]+) (?:described|posted|mentioned|suggested|recommended|linked|listed|pointed me to)\b/giu,
  /\b(?:thing|tip|trick|idea|advice|suggestion|method|script|template) from @?([\w.-]+)/giu,
  /\bbecause of @?([\w.-]+)/giu,
  /\b(?:with|using|via|plus|and) @?([\w.-]+?)'s (?:[\w-]+ ){0,3}?(?:advice|tip|suggestion|recommendation|approach|script|template|method|steps|idea|trick|plan|checklist|routine|hack|drill|technique)\b/giu,
  /\((?:and )?(?:thanks|thank you|cheers),? @?([\w.-]+?)!?\)/giu,
  /(?:^|[.!?(,;:]\s*|\band )@?([\w.-]+) was (?:(?:totally|absolutely|exactly|so) )?(?:right|spot on)\b/giu,
  /\bper @?([\w.-]+?)(?='s\b|\s*(?:[.,;:!?)]|$)|\s+(?:and|for|on)\b)/giu,
  /\b(?:what|like|as) @?([\w.-]+?) (?:and @?[\w.-]+ )?(?:described|said|suggested|guessed|predicted|mentioned)\b/giu,
  /\b(?:what|like|as) @?[\w.-]+? and @?([\w.-]+?) (?:described|said|suggested|guessed|predicted|mentioned)\b/giu,
  /(?:^|[.!?(,;:]\s*|\band )@?([\w.-]+) (?:and @?[\w.-]+ )?were (?:(?:totally|absolutely|exactly|so) )?(?:right|spot on)\b/giu,
  /(?:^|[.!?(,;:]\s*|\band )@?[\w.-]+ and @?([\w.-]+) were (?:(?:totally|absolutely|exactly|so) )?(?:right|spot on)\b/giu,
  /(?:^|[.!?(,;:]\s*)@?([\w.-]+),? (?:you )?nailed it\b/giu,
  /(?:^|[.!?(]\s*)@?([\w.-]+),? you(?:'re| are| were) (?:(?:a |an |the )?(?:absolute |total |real )?(?:legend|star|hero|genius|lifesaver)|(?:so |totally |exactly |absolutely )?(?:right|spot on))\b/giu,
  /(?<![\w.-])@?([\w.-]+)'s (?![^.!?]*\b(?:didn't|did not|never|no|nothing)\b)[^.!?]{0,60}?\b(?:worked|helped|did it|did the trick|fixed it|cracked it|(?:was|were) the (?:key|missing piece|hit)|made (?:all )?the difference)\b/giu,
];

/** Words telling of what is yet to be done. */
const STILL_TO_DO =
  /\b(?:going to|gonna|will|'ll|plan(?:ning)? to|(?<!\bthe )next|might|may|should|want to|hoping to|(?:i'm|i am|we're|we are) (?:now )?[a-z]+ing\b(?![^.!?]*\b(?:every|each|daily|nightly|since)\b))\b/i;

/**
 * Confirms, by an update of the asker's that tells it worked (`told`) and thanks people by name
 * ("…haven't heard a hiss all evening. Thanks plumbfather and juniper_k."), the answer each one
 * thanked gave first (under the question, if they gave one there). An update that tells no outcome
 * in words the patterns know may still credit by name what the asker did ("asked two people to
 * remind me of their names like kalimera_ suggested and nobody cared at all"): see `creditedDoing`.
 */
function thankedByName(
  post: Post,
  thread: Thread,
  asker: string,
  out: Map<string, AskerReply>,
  told: Span | null,
): void {
  // ("Thanks everyone, esp. wok_this_way": the abbreviation's stop ends no sentence.)
  const text = post.text.slice(0, UPDATE_READ).replace(/\besp\./gi, 'esp ');
  const thanked = new Map<string, Span>();
  // "…restart ssh.socket LIKE RKOWALSKI_OPS SAID", "TALLULAH_M'S breathing thing worked": credit by name.
  const authors = new Map(thread.answers.map((a) => [personOf(a).toLowerCase(), personOf(a)]));
  const settled = told !== null || ((PLEASED.test(text) || ACCEPTS.test(text)) && !OUTCOME_OPEN.test(text));
  for (const re of CREDITED) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      const from = sentenceStart(text, m.index);
      // (Not what is yet to be done: "Going to try gluing in corner blocks like sawdust_sal said".)
      if (STILL_TO_DO.test(text.slice(from, m.index))) continue;
      const who = authors.get(m[1]!.toLowerCase());
      if (who === undefined || who === asker || who.startsWith('\u0000') || thanked.has(who)) continue;
      // Quoted by the sentence that credits them: it tells what was done of theirs.
      if (told !== null || (settled && creditedDoing(text, from)))
        thanked.set(who, { from, end: m.index + m[0].length });
    }
  }
  // Thanked where it is told that it worked: quoted by that telling.
  if (told !== null)
    for (const m of text.matchAll(THANKS)) {
      for (const a of thread.answers) {
        const who = personOf(a);
        if (who === asker || who.startsWith('\u0000') || thanked.has(who)) continue;
        if (asWord(who, 'iu').test(m[1]!)) thanked.set(who, told);
      }
    }
  for (const [who, span] of thanked) {
    const theirs = thread.answers.filter((a) => !a.deleted && personOf(a) === who);
    const first = theirs.find((a) => a.parentId === null) ?? theirs[0];
    if (first === undefined || out.has(first.id)) continue;
    out.set(first.id, {
      postId: post.id,
      permalink: post.permalink,
      quote: sentenceAround(post.text, span.from, span.end),
    });
  }
}

/** The asker marking an answer as the one: "Accepting Grace_Li's answer", "marking this as the solution". */
const ACCEPTS = /\b(?:accept(?:ing|ed)|marking|marked)\b[^.!?]{0,40}\b(?:answer|solution)\b/i;

/** An update that leaves the outcome open: "fingers crossed", "will report back", "too early to tell". */
const OUTCOME_OPEN =
  /\b(?:fingers crossed|report back|we'll see|time will tell|too (?:early|soon) to (?:tell|say)|waiting (?:on|for) (?:the|a|their|his|her)|hopefully)\b/i;

/**
 * A sentence that says it was not done as told, only wished, or not yet: "if I'd done what X said",
 * "I should have", "started a board game night per X, first one is Saturday".
 */
const NOT_AS_TOLD =
  /\b(?:if|wish|wished|should|would|could|tomorrow|tonight|next (?:week|month|time|weekend)|first one is)\b/i;

/**
 * Whether the sentence of a pleased update starting at `from` tells a doing the asker credits
 * ("Been on 6 dates, mostly walks like bigbluebus said") with nothing gone wrong in it or the
 * sentence after ("Tried the drops per X. No change." is no credit).
 */
function creditedDoing(text: string, from: number): boolean {
  const stop = /[.!?](?=\s|$)/g;
  stop.lastIndex = from;
  const end = stop.exec(text)?.index ?? text.length;
  const sentence = text.slice(from, end);
  if (NOT_YET.test(sentence) || WENT_BADLY.test(sentence) || NOT_AS_TOLD.test(sentence)) return false;
  stop.lastIndex = end + 1;
  const next = text.slice(end + 1, stop.exec(text)?.index ?? text.length);
  return !WENT_BADLY.test(next) && !/^\s*(?:but|not|nope|no)\b/i.test(next);
}

/**
 * What an update says of how it went that tells it worked, beyond "better": "Works perfectly.",
 * "Night and day.", "AC is cold again", "white again", "clean now", "Ceiling dry in 10 minutes",
 * "No more smoke in the room", "came out flat", "made all the difference", "zero shin pain",
 * "compiles", "gone from 10 minutes of screaming to maybe 30 seconds", "dropped from ~$125/day to
 * ~$22/day".
 */
const SUCCEEDED =
  /\b(?:works? (?:perfectly|great|fine|like a charm)|(?!(?:is|are|was|were|be|been|seems?|looks?|sounds?|it's|that's|not)\b)[a-z]{2,} (?:perfectly|flawlessly|beautifully)\b(?! (?:normal|fine|reasonable|safe|good|okay|ok|healthy|well|happy|possible|common)\b)|(?:thing|trick|method|idea|tip|technique|hack) (?:finally |actually |really |totally )?(?:worked|did it|did the trick)\b(?! for (?:a|about|like) )|can (?:hear|sleep|breathe|see|walk|run|eat|type|focus|sit|stand) (?:properly |normally |fine )?again|finally (?:looks?|tastes?|feels?|sounds?) (?:like|right|good|great|normal)|started (?:up )?on the (?:first|second|third|\d+(?:st|nd|rd|th)) (?:pull|try|go|attempt|crank)|\d+ (?:nights?|days?|times?|mornings?|evenings?|weeks?) out of (?:the last )?\d+|\d+ of the last \d+ (?:nights|days)|(?:combo|combination|mix) of [^.!?]{1,80}? (?:did it|did the trick|worked|helped)|(?:was|were) (?:the |an absolute )?(?:mvp|hero|winner|game ?changer)|(?:everything|all of them|they all|all \d+) survived|(?:did|does) the job|did (?:most of )?the (?:work|heavy lifting)|got me through|(?:fits?|fit) better|no (?:recurrence|relapse|flare-?ups?|problems?|issues?|symptoms?) (?:so far|since|yet)|(?:went|gone) from [^.!?]{1,30}? to (?:maybe |about |just |only |almost )?(?:once|zero|none|nothing|one|\d)|up for (?:\d+|two|three|four|five|six) (?:days|weeks|months)|(?:way|well) under budget|ha(?:s|ve) been (?:really |so |absolutely )?(?:great|brilliant|amazing|a game ?changer|a lifesaver|life-changing)|(?:haven't|have not|hasn't|has not) [a-z]+(?: [a-z]+)? once\b|(?:is|are|'s|'re) (?:now )?(?:mostly|basically|almost|completely|totally) (?:gone|fixed|solved|sorted|fine|dry|clear|quiet|silent)\b|\bha(?:s|ve) (?:basically |mostly |completely |totally )?stopped the [a-z]+|without a (?:single )?(?:[a-z]+ )?(?:stitch|hitch|hiccup|problem|issue|crash|dropout|error|glitch|complaint|leak|drip)|all (?:good|fixed|sorted) now|(?:stayed|stays) (?:dry|warm|quiet|clean|put|asleep|cool|down|connected)|(?:never|hasn't|haven't|hasn't) (?:came|come) back|(?:hurts?|aches?|itch(?:es)?) (?:a lot |much |way )?less|night and day|(?:is|are|'s|'re) (?:now )?(?:fine|gone|fixed|solved|sorted|perfect)\b(?: now| again)?|(?:cold|dry|clear|quiet|silent|fine|smooth|gone|back|clean|white|crisp|normal) (?:again|now|in (?:a|one|two|\d+) (?:minutes?|hours?|days?|weeks?))|no more ["'\u201c]?(?!luck\b)[a-z]+|came out (?:flat|perfect|great|fine|right)|made (?:all the |the (?:biggest|real) |a (?:(?:genuinely|really|truly) )?(?:real|huge|big|massive|noticeable) )difference|zero (?!(?:change|difference|improvement|luck|progress)\b)[a-z]+|compiles|down from [~\d]|down to (?:one|two|a few|\d+) [a-z]+ (?:in|a|per|this|since)\b|(?:is|are|'s) (?:now )?bone dry|sleep(?:s|ing)? through(?! (?:the|my|an?) (?:alarm|noise|storm|fire))|\b(?:it|that|this) (?:was|went) (?:totally |completely |absolutely |actually |honestly )?(?:fine|great|perfect|easy|ok|okay)\b(?![^.!?]*\b(?:until|till|except|then|but|still|though)\b)|from [~$\u00a3\u20ac\d.,]+%? ?[a-z/]* to [~$\u00a3\u20ac\d])/i;

/**
 * More ways an update tells it worked: "was perfect", "Totally smooth!", "both interviews went
 * fine", "you saved me €800", "got rid of most of it", "all 3 commits are back", "the fix held up",
 * "growth has stopped", "works again", "is healthy", "basically invisible", "No splits so far",
 * "Haven't had to top up since", "made it go away", "passed the bend test", "my back was totally
 * fine the next day", "that's what made it work", "I'll take it", "Calling that a win", "has mostly
 * gone", "He's up to 25 minutes", "back to a normal colour", "maybe a quarter of what it was",
 * "back to 36 mpg", "panic over", "Massive improvement!!".
 */
const WORKED_OUT =
  /\b(?:(?:was|were) (?:still |just )?(?:perfect|spot on)\b|(?:totally|completely|perfectly|super) smooth\b|went (?:totally |really |absolutely )?(?:fine|great|well|perfectly|smoothly)\b|you(?:'ve)? saved (?:me|my|us|our)\b|got rid of (?:it|them|most|all|the)\b|(?:is|are) (?:all )?back (?:via|thanks|now)\b|(?:fix|change|it|that|this) held(?: up)?\b|(?:has|have) stopped\b(?! (?:working|responding|charging|eating|drinking|playing|talking|sleeping)\b)|stopped (?:dripping|leaking|squeaking|creaking|fogging|shaking|rattling|barking|crying|biting|itching|hurting|bleeding|growing|flickering|crashing)\b|works? again\b|working again\b|(?:is|are) (?:now )?healthy\b|(?:mostly|basically|almost|completely|totally) (?:invisible|unnoticeable|white|clean|clear)\b|no (?!(?:change|luck|improvement|difference|progress|response|reply|word|news|idea)\b)(?:[a-z]+ )?[a-z]+ (?:so far|since)\b|(?:haven't|have not|hasn't|has not) had to [a-z]+(?: [a-z]+)? since\b|made (?:it|them) (?:go away|disappear|stop)\b|passed (?:the|two|three|both|my|all|every) (?:[a-z-]+ ){0,3}(?:test|rounds?|interviews?|exams?|inspection|mot|check)\b|(?:was|is) (?:totally |completely |perfectly )?fine (?:the next day|afterwards|now|again|since)\b|made it work\b|i'll take it\b|calling (?:that|it) a win\b|(?:has|have) (?:mostly|basically|completely|totally|almost) gone\b|(?:he's|she's|it's|they're|he is|she is|it is|they are) (?:now )?up to \d+|back to (?:a |his |her |its |their )?normal\b|(?:a quarter|half|a third|a fraction|a tenth) of what (?:it|they|he|she) (?:was|were|used to be)\b|(?:was|were) (?:maybe |about |only |just )?\d+ ?% of (?:last|what|the|my)\b|(?:is|are|'s) back to \d|panic over\b|(?:massive|huge|big|major) improvement\b|(?<!\bno )(?:huge|massive|big|world of) difference\b|with (?:no|zero) (?!(?:luck|change|difference|improvement|progress|response|reply|word|idea|news|one|way|success|issues? (?:at all )?(?:so far)?$)\b)[a-z]{3,}|not (?:a|one) single (?!(?:one|thing|change|difference|improvement|reply|word)\b)[a-z]{3,}|got through (?:my|the|a|all|both|it)\b|survived the (?:whole|entire|full)\b|(?:it all|everything|all of it|the stains?|the marks?) came (?:out|off|clean)\b|\d+ ?(?:bpm|%|degrees|°c?|kg|db) (?:lower|less|cooler|quieter)\b|refunded (?:the|all|my|me|us|in full)\b|got (?:a|my|the|our) (?:full )?refund\b)/i;

/** What a clause says after its last "but", or all of it. */
function afterBut(clause: string): string {
  const at = clause.search(/\bbut\b(?!.*\bbut\b)/i);
  return at < 0 ? clause : clause.slice(at + 3);
}

/** The sentence of an update (its first `UPDATE_READ` characters) that tells it worked, or null. */
function successTold(text: string): Span | null {
  const read = text.slice(0, UPDATE_READ);
  const said = reportsSuccess(read);
  return said === null ? null : { from: sentenceStart(read, said.from), end: said.end };
}

/**
 * Where an update of the asker's tells that it worked: from where the outcome is told to its end;
 * null if it tells no such thing, or takes it back in the same sentence ("still no better").
 */
export function reportsSuccess(text: string): Span | null {
  let best: Span | null = null;
  for (const re of [IMPROVED, SUCCEEDED, WORKED_OUT]) {
    const m = re.exec(text);
    if (m === null || (best !== null && m.index >= best.from)) continue;
    // (What comes after a "but" is how it is now: "Still waking some nights BUT most nights I sleep through".)
    if (NOT_YET.test(afterBut(text.slice(sentenceStart(text, m.index), m.index)))) continue;
    best = { from: m.index, end: m.index + m[0].length };
  }
  if (best !== null) return best;
  const said = saysItWorked(text.slice(0, OPENING));
  return said === null ? null : { from: said.end, end: said.end };
}
