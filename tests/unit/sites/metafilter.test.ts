import { describe, expect, it } from 'vitest';
import { metafilter } from '../../../lib/sites/metafilter';
import { loadFixture } from './fixture';

const URL_ASK = new URL(
  'https://ask.metafilter.com/350001/Keeping-a-sourdough-starter-alive-over-the-holidays',
);
const PERMA = `${URL_ASK.href}#`;

describe('metafilter adapter (own fixture)', () => {
  const doc = loadFixture('metafilter-ask-best-answers.html');
  const thread = metafilter.extract(doc, URL_ASK)!;

  it('recognises an Ask MetaFilter thread', () => {
    expect(metafilter.detect(doc, URL_ASK)).toBe(true);
    expect(thread.id).toBe('metafilter:ask.metafilter.com:350001');
    expect(thread.title).toBe('Keeping a sourdough starter alive over the holidays?');
  });

  it('reads the question with its "more inside"', () => {
    expect(thread.question.id).toBe('350001');
    expect(thread.question.author).toBe('crumbcoat');
    expect(thread.question.score).toBe(2);
    // December 30, 2020 11:05 PM Pacific
    expect(thread.question.time).toBe('2020-12-31T07:05:00.000Z');
    expect(thread.question.text).toContain('How do I keep it alive?');
    expect(thread.question.text).toContain('there is room for one jar');
  });

  it('reads every comment with id, author, favourites, best-answer flag and permalink', () => {
    expect(thread.answers.map((a) => [a.id, a.author, a.score, a.accepted])).toEqual([
      ['8900001', 'levain', 3, true],
      ['8900002', 'hooch', 0, false],
      ['8900003', 'crumbcoat', 1, false],
      ['8900004', 'poolish', 12, true],
    ]);
    expect(thread.answers.map((a) => a.permalink)).toEqual(
      ['8900001', '8900002', '8900003', '8900004'].map((id) => PERMA + id),
    );
    expect(thread.answers.every((a) => a.parentId === null && !a.deleted)).toBe(true);
  });

  it('keeps the asker’s follow-up as an answer', () => {
    expect(thread.answers[2]!.author).toBe(thread.question.author);
    expect(thread.answers[2]!.text).toBe('Thanks! It is in the fridge now and I will report back.');
  });

  it('takes a missing year from the post and rolls it over past December', () => {
    expect(thread.answers.map((a) => a.time)).toEqual([
      '2020-12-31T07:20:00.000Z', // 11:20 PM on December 30 (PST)
      '2020-12-31T09:15:00.000Z', // 1:15 AM on December 31
      '2021-01-02T17:00:00.000Z', // 9:00 AM on January 2 (no year printed: the next one)
      '2021-01-02T18:30:00.000Z', // 10:30 AM on January 2, 2021
    ]);
  });

  it('does not take a front page (posttitle front) for a thread', () => {
    const front = loadFixture('metafilter-front-page.html');
    expect(metafilter.detect(front, new URL('https://www.metafilter.com/'))).toBe(false);
    expect(metafilter.detect(front, new URL('https://www.metafilter.com/190001/A-first-post'))).toBe(false);
  });

  it('ignores pages on other hosts', () => {
    expect(metafilter.detect(doc, new URL('https://example.com/350001/x'))).toBe(false);
  });
});
