import type { Post, Thread } from '../model';
import { defineAdapter, eachPost } from './reading';
import { absolute, canonicalUrl, parseCount, readPostBody, textAt, tidy, toIso } from './dom';
import { splitTopicPage } from './paged-topic';

/**
 * vBulletin 5 and 4 (and the vBulletin 3 post layout), on any host. vB5 threads are
 * `li.b-post[data-node-id]` in the conversation list, with their time as a Unix stamp; vB4
 * threads are `ol#posts > li.postcontainer#post_<id>`; vB3 posts are tables around
 * `div#post_message_<id>`. vB3 and vB4 print dates in the board's zone, which the footer
 * states ("All times are GMT -5"); "Today"/"Yesterday" dates cannot be placed and are left null.
 */

function isVbulletin(doc: Document): boolean {
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (/^vBulletin/i.test(generator)) return true;
  return (
    doc.querySelector('ol#posts > li[id^="post_"], div[id^="post_message_"], body#vb-page-body') !== null
  );
}

/** vBulletin 5's posts: the thread's starter (`.b-post--first`, on page 1) and its replies. */
function vb5Posts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('li.b-post[data-node-id]'));
}

/**
 * vB5's quote boxes keep vB4's markup (as its own BB code help page prints them): the words in
 * `.message`, under a header naming the post.
 */
const VB5_QUOTES = {
  quoteSelector: '.bbcode_quote .message',
  skipSelector: '.bbcode_postedby, .bbcode_description',
};

function readVb5(li: Element, base: URL, threadUrl: string): Post | null {
  const id = li.getAttribute('data-node-id') ?? '';
  if (!/^\d+$/.test(id)) return null;
  // The page hides a deleted post's `.b-post__hide-when-deleted` parts under this class.
  const deleted = li.classList.contains('b-post--deleted');
  const textEl = li.querySelector('.js-post__content-text');
  const body = textEl ? readPostBody(textEl, { base, ...VB5_QUOTES }) : null;
  const stamp = li.getAttribute('data-node-publishdate') ?? '';
  const quoted = textEl?.querySelector('.bbcode_postedby a[href*="#post"]')?.getAttribute('href');
  // "7 likes": the number, whatever the language around it.
  const likes = /\d[\d,]*/.exec(textAt(li, '.votecount .b-post-control__label'));
  return {
    id,
    author: textAt(li, '.b-userinfo .author a') || textAt(li, '.author') || 'unknown',
    permalink:
      absolute(li.querySelector('a.b-post__count[href]')?.getAttribute('href'), base) ||
      `${threadUrl}?p=${id}#post${id}`,
    text: deleted ? '' : (body?.text ?? ''),
    score: likes ? (parseCount(likes[0]) ?? 0) : 0,
    accepted: false,
    // The `time` element's datetime is the board's clock with no zone: only the stamp is an instant.
    time: /^\d+$/.test(stamp) ? toIso(Number(stamp) * 1000) : null,
    parentId: /#post(\d+)/.exec(quoted ?? '')?.[1] ?? null,
    deleted,
    quotes: body?.quotes ?? [],
    code: body?.code ?? [],
    links: body?.links ?? [],
  };
}

/**
 * A vB5 thread's node id: the one its own search form is for, else its address
 * ("/forum/<channel>/51200-rough-idle…", "…/page2").
 */
function vb5ThreadId(doc: Document, url: URL): string | null {
  const field = doc.querySelector('input[name="nodeid"]')?.getAttribute('value') ?? '';
  if (/^\d+$/.test(field)) return field;
  for (const u of [canonicalUrl(doc, url), url]) {
    const m = /\/(\d+)-[^/]+(?:\/page\d+)?\/?$/.exec(u.pathname);
    if (m) return m[1]!;
  }
  return null;
}

/** Reads a vB5 thread page. */
function* readVb5Thread(doc: Document, url: URL, items: Element[]): Generator<void, Thread | null> {
  const threadId = vb5ThreadId(doc, url);
  if (!threadId) return null;
  const canonical = canonicalUrl(doc, url);
  const threadUrl = `${canonical.origin}${canonical.pathname.replace(/\/page\d+\/?$/, '')}`;
  const posts = yield* eachPost(items, (li) => readVb5(li, canonical, threadUrl));
  if (posts.length === 0) return null;
  const title = textAt(doc, '.page-title-widget .main-title') || tidy(doc.title.split(' - ')[0] ?? '');
  // The starter is on page 1 only; a page without it starts mid-thread.
  const pageNumber = Number(/\/page(\d+)\/?$/.exec(canonical.pathname)?.[1] ?? 1) || 1;
  const page = doc.querySelector('li.b-post--first') ? 1 : Math.max(2, pageNumber);
  return vbThread(canonical.hostname, threadId, threadUrl, title, posts, page);
}

/** A vBulletin thread from one page's posts, whichever version printed them. */
function vbThread(
  host: string,
  threadId: string,
  url: string,
  title: string,
  posts: Post[],
  page: number,
): Thread {
  const { question, answers } = splitTopicPage(posts, { id: `t${threadId}`, url, title }, page);
  return {
    id: `vbulletin:${host}:${threadId}`,
    site: 'vbulletin',
    url,
    title,
    question,
    answers,
    part: page,
  };
}

interface RawPost {
  id: string;
  root: Element;
  message: Element;
}

function rawPosts(doc: Document): RawPost[] {
  const out: RawPost[] = [];
  const seen = new Set<string>();
  // vB4: one list item per post, deleted ones included (as `postbitdeleted`).
  for (const li of Array.from(doc.querySelectorAll('ol#posts > li[id^="post_"]'))) {
    const id = /^post_(\d+)$/.exec(li.getAttribute('id') ?? '')?.[1];
    if (!id) continue;
    seen.add(id);
    out.push({ id, root: li, message: li.querySelector(`#post_message_${id}`) ?? li });
  }
  // vB3: the message div sits in a table whose id is post<id>.
  for (const message of Array.from(doc.querySelectorAll('div[id^="post_message_"]'))) {
    const id = /^post_message_(\d+)$/.exec(message.getAttribute('id') ?? '')?.[1];
    if (!id || seen.has(id)) continue;
    seen.add(id);
    out.push({ id, root: doc.querySelector(`table#post${id}`) ?? message, message });
  }
  return out;
}

function threadIdOf(doc: Document, url: URL): string | null {
  for (const u of [url, canonicalUrl(doc, url)]) {
    const t = u.searchParams.get('t');
    if (t && /^\d+$/.test(t)) return t;
    // Friendly URLs: showthread.php?123-slug and /threads/123-slug
    const m = /^\?(\d+)-/.exec(u.search) ?? /\/threads\/(\d+)/.exec(u.pathname);
    if (m) return m[1]!;
  }
  const link = doc.querySelector('a[href*="showthread.php?t="]')?.getAttribute('href');
  return /[?&]t=(\d+)/.exec(link ?? '')?.[1] ?? null;
}

/** Minutes east of UTC from "All times are GMT -5" / "GMT +1" / "GMT". */
function boardOffset(doc: Document): number | null {
  const text = tidy(doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ');
  const m = /All times are GMT\s*(?:([+-])\s*(\d{1,2})(?:[.:](\d{1,2}))?)?/i.exec(text);
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + (m[3] ? (m[3].length === 1 ? Number(m[3]) * 6 : Number(m[3])) : 0);
  return (m[1] === '-' ? -1 : 1) * minutes;
}

/** "03-14-2012, 09:26 AM" (vB's default m-d-Y) in the board's zone → ISO. */
function printedTime(text: string, offset: number | null): string | null {
  if (offset === null) return null;
  const d = /(\d{1,2})-(\d{1,2})-(\d{4})/.exec(text);
  const c = /(\d{1,2}):(\d{2})\s*([AP]M)?/i.exec(text);
  if (!d) return null;
  let hour = c ? Number(c[1]) : 0;
  if (c?.[3]) hour = (hour % 12) + (/^p/i.test(c[3]) ? 12 : 0);
  const utc = Date.UTC(Number(d[3]), Number(d[1]) - 1, Number(d[2]), hour, c ? Number(c[2]) : 0);
  return toIso(utc - offset * 60000);
}

function readPost(raw: RawPost, base: URL, offset: number | null): Post {
  const { id, root, message } = raw;
  const deleted =
    root.classList.contains('postbitdeleted') || root.querySelector('.deletedpost, .postbitdeleted') !== null;
  const contentEl = message.querySelector('blockquote.postcontent') ?? message;
  const body = readPostBody(contentEl, {
    base,
    // vB4 quote boxes hold the words in `.message`; vB3's fixed quote template in an italic div.
    quoteSelector: '.bbcode_quote .message, td.alt2 > div[style*="italic"]',
    // "Quote:" and "Originally Posted by X" are the quote's header, not quoted words.
    skipSelector:
      '.bbcode_postedby, .bbcode_description, div.smallfont, td.alt2 > div:first-child:not([style])',
  });
  const counter = root.querySelector('a.postcounter[href], a[name^="post"][href]');
  const quotedLink = message
    .querySelector('.bbcode_postedby a[href*="#post"], td.alt2 a[href*="#post"]')
    ?.getAttribute('href');
  const dateText = textAt(root, '.postdate .date') || textAt(root, '.postdate') || textAt(root, 'td.thead');
  return {
    id,
    author:
      textAt(root, '.username_container .username strong') ||
      textAt(root, '.username_container .username') ||
      textAt(root, 'a.bigusername') ||
      textAt(root, '.username') ||
      'unknown',
    permalink:
      absolute(counter?.getAttribute('href'), base) || new URL(`showthread.php?p=${id}#post${id}`, base).href,
    text: deleted ? '' : body.text,
    score: null,
    accepted: false,
    time: /today|yesterday/i.test(dateText) ? null : printedTime(dateText, offset),
    parentId: /#post(\d+)/.exec(quotedLink ?? '')?.[1] ?? null,
    deleted,
    quotes: body.quotes,
    code: body.code,
    links: body.links,
  };
}

export const vbulletin = defineAdapter({
  id: 'vbulletin',
  name: 'vBulletin',
  matches: [],

  detect(doc, url) {
    if (!isVbulletin(doc)) return false;
    if (vb5Posts(doc).length > 0) return vb5ThreadId(doc, url) !== null;
    return rawPosts(doc).length > 0 && threadIdOf(doc, url) !== null;
  },

  postBody(doc, postId) {
    if (!/^\d+$/.test(postId)) return null;
    const vb5 = doc.querySelector(`li.b-post[data-node-id="${postId}"] .js-post__content-text`);
    if (vb5) return vb5;
    const message = doc.querySelector(`#post_message_${postId}`);
    return message?.querySelector('blockquote.postcontent') ?? message;
  },

  *read(doc, url) {
    const vb5 = vb5Posts(doc);
    if (vb5.length > 0) return yield* readVb5Thread(doc, url, vb5);
    const threadId = threadIdOf(doc, url);
    const raws = rawPosts(doc);
    if (!threadId || raws.length === 0) return null;
    const offset = boardOffset(doc);
    const posts = yield* eachPost(raws, (r) => readPost(r, url, offset));
    const threadUrl = new URL(`showthread.php?t=${threadId}`, url).href;
    // vB4 #pagetitle; vB3 prints the title last in the navbar; else the <title> before " - ".
    const title =
      textAt(doc, '#pagetitle .threadtitle') ||
      textAt(doc, 'td.navbar strong') ||
      tidy(doc.title.split(' - ')[0] ?? '');
    // The post counter ("#1") says whether the thread's opening post is on this page.
    // vB3 and vB4 both number posts in an `a#postcount<id>` whose name is the post's position.
    const firstRoot = raws[0]!.root;
    const position =
      firstRoot.querySelector('a[id^="postcount"]')?.getAttribute('name') ??
      tidy(firstRoot.querySelector('a.postcounter')?.textContent ?? '').replace('#', '');
    // The page's number from its address; a page that does not open with post #1 is a later
    // one even when the address does not say which (posts keep their order by time).
    const pageParam = Number(url.searchParams.get('page') ?? 1);
    const laterPage = (position !== '' && position !== '1') || pageParam > 1;
    const page = laterPage ? Math.max(2, Number.isInteger(pageParam) ? pageParam : 2) : 1;
    return vbThread(url.hostname, threadId, threadUrl, title, posts, page);
  },
});
