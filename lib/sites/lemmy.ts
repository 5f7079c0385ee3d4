import type { Post, Thread } from '../model';
import { defineAdapter } from './reading';
import { readPostBody, textAt, tidy, toIso } from './dom';

/**
 * Lemmy (lemmy-ui), on any instance. The server-rendered page embeds the API responses it
 * was built from as `window.isoData = {…}`; that JSON (post, comments with their tree
 * `path`, scores, deleted/removed flags) is read first. When a page lacks it, the rendered
 * comment tree (`article#comment-<id>` inside nested `li.comment`) is read instead.
 */

type Json = Record<string, unknown>;

function obj(v: unknown): Json | null {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Json) : null;
}
function str(v: unknown): string | null {
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null;
}
function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

/** The JSON after `window.isoData =` in lemmy-ui's inline script, or null. */
function isoData(doc: Document): Json | null {
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const text = script.textContent ?? '';
    const at = text.indexOf('window.isoData');
    if (at < 0) continue;
    const start = text.indexOf('{', at);
    const end = text.lastIndexOf('}');
    if (start < 0 || end < start) continue;
    // lemmy-ui writes the object with serialize-javascript, which may print `undefined`
    // for absent fields; as a property value that is JSON's null.
    const json = text.slice(start, end + 1).replace(/:undefined(?=[,}])/g, ':null');
    try {
      return obj(JSON.parse(json));
    } catch {
      /* not plain JSON: fall back to the DOM */
    }
  }
  return null;
}

/** `routeData.{postRes,commentsRes}.data` (lemmy-ui 0.18+), tolerating a missing `state`. */
function routeResult(data: Json, key: string): Json | null {
  const res = obj(obj(data['routeData'])?.[key]);
  return obj(res?.['data']) ?? res;
}

function postIdOf(url: URL): string | null {
  return /^\/post\/(\d+)/.exec(url.pathname)?.[1] ?? null;
}

function isLemmy(doc: Document): boolean {
  return (
    doc.querySelector('#app.lemmy-site, .lemmy-site') !== null || isoData(doc)?.['routeData'] !== undefined
  );
}

/** A comment's parent from its tree path "0.<ancestor>.….<self>": null for top-level ones. */
function parentFromPath(path: string | null): string | null {
  const parts = (path ?? '').split('.');
  if (parts.length < 3) return null;
  const parent = parts[parts.length - 2]!;
  return parent === '0' ? null : parent;
}

function* fromIsoData(data: Json, origin: URL, postId: string): Generator<void, Thread | null, void> {
  const postView = obj(routeResult(data, 'postRes')?.['post_view']);
  const post = obj(postView?.['post']);
  if (!post) return null;
  const creator = obj(postView?.['creator']);
  const counts = obj(postView?.['counts']);
  const postUrl = new URL(`/post/${postId}`, origin).href;
  const title = str(post['name']) ?? '';
  const question: Post = {
    id: str(post['id']) ?? postId,
    author: str(creator?.['name']) ?? 'unknown',
    permalink: postUrl,
    text: tidy(str(post['body']) ?? ''),
    score: num(counts?.['score']),
    accepted: false,
    time: toIso(str(post['published'])),
    parentId: null,
    deleted: post['deleted'] === true || post['removed'] === true,
  };
  const list = routeResult(data, 'commentsRes')?.['comments'];
  const answers: Post[] = [];
  for (const entry of Array.isArray(list) ? list : []) {
    const view = obj(entry);
    const comment = obj(view?.['comment']);
    const id = str(comment?.['id']);
    if (!comment || !id) continue;
    const deleted = comment['deleted'] === true || comment['removed'] === true;
    answers.push({
      id,
      author: str(obj(view?.['creator'])?.['name']) ?? 'unknown',
      permalink: new URL(`/comment/${id}`, origin).href,
      // Lemmy keeps a deleted comment's place in the tree but not its words.
      text: deleted ? '' : tidy(str(comment['content']) ?? ''),
      score: num(obj(view?.['counts'])?.['score']),
      accepted: false,
      time: toIso(str(comment['published'])),
      parentId: parentFromPath(str(comment['path'])),
      deleted,
    });
    yield;
  }
  return { id: `lemmy:${origin.hostname}:${postId}`, site: 'lemmy', url: postUrl, title, question, answers };
}

/** The rendered tree, for pages saved without their inline data. */
function* fromDom(doc: Document, origin: URL, postId: string): Generator<void, Thread | null, void> {
  const listing = doc.querySelector('.post-listing');
  if (!listing) return null;
  const postUrl = new URL(`/post/${postId}`, origin).href;
  const body = doc.querySelector('#postContent .md-div, .post-listing ~ * .md-div, .post-listing .md-div');
  const read = body ? readPostBody(body, { base: origin }) : null;
  const question: Post = {
    id: postId,
    author:
      listing.querySelector('a.person-listing')?.getAttribute('title') ??
      (textAt(listing, 'a.person-listing') || 'unknown'),
    permalink: postUrl,
    text: read?.text ?? '',
    score: null,
    accepted: false,
    time: null,
    parentId: null,
    deleted: false,
  };
  const answers: Post[] = [];
  for (const article of Array.from(doc.querySelectorAll('article[id^="comment-"]'))) {
    const id = /^comment-(\d+)$/.exec(article.getAttribute('id') ?? '')?.[1];
    if (!id) continue;
    const parentArticle = article
      .closest('li.comment')
      ?.parentElement?.closest('li.comment')
      ?.querySelector(':scope > article[id^="comment-"]');
    const md = article.querySelector('.md-div');
    const text = md ? readPostBody(md, { base: origin }) : null;
    const person = article.querySelector('a.person-listing');
    answers.push({
      id,
      author: person?.getAttribute('title') ?? (tidy(person?.textContent ?? '') || 'unknown'),
      permalink: new URL(`/comment/${id}`, origin).href,
      text: text?.text ?? '',
      score: null,
      accepted: false,
      time: null,
      parentId: /^comment-(\d+)$/.exec(parentArticle?.getAttribute('id') ?? '')?.[1] ?? null,
      deleted: !md,
    });
    yield;
  }
  const title = textAt(listing, 'h1') || tidy(doc.title);
  return { id: `lemmy:${origin.hostname}:${postId}`, site: 'lemmy', url: postUrl, title, question, answers };
}

export const lemmy = defineAdapter({
  id: 'lemmy',
  name: 'Lemmy',
  scoreNoun: 'points',
  matches: [
    '*://lemmy.world/post/*',
    '*://lemmy.ml/post/*',
    '*://sh.itjust.works/post/*',
    '*://beehaw.org/post/*',
  ],

  detect(doc, url) {
    return postIdOf(url) !== null && isLemmy(doc);
  },

  postBody(doc, postId) {
    if (!/^\d+$/.test(postId)) return null;
    // The post's own body, or a comment's Markdown block (its own, not its replies').
    return (
      doc.querySelector(`article#comment-${postId} .md-div`) ??
      (doc.querySelector('.post-listing a[href="/post/' + postId + '"]')
        ? doc.querySelector('#postContent .md-div')
        : null)
    );
  },

  *read(doc, url) {
    const postId = postIdOf(url);
    if (!postId) return null;
    const origin = new URL(url.origin);
    const data = isoData(doc);
    return (data && (yield* fromIsoData(data, origin, postId))) ?? (yield* fromDom(doc, origin, postId));
  },
});
