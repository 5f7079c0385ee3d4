import type { Post, Thread } from '../model';
import { defineAdapter, eachPost } from './reading';
import { absolute, canonicalUrl, parseCount, readPostBody, textAt, tidy, toIso } from './dom';
import { splitTopicPage } from './paged-topic';

/**
 * XenForo 2 (and the XenForo 1 message list), on any host. Posts are `article.message--post[data-content="post-<id>"]` with
 * `data-author`, a `time[datetime]` inside the attribution link (the post's permalink) and
 * the text in `.message-body .bbWrapper`. Question threads (2.2+) carry vote scores and
 * mark the chosen answer as the solution.
 */

function isXenforo(doc: Document): boolean {
  const html = doc.documentElement;
  const id = html?.getAttribute('id');
  if (id === 'XF' || id === 'XenForo') return true;
  return doc.querySelector('[data-xf-init], .p-body-pageContent .block--messages') !== null;
}

/** Posts: an `article` each; XenForo 2.0 leaves a deleted post as a placeholder `div`. */
function postArticles(doc: Document): Element[] {
  return Array.from(
    doc.querySelectorAll(
      'article.message[data-content^="post-"], div.message--deleted[data-content^="post-"]',
    ),
  );
}

/** XenForo 1: `ol#messageList > li.message#post-<id>` with `data-author`. */
function xf1Posts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('ol#messageList > li.message[id^="post-"]'));
}

function readXf1(li: Element, base: URL): Post | null {
  const id = /^post-(\d+)$/.exec(li.getAttribute('id') ?? '')?.[1];
  if (!id) return null;
  const deleted = li.classList.contains('deleted');
  const textEl = li.querySelector('blockquote.messageText');
  const body = textEl
    ? readPostBody(textEl, {
        base,
        quoteSelector: 'div.bbCodeQuote .quote',
        skipSelector: '.attribution, .quoteExpand',
      })
    : null;
  const stamp = li.querySelector('.messageMeta abbr.DateTime[data-time]')?.getAttribute('data-time');
  const link =
    li.querySelector('a.hashPermalink[href]')?.getAttribute('href') ??
    li.querySelector('a.datePermalink[href]')?.getAttribute('href');
  // "Bob, Carol and 3 others like this."
  const likes = li.querySelector('.likesSummary .LikeText');
  const others = /and (\d[\d,]*) others?/.exec(tidy(likes?.textContent ?? ''));
  const source = textEl?.querySelector('.bbCodeQuote a.AttributionLink[href]')?.getAttribute('href') ?? '';
  return {
    id,
    author: li.getAttribute('data-author') || textAt(li, '.messageMeta .username') || 'unknown',
    permalink: absolute(link, base) || new URL(`posts/${id}/`, base).href,
    text: deleted ? '' : (body?.text ?? ''),
    score: likes
      ? likes.querySelectorAll('a.username').length + (others ? (parseCount(others[1]) ?? 0) : 0)
      : 0,
    accepted: false,
    // Posts older than a week print `span.DateTime[title]` ("Jan 1, 2014 at 8:00 AM") in the viewer's
    // unstated zone: no instant can be read from them.
    time: stamp && /^\d+$/.test(stamp) ? toIso(Number(stamp) * 1000) : null,
    parentId: /#post-(\d+)$/.exec(source)?.[1] ?? null,
    deleted,
    quotes: body?.quotes ?? [],
    code: body?.code ?? [],
    links: body?.links ?? [],
  };
}

function threadIdOf(doc: Document, url: URL): string | null {
  const key = doc.documentElement?.getAttribute('data-content-key') ?? '';
  const fromKey = /^thread-(\d+)$/.exec(key)?.[1];
  if (fromKey) return fromKey;
  for (const u of [canonicalUrl(doc, url), url]) {
    const m = /\/threads\/(?:[^/]*\.)?(\d+)\/?/.exec(u.pathname);
    if (m) return m[1]!;
  }
  return null;
}

/**
 * Reactions bar: "Alice, Bob and 3 others" counts 5 people. Question threads print a vote
 * score instead, which wins when present.
 */
function scoreOf(article: Element): number {
  const vote = article.querySelector('.contentVote-score');
  if (vote) return parseCount(vote.getAttribute('data-score') ?? vote.textContent) ?? 0;
  // XenForo 2.0 has likes instead: "Alice, Bob and 2 others like this".
  const bar = article.querySelector('.reactionsBar-link, .likesBar a');
  if (!bar) return 0;
  const named = bar.querySelectorAll('bdi').length;
  const others = /and (\d[\d,]*) others?/.exec(tidy(bar.textContent ?? ''));
  return named + (others ? (parseCount(others[1]) ?? 0) : 0);
}

function readPost(article: Element, base: URL): Post | null {
  const id = /^post-(\d+)$/.exec(article.getAttribute('data-content') ?? '')?.[1];
  if (!id) return null;
  // A placeholder, or (to a moderator) the whole post under a deletion notice.
  const deleted =
    article.classList.contains('message--deleted') ||
    article.querySelector('.messageNotice--deleted') !== null;
  const wrapper = article.querySelector('.message-body .bbWrapper, .message-body');
  const body = wrapper
    ? readPostBody(wrapper, {
        base,
        // The quote header ("Alice said:") and "Click to expand…" are chrome around the quote.
        quoteSelector: 'blockquote.bbCodeBlock--quote',
        skipSelector: '.bbCodeBlock-title, .bbCodeBlock-expandLink',
      })
    : null;
  const timeEl = article.querySelector(
    '.message-attribution-main time[datetime], time[itemprop="datePublished"], time.u-dt',
  );
  const link =
    timeEl?.closest('a[href]')?.getAttribute('href') ??
    article
      .querySelector('.message-attribution-opposite a[href*="/post-"], a[href*="/posts/"]')
      ?.getAttribute('href');
  const quoted = wrapper
    ?.querySelector('blockquote.bbCodeBlock--quote[data-source^="post:"]')
    ?.getAttribute('data-source');
  const stamp = timeEl?.getAttribute('data-timestamp');
  return {
    id,
    author: article.getAttribute('data-author') || textAt(article, '.message-name .username') || 'unknown',
    permalink: absolute(link, base) || new URL(`/posts/${id}/`, base).href,
    text: deleted ? '' : (body?.text ?? ''),
    score: scoreOf(article),
    accepted:
      article.classList.contains('message--solution') ||
      article.querySelector('.message-solutionBadge, .solutionBadge') !== null,
    time:
      stamp && /^\d+$/.test(stamp) ? toIso(Number(stamp) * 1000) : toIso(timeEl?.getAttribute('datetime')),
    parentId: /post:\s*(\d+)/.exec(quoted ?? '')?.[1] ?? null,
    deleted,
    quotes: body?.quotes ?? [],
    code: body?.code ?? [],
    links: body?.links ?? [],
  };
}

export const xenforo = defineAdapter({
  id: 'xenforo',
  name: 'XenForo',
  scoreNoun: 'reactions',
  matches: [],

  detect(doc, url) {
    return (
      isXenforo(doc) &&
      (postArticles(doc).length > 0 || xf1Posts(doc).length > 0) &&
      threadIdOf(doc, url) !== null
    );
  },

  postBody(doc, postId) {
    if (!/^\d+$/.test(postId)) return null;
    return (
      doc.querySelector(`article.message[data-content="post-${postId}"] .message-body .bbWrapper`) ??
      doc.querySelector(`ol#messageList > li#post-${postId} blockquote.messageText`)
    );
  },

  *read(doc, url) {
    const threadId = threadIdOf(doc, url);
    if (!threadId) return null;
    const canonical = canonicalUrl(doc, url);
    // Question threads repeat the solution in a highlighted copy above the stream: a post
    // seen twice is the solution, and it keeps its place in the stream (the later copy).
    const byId = new Map<string, Post>();
    const v2 = postArticles(doc);
    // XenForo 1 writes links relative to a <base href>, which a parsed page does not apply.
    const baseHref = absolute(doc.querySelector('base[href]')?.getAttribute('href'), canonical);
    const base = baseHref ? new URL(baseHref) : canonical;
    const read =
      v2.length > 0
        ? yield* eachPost(v2, (a) => readPost(a, base))
        : yield* eachPost(xf1Posts(doc), (li) => readXf1(li, base));
    for (const post of read) {
      const earlier = byId.get(post.id);
      if (earlier) {
        byId.delete(post.id);
        post.accepted = true;
      }
      byId.set(post.id, post);
    }
    const posts = [...byId.values()];
    if (posts.length === 0) return null;
    const threadUrl = canonical.href.replace(/\/page-\d+\/?$/, '/');
    const title = textAt(doc, '.p-title-value') || textAt(doc, '.titleBar h1') || tidy(doc.title);
    // Page 2+ starts mid-thread: its first post is a reply like the others.
    const page = Number(/\/page-(\d+)\/?$/.exec(canonical.pathname)?.[1] ?? 1) || 1;
    const { question, answers } = splitTopicPage(
      posts,
      { id: `thread-${threadId}`, url: threadUrl, title },
      page,
    );
    return {
      id: `xenforo:${canonical.hostname}:${threadId}`,
      site: 'xenforo',
      url: threadUrl,
      title,
      question,
      answers,
      part: page,
    } satisfies Thread;
  },
});
