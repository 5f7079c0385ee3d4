/**
 * Whether a thread's opening post asks its readers something (a fix, advice, recommendations,
 * their experience) or shares a link, a story or news for discussion. The engine reads both
 * the same way; the views say which it is, because on a discussion the list is what the
 * replies bring up most, not answers to a question nobody asked.
 */
import type { Post, Thread, ThreadKind } from '../model';

/** What the views say of a discussion's list (the popup, the library, the Markdown copies). */
export const DISCUSSION_NOTE =
  'This post asks no question: the list is what its replies bring up most, advice or not.';

/** How much of the opening post is read at each end: a request for help says so first or last ("Any ideas?"). */
const HEAD = 600;
const TAIL = 400;

/** Sites and subsites where every thread is a question, whatever its wording. */
function alwaysAsks(thread: Pick<Thread, 'site' | 'url'>): boolean {
  if (thread.site === 'stackexchange' || thread.site === 'askbot') return true;
  let host = '';
  try {
    host = new URL(thread.url).hostname;
  } catch {
    return false;
  }
  // AskMetaFilter and subreddits named for asking (r/AskParents, r/needadvice, r/AskReddit…).
  if (host === 'ask.metafilter.com') return true;
  return (
    thread.site === 'reddit' && /\/r\/(?:ask\w*|\w*advice|\w*help|nostupidquestions)\//i.test(thread.url)
  );
}

/** "Ask HN:", "Help:", "[Question]", "Q:": a title that says it asks. */
const ASKING_TITLE =
  /^(?:ask \w+|help|question|q|request|advice)\b\s*[:\]-]|^\[(?:question|help|advice|request)\]/i;

/** A request put to the readers in so many words. */
const REQUEST =
  /\b(?:(?:need|needs|want|any|some|your) help|help (?:me|us|with|please|needed)|advice|advise|suggestions?|recommend(?:ations?)?|any (?:ideas|tips|thoughts|pointers)|how (?:do|can|should|would|could) (?:i|we|one)|what (?:should|would|can|could|do) (?:i|we)|(?:i'm|i am|we're|we are) (?:looking|searching) for|is there (?:a|an|any) (?:way|tool|app|method|option)|(?:does|has|did|can) (?:anyone|anybody|someone) (?:know|have|had|tried|recommend|help)|please (?:help|suggest|advise))\b/i;

/**
 * A title naming what its poster wants to learn ("How to stop my dog pulling on the leash",
 * "Best way to learn kanji as an adult", "Pipes froze last night, how to prevent it"): a request on a help forum; on link
 * sites often an article's title, so there only when it speaks of the poster's own ("my", "our").
 */
const ASKS_HOW = /(?:^|[,:;]\s+)(?:how to|(?:the )?best ways? to|(?:any )?tips? (?:for|on)|ways? to)\b/i;
const OWN = /\b(?:my|our|i|me|we|us)\b/i;

/** Sites whose threads are mostly links and news: "Plane crashes into…" reports no problem of the poster's. */
const LINK_SITES: ReadonlySet<string> = new Set(['reddit', 'hackernews', 'metafilter']);

/**
 * A problem reported: support forums' threads often state it without a question ("App crashes
 * on startup after the upgrade", "Build fails with error X"), and the replies are fixes.
 */
const PROBLEM =
  /\b(?:errors?|exceptions?|crash(?:es|ed|ing)?|fails|failed|failing|not working|(?:does ?n[o']t|doesn't|did ?n[o']t|didn't|won't|can't|cannot|unable to|could ?n[o']t) (?:\w+ )?(?:work|load|start|run|open|find|connect|install|build|compile|boot|save|see|get|fix|help|solve)|broken|stuck|troubles?|bug|issue|problems?)\b/i;

/**
 * A problem that goes on, as a title puts it: "Wifi keeps dropping every evening", "Roommate never
 * does the dishes", "Bread always comes out too dense", "Baby screams every time we put her in the
 * car seat", "Laptop takes 5 minutes to boot", "Phone storage full, can't even update"; or a
 * symptom or damage under way: "Knee pain after cycling", "Slugs are destroying my hostas",
 * "Fiddle leaf fig dropping leaves", "Running shoes stink"; or a machine misbehaving: "Rear derailleur
 * skips gears", "Ceiling fan wobbles". (In a post's body these words tell stories.)
 */
const LASTING_PROBLEM =
  /\b(?:keeps? \w+ing|(?:won't|will not|never|can't|cannot) (?:even )?\w+|always \w+s|every (?:time|night|morning|evening|day|week|month|year)|all (?:night|day) long|takes? (?:\d+|ages|forever) \w+|pain(?! points?\b)|aches?|aching|sore|itchy|stinks?|stinky|(?:destroying|ruining|killing|eating|dropping|dying|leaking|peeling|cracking|rotting|wilting|yellowing) \w+|(?:skips|skipping|squeaks|squeaking|squeals|squealing|rattles|rattling|leaks|drips|dripping|stalls|stalling|overheats|overheating|flickers|flickering|buzzes|buzzing|grinds|grinding|wobbles|wobbly|jams|jamming)\b)\b/i;

/** Whether a sentence of the opening is a question: it ends in "?" (quotes and brackets aside). */
function hasQuestion(text: string): boolean {
  return /\?["'”’)\]]*(?:\s|$)/.test(text);
}

export function threadKind(thread: Pick<Thread, 'site' | 'url' | 'title' | 'question'>): ThreadKind {
  if (alwaysAsks(thread)) return 'question';
  const title = thread.title.trim();
  if (ASKING_TITLE.test(title) || hasQuestion(title) || REQUEST.test(title)) return 'question';
  if (ASKS_HOW.test(title) && (!LINK_SITES.has(thread.site) || OWN.test(title))) return 'question';
  const text = thread.question.text.trim();
  const ends = (text.length <= HEAD + TAIL ? text : `${text.slice(0, HEAD)}\n${text.slice(-TAIL)}`).replace(
    /[\u2018\u2019]/g,
    "'",
  );
  if (hasQuestion(ends) || REQUEST.test(ends)) return 'question';
  // On a help forum a problem stated is a request for its fix; on link aggregators a "crash" is news.
  return !LINK_SITES.has(thread.site) &&
    (PROBLEM.test(title) || LASTING_PROBLEM.test(title) || PROBLEM.test(ends))
    ? 'question'
    : 'discussion';
}

/** How many answers are read to judge how the replies take the opening post. */
const REPLIES_READ = 40;
/** At least this many top-level answers, most of them opening with advice. */
const MIN_REPLIES = 3;
const ADVISING_SHARE = 0.5;

/**
 * The thread's kind with its replies read too. On a help forum a problem told without a
 * question or a telling word ("Burnt-on mess in my stainless steel pan", "Toilet tank sweats and
 * drips on the floor") is answered with fixes: when most answers open by advising, the post asked
 * for them. `opensWithAdvice` is the advice engine's reading of an answer's first sentence (passed
 * in, so that the views can read the kind without the engine). On news and link sites replies
 * advise each other, not the poster: the words alone decide there.
 */
export function threadKindWithReplies(
  thread: Pick<Thread, 'site' | 'url' | 'title' | 'question' | 'answers'>,
  opensWithAdvice: (post: Post) => boolean,
): ThreadKind {
  const kind = threadKind(thread);
  if (kind === 'question' || LINK_SITES.has(thread.site)) return kind;
  const asker = thread.question.author;
  let read = 0;
  let advising = 0;
  for (const post of thread.answers) {
    if (read >= REPLIES_READ) break;
    if (post.parentId !== null || post.deleted || post.author === asker || !post.text.trim()) continue;
    read++;
    if (opensWithAdvice(post)) advising++;
  }
  return read >= MIN_REPLIES && advising >= ADVISING_SHARE * read ? 'question' : 'discussion';
}
