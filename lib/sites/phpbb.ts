import type { Post, Thread } from '../model';
import { defineAdapter, eachPost } from './reading';
import { readPostBody, textAt, tidy, toIso } from './dom';
import { monthNumber, zonedIso } from './time';
import { splitTopicPage } from './paged-topic';

/**
 * phpBB 3 (prosilver and its derivatives) on any host. Each post is `div.post#p<id>` with
 * a `.postbody` holding the byline (`.author`) and the text (`.content`). phpBB has no
 * votes and no accepted answers.
 */

function isPhpbb(doc: Document): boolean {
  if (doc.querySelector('body#phpbb')) return true;
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content') ?? '';
  if (/phpBB/i.test(generator)) return true;
  return doc.querySelector('a[href="https://www.phpbb.com/"], a[href="http://www.phpbb.com/"]') !== null;
}

function postElements(doc: Document): Element[] {
  return Array.from(doc.querySelectorAll('div.post[id]')).filter(
    (el) => /^p\d+$/.test(el.getAttribute('id') ?? '') && el.querySelector('.postbody .content') !== null,
  );
}

/** A query parameter from the page address or from any link naming the topic. */
function topicIdOf(doc: Document, url: URL): string | null {
  const fromUrl = url.searchParams.get('t');
  if (fromUrl && /^\d+$/.test(fromUrl)) return fromUrl;
  const hrefs = [
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    doc.querySelector('h2.topic-title a, h2 a[href*="t="]')?.getAttribute('href'),
  ];
  for (const href of hrefs) {
    const m = /[?&;]t=(\d+)/.exec(href ?? '');
    if (m) return m[1]!;
  }
  return null;
}

/** 1 on the topic's first page. Read from the pagination's current page, else `start=`. */
function pageNumber(doc: Document, url: URL): number {
  const active = doc.querySelector('.pagination li.active span, .pagination li.active, .pagination strong');
  const n = Number(tidy(active?.textContent ?? ''));
  if (Number.isInteger(n) && n > 0) return n;
  const start = Number(url.searchParams.get('start') ?? 0);
  return start > 0 ? 2 : 1;
}

/**
 * The board's clock, from the footer's "All times are <span title="Europe/Berlin">UTC+02:00</span>"
 * (phpBB 3.1+: a named zone, whose daylight saving applies to each date) or a fixed offset
 * ("UTC-06:00", or 3.0's "UTC - 6 hours"). Null when the page does not say.
 */
type BoardClock = { zone: string } | { offset: number };

function boardClock(doc: Document): BoardClock | null {
  for (const span of Array.from(doc.querySelectorAll('span[title]'))) {
    const zone = span.getAttribute('title') ?? '';
    if (
      /^[A-Za-z]+\/[A-Za-z_+-]+/.test(zone) &&
      /All times are/i.test(span.parentElement?.textContent ?? '')
    ) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: zone });
        return { zone };
      } catch {
        /* not a zone this runtime knows: use the printed offset */
      }
    }
  }
  const text = tidy(doc.documentElement?.textContent ?? '').replace(/\s+/g, ' ');
  const m = /All times are (?:UTC|GMT)\s*(?:([+-−])\s*(\d{1,2})(?::(\d{2}))?(?:\s*hours?)?)?/i.exec(text);
  if (!m) return null;
  if (!m[1]) return { offset: 0 };
  const sign = m[1] === '+' ? 1 : -1;
  return { offset: sign * (Number(m[2]) * 60 + Number(m[3] ?? 0)) };
}

/** Parses the board's printed date ("05 Apr 2018 14:09", "Thu Apr 05, 2018 2:09 pm"). */
function printedTime(text: string, clock: BoardClock | null): string | null {
  if (clock === null) return null;
  const dmy = /(\d{1,2})\s+([A-Z][a-z]{2,8})\s+(\d{4})/.exec(text);
  const mdy = /([A-Z][a-z]{2,8})\s+(\d{1,2}),?\s+(\d{4})/.exec(text);
  const hm = /(\d{1,2}):(\d{2})\s*([ap]\.?m\.?)?/i.exec(text);
  let day: number, month: number, year: number;
  if (dmy && monthNumber(dmy[2]!))
    [day, month, year] = [Number(dmy[1]), monthNumber(dmy[2]!), Number(dmy[3])];
  else if (mdy && monthNumber(mdy[1]!))
    [day, month, year] = [Number(mdy[2]), monthNumber(mdy[1]!), Number(mdy[3])];
  else return null;
  let hour = hm ? Number(hm[1]) : 0;
  if (hm?.[3]) hour = (hour % 12) + (/^p/i.test(hm[3]) ? 12 : 0);
  const minute = hm ? Number(hm[2]) : 0;
  if ('zone' in clock) return zonedIso(year, month, day, hour, minute, clock.zone);
  return toIso(Date.UTC(year, month - 1, day, hour, minute) - clock.offset * 60000);
}

function readPost(el: Element, base: URL, clock: BoardClock | null): Post {
  const id = el.getAttribute('id')!.slice(1);
  const deleted = el.classList.contains('deleted');
  const byline = el.querySelector('.postbody .author');
  const content = el.querySelector('.postbody .content')!;
  // The code box's "Code: Select all" header is chrome, not the author's words.
  const body = readPostBody(content, {
    base,
    // A quote's <cite> ("alice wrote: ↑ date") names its source; it is not quoted text.
    skipSelector: '.codebox > p, .codebox > dt, .signature, blockquote cite',
  });
  const author =
    textAt(byline ?? el, '.username, .username-coloured') ||
    textAt(el, '.postprofile .username, .postprofile .username-coloured') ||
    'unknown';
  const stamp = byline?.querySelector('time[datetime]')?.getAttribute('datetime');
  // The text after the last "»" in the byline is the date.
  const bylineText = tidy(byline?.textContent ?? '');
  const printed = bylineText.slice(bylineText.lastIndexOf('»') + 1);
  const quoted = content.querySelector('blockquote cite a[data-post-id], blockquote cite a[href*="p="]');
  const parent =
    quoted?.getAttribute('data-post-id') ??
    /[?&]p=(\d+)/.exec(quoted?.getAttribute('href') ?? '')?.[1] ??
    null;
  return {
    id,
    author,
    permalink: new URL(`viewtopic.php?p=${id}#p${id}`, base).href,
    // A soft-deleted post (shown to moderators) keeps its place but not its words.
    text: deleted ? '' : body.text,
    score: null,
    accepted: false,
    time: stamp ? toIso(stamp) : printedTime(printed, clock),
    parentId: parent && parent !== id ? parent : null,
    deleted,
    quotes: body.quotes,
    code: body.code,
    links: body.links,
  };
}

export const phpbb = defineAdapter({
  id: 'phpbb',
  name: 'phpBB',
  matches: [],

  detect(doc) {
    return isPhpbb(doc) && postElements(doc).length > 0;
  },

  postBody(doc, postId) {
    return /^\d+$/.test(postId) ? doc.querySelector(`#p${postId} .postbody .content`) : null;
  },

  *read(doc, url) {
    const topicId = topicIdOf(doc, url);
    const els = postElements(doc);
    if (!topicId || els.length === 0) return null;
    const clock = boardClock(doc);
    const posts = yield* eachPost(els, (el) => readPost(el, url, clock));
    const topicUrl = new URL(`viewtopic.php?t=${topicId}`, url).href;
    const title =
      textAt(doc, 'h2.topic-title') || textAt(doc, '#page-body h2') || tidy(doc.title.split(' - ')[0] ?? '');
    // Past page 1 every post shown is a reply; the opening post lives on page 1.
    const page = pageNumber(doc, url);
    const { question, answers } = splitTopicPage(posts, { id: `t${topicId}`, url: topicUrl, title }, page);
    return {
      id: `phpbb:${url.hostname}:${topicId}`,
      site: 'phpbb',
      url: topicUrl,
      title,
      question,
      answers,
      part: page,
    } satisfies Thread;
  },
});
