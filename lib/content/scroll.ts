import { pageTreeChanged } from './own-nodes';

interface PostIndex {
  /** The page's tree generation when built (see `generation`). */
  generation: number;
  anchors: Map<string, Element>;
  /** Posts by data attribute, built only when an id is found neither by anchor nor by element id. */
  data: Map<string, Element> | null;
}

const indexes = new WeakMap<Document, PostIndex>();
const DATA_ATTRS = ['data-post-id', 'data-answerid', 'data-post-number'];
/** Anchors indexed between two pauses of `indexPosts`. */
const INDEX_BATCH = 200;

interface Tracker {
  generation: number;
  observer: MutationObserver | null;
}
const trackers = new WeakMap<Document, Tracker>();

/**
 * A number that changes whenever the page's tree changed (nodes added or removed, other than
 * the extension's own): an index built at one generation is good until the next. Where there
 * is no MutationObserver, the element count stands in for it.
 */
function generation(doc: Document): number {
  let t = trackers.get(doc);
  if (!t) {
    const Observer = doc.defaultView?.MutationObserver ?? globalThis.MutationObserver;
    t = { generation: 0, observer: null };
    if (typeof Observer === 'function' && doc.documentElement) {
      const tracker = t;
      tracker.observer = new Observer((records) => {
        if (pageTreeChanged(records)) tracker.generation++;
      });
      tracker.observer.observe(doc.documentElement, { childList: true, subtree: true });
    }
    trackers.set(doc, t);
  }
  if (!t.observer) return doc.getElementsByTagName('*').length;
  // Changes made in this very task are not delivered yet: count them now.
  if (pageTreeChanged(t.observer.takeRecords())) t.generation++;
  return t.generation;
}

/**
 * Every post element of the page by id (`<a name>` anchors), built in one pass: looking posts
 * up one query at a time scanned the whole page per post (seconds on a 5,000-comment thread).
 * In steps, so the content script can build it between slices before placing highlights.
 */
export function* indexPosts(doc: Document): Generator<void, PostIndex, void> {
  const now = generation(doc);
  const cached = indexes.get(doc);
  if (cached && cached.generation === now) return cached;
  const anchors = new Map<string, Element>();
  const list = doc.querySelectorAll('a[name]');
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const name = a.getAttribute('name');
    const next = a.nextElementSibling;
    if (name && next && !anchors.has(name)) anchors.set(name, next);
    if (i % INDEX_BATCH === INDEX_BATCH - 1) yield;
  }
  const index: PostIndex = { generation: now, anchors, data: null };
  indexes.set(doc, index);
  return index;
}

function postIndex(doc: Document): PostIndex {
  const cached = indexes.get(doc);
  if (cached && cached.generation === generation(doc)) return cached;
  const steps = indexPosts(doc);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

function dataIndex(doc: Document, index: PostIndex): Map<string, Element> {
  if (index.data) return index.data;
  const data = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll(DATA_ATTRS.map((a) => `[${a}]`).join(', ')))) {
    for (const attr of DATA_ATTRS) {
      const v = el.getAttribute(attr);
      if (v && !data.has(v)) data.set(v, el);
    }
  }
  index.data = data;
  return data;
}

/** Finds the element of a post on the page by its id (anchors, ids and data attributes sites use). */
export function findPostElement(doc: Document, postId: string): Element | null {
  const index = postIndex(doc);
  return index.anchors.get(postId) ?? doc.getElementById(postId) ?? dataIndex(doc, index).get(postId) ?? null;
}

/**
 * Scrolls a post into view and flashes it briefly. Returns false when the post is not on the
 * page. `find` is how the page's posts are found: by default their anchors, ids and data
 * attributes; a site adapter knows its own markup (a XenForo post is `post-<id>`, not `<id>`).
 */
export function scrollToPost(
  doc: Document,
  postId: string,
  find: (postId: string) => Element | null = (id) => findPostElement(doc, id),
): boolean {
  const el = find(postId);
  if (!el) return false;
  el.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
  const html = el as HTMLElement;
  if (typeof html.animate === 'function') {
    html.animate(
      [{ outline: '3px solid #e0a100', outlineOffset: '4px' }, { outline: '3px solid transparent' }],
      {
        duration: 1600,
        easing: 'ease-out',
      },
    );
  }
  return true;
}
