import type { Post, Thread } from '../model';
import { defineAdapter, eachPost, runToEnd } from './reading';
import { canonicalUrl, readPostBody, tidy, toIso } from './dom';

/**
 * Any page that describes its thread with schema.org: a `QAPage` (its `Question` with
 * `acceptedAnswer` / `suggestedAnswer`s) or a `DiscussionForumPosting` (with `comment`s),
 * as JSON-LD (also inside `@graph` arrays) or as microdata. A fallback: it runs only when no
 * site or software adapter claimed the page.
 *
 * It claims a page only when the structured data carries the whole thread: a posting that
 * says it has 6 comments but lists none (GitHub issues do this) is a summary, not a thread.
 */

/** One schema.org item, whichever syntax it came from. */
interface Item {
  types: string[];
  /** First plain value of a property (text, URL or date). */
  value(prop: string): string | null;
  /** Nested items of a property (or one item per array entry). */
  items(prop: string): Item[];
  /** The element holding a property's rich text, when the item is microdata. */
  element(prop: string): Element | null;
}

const TYPE_RE = /(?:^|\/)(QAPage|Question|Answer|DiscussionForumPosting|Comment|SocialMediaPosting)$/;

function typeNames(raw: unknown): string[] {
  const list = Array.isArray(raw) ? raw : [raw];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#]/, ''));
}

// ---- JSON-LD -------------------------------------------------------------------------

type Json = Record<string, unknown>;

function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function jsonItem(obj: Json): Item {
  const first = (prop: string): unknown => {
    const v = obj[prop];
    return Array.isArray(v) ? v[0] : v;
  };
  return {
    types: typeNames(obj['@type']),
    value(prop) {
      const v = first(prop);
      if (typeof v === 'string') return v;
      if (typeof v === 'number') return String(v);
      if (isObject(v)) {
        const inner = v['name'] ?? v['@id'] ?? v['url'];
        return typeof inner === 'string' ? inner : null;
      }
      return null;
    },
    items(prop) {
      const v = obj[prop];
      return (Array.isArray(v) ? v : [v]).filter(isObject).map(jsonItem);
    },
    element() {
      return null;
    },
  };
}

/** Every object in every JSON-LD block, `@graph` arrays and nesting flattened. */
function jsonLdObjects(doc: Document): Json[] {
  const out: Json[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 6) return;
    if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (isObject(v)) {
      out.push(v);
      if (Array.isArray(v['@graph'])) visit(v['@graph'], depth + 1);
    }
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      /* a broken block says nothing */
    }
  }
  return out;
}

// ---- Microdata -----------------------------------------------------------------------

/** Elements carrying `prop` that belong to this item itself, not to an item nested in it. */
function ownProps(scope: Element, prop: string): Element[] {
  return Array.from(scope.querySelectorAll('[itemprop]')).filter((el) => {
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/);
    if (!names.includes(prop)) return false;
    const owner = el.parentElement?.closest('[itemscope]');
    return owner === scope;
  });
}

function microValue(el: Element): string {
  const tag = el.tagName.toLowerCase();
  if (el.hasAttribute('content')) return el.getAttribute('content') ?? '';
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') ?? '';
  if (tag === 'a' || tag === 'link') return el.getAttribute('href') ?? '';
  if (tag === 'meta') return el.getAttribute('content') ?? '';
  return tidy(el.textContent ?? '');
}

function microItem(scope: Element): Item {
  return {
    types: typeNames((scope.getAttribute('itemtype') ?? '').split(/\s+/)),
    value(prop) {
      const el = ownProps(scope, prop)[0];
      if (!el) return null;
      if (el.hasAttribute('itemscope')) {
        const name = ownProps(el, 'name')[0];
        return name ? microValue(name) : tidy(el.textContent ?? '');
      }
      return microValue(el);
    },
    items(prop) {
      return ownProps(scope, prop)
        .filter((el) => el.hasAttribute('itemscope'))
        .map(microItem);
    },
    element(prop) {
      return ownProps(scope, prop)[0] ?? null;
    },
  };
}

// ---- Reading a thread ----------------------------------------------------------------

function is(item: Item, type: string): boolean {
  return item.types.includes(type);
}

/** The thread's root: a QAPage's Question, a bare Question, or a DiscussionForumPosting. */
function findRoot(doc: Document): Item | null {
  const candidates: Item[] = [
    ...jsonLdObjects(doc).map(jsonItem),
    ...Array.from(doc.querySelectorAll('[itemscope][itemtype]'))
      .filter((el) => TYPE_RE.test((el.getAttribute('itemtype') ?? '').trim()))
      // Only top-level items: an Answer inside a Question is read through its Question.
      .filter(
        (el) =>
          !el.parentElement?.closest('[itemscope][itemtype]') || el.closest('[itemtype$="QAPage"]') === el,
      )
      .map(microItem),
  ];
  for (const c of candidates) {
    if (is(c, 'QAPage')) {
      const q = c.items('mainEntity').find((m) => is(m, 'Question'));
      if (q) return q;
    }
  }
  return (
    candidates.find((c) => is(c, 'Question')) ??
    candidates.find((c) => is(c, 'DiscussionForumPosting')) ??
    null
  );
}

function replies(root: Item): { item: Item; accepted: boolean }[] {
  if (is(root, 'Question')) {
    return [
      ...root.items('acceptedAnswer').map((item) => ({ item, accepted: true })),
      ...root.items('suggestedAnswer').map((item) => ({ item, accepted: false })),
    ];
  }
  return root.items('comment').map((item) => ({ item, accepted: false }));
}

/** How many replies the data says there are (answerCount, commentCount or a CommentAction counter). */
function statedCount(root: Item): number | null {
  const direct = root.value('answerCount') ?? root.value('commentCount');
  if (direct !== null && /^\d+$/.test(direct.trim())) return Number(direct);
  for (const stat of root.items('interactionStatistic')) {
    if (/CommentAction$/.test(stat.value('interactionType') ?? '')) {
      const n = Number(stat.value('userInteractionCount'));
      if (Number.isFinite(n)) return n;
    }
  }
  return null;
}

function score(item: Item): number | null {
  const raw = item.value('upvoteCount');
  if (raw !== null && /^-?\d+$/.test(raw.trim())) return Number(raw);
  for (const stat of item.items('interactionStatistic')) {
    if (/LikeAction$/.test(stat.value('interactionType') ?? '')) {
      const n = Number(stat.value('userInteractionCount'));
      if (Number.isFinite(n)) return n;
    }
  }
  return null;
}

function textOf(item: Item, base: URL): ReturnType<typeof readPostBody> {
  for (const prop of ['text', 'articleBody', 'commentText']) {
    const el = item.element(prop);
    if (el) return readPostBody(el, { base });
    const v = item.value(prop);
    if (v) return { text: tidy(v), quotes: [], code: [], links: [] };
  }
  return { text: '', quotes: [], code: [], links: [] };
}

/** A stable id: the number in the item's URL fragment or path end, else its position. */
function idOf(item: Item, fallback: string): string {
  const raw = item.value('url') ?? item.value('@id') ?? item.value('identifier') ?? '';
  const m = /#[^\d]*(\d+)$/.exec(raw) ?? /\/(\d+)\/?(?:[?#].*)?$/.exec(raw) ?? /^(\d+)$/.exec(raw);
  return m ? m[1]! : fallback;
}

function toPost(item: Item, fallbackId: string, page: URL, accepted: boolean, parentId: string | null): Post {
  const body = textOf(item, page);
  const url = item.value('url');
  let permalink = page.href;
  if (url) {
    try {
      permalink = new URL(url, page).href;
    } catch {
      /* keep the page */
    }
  }
  const authors = item.items('author');
  const author = authors[0]?.value('name') ?? item.value('author') ?? 'unknown';
  return {
    id: idOf(item, fallbackId),
    author: tidy(author) || 'unknown',
    permalink,
    text: body.text,
    score: score(item),
    accepted,
    time: toIso(item.value('dateCreated') ?? item.value('datePublished') ?? item.value('commentTime')),
    parentId,
    deleted: false,
    quotes: body.quotes,
    code: body.code,
    links: body.links,
  };
}

function* readThread(doc: Document, url: URL): Generator<void, Thread | null, void> {
  const root = findRoot(doc);
  if (!root) return null;
  const found = replies(root);
  const stated = statedCount(root);
  if (stated !== null && stated > found.length) return null;
  const page = canonicalUrl(doc, url);
  // Without its own URL, the question is known by the thread number in the page address.
  const pathId = /\/(\d+)(?=[-/.]|$)/.exec(page.pathname)?.[1] ?? 'q';
  const question = toPost(root, pathId, page, false, null);
  question.permalink = page.href;
  const answers = yield* eachPost(found, ({ item, accepted }, i) =>
    toPost(item, String(i + 1), page, accepted, null),
  );
  const title = tidy(root.value('name') ?? root.value('headline') ?? doc.title);
  return {
    id: `structured-data:${page.hostname}:${page.pathname}`,
    site: 'structured-data',
    url: page.href,
    title,
    question,
    answers,
  };
}

export const structuredData = defineAdapter({
  id: 'structured-data',
  name: 'Structured data (schema.org)',
  matches: [],

  detect(doc, url) {
    const hasMarkers =
      doc.querySelector(
        '[itemtype*="schema.org/QAPage"], [itemtype*="schema.org/DiscussionForumPosting"], [itemtype*="schema.org/Question"]',
      ) !== null ||
      /QAPage|DiscussionForumPosting|"Question"/.test(
        Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))
          .map((s) => s.textContent ?? '')
          .join('\n'),
      );
    return hasMarkers && runToEnd(readThread(doc, url)) !== null;
  },

  read(doc, url) {
    return readThread(doc, url);
  },
});
