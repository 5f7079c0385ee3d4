import type { Post, Thread } from '../model';
import { defineAdapter } from './reading';
import { canonicalUrl, parseCount, readPostBody, resolverFor, textAt, tidy } from './dom';
import { monthNumber, parseClock, zonedIso } from './time';

/** MetaFilter prints times in US Pacific time to readers who are not logged in. */
const MEFI_ZONE = 'America/Los_Angeles';

/** Thread pages are /<numeric id>/<slug> on any metafilter.com subsite. */
function threadIdOf(url: URL): string | null {
  if (!/(^|\.)metafilter\.com$/i.test(url.hostname)) return null;
  const m = /^\/(\d+)(\/|$)/.exec(url.pathname);
  return m ? m[1]! : null;
}

/** The post's own date, which supplies the year that recent comment bylines leave out. */
interface PostDate {
  year: number;
  month: number;
}

/**
 * Reads "posted by X at 5:31 PM on October 18, 2020" into an ISO instant. MetaFilter drops
 * the year from comments made in the post's own year ("on October 18"); a comment dated in
 * an earlier month than the post was then made in the following year (a December post
 * commented on in January).
 */
function bylineTime(byline: string, post: PostDate | null): string | null {
  const clock = parseClock(byline);
  const date = /\bon\s+([A-Z][a-z]+)\s+(\d{1,2})(?:,\s*(\d{4}))?/.exec(byline);
  if (!clock || !date) return null;
  const month = monthNumber(date[1]!);
  if (!month) return null;
  let year: number;
  if (date[3]) year = Number(date[3]);
  else if (post) year = month < post.month ? post.year + 1 : post.year;
  else return null;
  return zonedIso(year, month, Number(date[2]), clock[0], clock[1], MEFI_ZONE);
}

/** Year and time of the post itself, from the title's date line ("October 18, 2020 5:22 PM"). */
function postHeaderTime(doc: Document): { iso: string | null; date: PostDate | null } {
  const line = textAt(doc, '.posttitle .smallcopy') || textAt(doc, '.posttitle');
  const date = /([A-Z][a-z]+)\s+(\d{1,2}),\s*(\d{4})/.exec(line);
  if (!date) return { iso: null, date: null };
  const year = Number(date[3]);
  const month = monthNumber(date[1]!);
  if (!month) return { iso: null, date: null };
  const clock = parseClock(line) ?? [0, 0];
  return {
    iso: zonedIso(year, month, Number(date[2]), clock[0], clock[1], MEFI_ZONE),
    date: { year, month },
  };
}

/** An italic line in an answer that repeats the question's words is a quotation, not advice. */
function quotedLines(body: Element, question: string): string[] {
  const out: string[] = [];
  for (const el of Array.from(body.querySelectorAll('i, em'))) {
    const t = tidy(el.textContent ?? '').replace(/\s+/g, ' ');
    if (t.length >= 12 && question.includes(t.toLowerCase())) out.push(t);
  }
  return out;
}

/** The comment's byline: its last `span` child when that is `.smallcopy`, else the first `.smallcopy` in it. */
function bylineOf(el: Element): Element | null {
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) {
    if (c.localName === 'span') {
      if (c.classList.contains('smallcopy')) return c;
      break;
    }
  }
  return el.querySelector('span.smallcopy');
}

/** The byline's links, told apart by their targets in one pass (a byline holds two to four). */
interface BylineLinks {
  author: Element | null;
  /** The comment's own link (`…#<comment id>`) and its target. */
  permalink: Element | null;
  permalinkHref: string | null;
  favorites: Element | null;
}

function bylineLinks(byline: Element): BylineLinks {
  const out: BylineLinks = { author: null, permalink: null, permalinkHref: null, favorites: null };
  // Links in document order, as `getElementsByTagName('a')` lists them, without a live list.
  const visit = (parent: Element): void => {
    for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
      if (el.localName === 'a') {
        const href = el.getAttribute('href');
        if (href) {
          if (!out.author && href.includes('/user/')) out.author = el;
          if (!out.favorites && href.includes('/favorited/')) out.favorites = el;
          if (!out.permalink && /#\d+$/.test(href)) {
            out.permalink = el;
            out.permalinkHref = href;
          }
        }
      }
      if (el.firstElementChild) visit(el);
    }
  };
  visit(byline);
  return out;
}

/** What every comment of one thread is read against. */
interface ThreadContext {
  base: URL;
  threadPath: string;
  postDate: PostDate | null;
  /** The question's text, whitespace collapsed and lower-cased, for `quotedLines`. */
  question: string;
  /** `absolute` against the thread's URL. */
  resolve(href: string | null | undefined): string;
}

function readComment(el: Element, ctx: ThreadContext): Post | null {
  const byline = bylineOf(el);
  if (!byline) return null;
  const links = bylineLinks(byline);
  let id = links.permalinkHref ? /#(\d+)$/.exec(links.permalinkHref)![1]! : null;
  if (!id) {
    const anchor = el.previousElementSibling;
    id = anchor?.localName === 'a' ? anchor.getAttribute('name') : null;
  }
  if (!id) return null;
  const body = readPostBody(el, { base: ctx.base, skipSelector: 'span.smallcopy' });
  // One simple selector per query: the browser's fast path.
  const italic = (el.querySelector('i') ?? el.querySelector('em')) ? quotedLines(el, ctx.question) : [];
  const bylineText = tidy(byline.textContent ?? '');
  return {
    id,
    author: tidy(links.author?.textContent ?? '') || 'anonymous',
    permalink: ctx.resolve(links.permalinkHref ?? `${ctx.threadPath}#${id}`),
    text: body.text,
    score: links.favorites ? (parseCount(links.favorites.textContent) ?? 0) : 0,
    accepted: el.classList.contains('best'),
    time: bylineTime(bylineText, ctx.postDate),
    parentId: null,
    deleted: false,
    quotes: italic.length > 0 ? [...body.quotes, ...italic] : body.quotes,
    code: body.code,
    links: body.links,
  };
}

export const metafilter = defineAdapter({
  id: 'metafilter',
  name: 'MetaFilter',
  scoreNoun: 'favorites',
  matches: ['*://*.metafilter.com/*', '*://metafilter.com/*'],

  detect(doc, url) {
    // Front pages and archives list many `.posttitle.front` headings; a thread has its own one.
    return threadIdOf(url) !== null && doc.querySelector('.posttitle:not(.front)') !== null;
  },

  *read(doc, url) {
    const threadId = threadIdOf(url);
    if (!threadId) return null;
    const canonical = canonicalUrl(doc, url);
    const posts = doc.querySelector('#posts') ?? doc.querySelector('body');
    const titleEl = doc.querySelector('.posttitle:not(.front)');
    if (!titleEl || !posts) return null;
    // The title is the text before the date line. linkedom splits a text node at every
    // character reference ("Q &amp; A"), so the leading text nodes are joined, not just the first.
    let lead = '';
    for (let n = titleEl.firstChild; n && n.nodeType === 3; n = n.nextSibling) lead += n.textContent ?? '';
    const title = tidy(lead || (titleEl.firstChild?.textContent ?? titleEl.textContent ?? ''))
      .split('\n')[0]!
      .trim();
    const header = postHeaderTime(doc);

    const copy = posts.querySelector('.copy');
    const qBody = copy
      ? readPostBody(copy, { base: canonical, skipSelector: 'span.smallcopy, .miseperator' })
      : null;
    const qByline = posts.querySelector('.postbyline') ?? copy?.querySelector('span.smallcopy');
    const qAuthor = tidy(qByline?.querySelector('a[href*="/user/"]')?.textContent ?? '');
    const qFav = qByline?.querySelector('[id^="favcnt"] a, a[href*="/favorited/1/"]');
    const threadPath = canonical.pathname;
    const question: Post = {
      id: threadId,
      author: qAuthor || 'anonymous',
      permalink: canonical.href,
      text: qBody?.text ?? '',
      score: qFav ? (parseCount(qFav.textContent) ?? 0) : 0,
      accepted: false,
      time: header.iso,
      parentId: null,
      deleted: false,
      quotes: qBody?.quotes ?? [],
      code: qBody?.code ?? [],
      links: qBody?.links ?? [],
    };

    const ctx: ThreadContext = {
      base: canonical,
      threadPath,
      postDate: header.date,
      question: question.text.replace(/\s+/g, ' ').toLowerCase(),
      resolve: resolverFor(canonical),
    };
    const answers: Post[] = [];
    const seen = new Set<string>();
    // One class is the browser's fast path (`div.comments` is not); the list is read a comment
    // at a time rather than copied whole up front.
    const comments = doc.querySelectorAll('.comments');
    for (let i = 0; i < comments.length; i++) {
      const el = comments[i]!;
      if (el.localName !== 'div' || el.closest('.copy')) continue;
      const post = readComment(el, ctx);
      if (post && !seen.has(post.id)) {
        seen.add(post.id);
        answers.push(post);
      }
      yield;
    }
    return {
      id: `metafilter:${canonical.hostname}:${threadId}`,
      site: 'metafilter',
      url: canonical.href,
      title,
      question,
      answers,
    } satisfies Thread;
  },
});
