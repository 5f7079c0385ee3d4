import type { Post, Thread } from '../model';
import { defineAdapter } from './reading';
import { absolute, canonicalUrl, readPostBody, resolverFor, tidy, toIso } from './dom';

/**
 * Reddit comment pages in the three markups still served: old.reddit.com (`.thing`
 * elements with `data-*` attributes), the 2019 React redesign (`div.Comment.t1_<id>`
 * rows indented by `padding-left`), and today's shreddit (`<shreddit-post>` /
 * `<shreddit-comment>` custom elements whose attributes carry everything).
 */

const REDDIT_HOST = /(^|\.)reddit\.com$/i;

/** The post id from a comment page path: /r/<sub>/comments/<id>/..., /user/<u>/comments/<id>/..., /comments/<id>. */
function postIdOf(url: URL): string | null {
  if (!REDDIT_HOST.test(url.hostname)) return null;
  const m = /^(?:\/(?:r|u|user)\/[^/]+)?\/comments\/([a-z0-9]+)(?:\/|$)/i.exec(url.pathname);
  return m ? m[1]!.toLowerCase() : null;
}

const FULLNAME = /^(?:t\d_)?[a-z0-9]+$/i;

/** Strips a `t1_` / `t3_` kind prefix. */
function bare(fullname: string | null | undefined): string | null {
  if (!fullname) return null;
  const name = fullname.trim();
  if (!FULLNAME.test(name)) return null;
  // An id has no '_', so one at offset 2 ends the prefix.
  return (name.charCodeAt(2) === 95 ? name.slice(3) : name).toLowerCase();
}

function intAttr(el: Element | null | undefined, name: string): number | null {
  const v = el?.getAttribute(name)?.trim();
  return v && /^-?\d+$/.test(v) ? Number(v) : null;
}

/**
 * The 2019 redesign shows scores only as compact text ("2.1k", "52.1k", "•" while
 * hidden); there is no attribute to read. Numbers and the k/m suffix are the same in
 * every language the redesign shipped, so this is read, anything else is null.
 */
function compactCount(text: string | null | undefined): number | null {
  const m = /^(-?\d+(?:\.\d+)?)([km])?$/i.exec(tidy(text ?? ''));
  if (!m) return null;
  const mult = m[2] ? (m[2].toLowerCase() === 'k' ? 1000 : 1_000_000) : 1;
  return Math.round(Number(m[1]) * mult);
}

/** Text of a post body; Reddit bodies quote with blockquote and keep code in pre. */
function body(el: Element | null | undefined, base: URL, skip?: string) {
  return el ? readPostBody(el, skip ? { base, skipSelector: skip } : { base }) : null;
}

const GONE = new Set(['[deleted]', '[removed]']);

/**
 * Whether a text is one of Reddit's placeholders. The length comes first: looking a text up in
 * the set hashes it, which first copies a text built piece by piece into one string.
 */
function isGone(text: string): boolean {
  return text.length === 9 && GONE.has(text);
}

/** What each markup's reader finds. */
interface Read {
  question: Post;
  title: string;
  answers: Post[];
}

function makePost(
  id: string,
  author: string,
  permalink: string,
  read: ReturnType<typeof body>,
  score: number | null,
  time: string | null,
  parentId: string | null,
  deleted: boolean,
): Post {
  const raw = read?.text ?? '';
  // "[deleted]", "[removed]", "Comment deleted by user" are Reddit's placeholders, not anyone's words.
  const gone = isGone(raw);
  const text = deleted || gone ? '' : raw;
  return {
    id,
    author: author || 'anonymous',
    permalink,
    text,
    score,
    accepted: false,
    time,
    parentId,
    // A "[deleted]" author whose words are still shown only deleted the account, not the comment.
    deleted: deleted || gone || (isGone(author) && !text),
    quotes: read?.quotes ?? [],
    code: read?.code ?? [],
    links: read?.links ?? [],
  };
}

/** The comment's own child matching a selector, never one inside a nested reply. */
function ownChild(el: Element, selector: string, stopAt: string): Element | null {
  for (const found of Array.from(el.querySelectorAll(selector))) {
    if (found.closest(stopAt) === el) return found;
  }
  return null;
}

// ---------------------------------------------------------------- shreddit

function* readShreddit(doc: Document, postId: string, base: URL): Generator<void, Read | null, void> {
  const postEl =
    doc.querySelector(`shreddit-post[id="t3_${postId}"]`) ??
    Array.from(doc.querySelectorAll('shreddit-post')).find((p) => bare(p.getAttribute('id')) === postId) ??
    null;
  if (!postEl) return null;
  const author = postEl.getAttribute('author') ?? '';
  const question = makePost(
    postId,
    author,
    absolute(postEl.getAttribute('permalink'), base) || base.href,
    body(postEl.querySelector('[slot="text-body"]'), base),
    intAttr(postEl, 'score'),
    toIso(postEl.getAttribute('created-timestamp')),
    null,
    false,
  );
  const title = tidy(postEl.getAttribute('post-title') ?? '');
  const answers: Post[] = [];
  const seen = new Set<string>();
  for (const el of Array.from(doc.querySelectorAll('shreddit-comment'))) {
    const id = bare(el.getAttribute('thingid'));
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const parent = el.getAttribute('parentid');
    const depth = intAttr(el, 'depth');
    const parentId = parent && /^t1_/i.test(parent) && depth !== 0 ? bare(parent) : null;
    const commentAuthor = el.getAttribute('author') ?? '';
    const ownBody = ownChild(el, '[slot="comment"]', 'shreddit-comment');
    const timeEl = ownChild(el, 'faceplate-timeago[ts], time[datetime]', 'shreddit-comment');
    answers.push(
      makePost(
        id,
        commentAuthor,
        absolute(el.getAttribute('permalink'), base) || `${base.origin}${base.pathname}${id}/`,
        body(ownBody, base),
        intAttr(el, 'score'),
        toIso(
          el.getAttribute('created-timestamp') ??
            timeEl?.getAttribute('ts') ??
            timeEl?.getAttribute('datetime'),
        ),
        parentId,
        el.hasAttribute('is-comment-deleted') || el.getAttribute('deleted') === 'true',
      ),
    );
    yield;
  }
  return { question, title, answers };
}

// ---------------------------------------------------------------- old reddit

/** The id of an old-Reddit thing: data-fullname, else the `id-t1_…` class, else its report form (kept on deleted comments). */
function oldThingId(el: Element): string | null {
  const fromAttr = bare(el.getAttribute('data-fullname'));
  if (fromAttr) return fromAttr;
  for (const c of Array.from(el.classList)) {
    const m = /^id-t\d_([a-z0-9]+)$/i.exec(c);
    if (m) return m[1]!.toLowerCase();
  }
  const entry = el.querySelector(':scope > .entry');
  const report = entry?.querySelector('[class*="report-t1_"]');
  const m = /report-t1_([a-z0-9]+)/i.exec(report?.getAttribute('class') ?? '');
  return m ? m[1]!.toLowerCase() : null;
}

/**
 * The parts of an old-Reddit comment's own `.entry` (never those of its replies, which sit in
 * `.child`). Fields most comments carry as attributes of the thing are looked up only when asked.
 */
interface OldParts {
  md: Element | null;
  time: Element | null;
  author(): Element | null;
  score(): Element | null;
  scoreHidden(): boolean;
  bylink(): Element | null;
}

/** The comment's own `.entry` (its replies sit beside it, in `.child`). */
function ownEntry(thing: Element): Element | null {
  // The first `.entry` inside is the thing's own (its replies come after it, in `.child`).
  const first = thing.querySelector('.entry');
  if (first === null || first.parentElement === thing) return first;
  for (let el = thing.firstElementChild; el; el = el.nextElementSibling) {
    if (el.classList.contains('entry')) return el;
  }
  return null;
}

/** A comment's own `.entry`, its byline and the first comment text (`.md`) in it. */
interface Entry {
  el: Element;
  /** The byline (`p.tagline`) when it opens the entry, as on every old-Reddit page; null otherwise. */
  tagline: Element | null;
  md: Element | null;
}

/** Whether an element of the entry lies in a comment text (`.md`), which is the author's markup. */
function inText(el: Element, entry: Entry): boolean {
  // Nothing before the entry's first text can be inside a text (the byline comes first).
  if (!entry.md || entry.md.compareDocumentPosition(el) & 2) return false;
  for (let p: Element | null = el; p && p !== entry.el; p = p.parentElement) {
    if (p.classList.contains('md')) return true;
  }
  return false;
}

/** A field of the entry, never from inside the comment's text (`.md`). */
function entryPart(entry: Entry, selector: string): Element | null {
  const el = entry.el.querySelector(selector);
  if (!el || !inText(el, entry)) return el;
  for (const e of Array.from(entry.el.querySelectorAll(selector))) if (!inText(e, entry)) return e;
  return null;
}

/**
 * The entry's own time stamp (not an edit's): found by tag first, the browser's fast path, in
 * the byline when there is one. The byline opens the entry, so its first stamp is the entry's
 * first, and nothing in it is comment text (no position check against the text needed).
 */
function entryTime(entry: Entry): Element | null {
  const stamp = entry.tagline?.querySelector('time');
  if (stamp && stamp.hasAttribute('datetime') && !stamp.classList.contains('edited-timestamp')) return stamp;
  const time = entry.el.querySelector('time');
  if (!time) return null;
  if (time.hasAttribute('datetime') && !time.classList.contains('edited-timestamp') && !inText(time, entry)) {
    return time;
  }
  return entryPart(entry, 'time[datetime]:not(.edited-timestamp)');
}

/**
 * The entry's exact score (`.score.unvoted`): its first `.unvoted`, by the one-class fast path, is
 * nearly always it, and sits in the byline (which holds no comment text).
 */
function entryScore(entry: Entry): Element | null {
  const inByline = entry.tagline?.querySelector('.unvoted');
  if (inByline && inByline.classList.contains('score')) return inByline;
  const first = entry.el.querySelector('.unvoted');
  if (first && first.classList.contains('score') && !inText(first, entry)) return first;
  return entryPart(entry, '.score.unvoted');
}

/**
 * The entry's parts, one native query each (a scoped selector query is the browser's own
 * walk: far cheaper than visiting the entry's elements from script on a 1,000-comment thread).
 */
function oldEntry(thing: Element): OldParts {
  const el = ownEntry(thing);
  if (!el) {
    const none = (): null => null;
    return { md: null, time: null, author: none, score: none, scoreHidden: () => false, bylink: none };
  }
  const first = el.firstElementChild;
  const tagline = first && first.classList.contains('tagline') ? first : null;
  const entry: Entry = { el, tagline, md: el.querySelector('.md') };
  return {
    md: entry.md,
    time: entryTime(entry),
    author: () => entryPart(entry, '.author'),
    score: () => entryScore(entry),
    // Old Reddit prints "[score hidden]" in the byline: no need to look through the whole entry.
    scoreHidden: () =>
      (tagline ? tagline.querySelector('.score-hidden') : entryPart(entry, '.score-hidden')) !== null,
    bylink: () => entryPart(entry, 'a.bylink'),
  };
}

/** The comment this one replies to: the nearest enclosing comment thing. */
function oldParentThing(thing: Element): Element | null {
  const p = thing.parentElement?.closest('.thing.comment, .commentarea') ?? null;
  return p && !p.classList.contains('commentarea') ? p : null;
}

/** Old Reddit keeps the exact score in the `title` of `.score.unvoted`; 2016 pages only print it ("6 bodov"). */
function oldScore(parts: OldParts, thing: Element): number | null {
  const attr = intAttr(thing, 'data-score');
  if (attr !== null) return attr;
  if (thing.classList.contains('score-hidden') || parts.scoreHidden()) return null;
  const score = parts.score();
  if (!score) return null;
  const title = score.getAttribute('title')?.trim();
  if (title && /^-?\d+$/.test(title)) return Number(title);
  const m = /^(-?\d+)\s+\D*$/.exec(tidy(score.textContent ?? ''));
  return m ? Number(m[1]) : null;
}

function* readOld(doc: Document, postId: string, base: URL): Generator<void, Read | null, void> {
  const link =
    doc.querySelector(`.thing.link[data-fullname="t3_${postId}"]`) ??
    doc.querySelector(`#thing_t3_${postId}`) ??
    doc.querySelector('#siteTable .thing.link');
  if (!link) return null;
  const linkEntry = link.querySelector(':scope > .entry');
  const linkScore = link.querySelector(':scope > .midcol .score.unvoted');
  const linkScoreValue =
    intAttr(link, 'data-score') ??
    (linkScore ? compactCount(linkScore.getAttribute('title') ?? linkScore.textContent) : null);
  const title = tidy(linkEntry?.querySelector('a.title')?.textContent ?? '').replace(/\s+/g, ' ');
  const linkTime = linkEntry?.querySelector('.tagline time[datetime]')?.getAttribute('datetime');
  const question = makePost(
    postId,
    link.getAttribute('data-author') ?? tidy(linkEntry?.querySelector('.tagline .author')?.textContent ?? ''),
    // `data-url` is the link target for link posts, so only the comments link is a permalink.
    absolute(
      link.getAttribute('data-permalink') ??
        linkEntry?.querySelector('a.comments, a.bylink.comments')?.getAttribute('href'),
      base,
    ) || base.href,
    body(linkEntry?.querySelector('.expando .usertext-body .md, .expando .md'), base),
    linkScoreValue,
    toIso(linkTime) ??
      (intAttr(link, 'data-timestamp') !== null ? toIso(intAttr(link, 'data-timestamp')) : null),
    null,
    false,
  );

  const answers: Post[] = [];
  const seen = new Set<string>();
  const resolve = resolverFor(base);
  const area = doc.querySelector('.commentarea') ?? doc;
  // One class is the browser's fast path (`.thing.comment` is not); read one at a time.
  const things = area.querySelectorAll('.comment');
  // Each comment's id, for its replies (which come after it): read once.
  const ids = new Map<Element, string>();
  for (let i = 0; i < things.length; i++) {
    const el = things[i]!;
    if (!el.classList.contains('thing')) continue;
    const id = oldThingId(el);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    ids.set(el, id);
    const parts = oldEntry(el);
    const authorAttr = el.getAttribute('data-author');
    const author = authorAttr ?? tidy(parts.author()?.textContent ?? '');
    const deleted = el.classList.contains('deleted') || authorAttr === null;
    const permalink =
      resolve(el.getAttribute('data-permalink')) ||
      resolve(parts.bylink()?.getAttribute('href')) ||
      `${base.origin}${base.pathname.replace(/\/?$/, '/')}${id}/`;
    const parentThing = oldParentThing(el);
    answers.push(
      makePost(
        id,
        deleted && !author ? '[deleted]' : author,
        permalink,
        body(parts.md, base),
        oldScore(parts, el),
        toIso(parts.time?.getAttribute('datetime')),
        parentThing ? (ids.get(parentThing) ?? oldThingId(parentThing)) : null,
        deleted,
      ),
    );
    yield;
  }
  return { question, title, answers };
}

// ---------------------------------------------------------------- 2019 redesign

/** The `t1_<id>` token of a redesign `div.Comment`. */
function redesignId(el: Element): string | null {
  for (const c of Array.from(el.classList)) if (/^t1_[a-z0-9]+$/i.test(c)) return c.slice(3).toLowerCase();
  return null;
}

/** Nesting level from the row's indent: 16px for top-level comments, 21px more per level. */
function redesignLevel(row: Element | null): number {
  const m = /padding-left:\s*(\d+)px/i.exec(row?.getAttribute('style') ?? '');
  if (!m) return 1;
  return Math.max(1, Math.round((Number(m[1]) - 16) / 21) + 1);
}

function userFromHref(href: string | null | undefined): string {
  const m = /\/u(?:ser)?\/([^/?#]+)/.exec(href ?? '');
  return m ? decodeURIComponent(m[1]!) : '';
}

function* readRedesign(doc: Document, postId: string, base: URL): Generator<void, Read | null, void> {
  const postEl = doc.querySelector(`[id="t3_${postId}"]`);
  const container = postEl?.closest('[data-testid="post-container"]') ?? postEl;
  if (!container) return null;
  const title = tidy(container.querySelector('h1')?.textContent ?? '').replace(/\s+/g, ' ');
  const postAuthor =
    userFromHref(container.querySelector('[data-testid="post_author_link"]')?.getAttribute('href')) ||
    tidy(container.querySelector('[data-testid="post_author_link"]')?.textContent ?? '').replace(/^u\//, '');
  const question = makePost(
    postId,
    postAuthor,
    base.href,
    body(container.querySelector('[data-click-id="text"]'), base),
    compactCount(container.querySelector(`[id="vote-arrows-t3_${postId}"]`)?.textContent),
    null,
    null,
    false,
  );

  const answers: Post[] = [];
  const seen = new Set<string>();
  // Parent of the next comment at each level: the list is flat, nesting is only indentation.
  const lastAtLevel: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('div.Comment'))) {
    const id = redesignId(el);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    const row = el.closest(`[id="t1_${id}"]`);
    const level = redesignLevel(row);
    const parentId = level > 1 ? (lastAtLevel[level - 2] ?? null) : null;
    lastAtLevel[level - 1] = id;
    lastAtLevel.length = level;
    const removed = el.querySelector('[data-testid="post-comment-header-deleted"]') !== null;
    const author =
      tidy(el.querySelector('[data-testid="comment_author_link"]')?.textContent ?? '') ||
      userFromHref(el.querySelector('[data-testid="comment_author_icon"]')?.getAttribute('href')) ||
      // Deleted accounts get a placeholder avatar that keeps the name in a `to` attribute.
      userFromHref(el.querySelector('[to^="/user/"]')?.getAttribute('to')) ||
      (removed ? '[deleted]' : '');
    const stamp = absolute(el.querySelector('[data-testid="comment_timestamp"]')?.getAttribute('href'), base);
    let permalink = `${base.origin}${base.pathname.replace(/\/?$/, '/')}${id}/`;
    if (stamp) {
      const u = new URL(stamp);
      u.search = '';
      permalink = u.href;
    }
    answers.push(
      makePost(
        id,
        author,
        permalink,
        body(el.querySelector('[data-testid="comment"]'), base),
        compactCount(el.querySelector(`[id="vote-arrows-t1_${id}"]`)?.textContent),
        null,
        parentId,
        removed,
      ),
    );
    yield;
  }
  return { question, title, answers };
}

/**
 * Shreddit's "3 more replies" and "View more comments": a button in a `faceplate-partial`
 * that fetches the replies from /svc/shreddit/more-comments/ and puts them in its place. The
 * button of the partial itself, not one of a reply already loaded inside it; partials that
 * load as they scroll into view have none and are left to the page watcher, as are links to
 * a thread's deeper branches (another page).
 */
function shredditLoaders(doc: Document): Element[] {
  const out: Element[] = [];
  const taken = new Set<Element>();
  // In page order: a loaded reply's own loader comes before the button of the loader around it.
  for (const button of Array.from(doc.querySelectorAll('faceplate-partial[src*="/more-comments/"] button'))) {
    const partial = button.closest('faceplate-partial')!;
    if (taken.has(partial) || !partial.getAttribute('src')?.includes('/more-comments/')) continue;
    if (/^loading$/i.test(button.getAttribute('aria-label') ?? '')) continue;
    taken.add(partial);
    out.push(button);
  }
  return out;
}

// ---------------------------------------------------------------- adapter

type Markup = 'shreddit' | 'old' | 'redesign';

function markupOf(doc: Document, postId: string): Markup | null {
  // Old Reddit's post carries its id (a lookup by id costs nothing), while looking for a
  // shreddit element scans the whole page; no page carries both markups.
  if (doc.getElementById(`thing_t3_${postId}`)) return 'old';
  if (doc.querySelector('shreddit-post')) return 'shreddit';
  if (
    doc.querySelector(
      `.thing.link[data-fullname="t3_${postId}"], #thing_t3_${postId}, #siteTable .thing.link`,
    )
  )
    return 'old';
  if (doc.querySelector(`[id="t3_${postId}"]`)) return 'redesign';
  return null;
}

export const reddit = defineAdapter({
  id: 'reddit',
  name: 'Reddit',
  scoreNoun: 'points',
  matches: ['*://*.reddit.com/*', '*://reddit.com/*'],

  detect(doc, url) {
    const postId = postIdOf(url);
    return postId !== null && markupOf(doc, postId) !== null;
  },

  postBody(doc, postId) {
    // Ids go into selectors: anything but a Reddit base-36 id is not one of ours.
    if (!/^[a-z0-9]+$/i.test(postId)) return null;
    const id = postId.toLowerCase();
    // shreddit
    const comment = doc.querySelector(`shreddit-comment[thingid="t1_${id}"]`);
    if (comment) return ownChild(comment, '[slot="comment"]', 'shreddit-comment');
    const post = doc.querySelector(`shreddit-post[id="t3_${id}"]`);
    if (post) return post.querySelector('[slot="text-body"]');
    // old Reddit
    const thing = doc.getElementById(`thing_t1_${id}`);
    if (thing) return oldEntry(thing).md;
    const link = doc.getElementById(`thing_t3_${id}`);
    if (link) return link.querySelector('.expando .md');
    // 2019 redesign
    const row = doc.querySelector(`div.Comment.t1_${id}`);
    if (row) return row.querySelector('[data-testid="comment"]');
    return doc.getElementById(`t3_${id}`)?.querySelector('[data-click-id="text"]') ?? null;
  },

  foldedReplies(doc) {
    // Old Reddit's "load more comments (3 replies)" (not "continue this thread", which leaves
    // the page); the redesign's "22 more replies", its innermost text (a click there reaches a
    // handler on the row as well); shreddit's loaders, below.
    const controls = [
      ...Array.from(
        doc.querySelectorAll('.thing.morechildren .morecomments > a, div[id^="moreComments-t1_"] p'),
      ),
      ...shredditLoaders(doc),
    ];
    let replies: number | null = 0;
    for (const el of controls) {
      const n = /(\d[\d,]*)\s*(?:more\s+)?repl(?:y|ies)\b/i.exec(el.textContent ?? '');
      replies = n && replies !== null ? replies + Number(n[1]!.replace(/,/g, '')) : null;
    }
    return { controls, replies };
  },

  *read(doc, url) {
    const postId = postIdOf(url);
    if (!postId) return null;
    const markup = markupOf(doc, postId);
    if (!markup) return null;
    const canonical = canonicalUrl(doc, url);
    // Permalinks stay on the host the reader uses (old.reddit.com links stay old).
    const base = new URL(url.href);
    const read = yield* markup === 'shreddit'
      ? readShreddit(doc, postId, base)
      : markup === 'old'
        ? readOld(doc, postId, base)
        : readRedesign(doc, postId, base);
    if (!read) return null;
    const title =
      read.title || tidy(doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '');
    return {
      // One key whichever Reddit front end (old., www., new.) the thread was read on.
      id: `reddit:reddit.com:${postId}`,
      site: 'reddit',
      url: canonical.href,
      title,
      question: read.question,
      answers: read.answers,
    } satisfies Thread;
  },
});
