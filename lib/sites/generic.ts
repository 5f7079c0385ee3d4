import type { Post, Thread } from '../model';
import { defineAdapter, eachPost, runToEnd } from './reading';
import { absolute, canonicalUrl, readPostBody, tidy, toIso } from './dom';

/**
 * Last-resort reader for discussion pages no other adapter knows. It claims a page only
 * when the page clearly is one root post followed by replies: at least three sibling
 * elements of the same repeated structure, each with an author-ish element, a block of
 * text and a time or a permalink to this same page. Listings (each item linking away to
 * its own page) and plain articles (no such repeated replies) are refused.
 */

const MIN_REPLIES = 3;
/** Share of a repeated group that must look like replies (the rest may be events or ads). */
const MIN_SHARE = 0.6;
const MIN_REPLY_TEXT = 20;
const MIN_ROOT_TEXT = 80;

const CHROME = 'nav, header, footer, aside, form, script, style, noscript, template, menu, select';
/** Class tokens (split on spaces, dashes and underscores) naming a post's author. */
const AUTHOR_TOKEN =
  /^(\w*author\w*|user-?name|username|poster|byline|creator|nick(name)?|member-?name|person)$/i;
const AUTHOR_HREF =
  /\/(user|users|u|member|members|profile|people|person|~)[/=]|[?&](u|user|uid|userid|member)=|\/~[\w.-]+$|mode=viewprofile/i;
const TIME_CLASS = /(^|[-_\s])(date|time|timestamp|posted|published|created|ago|age)([-_\s]|$)/i;
const BODY_CLASS = /(body|content|text|message|markdown|comment|entry|post)/i;

/** Class tokens that vary between otherwise identical siblings (zebra striping, ids, state). */
function signature(el: Element): string {
  const classes = (el.getAttribute('class') ?? '')
    .split(/\s+/)
    .filter(
      (c) =>
        c && !/\d/.test(c) && !/^(odd|even|alt|first|last|bg\d?|new|unread|read|highlighted|is-.*)$/i.test(c),
    )
    .sort();
  return `${el.tagName}.${classes.join('.')}`;
}

function textLength(el: Element): number {
  return tidy(el.textContent ?? '').length;
}

function authorElement(m: Element): Element | null {
  for (const el of Array.from(m.querySelectorAll('*'))) {
    const itemprop = el.getAttribute('itemprop') ?? '';
    const cls = el.getAttribute('class') ?? '';
    const href = el.tagName === 'A' ? (el.getAttribute('href') ?? '') : '';
    const isAuthor =
      /\b(author|creator)\b/.test(itemprop) ||
      el.getAttribute('rel') === 'author' ||
      cls.split(/[\s_-]+/).some((t) => AUTHOR_TOKEN.test(t)) ||
      (href !== '' && AUTHOR_HREF.test(href));
    if (!isAuthor) continue;
    const text = tidy(el.textContent ?? '');
    if (text.length > 0 && text.length <= 60 && !text.includes('\n')) return el;
  }
  return null;
}

function timeElement(m: Element): Element | null {
  const direct = m.querySelector(
    'time[datetime], relative-time[datetime], [itemprop*="date"], [itemprop="commentTime"]',
  );
  if (direct) return direct;
  for (const el of Array.from(m.querySelectorAll('[class], abbr[title]'))) {
    if (el.tagName === 'ABBR' && /\d{4}/.test(el.getAttribute('title') ?? '')) return el;
    if (
      TIME_CLASS.test(el.getAttribute('class') ?? '') &&
      /\d/.test(el.textContent ?? '') &&
      textLength(el) < 60
    )
      return el;
  }
  return null;
}

/** A link to a spot on this very page (`#…`, or this path with a fragment). */
function permalinkElement(m: Element, page: URL): Element | null {
  for (const a of Array.from(m.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href') ?? '';
    let target: URL;
    try {
      target = new URL(href, page);
    } catch {
      continue;
    }
    if (target.hash.length > 1 && target.origin === page.origin && target.pathname === page.pathname)
      return a;
  }
  return null;
}

/** A listing item: a heading that links to some other page (the item's own thread). */
function linksAway(m: Element, page: URL): boolean {
  for (const a of Array.from(m.querySelectorAll('h1 a[href], h2 a[href], h3 a[href], h4 a[href]'))) {
    try {
      const target = new URL(a.getAttribute('href') ?? '', page);
      if (target.pathname !== page.pathname) return true;
    } catch {
      /* ignore */
    }
  }
  return false;
}

interface Reply {
  el: Element;
  author: Element;
  time: Element | null;
  permalink: Element | null;
}

function asReply(m: Element, page: URL): Reply | null {
  if (textLength(m) < MIN_REPLY_TEXT) return null;
  const author = authorElement(m);
  if (!author) return null;
  const time = timeElement(m);
  const permalink = permalinkElement(m, page);
  if (!time && !permalink) return null;
  const own = textLength(m) - textLength(author) - (time ? textLength(time) : 0);
  return own >= MIN_REPLY_TEXT ? { el: m, author, time, permalink } : null;
}

/** The best group of sibling replies on the page, or null. */
function findReplies(doc: Document, page: URL): Reply[] | null {
  let best: Reply[] | null = null;
  for (const parent of Array.from(doc.querySelectorAll('body *'))) {
    if (parent.children.length < MIN_REPLIES || parent.closest(CHROME)) continue;
    const groups = new Map<string, Element[]>();
    for (const child of Array.from(parent.children)) {
      const sig = signature(child);
      groups.set(sig, [...(groups.get(sig) ?? []), child]);
    }
    for (const members of groups.values()) {
      if (members.length < MIN_REPLIES) continue;
      const replies = members.map((m) => asReply(m, page)).filter((r): r is Reply => r !== null);
      if (replies.length < MIN_REPLIES || replies.length < members.length * MIN_SHARE) continue;
      if (replies.filter((r) => linksAway(r.el, page)).length * 2 >= replies.length) continue;
      if (!best || replies.length > best.length) best = replies;
    }
  }
  return best;
}

/** The nearest substantial block before the replies: the post they answer. */
function findRoot(first: Element): Element | null {
  for (let node: Element | null = first; node && node.tagName !== 'BODY'; node = node.parentElement) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (prev.matches(CHROME) || prev.querySelector('nav, form')) continue;
      if (textLength(prev) >= MIN_ROOT_TEXT) return prev;
    }
  }
  return null;
}

function idFor(el: Element, fallback: string): string {
  const own = el.getAttribute('id') ?? el.querySelector('[id]')?.getAttribute('id') ?? '';
  const digits = /(\d{2,})/.exec(own)?.[1];
  return digits ?? (own || fallback);
}

/** Markup that names a post's text outright (rendered Markdown, schema.org text). */
const EXPLICIT_BODY =
  '.markdown-body, [itemprop="text"], [itemprop="articleBody"], [itemprop="commentText"], .comment-text';

/** The element holding the post's words: the biggest body-ish block without the byline. */
function bodyOf(el: Element, author: Element | null): Element {
  const explicit = Array.from(el.querySelectorAll(EXPLICIT_BODY)).find((c) => textLength(c) > 0);
  if (explicit) return explicit;
  let best: Element = el;
  let bestLen = 0;
  for (const c of Array.from(el.querySelectorAll('[class], [itemprop], p'))) {
    const hint = `${c.getAttribute('class') ?? ''} ${c.getAttribute('itemprop') ?? ''} ${c.tagName === 'P' ? 'text' : ''}`;
    if (!BODY_CLASS.test(hint) || (author && c.contains(author))) continue;
    const len = textLength(c);
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  return best;
}

function toPost(
  el: Element,
  author: Element | null,
  time: Element | null,
  link: Element | null,
  page: URL,
  fallbackId: string,
): Post {
  const id = idFor(el, fallbackId);
  const body = readPostBody(bodyOf(el, author), { base: page, skipSelector: 'button, [role="toolbar"]' });
  const stamp =
    time?.getAttribute('datetime') ??
    time?.getAttribute('content') ??
    time?.getAttribute('title') ??
    time?.textContent;
  const href = link?.getAttribute('href');
  const permalink = absolute(href, page) || `${page.origin}${page.pathname}${page.search}#${id}`;
  return {
    id,
    author: tidy(author?.textContent ?? '') || 'unknown',
    permalink,
    text: body.text,
    score: null,
    accepted: false,
    time: toIso(stamp?.trim()),
    parentId: null,
    deleted: false,
    quotes: body.quotes,
    code: body.code,
    links: body.links,
  };
}

const ARTICLE_TYPES =
  /^(Article|NewsArticle|BlogPosting|Report|TechArticle|ScholarlyArticle|OpinionNewsArticle|ReportageNewsArticle|LiveBlogPosting)$/;

/**
 * A page that declares itself an article (og:type, or a schema.org Article type) is a story
 * with reader comments under it, not a thread: its "root post" is the story.
 */
function declaresArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase();
  if (ogType === 'article') return true;
  for (const el of Array.from(doc.querySelectorAll('[itemscope][itemtype]'))) {
    const type = (el.getAttribute('itemtype') ?? '').replace(/^.*\//, '');
    if (ARTICLE_TYPES.test(type)) return true;
  }
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    for (const m of (script.textContent ?? '').matchAll(/"@type"\s*:\s*"([A-Za-z]+)"/g)) {
      if (ARTICLE_TYPES.test(m[1]!)) return true;
    }
  }
  return false;
}

function* readThread(doc: Document, url: URL): Generator<void, Thread | null, void> {
  if (declaresArticle(doc)) return null;
  const page = canonicalUrl(doc, url);
  const replies = findReplies(doc, page);
  if (!replies) return null;
  const rootEl = findRoot(replies[0]!.el);
  if (!rootEl) return null;
  const question = toPost(rootEl, authorElement(rootEl), timeElement(rootEl), null, page, 'root');
  // The root's element ids are layout ids; the thread's own number is in its address.
  question.id = /(\d+)\/?$/.exec(page.pathname)?.[1] ?? 'root';
  question.permalink = page.href;
  const title = tidy(doc.querySelector('h1')?.textContent ?? '') || tidy(doc.title);
  return {
    id: `generic:${page.hostname}:${page.pathname}${page.search}`,
    site: 'generic',
    url: page.href,
    title,
    question,
    answers: yield* eachPost(replies, (r, i) =>
      toPost(r.el, r.author, r.time, r.permalink, page, String(i + 1)),
    ),
  };
}

export const generic = defineAdapter({
  id: 'generic',
  name: 'Discussion page',
  matches: [],

  detect(doc, url) {
    return runToEnd(readThread(doc, url)) !== null;
  },

  read(doc, url) {
    return readThread(doc, url);
  },
});
