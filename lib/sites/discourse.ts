import type { Post, Thread } from '../model';
import { defineAdapter, eachPost } from './reading';
import { canonicalUrl, parseCount, readPostBody, textAt, tidy, toIso } from './dom';
import { splitTopicPage } from './paged-topic';

/**
 * Discourse, on any host. Two views exist: the server-rendered crawler view (what saved
 * pages and readers without JavaScript get: schema.org microdata, one `.crawler-post` per
 * post) and the live Ember app's post stream (`.topic-post article[data-post-id]`).
 * Recognition is by the software's own markers, never by the host.
 */

/** The Ember app and the crawler view both ship one of these; ordinary sites never do. */
function isDiscourse(doc: Document): boolean {
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (/^Discourse\b/i.test(generator)) return true;
  return (
    doc.querySelector(
      '#data-discourse-setup, meta#data-discourse-setup, [data-discourse-setup], .crawler-post, .topic-post article[data-post-id]',
    ) !== null
  );
}

interface TopicRef {
  id: string;
  slug: string;
}

/** `/t/<slug>/<id>[/<post>]` or `/t/<id>`: from the canonical link first, then the address. */
function topicOf(doc: Document, url: URL): TopicRef | null {
  for (const u of [canonicalUrl(doc, url), url]) {
    const m = /\/t\/(?:([^/]+)\/)?(\d+)(?:\/|$)/.exec(u.pathname);
    if (m) return { id: m[2]!, slug: m[1] ?? '' };
  }
  return null;
}

function crawlerPosts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('.crawler-post'));
}

function livePosts(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('.topic-post article[data-post-id]'));
}

/** The post number of a crawler post: `id="post_5"` (newer) or the `#5` position label. */
function crawlerNumber(el: Element): string | null {
  const byId = /^post_(\d+)$/.exec(el.getAttribute('id') ?? '');
  if (byId) return byId[1]!;
  const pos = el.querySelector('[itemprop="position"]');
  const text = pos?.getAttribute('content') ?? pos?.textContent ?? '';
  const m = /(\d+)/.exec(text);
  return m ? m[1]! : null;
}

function liveNumber(article: Element): string | null {
  const own =
    article.getAttribute('data-post-number') ??
    article.closest('[data-post-number]')?.getAttribute('data-post-number') ??
    article
      .querySelector('a.post-date[data-post-number], [data-post-number]')
      ?.getAttribute('data-post-number');
  if (own && /^\d+$/.test(own)) return own;
  const byId = /^post_(\d+)$/.exec(article.getAttribute('id') ?? '');
  return byId ? byId[1]! : null;
}

/** Like count of a crawler post: the LikeAction counter, which the crawler view always prints. */
function crawlerLikes(el: Element): number {
  for (const stat of Array.from(el.querySelectorAll('[itemprop="interactionStatistic"]'))) {
    const type = stat.querySelector('[itemprop="interactionType"]')?.getAttribute('content') ?? '';
    if (/LikeAction$/.test(type)) {
      return (
        parseCount(stat.querySelector('[itemprop="userInteractionCount"]')?.getAttribute('content')) ?? 0
      );
    }
  }
  return parseCount(textAt(el, '.post-likes')) ?? 0;
}

/** Post numbers named as accepted answers by JSON-LD (`QAPage` → `acceptedAnswer.url`). */
function jsonLdAccepted(doc: Document): Set<string> {
  const out = new Set<string>();
  const visit = (v: unknown, depth: number): void => {
    if (depth > 8 || typeof v !== 'object' || v === null) return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const rec = v as Record<string, unknown>;
    const accepted = rec['acceptedAnswer'];
    for (const a of Array.isArray(accepted) ? accepted : [accepted]) {
      const url = typeof a === 'object' && a !== null ? (a as Record<string, unknown>)['url'] : null;
      const m = typeof url === 'string' ? /\/(\d+)\/?(?:[?#].*)?$/.exec(url) : null;
      if (m) out.add(m[1]!);
    }
    Object.values(rec).forEach((x) => visit(x, depth + 1));
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      /* a broken block names nothing */
    }
  }
  return out;
}

/** A record's field, when the value is a plain object. */
function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
}

/**
 * The post each post replies to, by post number. Neither view prints it: the page preloads the
 * topic for the Ember app (`#data-preloaded`, the topic as a JSON string under `topic_<id>`),
 * whose posts carry `reply_to_post_number`; it covers the posts the page was served with
 * (usually the first twenty). A reply to post 1 answers the topic itself, so it stays top-level.
 * A store that does not parse names no parents.
 */
function replyTargets(doc: Document, topicId: string): Map<string, string | null> {
  const out = new Map<string, string | null>();
  const raw = doc.getElementById('data-preloaded')?.getAttribute('data-preloaded');
  if (!raw) return out;
  try {
    const topic = field(JSON.parse(raw), `topic_${topicId}`);
    const posts = field(field(typeof topic === 'string' ? JSON.parse(topic) : topic, 'post_stream'), 'posts');
    if (!Array.isArray(posts)) return out;
    for (const post of posts) {
      const number = field(post, 'post_number');
      const parent = field(post, 'reply_to_post_number');
      if (typeof number !== 'number' || !Number.isInteger(number)) continue;
      // Known to reply to the topic itself (no parent, or post 1) or to another post.
      out.set(
        String(number),
        typeof parent === 'number' && Number.isInteger(parent) && parent > 1 ? String(parent) : null,
      );
    }
  } catch {
    /* a damaged store names no parents */
  }
  return out;
}

function postPermalink(host: URL, topic: TopicRef, number: string): string {
  const slug = topic.slug ? `${topic.slug}/` : '';
  return new URL(`/t/${slug}${topic.id}/${number}`, host).href;
}

function readCrawlerPost(
  el: Element,
  base: URL,
  topic: TopicRef,
  accepted: Set<string>,
  parents: Map<string, string | null>,
): Post | null {
  const number = crawlerNumber(el);
  if (!number) return null;
  const body = el.querySelector('[itemprop="articleBody"], [itemprop="text"], .post');
  const read = body
    ? readPostBody(body, { base, quoteSelector: 'blockquote', skipSelector: 'aside.quote > .title' })
    : null;
  // Newer crawler views put the first post's datePublished on the topic wrapper instead.
  const published =
    el.querySelector('[itemprop="datePublished"]') ?? el.querySelector('time.post-time[datetime]');
  const author =
    textAt(el, '[itemprop="author"] [itemprop="name"]') || textAt(el, '.creator a') || textAt(el, '.creator');
  return {
    id: number,
    author: author || 'unknown',
    permalink: postPermalink(base, topic, number),
    text: read?.text ?? '',
    score: crawlerLikes(el),
    accepted:
      accepted.has(number) ||
      el.matches('[itemprop="acceptedAnswer"], .accepted-answer') ||
      el.closest('[itemprop="acceptedAnswer"]') !== null,
    time: toIso(published?.getAttribute('content') ?? published?.getAttribute('datetime')),
    parentId: parents.get(number) ?? null,
    deleted: false,
    quotes: read?.quotes ?? [],
    code: read?.code ?? [],
    links: read?.links ?? [],
  };
}

function readLivePost(
  article: Element,
  base: URL,
  topic: TopicRef,
  parents: Map<string, string | null>,
): Post | null {
  const number = liveNumber(article);
  if (!number) return null;
  const wrapper = article.closest('.topic-post') ?? article;
  const cooked = article.querySelector('.cooked');
  const read = cooked
    ? readPostBody(cooked, { base, quoteSelector: 'blockquote', skipSelector: 'aside.quote > .title' })
    : null;
  const author =
    textAt(article, '.names .first.username a') ||
    textAt(article, '.names .username a') ||
    textAt(article, '.names a[data-user-card]') ||
    (article.querySelector('[data-user-card]')?.getAttribute('data-user-card') ?? '');
  const stamp = article
    .querySelector('.post-date [data-time], .relative-date[data-time]')
    ?.getAttribute('data-time');
  const likes = article.querySelector('.like-count, .post-action-menu__like-count, button.button-count.like');
  const deleted = wrapper.classList.contains('deleted') || article.classList.contains('deleted');
  return {
    id: number,
    author: tidy(author) || 'unknown',
    permalink: postPermalink(base, topic, number),
    // A deleted post keeps its place in the stream but its words are a placeholder.
    text: deleted ? '' : (read?.text ?? ''),
    score: parseCount(likes?.textContent) ?? 0,
    accepted: wrapper.classList.contains('accepted-answer') || article.classList.contains('accepted-answer'),
    time: stamp && /^\d+$/.test(stamp) ? toIso(Number(stamp)) : null,
    parentId: parents.get(number) ?? null,
    deleted,
    quotes: read?.quotes ?? [],
    code: read?.code ?? [],
    links: read?.links ?? [],
  };
}

/**
 * Replies the preloaded topic does not cover (posts loaded as the reader scrolls): the live
 * app's "in reply to" tab names the author replied to, not the post. When that author wrote
 * exactly one earlier post on the page, it is the one; when several, or none, the reply keeps
 * no parent rather than a guess. (The tab is left out for a reply to the post right above.)
 */
function tabParents(doc: Document, posts: Post[], known: ReadonlyMap<string, string | null>): void {
  // Few posts carry a tab: one query for the page, not one per post.
  const named = new Map<string, string>();
  for (const tab of Array.from(doc.querySelectorAll('article .reply-to-tab'))) {
    const article = tab.closest('article');
    const number = article ? liveNumber(article) : null;
    const name = tidy(tab.querySelector('span')?.textContent ?? '').toLowerCase();
    if (number && name && !known.has(number)) named.set(number, name);
  }
  if (named.size === 0) return;
  // One pass in page order: each author's earlier posts, counted as they go by.
  const earlier = new Map<string, { count: number; id: string }>();
  for (const post of posts) {
    const name = named.get(post.id);
    const theirs = name === undefined ? undefined : earlier.get(name);
    // A reply to post 1 answers the topic itself: it stays top-level.
    if (theirs && theirs.count === 1 && theirs.id !== '1') post.parentId = theirs.id;
    const author = post.author.toLowerCase();
    const seen = earlier.get(author);
    earlier.set(author, { count: (seen?.count ?? 0) + 1, id: post.id });
  }
}

function topicTitle(doc: Document): string {
  return (
    textAt(doc, '#topic-title .fancy-title') ||
    textAt(doc, '.crawler-topic-title') ||
    textAt(doc, '#topic-title h1') ||
    doc.querySelector('[itemprop="headline"]')?.getAttribute('content')?.trim() ||
    doc.querySelector('meta[property="og:title"]')?.getAttribute('content')?.trim() ||
    textAt(doc, 'title')
  );
}

export const discourse = defineAdapter({
  id: 'discourse',
  name: 'Discourse',
  scoreNoun: 'likes',
  // Well-known instances get the content script up front; any other Discourse is read on request.
  matches: [
    '*://meta.discourse.org/*',
    '*://forum.ionicframework.com/*',
    '*://discuss.python.org/*',
    '*://users.rust-lang.org/*',
    '*://community.home-assistant.io/*',
    '*://discourse.mozilla.org/*',
  ],

  detect(doc, url) {
    if (!isDiscourse(doc) || !topicOf(doc, url)) return false;
    return crawlerPosts(doc).length > 0 || livePosts(doc).length > 0;
  },

  postBody(doc, postId) {
    // Live app: article#post_N; crawler view: div#post_N (newer) or the post whose position is N.
    const live = doc.querySelector(`article#post_${postId} .cooked`);
    if (live) return live;
    const crawler =
      doc.querySelector(`.crawler-post#post_${postId}`) ??
      crawlerPosts(doc).find((el) => crawlerNumber(el) === postId);
    return crawler?.querySelector('[itemprop="articleBody"], [itemprop="text"], .post') ?? null;
  },

  *read(doc, url) {
    const topic = topicOf(doc, url);
    if (!topic) return null;
    const base = new URL(url.origin);
    // The live app replaces the crawler markup once it boots; prefer whichever is present.
    const live = livePosts(doc);
    const accepted = jsonLdAccepted(doc);
    const parents = replyTargets(doc, topic.id);
    const posts =
      live.length > 0
        ? yield* eachPost(live, (el) => readLivePost(el, base, topic, parents))
        : yield* eachPost(crawlerPosts(doc), (el) => readCrawlerPost(el, base, topic, accepted, parents));
    if (posts.length === 0) return null;
    if (live.length > 0) tabParents(doc, posts, parents);

    const title = topicTitle(doc);
    const topicUrl = postPermalink(base, topic, '').replace(/\/$/, '');
    // A later page of a long topic (the crawler view's `?page=2`, the app opened mid-topic)
    // starts past post 1: every post on it is a reply.
    const page = posts[0]!.id === '1' ? 1 : Math.max(2, Number(url.searchParams.get('page')) || 2);
    const { question, answers } = splitTopicPage(posts, { id: '1', url: topicUrl, title }, page);
    return {
      id: `discourse:${url.hostname}:${topic.id}`,
      site: 'discourse',
      url: topicUrl,
      title,
      question,
      answers,
      part: page,
    } satisfies Thread;
  },
});
