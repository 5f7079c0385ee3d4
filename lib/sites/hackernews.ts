import type { Post, Thread } from '../model';
import { defineAdapter } from './reading';
import { absolute, readPostBody, tidy, toIso } from './dom';

/**
 * Hacker News item pages (`/item?id=<id>`): the story, Ask HN text or parent comment in
 * `table.fatitem`, then a flat `table.comment-tree` of `tr.athing.comtr` rows whose
 * nesting is only their indent (`indent` attribute since 2022, the spacer image's width
 * of 40px per level before).
 */

const ORIGIN = 'https://news.ycombinator.com';

function itemIdOf(url: URL): string | null {
  if (!/^news\.ycombinator\.com$/i.test(url.hostname) || !/^\/item\/?$/.test(url.pathname)) return null;
  const id = url.searchParams.get('id');
  return id && /^\d+$/.test(id) ? id : null;
}

const permalink = (id: string): string => `${ORIGIN}/item?id=${id}`;

/** `.age` titles are UTC without a zone ("2022-04-01T20:33:11"); newer ones append a Unix time after a space. */
function ageTime(row: Element | null | undefined): string | null {
  const title = row?.querySelector('.age[title]')?.getAttribute('title')?.trim();
  if (!title) return null;
  const stamp = title.split(/\s+/)[0]!;
  const unix = title.split(/\s+/)[1];
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d)?$/.test(stamp)) return toIso(stamp + 'Z');
  if (unix && /^\d{9,11}$/.test(unix)) return toIso(Number(unix) * 1000);
  return toIso(stamp);
}

function indentOf(row: Element): number {
  const ind = row.querySelector('td.ind');
  const attr = ind?.getAttribute('indent');
  if (attr && /^\d+$/.test(attr)) return Number(attr);
  const width = ind?.querySelector('img')?.getAttribute('width');
  return width && /^\d+$/.test(width) ? Math.round(Number(width) / 40) : 0;
}

/** HN has no blockquote: people quote by starting a paragraph with ">". */
function quotedParagraphs(text: string): string[] {
  return text
    .split(/\n\n+/)
    .filter((p) => p.startsWith('>'))
    .map((p) => p.replace(/^(>\s*)+/, '').trim())
    .filter(Boolean);
}

/** The author's own words: the reply link and its form live inside the same element. */
const BODY_SKIP = '.reply';

function readComment(row: Element, id: string, parentId: string | null, base: URL): Post {
  const head = row.querySelector('.comhead');
  const user = head?.querySelector('.hnuser');
  const bodyEl = row.querySelector('.commtext') ?? row.querySelector('.comment');
  const body = bodyEl ? readPostBody(bodyEl, { base, skipSelector: BODY_SKIP }) : null;
  const headText = tidy(head?.textContent ?? '');
  const text = body?.text ?? '';
  // Dead (killed by flags or moderators) and deleted comments stay in the tree as placeholders.
  const dead =
    /\[(dead|flagged)\]/.test(headText) ||
    bodyEl?.classList.contains('cdd') === true ||
    /^\[(dead|flagged|deleted)\]$/.test(text) ||
    (!user && /\[deleted\]/.test(tidy(row.textContent ?? '')));
  return {
    id,
    author: tidy(user?.textContent ?? '') || '[deleted]',
    permalink: permalink(id),
    text: /^\[(deleted|dead|flagged)\]$/.test(text) ? '' : text,
    score: null,
    accepted: false,
    time: ageTime(head),
    parentId,
    deleted: dead,
    quotes: [...(body?.quotes ?? []), ...quotedParagraphs(text)],
    code: body?.code ?? [],
    links: body?.links ?? [],
  };
}

export const hackernews = defineAdapter({
  id: 'hackernews',
  name: 'Hacker News',
  scoreNoun: 'points',
  matches: ['*://news.ycombinator.com/*'],

  detect(doc, url) {
    const id = itemIdOf(url);
    return id !== null && doc.querySelector('table.fatitem, .fatitem') !== null;
  },

  postBody(doc, postId) {
    if (!/^\d+$/.test(postId)) return null;
    const fat = doc.querySelector('table.fatitem, .fatitem');
    if (fat?.querySelector(`tr.athing[id="${postId}"]`)) return fat.querySelector('.toptext, .commtext');
    const row = doc.getElementById(postId);
    if (!row || !row.classList.contains('comtr')) return null;
    return row.querySelector('.commtext') ?? row.querySelector('.comment');
  },

  *read(doc, url) {
    const id = itemIdOf(url);
    const fat = doc.querySelector('table.fatitem, .fatitem');
    if (!id || !fat) return null;
    const base = new URL(permalink(id));
    const head = fat.querySelector(`tr.athing[id="${id}"]`) ?? fat.querySelector('tr.athing');
    if (!head) return null;
    const itemId = head.getAttribute('id') ?? id;
    const sub = fat.querySelector('.subtext') ?? fat.querySelector('.comhead');
    const titleLink = head.querySelector('.titleline > a, a.storylink, a.titlelink, td.title > a');
    // The story's own link (an Ask HN title links back to the item itself).
    const storyLink = absolute(titleLink?.getAttribute('href'), base);
    const scoreText = sub?.querySelector('.score')?.textContent ?? '';
    const scoreMatch = /^\s*(-?\d+)/.exec(scoreText);
    // Ask HN text sits in `.toptext`; an item page of a comment has its text in `.commtext`.
    const textEl = fat.querySelector('.toptext, .commtext');
    const body = textEl ? readPostBody(textEl, { base, skipSelector: BODY_SKIP }) : null;
    const author = tidy(fat.querySelector('.hnuser')?.textContent ?? '');
    const question: Post = {
      id: itemId,
      author: author || '[deleted]',
      permalink: permalink(itemId),
      text: body?.text ?? '',
      score: scoreMatch ? Number(scoreMatch[1]) : null,
      accepted: false,
      time: ageTime(sub),
      parentId: null,
      deleted: false,
      quotes: body?.quotes ?? [],
      code: body?.code ?? [],
      links: [...new Set([storyLink, ...(body?.links ?? [])])].filter((l) => l && l !== permalink(itemId)),
    };
    const title =
      tidy(titleLink?.textContent ?? '').replace(/\s+/g, ' ') ||
      tidy(doc.querySelector('title')?.textContent ?? '').replace(/\s*\|\s*Hacker News$/, '');

    const answers: Post[] = [];
    const seen = new Set<string>();
    // Ancestors by indent level: a row's parent is the last row one level up.
    const path: string[] = [];
    for (const row of Array.from(doc.querySelectorAll('tr.athing.comtr, tr.comtr'))) {
      const rowId = row.getAttribute('id');
      if (!rowId || !/^\d+$/.test(rowId) || seen.has(rowId)) continue;
      seen.add(rowId);
      const level = indentOf(row);
      const parentId = level > 0 ? (path[level - 1] ?? null) : null;
      path[level] = rowId;
      path.length = level + 1;
      answers.push(readComment(row, rowId, parentId, base));
      yield;
    }
    // A long item is split into pages (`&p=2`), each showing the story.
    const page = Number(url.searchParams.get('p') ?? 1);
    const part = Number.isInteger(page) && page > 1 ? page : 1;
    if (part > 1) for (const a of answers) a.part = part;
    return {
      id: `hackernews:news.ycombinator.com:${id}`,
      site: 'hackernews',
      url: permalink(id),
      title,
      question,
      answers,
      part,
    } satisfies Thread;
  },
});
