import type { Post, Thread } from '../model';
import { defineAdapter } from './reading';
import { absolute, canonicalUrl, parseCount, readPostBody, textAt, tidy, toIso } from './dom';

/**
 * Askbot (ask.openstack.org, askbot.org and other Q&A sites built on it). The question is
 * `.js-question[data-post-id]`, each answer `.post.answer[data-post-id]`, and comments
 * under either are `.js-comment[data-comment-id]`. Comments are returned as answers whose
 * `parentId` is the post they comment on: they often carry the fix.
 */

function isAskbot(doc: Document): boolean {
  if (doc.querySelector('.js-question[data-post-id]') === null) return false;
  // Askbot's templates call into its own `askbot` script object and credit it in the footer.
  if (Array.from(doc.querySelectorAll('script')).some((s) => /\baskbot\[/.test(s.textContent ?? '')))
    return true;
  return /Powered by Askbot/i.test(doc.documentElement?.textContent ?? '');
}

/** "2013-04-05 19:10:34 -0600" (Askbot's `abbr.timeago` title) → ISO instant. */
function askbotTime(root: Element): string | null {
  const title = root.querySelector('abbr.timeago')?.getAttribute('title') ?? '';
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2})\s*([+-]\d{2}):?(\d{2})$/.exec(title.trim());
  if (m) return toIso(`${m[1]}T${m[2]}${m[3]}:${m[4]}`);
  return toIso(title || null);
}

/** Author of a question or answer: the first `.post-update-info` is the original poster. */
function postAuthor(post: Element): string {
  const info = post.querySelector('.post-update-info');
  if (!info) return 'unknown';
  const named = textAt(info, '.user-info a');
  if (named) return named;
  // Anonymous posts print only a name paragraph under the avatar.
  // A community-wiki answer prints a `.tip` note instead of a name: it has no single author.
  const paras = Array.from(info.querySelectorAll(':scope > p:not(.tip)')).map((p) =>
    tidy(p.textContent ?? ''),
  );
  return paras.find((t) => t && !/^(asked|answered|updated)\b/i.test(t)) ?? 'unknown';
}

function readPost(post: Element, base: URL, threadUrl: string): Post | null {
  const id = post.getAttribute('data-post-id');
  if (!id) return null;
  const body = post.querySelector('.post-body');
  const read = body ? readPostBody(body, { base, skipSelector: '.post-update-info-container' }) : null;
  const permalink = post.querySelector('a.permant-link, a.permanent-link')?.getAttribute('href');
  return {
    id,
    author: postAuthor(post),
    permalink: absolute(permalink, base) || threadUrl,
    text: read?.text ?? '',
    score: parseCount(textAt(post, '.vote-buttons .vote-number')) ?? 0,
    accepted: post.classList.contains('accepted-answer'),
    time: askbotTime(post.querySelector('.post-update-info') ?? post),
    parentId: null,
    deleted: post.classList.contains('deleted'),
    quotes: read?.quotes ?? [],
    code: read?.code ?? [],
    links: read?.links ?? [],
  };
}

function readComment(el: Element, base: URL, threadUrl: string): Post | null {
  const id = el.getAttribute('data-comment-id');
  const parentId = el.closest('[data-parent-post-id]')?.getAttribute('data-parent-post-id') ?? null;
  if (!id) return null;
  const body = el.querySelector('.comment-body');
  const read = body ? readPostBody(body, { base }) : null;
  const url = new URL(threadUrl);
  url.search = `?comment=${id}`;
  url.hash = `post-id-${id}`;
  return {
    id,
    author: textAt(el, '.comment-controls a.author') || 'unknown',
    permalink: url.href,
    text: read?.text ?? '',
    score: parseCount(textAt(el, '.comment-votes .js-score')) ?? 0,
    accepted: false,
    time: askbotTime(el.querySelector('.comment-controls') ?? el),
    parentId,
    deleted: el.classList.contains('deleted'),
    quotes: read?.quotes ?? [],
    code: read?.code ?? [],
    links: read?.links ?? [],
  };
}

export const askbot = defineAdapter({
  id: 'askbot',
  name: 'Askbot',
  scoreNoun: 'votes',
  matches: [],

  detect(doc) {
    return isAskbot(doc);
  },

  postBody(doc, postId) {
    if (!/^\d+$/.test(postId)) return null;
    return (
      doc.querySelector(`[data-post-id="${postId}"] .post-body`) ??
      doc.querySelector(`.js-comment[data-comment-id="${postId}"] .comment-body`)
    );
  },

  *read(doc, url) {
    const canonical = canonicalUrl(doc, url);
    const base = new URL(canonical.origin);
    const qEl = doc.querySelector('.js-question[data-post-id]');
    if (!qEl) return null;
    canonical.hash = '';
    canonical.search = '';
    const threadUrl = canonical.href;
    const question = readPost(qEl, base, threadUrl);
    if (!question) return null;
    question.permalink = threadUrl;
    const answers: Post[] = [];
    // Document order keeps each comment right after the post it belongs to.
    for (const el of Array.from(
      doc.querySelectorAll('.post.answer[data-post-id], .js-comment[data-comment-id]'),
    )) {
      // `.js-templates` holds the blank comment the page's script clones: not a comment.
      if (el.closest('.js-templates')) continue;
      const post = el.classList.contains('answer')
        ? readPost(el, base, threadUrl)
        : readComment(el, base, threadUrl);
      if (post) answers.push(post);
      yield;
    }
    const title = textAt(qEl, 'h1') || textAt(doc, 'h1') || tidy(doc.title);
    return {
      id: `askbot:${canonical.hostname}:${question.id}`,
      site: 'askbot',
      url: threadUrl,
      title,
      question,
      answers,
    } satisfies Thread;
  },
});
