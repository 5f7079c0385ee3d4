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
const BODY_SKIP = '.js-post-notice, .post-notice, aside.s-notice';

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

/** Stack Exchange prints UTC as "2009-06-04 01:22:57Z"; `datetime` attributes often omit the zone (also UTC). */
function seTime(value: string | null | undefined): string | null {
  if (!value) return null;
  let v = value.trim().replace(' ', 'T');
  if (!/(Z|[+-]\d\d:?\d\d)$/i.test(v)) v += 'Z';
  return /^\d{4}-\d\d-\d\dT/.test(v) ? toIso(v) : null;
}

/** Everything a post's own markup says about it. */
interface Parts {
  body: Element | null;
  cards: Element[];
  created: Element | null;
  count: Element | null;
  legacyCount: Element | null;
  indicator: Element | null;
  legacyAccepted: boolean;
  notice: boolean;
}

/** Whether an element lies in the post's comment list (whose cards and scores are the commenters'). */
function inComments(el: Element, post: Element): boolean {
  const list = el.closest('.comments, .js-comments-container');
  return list !== null && post.contains(list);
}

/** The first match of `selector` in the post that is not in its comments. */
function own(post: Element, selector: string): Element | null {
  const first = post.querySelector(selector);
  if (!first || !inComments(first, post)) return first;
  for (const el of Array.from(post.querySelectorAll(selector))) if (!inComments(el, post)) return el;
  return null;
}

/**
 * Notices (deleted, locked, "needs details") are the site's words: beside the body, or in the
 * body's first two levels (`<div><aside class="js-post-notice">`). Usually there is none.
 */
function hasNotice(post: Element, body: Element | null): boolean {
  for (const n of Array.from(post.querySelectorAll('.js-post-notice, .post-notice'))) {
    if (inComments(n, post) || n.closest('.post-signature')) continue;
    if (!body?.contains(n)) return true;
    const parent = n.parentElement;
    if (parent === body || parent?.parentElement === body) return true;
  }
  return false;
}

/**
 * The parts of a post, one native query each: a selector query scoped to one post is the
 * browser's own walk, far cheaper than visiting every element from script (an answer is some
 * sixty elements). Parts are never read from the post's comments (their cards and scores are
 * the commenters') nor from inside its body (the author's markup).
 */
function partsOf(post: Element): Parts {
  const body = own(post, '.js-post-body, .post-text, [itemprop="text"]');
  const outside = (el: Element | null): Element | null => (el && body?.contains(el) ? null : el);
  return {
    body,
    cards: Array.from(post.querySelectorAll('.post-signature')).filter((c) => !inComments(c, post)),
    created: outside(own(post, 'time[itemprop="dateCreated"]')),
    count: outside(own(post, '.js-vote-count, [itemprop="upvoteCount"]')),
    legacyCount: outside(own(post, '.vote-count-post')),
    indicator: outside(own(post, '.js-accepted-answer-indicator')),
    legacyAccepted: outside(own(post, '.vote-accepted-on')) !== null,
    notice: hasNotice(post, body),
  };
}

/**
 * The owner's signature card. An edit by someone else adds an "edited" card before it, so
 * the owner is the card marked `.owner` (questions) or else the last card.
 */
function ownerCard(cards: Element[]): Element | null {
  return cards.find((c) => c.classList.contains('owner')) ?? cards[cards.length - 1] ?? null;
}

/** What a signature card says. */
interface Card {
  named: Element | null;
  userLink: Element | null;
  details: Element | null;
  stamp: Element | null;
}

function readCard(card: Element | null): Card {
  if (!card) return { named: null, userLink: null, details: null, stamp: null };
  const details = card.querySelector('.user-details');
  let userLink: Element | null = null;
  if (details) {
    for (const a of Array.from(
      card.querySelectorAll('a.user-details[href*="/users/"], .user-details a[href*="/users/"]'),
    )) {
      if (tidy(a.textContent ?? '')) {
        userLink = a;
        break;
      }
    }
  }
  return {
    named: details
      ? card.querySelector('.user-details[itemprop="name"], .user-details [itemprop="name"]')
      : null,
    userLink,
    details,
    stamp: card.querySelector('.user-action-time span[title], span.user-action-time[title]'),
  };
}

function authorOf(card: Card): string {
  const named = tidy(card.named?.textContent ?? '');
  if (named) return named;
  const link = tidy(card.userLink?.textContent ?? '');
  if (link) return link;
  // Deleted and unregistered users are printed as plain text ("user12345").
  for (let n = card.details?.firstChild ?? null; n; n = n.nextSibling) {
    if (n.nodeType === 3 || (n.nodeType === 1 && (n as Element).tagName.toUpperCase() === 'SPAN')) {
      const t = tidy(n.textContent ?? '');
      if (t && !/^\d/.test(t)) return t;
    }
  }
  return 'anonymous';
}

function timeOf(parts: Parts, card: Card): string | null {
  const created = parts.created?.getAttribute('datetime');
  if (created) return seTime(created);
  // Older pages: the owner card's "asked / answered <span title=...>" (never the "edited" time).
  return seTime(card.stamp?.getAttribute('title'));
}

function scoreOf(post: Element, parts: Parts): number | null {
  const attr = post.getAttribute('data-score');
  if (attr && /^-?\d+$/.test(attr)) return Number(attr);
  const value = parts.count?.getAttribute('data-value');
  if (value && /^-?\d+$/.test(value)) return Number(value);
  const legacy = parts.legacyCount ?? parts.count;
  return legacy ? parseCount(legacy.textContent) : null;
}

function isAccepted(post: Element, parts: Parts): boolean {
  if (post.classList.contains('accepted-answer') || post.getAttribute('itemprop') === 'acceptedAnswer')
    return true;
  if (parts.indicator) return !parts.indicator.classList.contains('d-none');
  return parts.legacyAccepted;
}

/**
 * Answers are direct children of `#answers` in every layout since 2013; reading those
 * children is far cheaper than a document-wide query on a page of 1,000 answers.
 */
function answerElements(doc: Document): Element[] {
  const list = doc.getElementById('answers');
  const out: Element[] = [];
  for (let el = list?.firstElementChild ?? null; el; el = el.nextElementSibling) {
    if (el.classList.contains('answer')) out.push(el);
  }
  return out.length > 0 ? out : Array.from(doc.querySelectorAll('.answer'));
}

function readPost(post: Element, id: string, permalink: string, base: URL, isQuestion: boolean): Post {
  const parts = partsOf(post);
  // Notices are rare (deleted, locked posts); matching the skip selector costs on every element.
  const body = parts.body
    ? readPostBody(parts.body, parts.notice ? { base, skipSelector: BODY_SKIP } : { base })
    : null;
  const card = readCard(ownerCard(parts.cards));
  return {
    id,
    author: authorOf(card),
    permalink,
    text: body?.text ?? '',
    score: scoreOf(post, parts),
    accepted: !isQuestion && isAccepted(post, parts),
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
    return post ? partsOf(post).body : null;
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
    for (const el of answerElements(doc)) {
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
