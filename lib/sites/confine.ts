import type { Post, Thread } from '../model';
import { isPlainPath } from './dom';
import { runToEnd } from './reading';

/** The URL when it is http(s), else null. */
function httpUrl(href: string, base?: URL): URL | null {
  try {
    const u = new URL(href, base);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * Whether a canonical host belongs with the page's host: the same host, or one dropping or
 * changing only the first label (old.reddit.com → www.reddit.com, www.metafilter.com →
 * metafilter.com). Without a public-suffix list two hosts under one two-label suffix
 * (a.co.uk, b.co.uk) also pass; a canonical is the site's own markup, not a poster's.
 */
function sameSite(a: string, b: string): boolean {
  const parent = (h: string): string => (h.split('.').length > 2 ? h.slice(h.indexOf('.') + 1) : h);
  return a === b || parent(a) === parent(b) || parent(a) === b || a === parent(b);
}

/**
 * Every link a thread carries ends up as an `href` in the popup, the library and exported
 * Markdown, and a page is written by whoever posts there. So, whatever the adapter read:
 * the thread's URL is http(s) on the page's site (else the page's own URL), and a post's permalink is http(s) on
 * the page's host or the thread's canonical host (else the thread's URL: the post is kept,
 * with a link that still lands on its thread). Links inside post text are filtered the same
 * way by `readPostBody`. Applied once, in `recognise`, so no adapter can forget it.
 */
export function confineThread(thread: Thread, page: URL): Thread {
  return runToEnd(confineSteps(thread, page));
}

/** Posts confined between two yields of `confineSteps`: each is a URL parse or two. */
const CONFINE_BATCH = 50;

/** `confineThread` in steps (it parses every permalink: 5,000 of them are worth a pause or two). */
export function* confineSteps(thread: Thread, page: URL): Generator<void, Thread, void> {
  const canonical = httpUrl(thread.url);
  const threadUrl = canonical && sameSite(canonical.hostname, page.hostname) ? canonical : httpUrl(page.href);
  const safeUrl = threadUrl?.href ?? '';
  const hosts = new Set([page.hostname, threadUrl?.hostname]);
  // A permalink already written as the parser writes it, on an allowed host, stays as it is
  // without parsing it again (thousands of them on a long thread).
  const prefixes = [...hosts].flatMap((h) => (h ? [`https://${h}/`, `http://${h}/`] : []));
  const plain = (href: string): boolean =>
    prefixes.some((prefix) => href.startsWith(prefix) && isPlainPath(href.slice(prefix.length - 1)));
  const confine = (p: Post): Post => {
    let permalink = p.permalink;
    if (!plain(permalink)) {
      const link = httpUrl(permalink, threadUrl ?? undefined);
      permalink = link && hosts.has(link.hostname) ? link.href : safeUrl;
    }
    const links = p.links?.filter((l) => httpUrl(l) !== null);
    return {
      ...p,
      permalink,
      ...(links ? { links } : {}),
    };
  };
  const answers: Post[] = [];
  for (let i = 0; i < thread.answers.length; i++) {
    answers.push(confine(thread.answers[i]!));
    if (i % CONFINE_BATCH === CONFINE_BATCH - 1) yield;
  }
  return {
    ...thread,
    url: safeUrl,
    question: confine(thread.question),
    answers,
  };
}
