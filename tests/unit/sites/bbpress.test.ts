import { describe, expect, it } from 'vitest';
import { bbpress } from '../../../lib/sites/bbpress';
import { loadFixture } from './fixture';

const url = new URL('https://bakers.example.org/forums/topic/sourdough-starter-smells-like-nail-polish/');
const perma = (id: number): string => `${url.href}#post-${id}`;

describe('bbpress adapter (bbPress 2 on WordPress)', () => {
  const doc = loadFixture('bbpress-2-topic.html');
  const thread = bbpress.extract(doc, url)!;

  it('recognises bbPress 2 topic markup', () => {
    expect(bbpress.detect(doc, url)).toBe(true);
    expect(thread.id).toBe('bbpress:bakers.example.org:sourdough-starter-smells-like-nail-polish');
    expect(thread.title).toBe('Sourdough starter smells like nail polish');
  });

  it('reads the lead topic as the question', () => {
    expect(thread.question).toMatchObject({
      id: '4100',
      author: 'crumbly',
      permalink: url.href,
      text: 'My starter smells of acetone after two days in the fridge. Is it dead?',
      time: null,
      score: null,
    });
  });

  it('reads replies with ids, authors, permalinks and the spam reply as deleted', () => {
    expect(
      thread.answers.map((a) => [a.id, a.author, a.permalink, a.deleted, a.accepted, a.parentId]),
    ).toEqual([
      ['4103', 'levainlover', perma(4103), false, false, null],
      ['4107', 'cheap-ovens', perma(4107), true, false, null],
      ['4110', 'crumbly', perma(4110), false, false, null],
    ]);
  });
});

describe('bbpress adapter: post bodies for highlights', () => {
  it('finds a reply body by post id', () => {
    const doc = loadFixture('bbpress-2-topic.html');
    expect(bbpress.postBody!(doc, '4103')?.textContent).toContain('It is hungry, not dead.');
  });
});
