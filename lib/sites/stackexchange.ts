import type { Post, Thread } from '../model';
import type { SiteAdapter } from './types';
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

/** Everything a post's own markup says about it, gathered in one walk. */
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

/** Either class; `classList.contains` is the cheapest class test both in browsers and linkedom. */
/** The element's class attribute padded with spaces: one DOM read, then plain string tests. */
function classesOf(el: Element): string {
  const c = el.getAttribute('class');
  return c ? ` ${c} ` : '';
}

/** Whether padded classes (from `classesOf`) hold `a` or `b`. */
function has(classes: string, a: string, b?: string): boolean {
  if (classes === '') return false;
  return classes.includes(` ${a} `) || (b !== undefined && classes.includes(` ${b} `));
}

function hasClass(el: Element, a: string, b?: string): boolean {
  return has(classesOf(el), a, b);
}

/** Notices sit in the body's first two levels (`<div><aside class="js-post-notice">`). */
function hasNotice(body: Element): boolean {
  for (let a = body.firstChild; a; a = a.nextSibling) {
    if (a.nodeType !== 1) continue;
    if (hasClass(a as Element, 'js-post-notice', 'post-notice')) return true;
    for (let b = a.firstChild; b; b = b.nextSibling) {
      if (b.nodeType !== 1) continue;
      if (hasClass(b as Element, 'js-post-notice', 'post-notice')) return true;
    }
  }
  return false;
}

/**
 * One walk over the post's own markup instead of one query per field: on a 1,000-answer
 * page the per-field queries were most of the extraction time. The walk does not enter
 * the body (readPostBody reads it), the signature cards, or the comment list.
 */
function partsOf(post: Element): Parts {
  const parts: Parts = {
    body: null,
    cards: [],
    created: null,
    count: null,
    legacyCount: null,
    indicator: null,
    legacyAccepted: false,
    notice: false,
  };
  const visit = (parent: Node): void => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const c = classesOf(el);
      if (has(c, 'comments', 'js-comments-container')) continue;
      if (has(c, 'post-signature')) {
        parts.cards.push(el);
        continue;
      }
      const itemprop = el.getAttribute('itemprop');
      if (!parts.body && (has(c, 'js-post-body', 'post-text') || itemprop === 'text')) {
        parts.body = el;
        parts.notice = hasNotice(el);
        continue;
      }
      if (has(c, 'js-post-notice', 'post-notice')) parts.notice = true;
      else if (has(c, 'js-accepted-answer-indicator')) parts.indicator ??= el;
      else if (has(c, 'vote-accepted-on')) parts.legacyAccepted = true;
      else if (has(c, 'vote-count-post')) parts.legacyCount ??= el;
      else if (has(c, 'js-vote-count') || itemprop === 'upvoteCount') parts.count ??= el;
      else if (itemprop === 'dateCreated' && el.tagName.toUpperCase() === 'TIME') parts.created ??= el;
      visit(el);
    }
  };
  visit(post);
  return parts;
}

/**
 * The owner's signature card. An edit by someone else adds an "edited" card before it, so
 * the owner is the card marked `.owner` (questions) or else the last card.
 */
function ownerCard(cards: Element[]): Element | null {
  return cards.find((c) => c.classList.contains('owner')) ?? cards[cards.length - 1] ?? null;
}

/** What a signature card says, found in one walk (no selector matching per card). */
interface Card {
  named: Element | null;
  userLink: Element | null;
  details: Element | null;
  stamp: Element | null;
}

function readCard(card: Element | null): Card {
  const out: Card = { named: null, userLink: null, details: null, stamp: null };
  const visit = (parent: Node, inDetails: boolean, inAction: boolean): void => {
    for (let n = parent.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 1) continue;
      const el = n as Element;
      const c = inDetails && inAction ? '' : classesOf(el);
      const details = inDetails || has(c, 'user-details');
      const action = inAction || has(c, 'user-action-time');
      if (!inDetails && details) out.details ??= el;
      if (details && el.getAttribute('itemprop') === 'name') out.named ??= el;
      if (
        details &&
        el.tagName.toUpperCase() === 'A' &&
        (el.getAttribute('href') ?? '').includes('/users/')
      ) {
        if (!out.userLink && tidy(el.textContent ?? '')) out.userLink = el;
      }
      if (action && el.tagName.toUpperCase() === 'SPAN' && el.hasAttribute('title')) out.stamp ??= el;
      visit(el, details, action);
    }
  };
  if (card) visit(card, false, false);
  return out;
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
  for (let n = list?.firstChild ?? null; n; n = n.nextSibling) {
    if (n.nodeType === 1 && hasClass(n as Element, 'answer')) out.push(n as Element);
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

export const stackexchange: SiteAdapter = {
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

  extract(doc, url) {
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
};
