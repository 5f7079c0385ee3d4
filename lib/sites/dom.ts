/**
 * DOM reading helpers shared by every adapter. They use only `textContent`, attributes
 * and tree walking, so they give the same result on a live page and under linkedom.
 */

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TR',
  'UL',
  'DETAILS',
  'SUMMARY',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'BUTTON',
  'IFRAME',
  'OBJECT',
  'SELECT',
  'TEXTAREA',
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

/** Turns the raw reading (page text + markers) into tidy text in one pass over the string. */
function finish(raw: string, code: readonly string[]): string {
  // eslint-disable-next-line no-control-regex -- LINE is a control character on purpose
  let t = raw.replace(/\s+/g, ' ').replace(/ ?\u0001 ?/g, '\n');
  if (code.length > 0) t = t.replace(CODE, (_, i: string) => code[Number(i)] ?? '');
  return t.replace(/\n{3,}/g, '\n\n').trim();
}

/**
 * Reads a post body: its visible text in reading order, plus the quotes, code and links in it.
 * Hot path (every post of every thread page): one walk, raw text concatenated, whitespace
 * collapsed once at the end rather than per text node.
 */
export function readPostBody(root: Element, options: ReadOptions): PostBody {
  // Matching sets are collected once per post: `el.matches()` on every element re-parses the
  // selector under linkedom and adds up in the browser too.
  const quoteSet = options.quoteSelector
    ? new Set(Array.from(root.querySelectorAll(options.quoteSelector)))
    : null;
  const skipSet = options.skipSelector
    ? new Set(Array.from(root.querySelectorAll(options.skipSelector)))
    : null;
  const quoteStarts: number[] = [];
  const quoteEnds: number[] = [];
  const code: string[] = [];
  const links: string[] = [];
  let out = '';

  const walk = (node: Node): void => {
    const type = node.nodeType;
    if (type === 3) {
      out += node.nodeValue ?? '';
      return;
    }
    if (type !== 1) return;
    const el = node as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (skipSet?.has(el)) return;
    if (tag === 'BR') {
      out += LINE;
      return;
    }
    if (tag === 'PRE') {
      const body = (el.textContent ?? '').replace(/\s+$/, '');
      if (body) {
        code.push(body);
        out += `${LINE}${LINE}\u0002${code.length - 1}\u0003${LINE}${LINE}`;
      }
      return;
    }
    if (tag === 'A') {
      const href = el.getAttribute('href');
      if (href && !href.startsWith('#')) {
        try {
          const abs = new URL(href, options.base);
          if (abs.protocol === 'http:' || abs.protocol === 'https:') links.push(abs.href);
        } catch {
          /* unparsable href: the text still counts */
        }
      }
    }
    const isQuote = quoteSet ? quoteSet.has(el) : tag === 'BLOCKQUOTE';
    const block = BLOCK.has(tag);
    const gap = tag === 'P' || tag === 'BLOCKQUOTE' ? LINE + LINE : LINE;
    if (block) out += gap;
    const startAt = out.length;
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c);
    if (isQuote) {
      quoteStarts.push(startAt);
      quoteEnds.push(out.length);
    }
    if (block) out += gap;
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c);
  const quotes: string[] = [];
  for (let i = 0; i < quoteStarts.length; i++) {
    const q = finish(out.slice(quoteStarts[i], quoteEnds[i]), code);
    if (q) quotes.push(q);
  }
  return { text: finish(out, code), quotes, code, links: [...new Set(links)] };
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
