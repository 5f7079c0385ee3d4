/**
 * DOM reading helpers shared by every adapter. They use only `textContent`, attributes
 * and tree walking, so they give the same result on a live page and under linkedom.
 */

/** Block elements (by `localName`): a line break before and after their text. */
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
  'details',
  'summary',
]);
/** Elements whose text is never a post's words (by `localName`). */
const SKIP = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'button',
  'iframe',
  'object',
  'select',
  'textarea',
]);

export interface PostBody {
  text: string;
  quotes: string[];
  code: string[];
  links: string[];
}

export interface ReadOptions {
  /** Base for resolving relative links. */
  base: URL;
  /** Elements matching this are quotations of other posts (default: blockquote). */
  quoteSelector?: string;
  /** Elements matching this are left out entirely (bylines, vote widgets, signatures). */
  skipSelector?: string;
}

/** Collapses runs of spaces, keeps line structure, trims blank runs to one empty line. */
export function tidy(text: string): string {
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Structural line break while reading; whitespace in the page's own text is collapsed around it. */
const LINE = '\u0001';
/** Code block placeholder `\u0002<index>\u0003`: code keeps its own line breaks and spaces. */
// eslint-disable-next-line no-control-regex -- the markers are control characters on purpose: pages never contain them
const CODE = /\u0002(\d+)\u0003/g;

/**
 * A whitespace run that is more than a lone space, with the line markers in it: each becomes
 * one space, or one or two line breaks (as many as the markers in it, at most two). A lone
 * space between two words, by far the most common gap, is not even matched.
 */
// eslint-disable-next-line no-control-regex -- LINE is a control character on purpose
const GAP = /[\s\u0001]{2,}|[^\S ]|\u0001/g;

function gapText(run: string): string {
  let lines = 0;
  for (let i = 0; i < run.length && lines < 2; i++) if (run.charCodeAt(i) === 1) lines++;
  return lines === 0 ? ' ' : lines === 1 ? '\n' : '\n\n';
}

/**
 * Turns the raw reading (page text + markers) into tidy text in one pass over the string:
 * whitespace collapsed, markers turned into line breaks, code put back in place.
 */
function finish(raw: string, code: readonly string[]): string {
  let t = raw.replace(GAP, gapText);
  if (code.length > 0) {
    t = t.replace(CODE, (_, i: string) => code[Number(i)] ?? '');
    if (t.includes('\n\n\n')) t = t.replace(/\n{3,}/g, '\n\n');
  }
  return t.trim();
}

/** What one reading of a post body collects while it walks. */
interface Walk {
  options: ReadOptions;
  quoteSet: Set<Element> | null;
  skipSet: Set<Element> | null;
  out: string;
  quoteStarts: number[];
  quoteEnds: number[];
  code: string[];
  links: string[];
}

/** Reads the children of `parent` into `w`: text as it stands, markers for structure. */
function walkChildren(parent: Node, w: Walk): void {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    const type = node.nodeType;
    if (type === 3) {
      w.out += (node as Text).data;
      continue;
    }
    if (type !== 1) continue;
    const el = node as Element;
    const tag = el.localName;
    if (SKIP.has(tag) || w.skipSet?.has(el)) continue;
    if (tag === 'br') {
      w.out += LINE;
      continue;
    }
    if (tag === 'pre') {
      const body = (el.textContent ?? '').replace(/\s+$/, '');
      if (body) {
        w.code.push(body);
        w.out += `${LINE}${LINE}\u0002${w.code.length - 1}\u0003${LINE}${LINE}`;
      }
      continue;
    }
    if (tag === 'a') {
      const href = el.getAttribute('href');
      if (href && !href.startsWith('#')) {
        try {
          const abs = new URL(href, w.options.base);
          if (abs.protocol === 'http:' || abs.protocol === 'https:') w.links.push(abs.href);
        } catch {
          /* unparsable href: the text still counts */
        }
      }
    }
    const isQuote = w.quoteSet ? w.quoteSet.has(el) : tag === 'blockquote';
    const block = BLOCK.has(tag);
    // An element with no element inside is only text: one read instead of a walk.
    const leaf = el.firstElementChild === null;
    if (!block && !isQuote) {
      if (leaf) w.out += el.textContent ?? '';
      else walkChildren(el, w);
      continue;
    }
    const gap = !block ? '' : tag === 'p' || tag === 'blockquote' ? LINE + LINE : LINE;
    w.out += gap;
    const startAt = w.out.length;
    if (leaf) w.out += el.textContent ?? '';
    else walkChildren(el, w);
    if (isQuote) {
      w.quoteStarts.push(startAt);
      w.quoteEnds.push(w.out.length);
    }
    w.out += gap;
  }
}

/**
 * Reads a post body: its visible text in reading order, plus the quotes, code and links in it.
 * Hot path (every post of every thread page): one walk, raw text concatenated, whitespace
 * collapsed once at the end rather than per text node.
 */
export function readPostBody(root: Element, options: ReadOptions): PostBody {
  // Matching sets are collected once per post: `el.matches()` on every element re-parses the
  // selector under linkedom and adds up in the browser too.
  const w: Walk = {
    options,
    quoteSet: options.quoteSelector
      ? new Set(Array.from(root.querySelectorAll(options.quoteSelector)))
      : null,
    skipSet: options.skipSelector ? new Set(Array.from(root.querySelectorAll(options.skipSelector))) : null,
    out: '',
    quoteStarts: [],
    quoteEnds: [],
    code: [],
    links: [],
  };
  if (w.skipSet?.size === 0) w.skipSet = null;
  walkChildren(root, w);
  const quotes: string[] = [];
  for (let i = 0; i < w.quoteStarts.length; i++) {
    const q = finish(w.out.slice(w.quoteStarts[i], w.quoteEnds[i]), w.code);
    if (q) quotes.push(q);
  }
  const links = w.links.length > 1 ? [...new Set(w.links)] : w.links;
  return { text: finish(w.out, w.code), quotes, code: w.code, links };
}

/** Trimmed text of the first match, or '' */
export function textAt(root: ParentNode, selector: string): string {
  const el = root.querySelector(selector);
  return el ? tidy(el.textContent ?? '').replace(/\s+/g, ' ') : '';
}

/** First integer in a string such as "5 favorites" or "1,234 points"; null when there is none. */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /-?\d[\d,.\u202f\u00a0 ]*/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(/[,.\u202f\u00a0 ]/g, ''));
  return Number.isFinite(n) ? n : null;
}

/** Resolves an href against a base; '' when it cannot be parsed. */
export function absolute(href: string | null | undefined, base: URL): string {
  if (!href) return '';
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

/** The page's canonical URL (link rel=canonical, then og:url), or the given URL. */
export function canonicalUrl(doc: Document, url: URL): URL {
  const href =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (href) {
    try {
      return new URL(href, url);
    } catch {
      /* fall through */
    }
  }
  return url;
}

/** ISO string for a parsable date, else null. */
export function toIso(value: string | number | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
