import type { Post, Thread } from '../model';
import { defineAdapter, eachPost } from './reading';
import { absolute, canonicalUrl, readPostBody, textAt, tidy } from './dom';

/**
 * bbPress, both generations: the standalone bbPress 1.x (`ol#thread > li#post-N` with
 * `.threadauthor` / `.threadpost`, "best answer" plugin) and the WordPress plugin bbPress 2
 * (`#bbpress-forums`, `.bbp-reply-header#post-N` followed by its `.bbp-reply-*` body).
 * Dates are printed relative ("7 years ago") or in the blog's unstated zone, so times are null.
 */

function generatorIsBbpress(doc: Document): boolean {
  return /bbPress/i.test(doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '');
}

function v1Posts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('ol#thread > li[id^="post-"]')).filter(
    (li) => li.querySelector('.threadpost .post') !== null,
  );
}

function v2Headers(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('#bbpress-forums .bbp-reply-header[id^="post-"]'));
}

/** "Replying to @X's post" links (bbPress 1 reply plugin) name the post replied to. */
function replyTarget(body: Element): string | null {
  const first = body.querySelector('p');
  if (!first || !/Replying to/i.test(first.textContent ?? '')) return null;
  const href = first.querySelector('a[href*="#post-"]')?.getAttribute('href') ?? '';
  return /#post-(\d+)$/.exec(href)?.[1] ?? null;
}

function readV1(li: Element, threadUrl: string): Post | null {
  const id = /^post-(\d+)$/.exec(li.getAttribute('id') ?? '')?.[1];
  const body = li.querySelector('.threadpost .post');
  if (!id || !body) return null;
  const read = readPostBody(body, { base: new URL(threadUrl), skipSelector: '.social-it' });
  return {
    id,
    author: textAt(li, '.threadauthor strong') || textAt(li, '.threadauthor') || 'unknown',
    permalink: `${threadUrl}#post-${id}`,
    text: read.text,
    score: null,
    accepted: li.classList.contains('best_answer_background') || li.querySelector('.best_answer') !== null,
    time: null,
    parentId: replyTarget(body),
    deleted: li.classList.contains('deleted'),
    quotes: read.quotes,
    code: read.code,
    links: read.links,
  };
}

function readV2(header: Element, threadUrl: string): Post | null {
  const id = /^post-(\d+)$/.exec(header.getAttribute('id') ?? '')?.[1];
  const item = header.nextElementSibling;
  const content = item?.querySelector('.bbp-reply-content, .bbp-topic-content');
  if (!id || !item || !content) return null;
  const read = readPostBody(content, { base: new URL(threadUrl), skipSelector: '.bbp-reply-revision-log' });
  const permalink = header
    .querySelector('a.bbp-reply-permalink, a.bbp-topic-permalink')
    ?.getAttribute('href');
  return {
    id,
    author: textAt(item, '.bbp-author-name') || 'unknown',
    permalink: absolute(permalink, new URL(threadUrl)) || `${threadUrl}#post-${id}`,
    text: read.text,
    score: null,
    accepted: false,
    time: null,
    parentId: null,
    deleted: /\bstatus-(trash|spam)\b/.test(item.getAttribute('class') ?? ''),
    quotes: read.quotes,
    code: read.code,
    links: read.links,
  };
}

export const bbpress = defineAdapter({
  id: 'bbpress',
  name: 'bbPress',
  matches: [],

  detect(doc) {
    if (generatorIsBbpress(doc) && v1Posts(doc).length > 0) return true;
    return v2Headers(doc).length > 0;
  },

  postBody(doc, postId) {
    if (!/^\d+$/.test(postId)) return null;
    const v1 = doc.querySelector(`ol#thread > li#post-${postId} .threadpost .post`);
    if (v1) return v1;
    return (
      doc
        .querySelector(`.bbp-reply-header#post-${postId}`)
        ?.nextElementSibling?.querySelector('.bbp-reply-content, .bbp-topic-content') ?? null
    );
  },

  *read(doc, url) {
    const canonical = canonicalUrl(doc, url);
    canonical.hash = '';
    const threadUrl = canonical.href;
    const v1 = v1Posts(doc);
    const posts =
      v1.length > 0
        ? yield* eachPost(v1, (li) => readV1(li, threadUrl))
        : yield* eachPost(v2Headers(doc), (h) => readV2(h, threadUrl));
    if (posts.length === 0) return null;
    const title =
      textAt(doc, 'h2.topictitle') ||
      textAt(doc, '#bbpress-forums .bbp-topic-title') ||
      textAt(doc, 'h1') ||
      tidy(doc.title);
    const question = { ...posts[0]!, permalink: threadUrl };
    const slug = /\/topic\/([^/?#]+)/.exec(canonical.pathname)?.[1] ?? question.id;
    return {
      id: `bbpress:${canonical.hostname}:${slug}`,
      site: 'bbpress',
      url: threadUrl,
      title,
      question,
      answers: posts.slice(1),
    } satisfies Thread;
  },
});
