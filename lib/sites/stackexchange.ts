import type { Post, Thread } from '../model';
import { defineAdapter } from './reading';
import { canonicalUrl, parseCount, readPostBody, textAt, tidy, toIso } from './dom';

/**
 * The Stack Exchange network: every site runs the same software, from the 2013 table
 * layout (`.post-text`, `td.post-signature`) to today's Stacks markup (`.js-post-body`,
 * `data-score`, `<time itemprop="dateCreated">`). Stable ids and data attributes are read
 * first; class names only where older pages have nothing else.
 */
const NETWORK =
  /(^|\.)(stackoverflow\.com|stackexchange\.com|superuser\.com|serverfault\.com|askubuntu\.com|mathoverflow\.net|stackapps\.com)$/i;

/** Notices inside a post body (deleted, locked, "needs details") are the site's words, not the author's. */
const NOTICE_MARKS = ['.js-post-notice', '.post-notice', 'aside.s-notice'];
const BODY_SKIP = NOTICE_MARKS.join(', ');

/** The question's element: by id first, the cheapest lookup on every page of a network host. */
function questionElement(doc: Document): Element | null {
  return doc.getElementById('question') ?? doc.querySelector('.question[data-questionid]');
}

function questionIdOf(qEl: Element | null, url: URL): string | null {
  const fromAttr = qEl?.getAttribute('data-questionid');
  if (fromAttr && /^\d+$/.test(fromAttr)) return fromAttr;
  const m = /^\/(?:questions|q)\/(\d+)/.exec(url.pathname);
  return m ? m[1]! : null;
}

/** A current page's `datetime` ("2021-01-10T10:00:00", UTC) with every field in its everyday range. */
const PLAIN_STAMP = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d$/;

/** Stack Exchange prints UTC as "2009-06-04 01:22:57Z"; `datetime` attributes often omit the zone (also UTC). */
function seTime(value: string | null | undefined): string | null {
  if (!value) return null;
  // One test for the form every post of a current page carries, instead of four and a parse.
  if (PLAIN_STAMP.test(value)) return value + '.000Z';
  let v = value.trim().replace(' ', 'T');
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(v)) v += 'Z';
  return /^\d{4}-\d\d-\d\dT/.test(v) ? toIso(v) : null;
}

/**
 * Selectors are tried one at a time: a browser answers a query for one class on a fast path,
 * and a selector list on a slow one. The body's markers, newest first: a page carries one kind.
 */
const BODY = ['.js-post-body', '.post-text', '[itemprop="text"]'];
const VOTE_COUNT = ['.js-vote-count', '[itemprop="upvoteCount"]'];
const NOTICE = ['.js-post-notice', '.post-notice'];

/** The earlier of two elements in document order (either may be missing). */
function earlier(a: Element | null, b: Element | null): Element | null {
  if (!a) return b;
  if (!b) return a;
  // 2: DOCUMENT_POSITION_PRECEDING (b comes before a).
  return a.compareDocumentPosition(b) & 2 ? b : a;
}

/**
 * A post's own markup, each part looked up when first needed with native queries scoped to the
 * post (the browser's own walk: far cheaper than visiting the sixty-odd elements of an answer
 * from script); current pages answer most fields from attributes without any query. Parts are
 * never read from the post's comments (their cards and scores are the commenters') nor from
 * inside its body (the author's markup).
 */
class Parts {
  readonly body: Element | null;

  constructor(readonly post: Element) {
    let body: Element | null = null;
    for (let i = 0; i < BODY.length && !body; i++) body = this.mine(BODY[i]!);
    this.body = body;
  }

  /**
   * Whether an element belongs to the post itself rather than to its comment list (`.comments`
   * in every layout since 2013, with `.js-comments-container` on current pages).
   */
  private own(el: Element): boolean {
    const list = el.closest('.comments');
    return list === null || !this.post.contains(list);
  }

  /** The first element of the post (not of its comments) matching `selector`. */
  private mine(selector: string): Element | null {
    const el = this.post.querySelector(selector);
    if (!el || this.own(el)) return el;
    return Array.from(this.post.querySelectorAll(selector)).find((e) => this.own(e)) ?? null;
  }

  /** The first element beside the body matching any of `selectors` (the earliest in the page). */
  part(selectors: readonly string[]): Element | null {
    let best: Element | null = null;
    for (const selector of selectors) best = earlier(best, this.mine(selector));
    return best && this.body?.contains(best) ? null : best;
  }

  /** The post's own `<time itemprop="dateCreated">`: found by tag first, the browser's fast path. */
  created(): Element | null {
    const time = this.post.querySelector('time');
    if (time && time.getAttribute('itemprop') === 'dateCreated' && this.own(time)) {
      return this.body?.contains(time) ? null : time;
    }
    return time ? this.part(['time[itemprop="dateCreated"]']) : null;
  }

  /**
   * Notices (deleted, locked, "needs details") are the site's words: beside the body, or in the
   * body's first two levels (`<div><aside class="js-post-notice">`). Usually there is none.
   */
  hasNotice(): boolean {
    if (NOTICE.every((n) => this.post.querySelector(n) === null)) return false;
    for (const n of Array.from(this.post.querySelectorAll(NOTICE.join(', ')))) {
      if (!this.own(n) || n.closest('.post-signature')) continue;
      if (!this.body?.contains(n)) return true;
      const parent = n.parentElement;
      if (parent === this.body || parent?.parentElement === this.body) return true;
    }
    return false;
  }

  /**
   * The owner's signature card. An edit by someone else adds an "edited" card before it, so
   * the owner is the card marked `.owner` (questions) or else the last card. A post's cards sit
   * side by side in every layout (a table row in 2013, a flex row since), so the cards after the
   * first are its siblings: no query runs on to the end of the post and through its comments.
   */
  ownerCard(): Element | null {
    const first = this.mine('.post-signature');
    let last = first;
    for (let card = first; card; card = card.nextElementSibling) {
      if (!card.classList.contains('post-signature')) continue;
      if (card.classList.contains('owner')) return card;
      last = card;
    }
    return last;
  }
}

/** The first element in a card's `.user-details` matching `selector` (the details element itself included). */
function inDetails(card: Element, details: Element, selector: string): Element | null {
  if (details.matches(selector)) return details;
  // One details block per card is the rule; the card-wide query covers any other.
  return details.querySelector(selector) ?? card.querySelector(`.user-details ${selector}`);
}

function authorOf(card: Element | null): string {
  const details = card?.querySelector('.user-details');
  if (!card || !details) return 'anonymous';
  const named = tidy(inDetails(card, details, '[itemprop="name"]')?.textContent ?? '');
  if (named) return named;
  for (const a of Array.from(
    card.querySelectorAll('a.user-details[href*="/users/"], .user-details a[href*="/users/"]'),
  )) {
    const link = tidy(a.textContent ?? '');
    if (link) return link;
  }
  // Deleted and unregistered users are printed as plain text ("user12345").
  for (let n = details.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 || (n.nodeType === 1 && (n as Element).localName === 'span')) {
      const t = tidy(n.textContent ?? '');
      if (t && !/^\d/.test(t)) return t;
    }
  }
  return 'anonymous';
}

function timeOf(parts: Parts, card: Element | null): string | null {
  // Current pages put the post's `<time itemprop="dateCreated">` beside its signature cards, where
  // it can be neither in the body nor in the comments: looked for there first.
  const beside = card?.parentElement?.querySelector('time');
  const time = beside?.getAttribute('itemprop') === 'dateCreated' ? beside : parts.created();
  const created = time?.getAttribute('datetime');
  if (created) return seTime(created);
  // Older pages: the owner card's "asked / answered <span title=...>" (never the "edited" time).
  const stamp = card?.querySelector('.user-action-time span[title], span.user-action-time[title]');
  return seTime(stamp?.getAttribute('title'));
}

function scoreOf(parts: Parts): number | null {
  const attr = parts.post.getAttribute('data-score');
  if (attr && /^-?\d+$/.test(attr)) return Number(attr);
  const count = parts.part(VOTE_COUNT);
  const value = count?.getAttribute('data-value');
  if (value && /^-?\d+$/.test(value)) return Number(value);
  const legacy = parts.part(['.vote-count-post']) ?? count;
  return legacy ? parseCount(legacy.textContent) : null;
}

function isAccepted(parts: Parts): boolean {
  const post = parts.post;
  if (post.classList.contains('accepted-answer') || post.getAttribute('itemprop') === 'acceptedAnswer')
    return true;
  const indicator = parts.part(['.js-accepted-answer-indicator']);
  if (indicator) return !indicator.classList.contains('d-none');
  return parts.part(['.vote-accepted-on']) !== null;
}

/**
 * Answers are direct children of `#answers` in every layout since 2013; reading those
 * children is far cheaper than a document-wide query on a page of 1,000 answers. The children
 * other than the `<a name>` anchors are returned unchecked once one is an answer: the reader
 * checks each one's class when it reads it (its element is fetched then anyway), so a page of
 * answers is not gone through twice.
 */
function answerCandidates(doc: Document): Element[] {
  const list = doc.getElementById('answers');
  const out: Element[] = [];
  let answers = false;
  for (let el = list?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.localName === 'a') continue;
    out.push(el);
    answers ||= el.classList.contains('answer');
  }
  return answers ? out : Array.from(doc.querySelectorAll('.answer'));
}

/**
 * Whether the body holds anything `BODY_SKIP` leaves out. Without one, skipping changes nothing,
 * so the post-wide notice search is not needed: the body is smaller than the post, and a query
 * for one mark at a time is the browser's fast path.
 */
function mayHoldNotice(body: Element): boolean {
  return NOTICE_MARKS.some((mark) => body.querySelector(mark) !== null);
}

function readPost(post: Element, id: string, permalink: string, base: URL, isQuestion: boolean): Post {
  const parts = new Parts(post);
  // Notices are rare (deleted, locked posts); matching the skip selector costs on every element.
  const skip = parts.body !== null && mayHoldNotice(parts.body) && parts.hasNotice();
  const body = parts.body
    ? readPostBody(parts.body, skip ? { base, skipSelector: BODY_SKIP } : { base })
    : null;
  const card = parts.ownerCard();
  return {
    id,
    author: authorOf(card),
    permalink,
    text: body?.text ?? '',
    score: scoreOf(parts),
    accepted: !isQuestion && isAccepted(parts),
    time: timeOf(parts, card),
    parentId: null,
    deleted: post.classList.contains('deleted-answer'),
    quotes: body?.quotes ?? [],
    code: body?.code ?? [],
    links: body?.links ?? [],
  };
}

export const stackexchange = defineAdapter({
  id: 'stackexchange',
  name: 'Stack Exchange',
  scoreNoun: 'votes',
  matches: [
    '*://stackoverflow.com/*',
    '*://*.stackoverflow.com/*',
    '*://*.stackexchange.com/*',
    '*://superuser.com/*',
    '*://*.superuser.com/*',
    '*://serverfault.com/*',
    '*://*.serverfault.com/*',
    '*://askubuntu.com/*',
    '*://*.askubuntu.com/*',
    '*://mathoverflow.net/*',
    '*://*.mathoverflow.net/*',
    '*://stackapps.com/*',
  ],

  detect(doc, url) {
    if (!NETWORK.test(url.hostname)) return false;
    const qEl = questionElement(doc);
    return qEl !== null && questionIdOf(qEl, url) !== null;
  },

  postBody(doc, postId) {
    if (!/^\d+$/.test(postId)) return null;
    const q = questionElement(doc);
    const post =
      q && q.getAttribute('data-questionid') === postId ? q : doc.getElementById(`answer-${postId}`);
    return post ? new Parts(post).body : null;
  },

  *read(doc, url) {
    if (!NETWORK.test(url.hostname)) return null;
    const qEl = questionElement(doc);
    const qid = questionIdOf(qEl, url);
    if (!qEl || !qid) return null;
    const canonical = canonicalUrl(doc, url);
    // Permalinks always use the host the reader is on (a canonical may point at http://).
    const origin = `https://${url.hostname}`;
    const title =
      textAt(doc, '#question-header h1') ||
      textAt(doc, 'h1 a.question-hyperlink') ||
      textAt(doc, 'h1[itemprop="name"]') ||
      (doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '').trim();

    const question = readPost(qEl, qid, canonical.href, canonical, true);
    if (!question.time) {
      // Current pages print the question's date in the header above it ("Asked ...").
      const asked = Array.from(doc.querySelectorAll('time[itemprop="dateCreated"]')).find(
        (t) => !t.closest('.answer'),
      );
      question.time = seTime(asked?.getAttribute('datetime'));
    }
    const answers: Post[] = [];
    const seen = new Set<string>();
    for (const el of answerCandidates(doc)) {
      if (!el.classList.contains('answer')) continue;
      const id = el.getAttribute('data-answerid') ?? /^answer-(\d+)$/.exec(el.getAttribute('id') ?? '')?.[1];
      if (!id || !/^\d+$/.test(id) || seen.has(id)) continue;
      seen.add(id);
      answers.push(readPost(el, id, `${origin}/a/${id}`, canonical, false));
      yield;
    }
    return {
      id: `stackexchange:${url.hostname}:${qid}`,
      site: 'stackexchange',
      url: canonical.href,
      title,
      question,
      answers,
    } satisfies Thread;
  },
});
