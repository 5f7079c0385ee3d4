import { describe, expect, it } from 'vitest';
import { corpus, type CorpusPage } from './corpus-pages';

/**
 * Every real Hacker News page of ../shared. Counts come from the raw HTML, independently
 * of the adapter: comment rows, `grep -oE "class=.athing comtr" FILE | wc -l` (the quote
 * style differs between years, hence the `.`).
 */
const PAGES: CorpusPage[] = [
  {
    file: 'item-30883015-a-database-for-2022.html',
    url: 'https://news.ycombinator.com/item?id=30883015',
    answers: 273, // 273 comtr rows (the subtext says 308 comments; the rest are not in the page)
  },
  {
    file: 'item-36817231-ask-hn-best-papers.html',
    url: 'https://news.ycombinator.com/item?id=36817231',
    answers: 100, // 100 comtr rows; subtext "100 comments"
  },
  {
    file: 'item-openbsd-was-right-gkh.html',
    url: 'https://news.ycombinator.com/item?id=20865492',
    answers: 30, // 30 comtr rows; subtext "30 comments"
  },
  {
    file: 'item-tech-company-career-ladders-2018.html',
    url: 'https://news.ycombinator.com/item?id=16909056',
    answers: 115, // 115 comtr rows; subtext "115 comments"
  },
];

const { analyze, thread, answer } = corpus('hackernews', PAGES);

describe('Hacker News corpus', () => {
  it.each(PAGES)('$file: recognised with every comment', ({ file, answers }) => {
    const out = thread(file);
    expect(out.site).toBe('hackernews');
    expect(out.thread.answers).toHaveLength(answers);
    expect(new Set(out.thread.answers.map((a) => a.id)).size).toBe(answers);
  });

  it('the front page is not a thread', () => {
    expect(analyze('LISTING-frontpage.html', 'https://news.ycombinator.com/')).toEqual({ recognised: false });
    expect(analyze('LISTING-frontpage.html', 'https://news.ycombinator.com/news')).toEqual({
      recognised: false,
    });
  });

  // Spot checks, read by eye from the raw HTML of each page.
  it('2022: story, a reply with its parent and time', () => {
    const file = 'item-30883015-a-database-for-2022.html';
    expect(thread(file).thread.title).toBe('A database for 2022');
    expect(thread(file).thread.question).toMatchObject({
      id: '30883015',
      author: 'tosh',
      score: 620,
      time: '2022-04-01T20:33:11.000Z',
    });
    expect(answer(file, '30884959')).toMatchObject({
      author: 'ignoramous',
      permalink: 'https://news.ycombinator.com/item?id=30884959',
      time: '2022-04-02T01:06:42.000Z',
      parentId: '30884680',
      score: null,
    });
  });

  it('Ask HN: the text is the question', () => {
    const file = 'item-36817231-ask-hn-best-papers.html';
    const q = thread(file).thread.question;
    expect(q).toMatchObject({
      id: '36817231',
      author: 'toombowoombo',
      score: 225,
      time: '2023-07-21T18:04:01.000Z',
    });
    expect(q.text.startsWith("I'm trying to get an understanding on what quality means")).toBe(true);
    expect(answer(file, '36818754')).toMatchObject({
      author: 'PaulRobinson',
      time: '2023-07-21T19:51:36.000Z',
      parentId: null,
    });
  });

  it('2019: no timestamps in the markup, so none are invented', () => {
    const file = 'item-openbsd-was-right-gkh.html';
    expect(answer(file, '20866502')).toMatchObject({ author: 'robmusial', time: null, parentId: null });
    expect(answer(file, '20866520')).toMatchObject({ author: 'tyingq', parentId: '20866381' });
  });

  it('2018: spacer-image indentation', () => {
    const file = 'item-tech-company-career-ladders-2018.html';
    expect(answer(file, '16909828')).toMatchObject({ author: 'peterburkimsher', parentId: null });
    expect(answer(file, '16911460')).toMatchObject({
      author: 'GlennS',
      parentId: '16909828',
      permalink: 'https://news.ycombinator.com/item?id=16911460',
    });
    expect(answer(file, '16911460').text).not.toMatch(/\breply$/);
  });
});
