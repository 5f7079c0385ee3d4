/**
 * DOM reading helpers shared by every adapter. They use only `textContent`, attributes
 * and tree walking, so they give the same result on a live page and under linkedom.
 */

/** How the reader treats an element, by `localName`; any other element is inline text. */
const enum Kind {
  /** A line break before and after its text. */
  Block = 1,
  /** A blank line before and after its text. */
  Paragraph,
  /** A paragraph that quotes (unless the adapter says which elements quote). */
  Quote,
  /** Never a post's words (scripts, controls, embedded objects). */
  Skip,
  Break,
  Code,
  Link,
}

const KIND = new Map<string, Kind>([
  ...[
    'address',
    'article',
    'aside',
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
    'section',
    'table',
    'tr',
    'ul',
    'details',
    'summary',
  ].map((tag) => [tag, Kind.Block] as const),
  ['p', Kind.Paragraph],
  ['blockquote', Kind.Quote],
  ...[
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
  ].map((tag) => [tag, Kind.Skip] as const),
  ['br', Kind.Break],
  ['pre', Kind.Code],
  ['a', Kind.Link],
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
  // Most strings (names, labels) need only the trim: one test instead of four replaces.
  if (!/[\u00a0\t\n\v\f\r]| {2}/.test(text)) return text.trim();
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t\f\v\r]+/g, ' ')
    .replace(/ *\n */g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whitespace other than single spaces: a text that has none is appended as it stands. */
const LOOSE = /[\t-\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * One reading of a post body. The text is built as it is read: page text with its whitespace
 * runs collapsed to one space, structural line breaks (at most two in a row, never next to a
 * space), nothing at either end. Breaks and spaces are held back until more text comes, so each
 * piece of text is appended once and nothing is rescanned at the end.
 */
class BodyReader {
  text = '';
  readonly code: string[] = [];
  readonly links: string[] = [];
  /** Start and end offsets in `text` of each quotation, in pairs (null until there is one). */
  quoteMarks: number[] | null = null;
  private breaks = 0;
  private space = false;

  constructor(
    private readonly base: URL,
    private readonly quoteSet: Set<Element> | null,
    private readonly skipSet: Set<Element> | null,
  ) {}

  /** Page text (whitespace not yet collapsed). */
  add(data: string): void {
    // The line break between two tags, the commonest text node of all.
    if (data === '\n' || data === ' ') {
      this.space = true;
      return;
    }
    let t = LOOSE.test(data) ? data.replace(/\s+/g, ' ') : data;
    let start = 0;
    let end = t.length;
    if (end > 0 && t.charCodeAt(0) === 32) {
      this.space = true;
      start = 1;
    }
    if (start >= end) return;
    const trailing = t.charCodeAt(end - 1) === 32;
    if (trailing) end--;
    if (start > 0 || end < t.length) t = t.slice(start, end);
    if (this.text.length > 0) {
      if (this.breaks > 0) this.text += this.breaks === 1 ? '\n' : '\n\n';
      else if (this.space) this.text += ' ';
    }
    this.text += t;
    this.breaks = 0;
    this.space = trailing;
  }

  /**
   * A code block, on lines of its own with its own line breaks and spaces. A text never has
   * more than one blank line in a row, so neither has the code, nor the meeting of the code and
   * the blank line before it; the text never starts with whitespace, so neither does code that
   * opens it.
   */
  private addCode(code: string): void {
    let t = code.includes('\n\n\n') ? code.replace(/\n{3,}/g, '\n\n') : code;
    if (this.text.length === 0) t = t.trimStart();
    else {
      this.text += '\n\n';
      t = t.replace(/^\n+/, '');
    }
    this.text += t;
    this.breaks = 2;
    this.space = false;
  }

  /** Structural line breaks (two make a blank line; more add nothing). */
  lineBreak(n: number): void {
    this.breaks = Math.min(2, this.breaks + n);
  }

  private gap(kind: Kind | undefined): void {
    if (kind === Kind.Block) this.lineBreak(1);
    else if (kind === Kind.Paragraph || kind === Kind.Quote) this.lineBreak(2);
  }

  private link(el: Element): void {
    const href = el.getAttribute('href');
    if (!href || href.startsWith('#')) return;
    try {
      const abs = new URL(href, this.base);
      if (abs.protocol === 'http:' || abs.protocol === 'https:') this.links.push(abs.href);
    } catch {
      /* unparsable href: the text still counts */
    }
  }

  /**
   * Whether an element's text can be read in one go: every element in it is an inline element
   * with only text inside, which the walk would neither skip, break, nor mark as a quote. Its
   * links are collected on the way.
   */
  private flat(el: Element): boolean {
    let child = el.firstElementChild;
    if (child === null) return true;
    const first = child;
    for (; child; child = child.nextElementSibling) {
      if (child.firstElementChild !== null) return false;
      const kind = KIND.get(child.localName);
      if (kind !== undefined && kind !== Kind.Link) return false;
      if (this.skipSet?.has(child) || this.quoteSet?.has(child)) return false;
    }
    for (child = first; child; child = child.nextElementSibling) {
      if (child.localName === 'a') this.link(child);
    }
    return true;
  }

  /** Reads the children of `parent`: text as it stands, line breaks for structure. */
  walk(parent: Node): void {
    for (let node = parent.firstChild; node; node = node.nextSibling) {
      const type = node.nodeType;
      if (type === 3) {
        this.add((node as Text).data);
        continue;
      }
      if (type !== 1) continue;
      const el = node as Element;
      const kind = KIND.get(el.localName);
      if (kind === Kind.Skip || (this.skipSet !== null && this.skipSet.has(el))) continue;
      if (kind === Kind.Break) {
        this.lineBreak(1);
        continue;
      }
      if (kind === Kind.Code) {
        const body = (el.textContent ?? '').replace(/\s+$/, '');
        if (body) {
          this.code.push(body);
          this.addCode(body);
        }
        continue;
      }
      if (kind === Kind.Link) this.link(el);
      const quote = this.quoteSet !== null ? this.quoteSet.has(el) : kind === Kind.Quote;
      this.gap(kind);
      const start = this.text.length;
      // Only text inside, or text and plain inline elements (a paragraph with a link or some
      // code in it): one read of all its text instead of a walk.
      if (this.flat(el)) this.add(el.textContent ?? '');
      else this.walk(el);
      if (quote) (this.quoteMarks ??= []).push(start, this.text.length);
      this.gap(kind);
    }
  }
}

/**
 * Reads a post body: its visible text in reading order, plus the quotes, code and links in it.
 * Hot path (every post of every thread page): one walk, each piece of text appended once.
 */
export function readPostBody(root: Element, options: ReadOptions): PostBody {
  // Matching sets are collected once per post: `el.matches()` on every element re-parses the
  // selector under linkedom and adds up in the browser too.
  const quoteSet = options.quoteSelector
    ? new Set(Array.from(root.querySelectorAll(options.quoteSelector)))
    : null;
  let skipSet = options.skipSelector
    ? new Set(Array.from(root.querySelectorAll(options.skipSelector)))
    : null;
  if (skipSet?.size === 0) skipSet = null;
  const r = new BodyReader(options.base, quoteSet, skipSet);
  r.walk(root);
  const quotes: string[] = [];
  const marks = r.quoteMarks;
  if (marks) {
    for (let i = 0; i < marks.length; i += 2) {
      const q = r.text.slice(marks[i], marks[i + 1]).trim();
      if (q) quotes.push(q);
    }
  }
  const links = r.links.length > 1 ? [...new Set(r.links)] : r.links;
  return { text: r.text, quotes, code: r.code, links };
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

const SIMPLE_PATH = /^\/(?!\/)[\w\-~!$&()*+,;=:@/.]*(?:#[\w\-~!$&()*+,;=:@/.?]*)?$/;

/** A root-relative path the URL parser would keep exactly as it is (no dot segments, escapes or query). */
export function isPlainPath(path: string): boolean {
  return SIMPLE_PATH.test(path) && !path.includes('/.');
}

/** The base's origin when root-relative paths may be joined to it as strings (http and https). */
function joinableOrigin(base: URL): string | null {
  return base.protocol === 'https:' || base.protocol === 'http:' ? base.origin : null;
}

function resolve(href: string | null | undefined, base: URL, origin: string | null): string {
  if (!href) return '';
  // A root-relative path of plain characters resolves to itself on the base's origin: no URL
  // to build for each of a thousand permalinks. Anything else (dot segments, escapes,
  // queries, other schemes) goes through the URL parser.
  if (origin !== null && isPlainPath(href)) return origin + href;
  try {
    return new URL(href, base).href;
  } catch {
    return '';
  }
}

/** Resolves an href against a base; '' when it cannot be parsed. */
export function absolute(href: string | null | undefined, base: URL): string {
  return resolve(href, base, href && href.charCodeAt(0) === 47 ? joinableOrigin(base) : null);
}

/** `absolute` against one base for many hrefs (a permalink per post): the base is read once. */
export function resolverFor(base: URL): (href: string | null | undefined) => string {
  const origin = joinableOrigin(base);
  return (href) => resolve(href, base, origin);
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

/**
 * A UTC stamp in plain ISO form ("2021-01-10T10:00:00Z", "+00:00") with every field in its
 * everyday range (day up to 28: the Date parser decides the rest). The ranges are in the pattern
 * so that one test, with no captures, decides.
 */
const UTC_STAMP =
  /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|1\d|2[0-8])T(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{3})?)?(?:Z|\+00:?00)$/;

/**
 * Such a stamp written back as `toISOString` would, without building a Date (most sites print
 * one per post); null for any other form.
 */
function utcIso(value: string): string | null {
  if (!UTC_STAMP.test(value)) return null;
  // After the minutes (offset 16) comes ':' when there are seconds; after those (19), '.' when
  // there are milliseconds.
  if (value.charCodeAt(16) !== 58) return value.slice(0, 16) + ':00.000Z';
  return value.charCodeAt(19) === 46 ? value.slice(0, 23) + 'Z' : value.slice(0, 19) + '.000Z';
}

/** ISO string for a parsable date, else null. */
export function toIso(value: string | number | Date | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'string') {
    const iso = utcIso(value);
    if (iso) return iso;
  }
  const d = value instanceof Date ? value : new Date(value);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}
