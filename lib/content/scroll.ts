interface PostIndex {
  /** Element count when built: a changed page (lazy-loaded comments) rebuilds it. */
  size: number;
  anchors: Map<string, Element>;
  data: Map<string, Element>;
}

const indexes = new WeakMap<Document, PostIndex>();

/**
 * Every post element of the page by id, built in one pass: looking posts up one query at a time
 * scanned the whole page per post (seconds on a 5,000-comment thread).
 */
function postIndex(doc: Document): PostIndex {
  const size = doc.getElementsByTagName('*').length;
  const cached = indexes.get(doc);
  if (cached && cached.size === size) return cached;
  const anchors = new Map<string, Element>();
  for (const a of Array.from(doc.querySelectorAll('a[name]'))) {
    const name = a.getAttribute('name');
    const next = a.nextElementSibling;
    if (name && next && !anchors.has(name)) anchors.set(name, next);
  }
  const data = new Map<string, Element>();
  for (const el of Array.from(doc.querySelectorAll('[data-post-id], [data-answerid], [data-post-number]'))) {
    for (const attr of ['data-post-id', 'data-answerid', 'data-post-number']) {
      const v = el.getAttribute(attr);
      if (v && !data.has(v)) data.set(v, el);
    }
  }
  const index = { size, anchors, data };
  indexes.set(doc, index);
  return index;
}

/** Finds the element of a post on the page by its id (anchors, ids and data attributes sites use). */
export function findPostElement(doc: Document, postId: string): Element | null {
  const index = postIndex(doc);
  return index.anchors.get(postId) ?? doc.getElementById(postId) ?? index.data.get(postId) ?? null;
}

/** Scrolls a post into view and flashes it briefly. Returns false when the post is not on the page. */
export function scrollToPost(doc: Document, postId: string): boolean {
  const el = findPostElement(doc, postId);
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
